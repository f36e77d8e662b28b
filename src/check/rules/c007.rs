//! C007 asset-without-owner-or-operator: An asset without owners or without an operator.

use crate::check::Context;
use crate::diagnostics::Diagnostic;

/// Reports C007 findings.
pub fn check(_cx: &Context<'_>, _out: &mut Vec<Diagnostic>) {}
