//! C011 no-accountability: No report or no evaluation.

use crate::check::Context;
use crate::check::RuleInfo;
use crate::check::missing::missing;
use crate::check::registry::Aanwijzing;
use crate::diagnostics::Diagnostic;
use crate::diagnostics::Severity;

/// C011 no-accountability: its code, name, default level and explain page.
pub(crate) static RULE: RuleInfo = RuleInfo {
    code: "C011",
    name: "no-accountability",
    severity: Severity::Warning,
    summary: "No report or no evaluation.",
    explain: include_str!("../../../docs/rules/C011.md"),
    run: Some(check),
    aanwijzing: Some(Aanwijzing {
        cite: "Aanwijzingen 14, 15 en 18, eerste lid",
        must: false,
    }),
};

/// Reports C011 findings.
pub(crate) fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
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
