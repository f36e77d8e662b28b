//! C019 no-recital: No recital.

use crate::check::Context;
use crate::diagnostics::Diagnostic;

/// Reports C019 findings.
pub fn check(_cx: &Context<'_>, _out: &mut Vec<Diagnostic>) {}
