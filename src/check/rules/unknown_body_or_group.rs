//! R004 unknown-body-or-group: A reference to an undeclared governance body, or a group with fewer than two members.

use super::unknown_party::closest;
use crate::check::Context;
use crate::check::RuleInfo;
use crate::diagnostics::Diagnostic;
use crate::diagnostics::Severity;

/// R004 unknown-body-or-group: its code, name, default level and explain page.
pub(crate) static RULE: RuleInfo = RuleInfo {
    code: "R004",
    name: "unknown-body-or-group",
    severity: Severity::Error,
    summary: "A reference to an undeclared governance body, or a group with fewer than two members.",
    explain: include_str!("../../../docs/rules/R004.md"),
    run: Some(check),
    aanwijzing: None,
};

/// Reports R004 findings.
pub(crate) fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let a = cx.agreement;
    let bodies: Vec<&str> = a.bodies().iter().map(|b| b.id.value.as_str()).collect();
    for report in a.accountability.iter().flat_map(|x| &x.reports) {
        let Some(to) = &report.to else { continue };
        if bodies.contains(&to.value.as_str()) || a.is_party_or_group(&to.value) {
            continue;
        }
        let help = match closest(&to.value, &bodies) {
            Some(near) => format!("did you mean body `{near}`?"),
            None if bodies.is_empty() => {
                "declare the body under `governance { body ... }`, or report to a party".to_string()
            }
            None => format!(
                "report to one of the bodies ({}) or to a party",
                bodies.join(", ")
            ),
        };
        out.push(
            Diagnostic::error(
                "R004",
                format!(
                    "report `{}` goes to `{}`, which is neither a governance body nor a party",
                    report.id.value, to.value
                ),
                to.span,
            )
            .with_label("unknown body")
            .with_help(help),
        );
    }
    if let Some(by) = a.accession.as_ref().and_then(|x| x.approved_by.as_ref())
        && !bodies.contains(&by.value.as_str())
        && !a.is_party_or_group(&by.value)
    {
        out.push(
            Diagnostic::error(
                "R004",
                format!(
                    "accession is approved by `{}`, which is neither a governance body nor a party",
                    by.value
                ),
                by.span,
            )
            .with_label("unknown body")
            .with_help(match closest(&by.value, &bodies) {
                Some(near) => format!("did you mean body `{near}`?"),
                None => "name a body declared under `governance`, or a party".to_string(),
            }),
        );
    }
    for group in a.groups.iter().filter(|g| g.members.len() < 2) {
        let count = match group.members.len() {
            0 => "no members".to_string(),
            _ => format!("only one member, `{}`", group.members[0].value),
        };
        out.push(
            Diagnostic::error("R004", format!("group `{}` has {count}", group.id.value), group.id.span)
                .with_label("fewer than two members")
                .with_help("a group names several parties acting together: list at least two members, or use the party itself"),
        );
    }
}
