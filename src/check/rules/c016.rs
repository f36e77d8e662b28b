//! C016 ambition-too-long: An ambition statement longer than 40 words.

use crate::check::Context;
use crate::diagnostics::Diagnostic;

/// Reports C016 findings.
pub fn check(_cx: &Context<'_>, _out: &mut Vec<Diagnostic>) {}
