//! C002 goal-not-measurable: A goal without indicator, target or deadline.

use crate::check::Context;
use crate::diagnostics::Diagnostic;

/// Reports C002 findings.
pub fn check(_cx: &Context<'_>, _out: &mut Vec<Diagnostic>) {}
