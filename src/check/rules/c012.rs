//! C012 no-dispute-resolution: An enforceable agreement without dispute resolution.

use crate::check::Context;
use crate::diagnostics::Diagnostic;

/// Reports C012 findings.
pub fn check(_cx: &Context<'_>, _out: &mut Vec<Diagnostic>) {}
