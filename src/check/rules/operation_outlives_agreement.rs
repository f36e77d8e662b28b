//! T003 operation-outlives-agreement: An asset is operated beyond the end of the agreement without a handback provision.

use crate::check::Context;
use crate::check::RuleInfo;
use crate::diagnostics::Diagnostic;
use crate::diagnostics::Severity;

/// T003 operation-outlives-agreement: its code, name, default level and explain page.
pub(crate) static RULE: RuleInfo = RuleInfo {
    code: "T003",
    name: "operation-outlives-agreement",
    severity: Severity::Warning,
    summary: "An asset is operated beyond the end of the agreement without a handback provision.",
    explain: include_str!("../../../docs/rules/T003.md"),
    run: Some(check),
    aanwijzing: None,
};

/// Reports T003 findings.
pub(crate) fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let a = cx.agreement;
    let Some(end) = a.end_date() else { return };
    let Some(expires) = &a.header.expires else {
        return;
    };
    for asset in a.assets.iter().filter(|x| x.handback.is_none()) {
        let Some(operation) = &asset.operator else {
            continue;
        };
        let (span, when) = match &operation.until {
            Some(until) if until.value > end => (until.span, format!("until {}", until.value)),
            Some(_) => continue,
            None => (operation.span, "without an end date".to_string()),
        };
        out.push(
            Diagnostic::warning(
                "T003",
                format!(
                    "`{}` operates asset `{}` {when}, but the agreement ends on {end} and says nothing about what happens to it then",
                    operation.party.value, asset.id.value
                ),
                span,
            )
            .with_label("operation outlives the agreement")
            .with_secondary(expires.span, "the term ends here")
            .with_help("add `handback \"...\"` to the asset: who keeps, operates or takes over the asset when the agreement ends"),
        );
    }
}
