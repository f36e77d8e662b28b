//! C036 no-amendment: Central government takes part, but the agreement says nothing about how it is changed.

use crate::check::Context;
use crate::check::RuleInfo;
use crate::check::registry::Aanwijzing;
use crate::diagnostics::Diagnostic;
use crate::diagnostics::Severity;

/// C036 no-amendment: its code, name, default level and explain page.
pub(crate) static RULE: RuleInfo = RuleInfo {
    code: "C036",
    name: "no-amendment",
    severity: Severity::Warning,
    summary: "Central government takes part, but the agreement says nothing about how it is changed.",
    explain: include_str!("../../../docs/rules/C036.md"),
    run: Some(check),
    aanwijzing: Some(Aanwijzing {
        cite: "Aanwijzing 21, tweede en vierde lid",
        must: false,
    }),
};

/// Reports C036 findings.
pub(crate) fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let a = cx.agreement;
    if a.amendment.is_some() {
        return;
    }
    let Some(national) = a.national_parties().next() else {
        return;
    };
    out.push(
        Diagnostic::warning(
            "C036",
            format!(
                "{} is central government, but the agreement does not say how it is amended",
                national.describe()
            ),
            a.anchor(),
        )
        .with_label("no `amendment` in this agreement")
        .with_secondary(national.id.span, "tier national")
        .with_help(
            "say how the agreement is changed and what happens when circumstances change \
             unforeseeably: `amendment { procedure \"...\"  unforeseen \"...\" }`",
        ),
    );
}

#[cfg(test)]
mod tests {
    use super::check;

    #[test]
    fn central_government_says_how_the_agreement_changes() {
        let national = "party m \"M\" { sector public tier national }\n";
        assert_eq!(crate::check::run_rule(check, national).1.len(), 1);
        let amended = format!("{national}amendment {{ procedure \"p\" }}\n");
        assert!(crate::check::run_rule(check, &amended).1.is_empty());
        let municipal = "party m \"M\" { sector public tier municipal }\n";
        assert!(crate::check::run_rule(check, municipal).1.is_empty());
    }
}
