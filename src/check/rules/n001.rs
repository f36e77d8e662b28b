//! N001 shares-not-100: Shares of owners or bearers do not add up to 100%.

use crate::check::Context;
use crate::diagnostics::Diagnostic;

/// Reports N001 findings.
pub fn check(_cx: &Context<'_>, _out: &mut Vec<Diagnostic>) {}
