//! C015 too-few-parties: Fewer than two parties.

use crate::check::Context;
use crate::diagnostics::Diagnostic;

/// Reports C015 findings.
pub fn check(_cx: &Context<'_>, _out: &mut Vec<Diagnostic>) {}
