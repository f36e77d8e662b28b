//! R005 listed-twice: The same party appears twice in one list.

use crate::check::Context;
use crate::diagnostics::Diagnostic;

/// Reports R005 findings.
pub fn check(_cx: &Context<'_>, _out: &mut Vec<Diagnostic>) {}
