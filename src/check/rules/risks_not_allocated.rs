//! C008 risks-not-allocated: No risks, or a risk without bearers or mitigation.
//!
//! A deliverable that `mitigates` the risk (a plan of approach, a reserve) is its
//! mitigation as much as a `mitigation` text is.

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
        let mitigated = risk.mitigation.is_some()
            || agreement
                .deliverables
                .iter()
                .any(|d| d.mitigates.iter().any(|r| r.value == risk.id.value));
        let missing = missing([
            (risk.bearers.is_empty(), "bearers"),
            (!mitigated, "mitigation"),
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
                 and what is done about it (`mitigation \"...\"`, or a deliverable that \
                 `mitigates` it)",
            ),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::check;

    fn messages(text: &str) -> Vec<String> {
        crate::check::run_rule(check, text).1
    }

    #[test]
    fn a_deliverable_that_mitigates_the_risk_is_its_mitigation() {
        let text = "party a \"A\" {}\nrisk r \"R\" { bearers a 100% }\n\
                    deliverable d \"Plan van aanpak\" { by a mitigates r }\n";
        assert!(messages(text).is_empty());
    }

    #[test]
    fn a_risk_nothing_mitigates_is_reported() {
        let text = "party a \"A\" {}\nrisk r \"R\" { bearers a 100% }\n";
        assert_eq!(messages(text), ["risk `r` (R) has no mitigation"]);
    }
}
