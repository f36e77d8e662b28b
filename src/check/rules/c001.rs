//! C001 ambition-not-endorsed: No ambition, or a party that does not endorse it.
//!
//! A party endorses the ambition when it is listed in `endorsed-by`, directly or
//! through a group it belongs to.

use crate::check::Context;
use crate::diagnostics::Diagnostic;

/// Reports C001 findings.
pub fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let agreement = cx.agreement;
    let Some(ambition) = &agreement.ambition else {
        out.push(
            Diagnostic::error(
                "C001",
                "the agreement states no ambition",
                agreement.anchor(),
            )
            .with_label("no `ambition` in this agreement")
            .with_help(
                "add `ambition { statement \"...\" endorsed-by ... }` with a short, concrete \
                     ambition that every party endorses",
            ),
        );
        return;
    };
    for party in &agreement.parties {
        if agreement.listed(&ambition.endorsed_by, &party.id.value) {
            continue;
        }
        let span = ambition
            .endorsed_by
            .last()
            .map_or(ambition.head(), |id| id.span);
        out.push(
            Diagnostic::error(
                "C001",
                format!("{} does not endorse the ambition", party.describe()),
                party.id.span,
            )
            .with_label("not among the parties that endorse the ambition")
            .with_secondary(span, "the ambition is endorsed here")
            .with_help(format!(
                "add `{}` (or a group it belongs to) to `endorsed-by` in the ambition",
                party.id.value
            )),
        );
    }
}
