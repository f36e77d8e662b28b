//! C024 enforceability-unstated: No statement whether obligations can be enforced in court.

use crate::check::Context;
use crate::diagnostics::Diagnostic;

/// Reports C024 findings.
pub fn check(_cx: &Context<'_>, _out: &mut Vec<Diagnostic>) {}
