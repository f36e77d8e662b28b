//! C013 no-term: No effective date, or an indefinite term without termination notice.
//!
//! Entry into force upon a condition (`effective upon "..."`, or a condition precedent in the
//! header, `condition "..."`) is as complete as a date.

use crate::check::Context;
use crate::check::RuleInfo;
use crate::check::registry::Aanwijzing;
use crate::diagnostics::Diagnostic;
use crate::diagnostics::Severity;
use crate::model::Expiry;

/// C013 no-term: its code, name, default level and explain page.
pub(crate) static RULE: RuleInfo = RuleInfo {
    code: "C013",
    name: "no-term",
    severity: Severity::Error,
    summary: "No effective date, or an indefinite term without termination notice.",
    explain: include_str!("../../../docs/rules/C013.md"),
    run: Some(check),
    aanwijzing: Some(Aanwijzing {
        cite: "Aanwijzing 19, eerste lid, en aanwijzing 20, tweede lid",
        must: true,
    }),
};

/// Reports C013 findings.
pub(crate) fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let agreement = cx.agreement;
    if !agreement.has_entry_into_force() {
        out.push(
            Diagnostic::error(
                "C013",
                "the agreement has no effective date",
                agreement.anchor(),
            )
            .with_label("no `effective` date")
            .with_help(
                "state when the agreement enters into force: `effective 2026-04-01`, or \
                 `effective upon \"...\"` or `condition \"...\"` when it depends on a condition",
            ),
        );
    }
    let Some(expires) = agreement
        .header
        .expires
        .as_ref()
        .filter(|e| e.value == Expiry::Never)
    else {
        return;
    };
    let termination = agreement.termination.as_ref();
    if termination.is_some_and(|t| t.notice.is_some()) {
        return;
    }
    let mut diagnostic = Diagnostic::error(
        "C013",
        "the agreement runs for an indefinite term but sets no notice period for termination",
        expires.span,
    )
    .with_label("indefinite term")
    .with_help(
        "an agreement without end must say how a party can leave: \
         `termination { notice 6 months  grounds \"...\" }`",
    );
    if let Some(termination) = termination {
        diagnostic = diagnostic.with_secondary(termination.head(), "no `notice` here");
    }
    out.push(diagnostic);
}

#[cfg(test)]
mod tests {
    use super::check;

    fn messages(text: &str) -> Vec<String> {
        crate::check::run_rule(check, text).1
    }

    #[test]
    fn entry_into_force_upon_a_condition_is_complete() {
        let text = "covenant \"C\" { effective upon \"goedkeuring door beide regeringen\" after 1 month  expires after 30 years }\n";
        assert!(messages(text).is_empty());
    }

    #[test]
    fn a_condition_precedent_is_complete() {
        let text =
            "covenant \"C\" { condition \"het besluit van de raad\"  expires after 10 years }\n";
        assert!(messages(text).is_empty());
    }

    #[test]
    fn no_entry_into_force_at_all_is_reported() {
        assert_eq!(
            messages("covenant \"C\" { expires after 30 years }\n"),
            ["the agreement has no effective date"]
        );
    }
}
