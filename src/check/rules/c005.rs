//! C005 free-rider: A party that contributes nothing: no deliverable, investment or risk.

use crate::check::Context;
use crate::diagnostics::Diagnostic;

/// Reports C005 findings.
pub fn check(_cx: &Context<'_>, _out: &mut Vec<Diagnostic>) {}
