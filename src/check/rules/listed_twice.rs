//! R005 listed-twice: The same party appears twice in one list.

use crate::check::Context;
use crate::check::RuleInfo;
use crate::check::repeats::repeats;
use crate::diagnostics::Diagnostic;
use crate::diagnostics::Severity;
use crate::model::Id;

/// R005 listed-twice: its code, name, default level and explain page.
pub(crate) static RULE: RuleInfo = RuleInfo {
    code: "R005",
    name: "listed-twice",
    severity: Severity::Error,
    summary: "The same party appears twice in one list.",
    explain: include_str!("../../../docs/rules/R005.md"),
    run: Some(check),
    aanwijzing: None,
};

/// Reports R005 findings.
pub(crate) fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let a = cx.agreement;
    if let Some(ambition) = &a.ambition {
        twice(
            &ambition.endorsed_by.iter().collect::<Vec<_>>(),
            "`endorsed-by` of the ambition",
            out,
        );
    }
    for group in &a.groups {
        twice(
            &group.members.iter().collect::<Vec<_>>(),
            &format!("members of group `{}`", group.id.value),
            out,
        );
    }
    for asset in &a.assets {
        let ids: Vec<&Id> = asset.owners.iter().map(|s| &s.party).collect();
        twice(&ids, &format!("owners of asset `{}`", asset.id.value), out);
    }
    for risk in &a.risks {
        let ids: Vec<&Id> = risk.bearers.iter().map(|s| &s.party).collect();
        twice(&ids, &format!("bearers of risk `{}`", risk.id.value), out);
    }
    for body in a.bodies() {
        twice(
            &body.members.iter().collect::<Vec<_>>(),
            &format!("members of body `{}`", body.id.value),
            out,
        );
    }
}

fn twice(ids: &[&Id], list: &str, out: &mut Vec<Diagnostic>) {
    for (first, id) in repeats(ids) {
        out.push(
            Diagnostic::error(
                "R005",
                format!("`{}` appears twice in the {list}", id.value),
                id.span,
            )
            .with_label("listed again")
            .with_secondary(first.span, "first listed here")
            .with_help(format!(
                "list `{}` once; for shares, add them up into one entry",
                id.value
            )),
        );
    }
}
