//! R003 duplicate-identifier: Two items of the same kind share an identifier.

use crate::check::Context;
use crate::diagnostics::Diagnostic;

/// Reports R003 findings.
pub fn check(_cx: &Context<'_>, _out: &mut Vec<Diagnostic>) {}
