//! C003 goal-not-served: A goal that no deliverable serves.
//!
//! A goal that a misspelt `serves` entry was meant for (R002 suggests it) is
//! not reported: the typo is the one mistake, and R002 names it.

use super::unknown_party::closest;
use crate::check::Context;
use crate::check::RuleInfo;
use crate::diagnostics::Diagnostic;
use crate::diagnostics::Severity;

/// C003 goal-not-served: its code, name, default level and explain page.
pub(crate) static RULE: RuleInfo = RuleInfo {
    code: "C003",
    name: "goal-not-served",
    severity: Severity::Error,
    summary: "A goal that no deliverable serves.",
    explain: include_str!("../../../docs/rules/C003.md"),
    run: Some(check),
    aanwijzing: None,
};

/// Reports C003 findings.
pub(crate) fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let agreement = cx.agreement;
    let goals: Vec<&str> = agreement
        .goals
        .iter()
        .map(|g| g.id.value.as_str())
        .collect();
    let meant: Vec<&str> = agreement
        .deliverables
        .iter()
        .flat_map(|d| &d.serves)
        .filter(|g| agreement.index().goal(&g.value).is_none())
        .filter_map(|g| closest(&g.value, &goals))
        .collect();
    for goal in &agreement.goals {
        if agreement.index().is_served(&goal.id.value) || meant.contains(&goal.id.value.as_str()) {
            continue;
        }
        out.push(
            Diagnostic::error(
                "C003",
                format!(
                    "no deliverable serves goal `{}` ({})",
                    goal.id.value, goal.title.value
                ),
                goal.id.span,
            )
            .with_label("no deliverable names this goal in `serves`")
            .with_help(format!(
                "add `{}` to the `serves` list of the deliverable that brings it closer, \
                 or add a deliverable for it",
                goal.id.value
            )),
        );
    }
}
