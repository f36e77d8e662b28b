//! C004 deliverable-without-goal: A deliverable that serves no goal.

use crate::check::Context;
use crate::check::RuleInfo;
use crate::diagnostics::Diagnostic;
use crate::diagnostics::Severity;

/// C004 deliverable-without-goal: its code, name, default level and explain page.
pub(crate) static RULE: RuleInfo = RuleInfo {
    code: "C004",
    name: "deliverable-without-goal",
    severity: Severity::Warning,
    summary: "A deliverable that serves no goal.",
    explain: include_str!("../../../docs/rules/C004.md"),
    run: Some(check),
    aanwijzing: None,
};

/// Reports C004 findings.
pub(crate) fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    for deliverable in cx
        .agreement
        .deliverables
        .iter()
        .filter(|d| d.serves.is_empty())
    {
        out.push(
            Diagnostic::warning(
                "C004",
                format!(
                    "deliverable `{}` ({}) serves no goal",
                    deliverable.id.value, deliverable.title.value
                ),
                deliverable.id.span,
            )
            .with_label("no `serves`")
            .with_help("name the goals it contributes to with `serves GOAL, ...`"),
        );
    }
}
