//! C023 deliverable-without-due-date: A deliverable without a due date.

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
    for deliverable in cx.agreement.deliverables.iter().filter(|d| d.due.is_none()) {
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
            .with_help("say by when it is delivered: `due 2027-12-31`"),
        );
    }
}
