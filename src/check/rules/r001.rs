//! R001 unknown-party: A reference to a party (or group) that is not declared.

use crate::check::Context;
use crate::diagnostics::Diagnostic;

/// Reports R001 findings.
pub fn check(_cx: &Context<'_>, _out: &mut Vec<Diagnostic>) {}
