//! C020 not-published: A public party takes part, but no publication is stated.

use crate::check::Context;
use crate::diagnostics::Diagnostic;

/// Reports C020 findings.
pub fn check(_cx: &Context<'_>, _out: &mut Vec<Diagnostic>) {}
