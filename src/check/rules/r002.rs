//! R002 unknown-goal: A deliverable serves a goal that is not declared.

use crate::check::Context;
use crate::diagnostics::Diagnostic;

/// Reports R002 findings.
pub fn check(_cx: &Context<'_>, _out: &mut Vec<Diagnostic>) {}
