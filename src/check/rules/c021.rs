//! C021 legal-framework-incomplete: A public party without legal framework, public money without a state-aid statement, or a tender without a procurement statement.

use crate::check::Context;
use crate::diagnostics::Diagnostic;

/// Reports C021 findings.
pub fn check(_cx: &Context<'_>, _out: &mut Vec<Diagnostic>) {}
