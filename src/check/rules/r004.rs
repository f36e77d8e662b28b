//! R004 unknown-body-or-group: A reference to an undeclared governance body, or a group with fewer than two members.

use crate::check::Context;
use crate::diagnostics::Diagnostic;

/// Reports R004 findings.
pub fn check(_cx: &Context<'_>, _out: &mut Vec<Diagnostic>) {}
