//! C022 no-renewal: A fixed term without a renewal statement.

use crate::check::Context;
use crate::diagnostics::Diagnostic;

/// Reports C022 findings.
pub fn check(_cx: &Context<'_>, _out: &mut Vec<Diagnostic>) {}
