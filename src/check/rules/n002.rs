//! N002 total-mismatch: The stated total differs from the sum of the committed contributions.

use crate::check::Context;
use crate::diagnostics::Diagnostic;

/// Reports N002 findings.
pub fn check(_cx: &Context<'_>, _out: &mut Vec<Diagnostic>) {}
