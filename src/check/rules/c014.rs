//! C014 no-termination: No termination provision.
//!
//! An indefinite term without termination notice is reported as C013 instead.

use crate::check::Context;
use crate::diagnostics::Diagnostic;
use crate::model::Expiry;

/// Reports C014 findings.
pub fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let agreement = cx.agreement;
    let indefinite = agreement
        .header
        .expires
        .as_ref()
        .is_some_and(|e| e.value == Expiry::Never);
    if agreement.termination.is_some() || indefinite {
        return;
    }
    out.push(
        Diagnostic::warning(
            "C014",
            "the agreement has no termination provision",
            agreement.anchor(),
        )
        .with_label("no `termination` in this agreement")
        .with_help(
            "say how a party can leave early: `termination { notice 6 months  grounds \"...\"  \
                 consequences continue }`",
        ),
    );
}
