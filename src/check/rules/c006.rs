//! C006 no-mandate: A known party without a representative, or a representative without a mandate.

use crate::check::Context;
use crate::diagnostics::Diagnostic;

/// Reports C006 findings.
pub fn check(_cx: &Context<'_>, _out: &mut Vec<Diagnostic>) {}
