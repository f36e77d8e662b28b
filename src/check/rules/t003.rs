//! T003 operation-outlives-agreement: An asset is operated beyond the end of the agreement without a handback provision.

use crate::check::Context;
use crate::diagnostics::Diagnostic;

/// Reports T003 findings.
pub fn check(_cx: &Context<'_>, _out: &mut Vec<Diagnostic>) {}
