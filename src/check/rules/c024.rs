//! C024 enforceability-unstated: No statement whether obligations can be enforced in court.

use crate::check::Context;
use crate::diagnostics::Diagnostic;

/// Reports C024 findings.
pub fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let agreement = cx.agreement;
    if agreement.header.enforceable.is_some() {
        return;
    }
    out.push(
        Diagnostic::warning(
            "C024",
            "the agreement does not say whether its obligations can be enforced in court",
            agreement.anchor(),
        )
        .with_label("no `enforceable` in the header")
        .with_help("add `enforceable yes` (then also `disputes { ... }`) or `enforceable no`"),
    );
}
