//! C023 deliverable-without-due-date: A deliverable without a due date.

use crate::check::Context;
use crate::diagnostics::Diagnostic;

/// Reports C023 findings.
pub fn check(_cx: &Context<'_>, _out: &mut Vec<Diagnostic>) {}
