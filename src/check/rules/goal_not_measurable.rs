//! C002 goal-not-measurable: A goal without indicator, target or deadline.

use crate::check::Context;
use crate::check::RuleInfo;
use crate::check::missing::missing;
use crate::diagnostics::Diagnostic;
use crate::diagnostics::Severity;

/// C002 goal-not-measurable: its code, name, default level and explain page.
pub(crate) static RULE: RuleInfo = RuleInfo {
    code: "C002",
    name: "goal-not-measurable",
    severity: Severity::Error,
    summary: "A goal without indicator, target or deadline.",
    explain: include_str!("../../../docs/rules/C002.md"),
    run: Some(check),
    aanwijzing: None,
};

/// Reports C002 findings.
pub(crate) fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    for goal in &cx.agreement.goals {
        let missing = missing([
            (goal.indicator.is_none(), "indicator"),
            (goal.target.is_none(), "target"),
            (goal.deadline.is_none(), "deadline"),
        ]);
        if missing.is_empty() {
            continue;
        }
        out.push(
            Diagnostic::error(
                "C002",
                format!(
                    "goal `{}` ({}) is not measurable: it has no {}",
                    goal.id.value,
                    goal.title.value,
                    missing.join(", no ")
                ),
                goal.id.span,
            )
            .with_label(format!("no {}", missing.join(", no ")))
            .with_help(
                "give the goal what is measured and where it should be by when, e.g. \
                 `indicator \"number of homes connected\"` and `target 4000 by 2030-12-31`",
            ),
        );
    }
}
