//! C014 no-termination: No termination provision.

use crate::check::Context;
use crate::diagnostics::Diagnostic;

/// Reports C014 findings.
pub fn check(_cx: &Context<'_>, _out: &mut Vec<Diagnostic>) {}
