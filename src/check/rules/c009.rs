//! C009 risk-category-missing: None of the risks is financial, administrative or policy.

use crate::check::Context;
use crate::diagnostics::Diagnostic;

/// Reports C009 findings.
pub fn check(_cx: &Context<'_>, _out: &mut Vec<Diagnostic>) {}
