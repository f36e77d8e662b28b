//! C001 ambition-not-endorsed: No ambition, or a party that does not endorse it.

use crate::check::Context;
use crate::diagnostics::Diagnostic;

/// Reports C001 findings.
pub fn check(_cx: &Context<'_>, _out: &mut Vec<Diagnostic>) {}
