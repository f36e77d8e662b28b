//! C010 no-governance: No governance body, or a body without members or decision rule.

use crate::check::Context;
use crate::check::RuleInfo;
use crate::check::missing::missing;
use crate::check::registry::Aanwijzing;
use crate::diagnostics::Diagnostic;
use crate::diagnostics::Severity;

/// C010 no-governance: its code, name, default level and explain page.
pub(crate) static RULE: RuleInfo = RuleInfo {
    code: "C010",
    name: "no-governance",
    severity: Severity::Error,
    summary: "No governance body, or a body without members or decision rule.",
    explain: include_str!("../../../docs/rules/C010.md"),
    run: Some(check),
    aanwijzing: Some(Aanwijzing {
        cite: "Aanwijzing 12",
        must: false,
    }),
};

/// Reports C010 findings.
pub(crate) fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let agreement = cx.agreement;
    let bodies = agreement
        .governance
        .as_ref()
        .map(|g| g.bodies.as_slice())
        .unwrap_or_default();
    if bodies.is_empty() {
        let span = agreement
            .governance
            .as_ref()
            .map_or_else(|| agreement.anchor(), |g| g.head());
        out.push(
            Diagnostic::error("C010", "the agreement has no governance body", span)
                .with_label("no `body` that decides")
                .with_help(
                    "add `governance { body NAME \"...\" { members ...  chair ...  decides ... } }` \
                     so that it is clear who decides and how",
                ),
        );
        return;
    }
    for body in bodies {
        let missing = missing([
            (body.members.is_empty(), "members"),
            (body.decides.is_none(), "decision rule"),
        ]);
        if missing.is_empty() {
            continue;
        }
        out.push(
            Diagnostic::error(
                "C010",
                format!(
                    "governance body `{}` ({}) has no {}",
                    body.id.value,
                    body.name.value,
                    missing.join(" and no ")
                ),
                body.id.span,
            )
            .with_label(format!("no {}", missing.join(", no ")))
            .with_help(
                "list who sits in it (`members ...`) and how it decides (`decides unanimity`, \
                 `consensus`, `majority`, `weighted`, `chair` or `advisory`)",
            ),
        );
    }
}
