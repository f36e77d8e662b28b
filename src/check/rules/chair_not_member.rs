//! B002 chair-not-member: A body's chair is not one of its members.

use crate::check::Context;
use crate::check::RuleInfo;
use crate::diagnostics::Diagnostic;
use crate::diagnostics::Severity;

/// B002 chair-not-member: its code, name, default level and explain page.
pub(crate) static RULE: RuleInfo = RuleInfo {
    code: "B002",
    name: "chair-not-member",
    severity: Severity::Error,
    summary: "A body's chair is not one of its members.",
    explain: include_str!("../../../docs/rules/B002.md"),
    run: Some(check),
    aanwijzing: None,
};

/// Reports B002 findings.
pub(crate) fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let a = cx.agreement;
    for body in a.bodies() {
        let Some(chair) = &body.chair else { continue };
        if body.members.is_empty()
            || !a.is_party_or_group(&chair.value)
            || a.is_member(body, &chair.value)
        {
            continue;
        }
        let members: Vec<&str> = body.members.iter().map(|m| m.value.as_str()).collect();
        let mut d = Diagnostic::error(
            "B002",
            format!(
                "`{}` chairs body `{}` but is not one of its members ({})",
                chair.value,
                body.id.value,
                members.join(", ")
            ),
            chair.span,
        )
        .with_label("not a member")
        .with_help(format!(
            "add `{}` to the members of `{}`, or choose the chair from its members",
            chair.value, body.id.value
        ));
        if let Some(first) = body.members.first() {
            d = d.with_secondary(
                first.span.to(body.members[body.members.len() - 1].span),
                "the members are listed here",
            );
        }
        out.push(d);
    }
}

#[cfg(test)]
mod tests {

    const MINIMAL: &str = include_str!("../../../tests/fixtures/valid/minimal.covenant");

    fn run(text: &str) -> Vec<String> {
        let text = text.replace(
            "recital ",
            "group public \"Public\" { members city, coop }\n\nrecital ",
        );
        crate::check::run_rule(super::check, &text).1
    }

    #[test]
    fn a_chair_in_a_member_group_is_a_member() {
        assert!(
            run(&MINIMAL.replace("members city, coop, installer", "members public, installer"))
                .is_empty()
        );
    }

    #[test]
    fn a_group_chairs_when_all_its_members_sit_in_the_body() {
        assert!(run(&MINIMAL.replace("chair city ", "chair public ")).is_empty());
        let found =
            run(&MINIMAL.replace("members city, coop, installer", "members coop, installer"));
        assert_eq!(found.len(), 1, "{found:?}");
        let found = run(&MINIMAL
            .replace("members city, coop, installer", "members coop, installer")
            .replace("chair city ", "chair public "));
        assert_eq!(found.len(), 1, "{found:?}");
    }
}
