//! T001 expires-before-effective: The agreement expires before it takes effect.

use crate::check::Context;
use crate::diagnostics::Diagnostic;

/// Reports T001 findings.
pub fn check(_cx: &Context<'_>, _out: &mut Vec<Diagnostic>) {}
