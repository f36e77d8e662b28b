//! T002 date-outside-term: A due date, target date or evaluation falls outside the term.

use crate::check::Context;
use crate::diagnostics::Diagnostic;

/// Reports T002 findings.
pub fn check(_cx: &Context<'_>, _out: &mut Vec<Diagnostic>) {}
