//! C031 enforceability-unstated-per-deliverable: The header says `enforceable partly`,
//! but a deliverable does not say whether it can be enforced; or a deliverable says the
//! opposite of the header's `yes` or `no`.

use crate::check::Context;
use crate::check::RuleInfo;
use crate::check::registry::Aanwijzing;
use crate::diagnostics::Diagnostic;
use crate::diagnostics::Severity;
use crate::model::words::Enforceability;
use crate::model::{Deliverable, Spanned};
use crate::source::Span;

/// C031 enforceability-unstated-per-deliverable: its code, name, default level and explain page.
pub(crate) static RULE: RuleInfo = RuleInfo {
    code: "C031",
    name: "enforceability-unstated-per-deliverable",
    severity: Severity::Error,
    summary: "Partial enforceability, but a deliverable does not say whether it can be enforced.",
    explain: include_str!("../../../docs/rules/C031.md"),
    run: Some(check),
    aanwijzing: Some(Aanwijzing {
        cite: "Aanwijzing 16, eerste en tweede lid",
        must: true,
    }),
};

/// Reports C031 findings.
pub(crate) fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let Some(header) = cx.agreement.header.enforceable.as_ref() else {
        return;
    };
    for d in &cx.agreement.deliverables {
        if header.value == Enforceability::Partly && d.enforceable.is_none() {
            out.push(unstated(d, header.span));
        } else if let Some(own) = d.contradicts(Some(header.value)) {
            out.push(contradicting(d, own, header));
        }
    }
}

fn unstated(d: &Deliverable, header: Span) -> Diagnostic {
    Diagnostic::error(
        "C031",
        format!(
            "the agreement is partly enforceable, but deliverable `{}` does not say whether it can be enforced",
            d.id.value
        ),
        d.id.span,
    )
    .with_label("no `enforceable` in this deliverable")
    .with_secondary(header, "only some obligations can be enforced")
    .with_help("add `enforceable yes` or `enforceable no` to the deliverable")
}

fn contradicting(
    d: &Deliverable,
    own: &Spanned<bool>,
    header: &Spanned<Enforceability>,
) -> Diagnostic {
    let word = if own.value { "yes" } else { "no" };
    Diagnostic::error(
        "C031",
        format!(
            "deliverable `{}` says `enforceable {word}`, but the header says `enforceable {}`",
            d.id.value, header.value
        ),
        own.span,
    )
    .with_label("says the opposite of the header")
    .with_secondary(header.span, "the header decides for every obligation")
    .with_help(
        "write `enforceable partly` in the header, or remove `enforceable` from the deliverable",
    )
}

#[cfg(test)]
mod tests {
    use super::check;

    fn messages(header: &str, own: &str) -> Vec<String> {
        let text = format!(
            "covenant \"C\" {{ {header} }}\nparty a \"A\" {{}}\n\
             deliverable d \"D\" {{ by a {own} }}\n"
        );
        crate::check::run_rule(check, &text).1
    }

    #[test]
    fn partly_asks_every_deliverable() {
        assert_eq!(
            messages("enforceable partly", ""),
            [
                "the agreement is partly enforceable, but deliverable `d` does not say whether it can be enforced"
            ]
        );
        assert!(messages("enforceable partly", "enforceable no").is_empty());
    }

    #[test]
    fn a_deliverable_may_repeat_the_header_but_not_contradict_it() {
        assert!(messages("enforceable yes", "enforceable yes").is_empty());
        assert!(messages("enforceable no", "").is_empty());
        assert_eq!(
            messages("enforceable no", "enforceable yes"),
            ["deliverable `d` says `enforceable yes`, but the header says `enforceable no`"]
        );
    }
}
