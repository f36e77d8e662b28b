//! C010 no-governance: No governance body, or a body without members or decision rule.

use crate::check::Context;
use crate::diagnostics::Diagnostic;

/// Reports C010 findings.
pub fn check(_cx: &Context<'_>, _out: &mut Vec<Diagnostic>) {}
