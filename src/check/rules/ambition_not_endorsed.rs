//! C001 ambition-not-endorsed: No ambition, or a party that does not endorse it.
//!
//! A party endorses the ambition when it is listed in `endorsed-by`, directly or
//! through a group it belongs to. Externals do not sign and are not asked to.
//! In a financing covenant (`function financing`), whose purpose usually stands
//! in the recitals, the finding is a warning rather than an error.

use crate::check::Context;
use crate::check::RuleInfo;
use crate::diagnostics::Diagnostic;
use crate::diagnostics::Severity;
use crate::model::words::Function;

/// C001 ambition-not-endorsed: its code, name, default level and explain page.
pub(crate) static RULE: RuleInfo = RuleInfo {
    code: "C001",
    name: "ambition-not-endorsed",
    severity: Severity::Error,
    summary: "No ambition, or a party that does not endorse it.",
    explain: include_str!("../../../docs/rules/C001.md"),
    run: Some(check),
    aanwijzing: None,
};

/// Reports C001 findings.
pub(crate) fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let agreement = cx.agreement;
    let financing = agreement
        .header
        .function
        .as_ref()
        .is_some_and(|f| f.value == Function::Financing);
    let severity = if financing {
        Severity::Warning
    } else {
        Severity::Error
    };
    let finding = |message: String, span| Diagnostic::new("C001", severity, message, span);
    let Some(ambition) = &agreement.ambition else {
        out.push(
            finding(
                "the agreement states no ambition".to_string(),
                agreement.anchor(),
            )
            .with_label("no `ambition` in this agreement")
            .with_help(
                "add `ambition { statement \"...\" endorsed-by ... }` with a short, concrete \
                     ambition that every party endorses",
            ),
        );
        return;
    };
    for party in &agreement.parties {
        if agreement.index().endorses(&party.id.value) {
            continue;
        }
        let span = ambition
            .endorsed_by
            .last()
            .map_or(ambition.head(), |id| id.span);
        out.push(
            finding(
                format!("{} does not endorse the ambition", party.describe()),
                party.id.span,
            )
            .with_label("not among the parties that endorse the ambition")
            .with_secondary(span, "the ambition is endorsed here")
            .with_help(format!(
                "add `{}` (or a group it belongs to) to `endorsed-by` in the ambition",
                party.id.value
            )),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::check;

    fn messages(text: &str) -> Vec<String> {
        crate::check::run_rule(check, text).1
    }

    const PARTIES: &str = "party a \"A\" { sector public }\nparty b \"B\" { sector private }\n\
                           party c \"C\" { sector civil }\ngroup ab \"A and B\" { members a, b }\n";

    #[test]
    fn a_group_endorses_for_its_members() {
        let text = format!("{PARTIES}ambition {{ statement \"S\"  endorsed-by ab, c }}\n");
        assert!(messages(&text).is_empty());
    }

    #[test]
    fn a_party_outside_the_endorsing_group_is_reported() {
        let text = format!("{PARTIES}ambition {{ statement \"S\"  endorsed-by ab }}\n");
        assert_eq!(
            messages(&text),
            ["party `c` (C) does not endorse the ambition"]
        );
    }

    #[test]
    fn a_financing_covenant_gets_a_warning_not_an_error() {
        let text = format!("covenant \"F\" {{ function financing }}\n{PARTIES}");
        let (loaded, _) = crate::check::run_rule(check, &text);
        let mut out = Vec::new();
        check(
            &crate::check::Context {
                agreement: &loaded.agreement,
                sources: &loaded.sources,
            },
            &mut out,
        );
        assert_eq!(out.len(), 1);
        assert_eq!(out[0].severity, crate::diagnostics::Severity::Warning);
    }

    #[test]
    fn a_missing_ambition_is_reported_once() {
        assert_eq!(messages(PARTIES), ["the agreement states no ambition"]);
    }
}
