//! B002 chair-not-member: A body's chair is not one of its members.

use crate::check::Context;
use crate::diagnostics::Diagnostic;

/// Reports B002 findings.
pub fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
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
