//! C018 unused-definition: A defined term that no text uses.

use crate::check::Context;
use crate::diagnostics::Diagnostic;

/// Reports C018 findings.
pub fn check(_cx: &Context<'_>, _out: &mut Vec<Diagnostic>) {}
