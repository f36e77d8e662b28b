//! C026 obligation-without-party: A deliverable that names no party to deliver it.

use crate::check::Context;
use crate::check::RuleInfo;
use crate::check::registry::Aanwijzing;
use crate::diagnostics::Diagnostic;
use crate::diagnostics::Severity;

/// C026 obligation-without-party: its code, name, default level and explain page.
pub(crate) static RULE: RuleInfo = RuleInfo {
    code: "C026",
    name: "obligation-without-party",
    severity: Severity::Error,
    summary: "A deliverable that names no party to deliver it.",
    explain: include_str!("../../../docs/rules/C026.md"),
    run: Some(check),
    aanwijzing: Some(Aanwijzing {
        cite: "Aanwijzing 7, tweede lid, en aanwijzing 5, tweede lid",
        must: true,
    }),
};

/// Reports C026 findings.
pub(crate) fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    for deliverable in cx.agreement.deliverables.iter().filter(|d| d.by.is_none()) {
        out.push(
            Diagnostic::error(
                "C026",
                format!(
                    "deliverable `{}` ({}) does not say who delivers it",
                    deliverable.id.value, deliverable.title.value
                ),
                deliverable.id.span,
            )
            .with_label("no `by` in this deliverable")
            .with_help(
                "name the party (or group) that is bound to deliver it: `by PARTY`; an obligation \
                 binds only a party of the agreement",
            ),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::check;

    #[test]
    fn fires_for_each_deliverable_without_by() {
        let text = "party a \"A\" { sector public }\n\
                    deliverable x \"X\" { due 2027-01-01 }\n\
                    deliverable y \"Y\" { by a }\n";
        let (_, messages) = crate::check::run_rule(check, text);
        assert_eq!(
            messages,
            vec!["deliverable `x` (X) does not say who delivers it"]
        );
    }
}
