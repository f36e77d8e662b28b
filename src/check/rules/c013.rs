//! C013 no-term: No effective date, or an indefinite term without termination notice.

use crate::check::Context;
use crate::diagnostics::Diagnostic;

/// Reports C013 findings.
pub fn check(_cx: &Context<'_>, _out: &mut Vec<Diagnostic>) {}
