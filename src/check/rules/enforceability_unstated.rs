//! C024 enforceability-unstated: No statement whether obligations can be enforced in court.

use crate::check::Context;
use crate::check::RuleInfo;
use crate::check::registry::Aanwijzing;
use crate::diagnostics::Diagnostic;
use crate::diagnostics::Severity;

/// C024 enforceability-unstated: its code, name, default level and explain page.
pub(crate) static RULE: RuleInfo = RuleInfo {
    code: "C024",
    name: "enforceability-unstated",
    severity: Severity::Warning,
    summary: "No statement whether obligations can be enforced in court.",
    explain: include_str!("../../../docs/rules/C024.md"),
    run: Some(check),
    aanwijzing: Some(Aanwijzing {
        cite: "Aanwijzing 16, eerste lid",
        must: true,
    }),
};

/// Reports C024 findings.
pub(crate) fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let agreement = cx.agreement;
    if agreement.header.enforceable.is_some() {
        return;
    }
    out.push(
        Diagnostic::warning(
            "C024",
            "the agreement does not say whether its obligations can be enforced in court",
            agreement.anchor(),
        )
        .with_label("no `enforceable` in the header")
        .with_help(
            "add `enforceable yes` (then also `disputes { ... }`), `enforceable no`, or \
             `enforceable partly` with `enforceable yes|no` in each deliverable",
        ),
    );
}
