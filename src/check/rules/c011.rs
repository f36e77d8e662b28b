//! C011 no-accountability: No report or no evaluation.

use crate::check::Context;
use crate::diagnostics::Diagnostic;

/// Reports C011 findings.
pub fn check(_cx: &Context<'_>, _out: &mut Vec<Diagnostic>) {}
