//! C021 legal-framework-incomplete: A public party without legal framework or legislation,
//! public money without a state-aid statement, a tender without a procurement statement, or
//! several businesses without a competition statement.
//!
//! When a public party takes part and `legal-framework` is missing altogether, only that
//! is reported; the other findings need a `legal-framework` to complete.

use crate::check::Context;
use crate::check::RuleInfo;
use crate::check::registry::Aanwijzing;
use crate::diagnostics::Diagnostic;
use crate::diagnostics::Severity;
use crate::model::words::{Function, Sector};
use crate::model::{Agreement, LegalFramework};

/// C021 legal-framework-incomplete: its code, name, default level and explain page.
pub(crate) static RULE: RuleInfo = RuleInfo {
    code: "C021",
    name: "legal-framework-incomplete",
    severity: Severity::Warning,
    summary: "A public party without legal framework or legislation, public money without a state-aid statement, a tender without a procurement statement, or several businesses without a competition statement.",
    explain: include_str!("../../../docs/rules/C021.md"),
    run: Some(check),
    aanwijzing: Some(Aanwijzing {
        cite: "Aanwijzing 9, tweede en derde lid",
        must: true,
    }),
};

/// Reports C021 findings.
pub(crate) fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let agreement = cx.agreement;
    match &agreement.legal_framework {
        None => {
            if let Some(public) = agreement.public_parties().next() {
                out.push(
                    Diagnostic::warning(
                        "C021",
                        format!(
                            "{} is public, but the agreement has no legal framework",
                            public.describe()
                        ),
                        agreement.anchor(),
                    )
                    .with_label("no `legal-framework` in this agreement")
                    .with_secondary(public.id.span, "a public party")
                    .with_help(
                        "add `legal-framework { legislation \"...\" procurement \"...\" \
                         state-aid \"...\" }` saying how the agreement relates to the law",
                    ),
                );
            } else {
                tender(agreement, None, out);
                competition(agreement, None, out);
            }
        }
        Some(framework) => {
            legislation(agreement, framework, out);
            state_aid(agreement, framework, out);
            tender(agreement, Some(framework), out);
            competition(agreement, Some(framework), out);
        }
    }
}

/// (d) A public party takes part, but the legal framework names no legislation.
fn legislation(agreement: &Agreement, framework: &LegalFramework, out: &mut Vec<Diagnostic>) {
    if framework.legislation.is_some() {
        return;
    }
    let Some(public) = agreement.public_parties().next() else {
        return;
    };
    out.push(
        Diagnostic::warning(
            "C021",
            format!(
                "{} is public, but the legal framework names no legislation",
                public.describe()
            ),
            framework.head(),
        )
        .with_label("no `legislation` here")
        .with_secondary(public.id.span, "a public party")
        .with_help(
            "add `legislation \"...\"` to the legal framework, saying how the agreement relates \
             to the laws that govern its subject",
        ),
    );
}

/// (e) Two or more businesses take part, but there is no competition statement.
fn competition(
    agreement: &Agreement,
    framework: Option<&LegalFramework>,
    out: &mut Vec<Diagnostic>,
) {
    if framework.is_some_and(|f| f.competition.is_some()) {
        return;
    }
    let businesses: Vec<_> = agreement
        .parties
        .iter()
        .filter(|p| {
            p.sector
                .as_ref()
                .is_some_and(|s| s.value == Sector::Private)
        })
        .collect();
    let [_, second, ..] = businesses.as_slice() else {
        return;
    };
    let span = framework.map_or_else(|| agreement.anchor(), LegalFramework::head);
    out.push(
        Diagnostic::warning(
            "C021",
            format!(
                "{} businesses take part, but the agreement has no competition statement",
                businesses.len()
            ),
            span,
        )
        .with_label("no `competition` statement")
        .with_secondary(second.id.span, "a second business")
        .with_help(
            "add `competition \"...\"` to the legal framework, saying why the cooperation does \
             not restrict competition",
        ),
    );
}

/// Public money contributed without a `state-aid` statement.
fn state_aid(agreement: &Agreement, framework: &LegalFramework, out: &mut Vec<Diagnostic>) {
    if framework.state_aid.is_some() {
        return;
    }
    let contributions = agreement.investment.iter().flat_map(|i| &i.contributions);
    let Some(public) = contributions
        .into_iter()
        .find(|c| agreement.is_public(&c.party.value))
    else {
        return;
    };
    out.push(
        Diagnostic::warning(
            "C021",
            format!(
                "public money is contributed (by `{}`), but the legal framework has no state-aid statement",
                public.party.value
            ),
            framework.head(),
        )
        .with_label("no `state-aid` here")
        .with_help(
            "add `state-aid \"...\"` to the legal framework, saying why the contribution is or \
             is not state aid",
        ),
    );
}

/// A tender (`selected-by`, or `function procurement`) without a `procurement` statement.
fn tender(agreement: &Agreement, framework: Option<&LegalFramework>, out: &mut Vec<Diagnostic>) {
    if framework.is_some_and(|f| f.procurement.is_some()) {
        return;
    }
    let tendered = agreement
        .parties
        .iter()
        .find_map(|p| p.selected_by.as_ref());
    let procurement = agreement
        .header
        .function
        .as_ref()
        .filter(|f| f.value == Function::Procurement);
    let (span, label) = match (tendered, procurement) {
        (Some(selected), _) => (selected.span, "a party chosen by tender"),
        (None, Some(function)) => (function.span, "a procurement partnership"),
        (None, None) => return,
    };
    let mut diagnostic = Diagnostic::warning(
        "C021",
        "the agreement involves a tender, but has no procurement statement",
        span,
    )
    .with_label(label)
    .with_help(
        "add `procurement \"...\"` to the legal framework, saying how procurement law is \
         complied with",
    );
    if let Some(framework) = framework {
        diagnostic = diagnostic.with_secondary(framework.head(), "no `procurement` here");
    }
    out.push(diagnostic);
}
