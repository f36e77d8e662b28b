//! C013 no-term: No effective date, or an indefinite term without termination notice.

use crate::check::Context;
use crate::check::RuleInfo;
use crate::check::registry::Aanwijzing;
use crate::diagnostics::Diagnostic;
use crate::diagnostics::Severity;
use crate::model::Expiry;

/// C013 no-term: its code, name, default level and explain page.
pub(crate) static RULE: RuleInfo = RuleInfo {
    code: "C013",
    name: "no-term",
    severity: Severity::Error,
    summary: "No effective date, or an indefinite term without termination notice.",
    explain: include_str!("../../../docs/rules/C013.md"),
    run: Some(check),
    aanwijzing: Some(Aanwijzing {
        cite: "Aanwijzing 19, eerste lid, en aanwijzing 20, tweede lid",
        must: true,
    }),
};

/// Reports C013 findings.
pub(crate) fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let agreement = cx.agreement;
    if agreement.header.effective.is_none() {
        out.push(
            Diagnostic::error(
                "C013",
                "the agreement has no effective date",
                agreement.anchor(),
            )
            .with_label("no `effective` date")
            .with_help("state when the agreement enters into force: `effective 2026-04-01`"),
        );
    }
    let Some(expires) = agreement
        .header
        .expires
        .as_ref()
        .filter(|e| e.value == Expiry::Never)
    else {
        return;
    };
    let termination = agreement.termination.as_ref();
    if termination.is_some_and(|t| t.notice.is_some()) {
        return;
    }
    let mut diagnostic = Diagnostic::error(
        "C013",
        "the agreement runs for an indefinite term but sets no notice period for termination",
        expires.span,
    )
    .with_label("indefinite term")
    .with_help(
        "an agreement without end must say how a party can leave: \
         `termination { notice 6 months  grounds \"...\" }`",
    );
    if let Some(termination) = termination {
        diagnostic = diagnostic.with_secondary(termination.head(), "no `notice` here");
    }
    out.push(diagnostic);
}
