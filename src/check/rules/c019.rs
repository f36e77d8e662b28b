//! C019 no-recital: No recital.

use crate::check::Context;
use crate::diagnostics::Diagnostic;

/// Reports C019 findings.
pub fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let agreement = cx.agreement;
    if !agreement.recitals.is_empty() {
        return;
    }
    out.push(
        Diagnostic::warning("C019", "the agreement has no recital", agreement.anchor())
            .with_label("no `recital` in this agreement")
            .with_help(
                "add at least one `recital \"...\"` stating why the parties work together and \
                 what they intend",
            ),
    );
}
