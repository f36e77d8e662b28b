//! B001 risk-without-say: A party bears risk but sits in no governance body.

use crate::check::Context;
use crate::diagnostics::Diagnostic;

/// Reports B001 findings.
pub fn check(_cx: &Context<'_>, _out: &mut Vec<Diagnostic>) {}
