//! N003 mixed-currencies: More than one currency in one agreement.

use crate::check::Context;
use crate::diagnostics::Diagnostic;

/// Reports N003 findings.
pub fn check(_cx: &Context<'_>, _out: &mut Vec<Diagnostic>) {}
