//! C008 risks-not-allocated: No risks, or a risk without bearers or mitigation.

use crate::check::Context;
use crate::diagnostics::Diagnostic;

/// Reports C008 findings.
pub fn check(_cx: &Context<'_>, _out: &mut Vec<Diagnostic>) {}
