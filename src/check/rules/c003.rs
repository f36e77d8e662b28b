//! C003 goal-not-served: A goal that no deliverable serves.

use crate::check::Context;
use crate::diagnostics::Diagnostic;

/// Reports C003 findings.
pub fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let agreement = cx.agreement;
    for goal in &agreement.goals {
        if agreement.index().is_served(&goal.id.value) {
            continue;
        }
        out.push(
            Diagnostic::error(
                "C003",
                format!(
                    "no deliverable serves goal `{}` ({})",
                    goal.id.value, goal.title.value
                ),
                goal.id.span,
            )
            .with_label("no deliverable names this goal in `serves`")
            .with_help(format!(
                "add `{}` to the `serves` list of the deliverable that brings it closer, \
                 or add a deliverable for it",
                goal.id.value
            )),
        );
    }
}
