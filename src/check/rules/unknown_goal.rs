//! R002 unknown-goal: A deliverable serves a goal that is not declared.

use super::unknown_party::closest;
use crate::check::Context;
use crate::check::RuleInfo;
use crate::diagnostics::Diagnostic;
use crate::diagnostics::Severity;

/// R002 unknown-goal: its code, name, default level and explain page.
pub(crate) static RULE: RuleInfo = RuleInfo {
    code: "R002",
    name: "unknown-goal",
    severity: Severity::Error,
    summary: "A deliverable serves a goal that is not declared.",
    explain: include_str!("../../../docs/rules/R002.md"),
    run: Some(check),
    aanwijzing: None,
};

/// Reports R002 findings.
pub(crate) fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let a = cx.agreement;
    let goals: Vec<&str> = a.goals.iter().map(|g| g.id.value.as_str()).collect();
    for deliverable in &a.deliverables {
        for goal in deliverable
            .serves
            .iter()
            .filter(|g| a.index().goal(&g.value).is_none())
        {
            let help = match closest(&goal.value, &goals) {
                Some(near) => format!(
                    "did you mean `{near}`? Otherwise declare `goal {} \"...\" {{ ... }}`",
                    goal.value
                ),
                None if goals.is_empty() => format!(
                    "declare `goal {} \"...\" {{ ... }}` with indicator, target and owner",
                    goal.value
                ),
                None => format!("declare the goal, or serve one of: {}", goals.join(", ")),
            };
            out.push(
                Diagnostic::error(
                    "R002",
                    format!(
                        "deliverable `{}` serves goal `{}`, which is not declared",
                        deliverable.id.value, goal.value
                    ),
                    goal.span,
                )
                .with_label("unknown goal")
                .with_help(help),
            );
        }
    }
}
