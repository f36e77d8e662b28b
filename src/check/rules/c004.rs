//! C004 deliverable-without-goal: A deliverable that serves no goal.

use crate::check::Context;
use crate::diagnostics::Diagnostic;

/// Reports C004 findings.
pub fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    for deliverable in cx
        .agreement
        .deliverables
        .iter()
        .filter(|d| d.serves.is_empty())
    {
        out.push(
            Diagnostic::warning(
                "C004",
                format!(
                    "deliverable `{}` ({}) serves no goal",
                    deliverable.id.value, deliverable.title.value
                ),
                deliverable.id.span,
            )
            .with_label("no `serves`")
            .with_help("name the goals it contributes to with `serves GOAL, ...`"),
        );
    }
}
