//! C008 risks-not-allocated: No risks, or a risk without bearers or mitigation.

use crate::check::Context;
use crate::check::RuleInfo;
use crate::check::missing::missing;
use crate::diagnostics::Diagnostic;
use crate::diagnostics::Severity;

/// C008 risks-not-allocated: its code, name, default level and explain page.
pub(crate) static RULE: RuleInfo = RuleInfo {
    code: "C008",
    name: "risks-not-allocated",
    severity: Severity::Error,
    summary: "No risks, or a risk without bearers or mitigation.",
    explain: include_str!("../../../docs/rules/C008.md"),
    run: Some(check),
    aanwijzing: None,
};

/// Reports C008 findings.
pub(crate) fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let agreement = cx.agreement;
    if agreement.risks.is_empty() {
        out.push(
            Diagnostic::error("C008", "the agreement names no risks", agreement.anchor())
                .with_label("no `risk` in this agreement")
                .with_help(
                    "add a `risk` item per risk that matters (at least financial, administrative \
                     and policy), with its `bearers` and `mitigation`",
                ),
        );
        return;
    }
    for risk in &agreement.risks {
        let missing = missing([
            (risk.bearers.is_empty(), "bearers"),
            (risk.mitigation.is_none(), "mitigation"),
        ]);
        if missing.is_empty() {
            continue;
        }
        out.push(
            Diagnostic::error(
                "C008",
                format!(
                    "risk `{}` ({}) has no {}",
                    risk.id.value,
                    risk.title.value,
                    missing.join(" and no ")
                ),
                risk.id.span,
            )
            .with_label(format!("no {}", missing.join(", no ")))
            .with_help(
                "say who bears the risk and in what shares (`bearers PARTY 60%, PARTY 40%`) \
                 and what is done about it (`mitigation \"...\"`)",
            ),
        );
    }
}
