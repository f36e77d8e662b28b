//! C017 closed-agenda: An agenda theme that is not public.

use crate::check::Context;
use crate::diagnostics::Diagnostic;

/// Reports C017 findings.
pub fn check(_cx: &Context<'_>, _out: &mut Vec<Diagnostic>) {}
