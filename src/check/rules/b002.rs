//! B002 chair-not-member: A body's chair is not one of its members.

use crate::check::Context;
use crate::diagnostics::Diagnostic;

/// Reports B002 findings.
pub fn check(_cx: &Context<'_>, _out: &mut Vec<Diagnostic>) {}
