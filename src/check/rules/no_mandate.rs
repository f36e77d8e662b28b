//! C006 no-mandate: A known party without a representative, or a representative without a mandate.
//!
//! A party chosen by tender (`selected-by`) is not known yet and needs no representative.

use crate::check::Context;
use crate::check::RuleInfo;
use crate::check::registry::Aanwijzing;
use crate::diagnostics::Diagnostic;
use crate::diagnostics::Severity;

/// C006 no-mandate: its code, name, default level and explain page.
pub(crate) static RULE: RuleInfo = RuleInfo {
    code: "C006",
    name: "no-mandate",
    severity: Severity::Error,
    summary: "A known party without a representative, or a representative without a mandate.",
    explain: include_str!("../../../docs/rules/C006.md"),
    run: Some(check),
    aanwijzing: Some(Aanwijzing {
        cite: "Aanwijzing 5, derde lid",
        must: true,
    }),
};

/// Reports C006 findings.
pub(crate) fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    for party in &cx.agreement.parties {
        if party.representatives.is_empty() && !party.is_tendered() {
            out.push(
                Diagnostic::error(
                    "C006",
                    format!("{} has no representative", party.describe()),
                    party.id.span,
                )
                .with_label("nobody signs for this party")
                .with_help(
                    "add `representative \"Name\" { capacity \"...\" mandate \"...\" }`; if the \
                     party is still to be chosen by tender, say so with `selected-by \"...\"`",
                ),
            );
        }
        for representative in party.representatives.iter().filter(|r| r.mandate.is_none()) {
            out.push(
                Diagnostic::error(
                    "C006",
                    format!(
                        "representative \"{}\" of {} has no mandate",
                        representative.name.value,
                        party.describe()
                    ),
                    representative.name.span,
                )
                .with_label("no `mandate`")
                .with_help(
                    "record where the authority to sign comes from: `mandate \"board decision of \
                     ...\"`, or `mandate statutory` for authority from law or the articles",
                ),
            );
        }
    }
}
