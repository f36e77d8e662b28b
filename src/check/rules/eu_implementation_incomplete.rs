//! C032 eu-implementation-incomplete: The agreement implements an EU act but lacks what such a covenant must have.

use crate::check::Context;
use crate::check::RuleInfo;
use crate::check::registry::Aanwijzing;
use crate::diagnostics::Diagnostic;
use crate::diagnostics::Severity;
use crate::model::Agreement;
use crate::model::words::{Enforceability, Extent};

/// C032 eu-implementation-incomplete: its code, name, default level and explain page.
pub(crate) static RULE: RuleInfo = RuleInfo {
    code: "C032",
    name: "eu-implementation-incomplete",
    severity: Severity::Error,
    summary: "The agreement implements an EU act but lacks what such a covenant must have.",
    explain: include_str!("../../../docs/rules/C032.md"),
    run: Some(check),
    aanwijzing: Some(Aanwijzing {
        cite: "Aanwijzing 4, eerste, derde en vierde lid",
        must: true,
    }),
};

/// What an implementing covenant lacks, in the order of Aanwijzing 4, third lid.
fn missing(a: &Agreement) -> Vec<&'static str> {
    let mut missing = Vec::new();
    if a.enforceability() != Some(Enforceability::Yes) {
        missing.push("binding force (`enforceable yes`)");
    }
    if a.goals.is_empty() || a.goals.iter().any(|g| g.deadline.is_none()) {
        missing.push("quantified goals with a date (`target ... by DATE`)");
    }
    if a.goals.iter().all(|g| g.milestones.is_empty()) {
        missing.push("interim targets (`milestone ... by DATE` in a goal)");
    }
    let full = a
        .header
        .publication
        .as_ref()
        .is_some_and(|p| p.extent.as_ref().is_some_and(|e| e.value == Extent::Full));
    if !full {
        missing.push("publication of the full text (`publication { extent full }`)");
    }
    let accountability = a.accountability.as_ref();
    if accountability.is_none_or(|x| x.reports.is_empty()) {
        missing.push("regular reporting (`report`)");
    }
    if accountability.is_none_or(|x| x.evaluation.is_none()) {
        missing.push("an `evaluation`");
    }
    if a.accession.as_ref().is_none_or(|x| x.closed.is_some()) {
        missing.push("accession open to anyone who meets its conditions (`accession`)");
    }
    if a.amendment.is_none() {
        missing.push("a way to follow changes in EU law (`amendment`)");
    }
    missing
}

/// Reports C032 findings.
pub(crate) fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let a = cx.agreement;
    let Some(implements) = a
        .legal_framework
        .as_ref()
        .and_then(|l| l.implements.as_ref())
    else {
        return;
    };
    let missing = missing(a);
    if missing.is_empty() {
        return;
    }
    out.push(
        Diagnostic::error(
            "C032",
            format!(
                "the agreement implements an EU act, but lacks {}",
                missing.join("; ")
            ),
            implements.span,
        )
        .with_label("implements EU law")
        .with_help(
            "a covenant may implement EU law only when it is binding, quantified with dates, \
             published in full, monitored and reported on, open to all in the same position, \
             and able to follow the EU act; otherwise implement it by statute",
        ),
    );
}

#[cfg(test)]
mod tests {
    use super::check;

    #[test]
    fn lists_everything_an_implementing_covenant_lacks_in_one_diagnostic() {
        let text = "legal-framework { implements \"Richtlijn (EU) 2018/2001\" }\n";
        let found = crate::check::run_rule(check, text).1;
        assert_eq!(found.len(), 1);
        assert!(found[0].contains("`enforceable yes`"), "{found:?}");
        assert!(found[0].contains("`amendment`"), "{found:?}");
        assert!(
            crate::check::run_rule(check, "legal-framework { legislation \"x\" }\n")
                .1
                .is_empty()
        );
    }
}
