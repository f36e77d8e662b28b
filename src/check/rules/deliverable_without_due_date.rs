//! C023 deliverable-without-due-date: A deliverable without a due date.
//!
//! A continuing duty (`during term`, `during DATE until DATE`) has no due date by nature.

use crate::check::Context;
use crate::check::RuleInfo;
use crate::check::registry::Aanwijzing;
use crate::diagnostics::Diagnostic;
use crate::diagnostics::Severity;

/// C023 deliverable-without-due-date: its code, name, default level and explain page.
pub(crate) static RULE: RuleInfo = RuleInfo {
    code: "C023",
    name: "deliverable-without-due-date",
    severity: Severity::Warning,
    summary: "A deliverable without a due date.",
    explain: include_str!("../../../docs/rules/C023.md"),
    run: Some(check),
    aanwijzing: Some(Aanwijzing {
        cite: "Aanwijzing 7, tweede lid",
        must: true,
    }),
};

/// Reports C023 findings.
pub(crate) fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    for deliverable in cx
        .agreement
        .deliverables
        .iter()
        .filter(|d| d.due.is_none() && d.during.is_none())
    {
        out.push(
            Diagnostic::warning(
                "C023",
                format!(
                    "deliverable `{}` ({}) has no due date",
                    deliverable.id.value, deliverable.title.value
                ),
                deliverable.id.span,
            )
            .with_label("no `due` date")
            .with_help(
                "say by when it is delivered: `due 2027-12-31`; for a continuing duty \
                 (operate, maintain, strive) say for how long: `during term`",
            ),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::check;

    fn messages(text: &str) -> Vec<String> {
        crate::check::run_rule(check, text).1
    }

    #[test]
    fn a_continuing_duty_needs_no_due_date() {
        let text = "party a \"A\" {}\ndeliverable d \"Beheer\" { by a during term }\n\
                    deliverable e \"Onderhoud\" { by a during 2026-01-01 until 2030-12-31 }\n";
        assert!(messages(text).is_empty());
    }

    #[test]
    fn a_one_off_deliverable_without_date_is_reported() {
        let text = "party a \"A\" {}\ndeliverable d \"Plan\" { by a }\n";
        assert_eq!(messages(text), ["deliverable `d` (Plan) has no due date"]);
    }
}
