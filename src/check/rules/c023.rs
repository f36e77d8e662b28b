//! C023 deliverable-without-due-date: A deliverable without a due date.

use crate::check::Context;
use crate::diagnostics::Diagnostic;

/// Reports C023 findings.
pub fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
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
