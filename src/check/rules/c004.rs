//! C004 deliverable-without-goal: A deliverable that serves no goal.

use crate::check::Context;
use crate::diagnostics::Diagnostic;

/// Reports C004 findings.
pub fn check(_cx: &Context<'_>, _out: &mut Vec<Diagnostic>) {}
