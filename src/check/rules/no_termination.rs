//! C014 no-termination: No termination provision.
//!
//! An indefinite term without termination notice is reported as C013 instead.

use crate::check::Context;
use crate::check::RuleInfo;
use crate::check::registry::Aanwijzing;
use crate::diagnostics::Diagnostic;
use crate::diagnostics::Severity;
use crate::model::Expiry;

/// C014 no-termination: its code, name, default level and explain page.
pub(crate) static RULE: RuleInfo = RuleInfo {
    code: "C014",
    name: "no-termination",
    severity: Severity::Warning,
    summary: "No termination provision.",
    explain: include_str!("../../../docs/rules/C014.md"),
    run: Some(check),
    aanwijzing: Some(Aanwijzing {
        cite: "Aanwijzing 20, eerste lid",
        must: true,
    }),
};

/// Reports C014 findings.
pub(crate) fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let agreement = cx.agreement;
    let indefinite = agreement
        .header
        .expires
        .as_ref()
        .is_some_and(|e| e.value == Expiry::Never);
    if agreement.termination.is_some() || indefinite {
        return;
    }
    out.push(
        Diagnostic::warning(
            "C014",
            "the agreement has no termination provision",
            agreement.anchor(),
        )
        .with_label("no `termination` in this agreement")
        .with_help(
            "say how a party can leave early: `termination { notice 6 months  grounds \"...\"  \
                 consequences continue }`",
        ),
    );
}
