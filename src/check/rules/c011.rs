//! C011 no-accountability: No report or no evaluation.

use crate::check::Context;
use crate::check::missing::missing;
use crate::diagnostics::Diagnostic;

/// Reports C011 findings.
pub fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let agreement = cx.agreement;
    let accountability = agreement.accountability.as_ref();
    let missing = missing([
        (
            accountability.is_none_or(|a| a.reports.is_empty()),
            "report",
        ),
        (
            accountability.is_none_or(|a| a.evaluation.is_none()),
            "evaluation",
        ),
    ]);
    if missing.is_empty() {
        return;
    }
    let span = accountability.map_or_else(|| agreement.anchor(), |a| a.head());
    out.push(
        Diagnostic::warning(
            "C011",
            format!("the agreement provides no {}", missing.join(" and no ")),
            span,
        )
        .with_label(format!("no {}", missing.join(", no ")))
        .with_help(
            "add `accountability { report ID \"...\" { by ... to ... frequency ... } \
             evaluation { by ... on DATE } }` so that results are reported and evaluated",
        ),
    );
}
