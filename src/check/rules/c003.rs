//! C003 goal-not-served: A goal that no deliverable serves.

use crate::check::Context;
use crate::diagnostics::Diagnostic;

/// Reports C003 findings.
pub fn check(_cx: &Context<'_>, _out: &mut Vec<Diagnostic>) {}
