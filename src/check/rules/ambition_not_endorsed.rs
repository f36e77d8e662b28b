//! C001 ambition-not-endorsed: No ambition, or a party that does not endorse it.
//!
//! A party endorses the ambition when it is listed in `endorsed-by`, directly or
//! through a group it belongs to.

use crate::check::Context;
use crate::check::RuleInfo;
use crate::diagnostics::Diagnostic;
use crate::diagnostics::Severity;

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
    let Some(ambition) = &agreement.ambition else {
        out.push(
            Diagnostic::error(
                "C001",
                "the agreement states no ambition",
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
            Diagnostic::error(
                "C001",
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
    fn a_missing_ambition_is_reported_once() {
        assert_eq!(messages(PARTIES), ["the agreement states no ambition"]);
    }
}
