//! C012 no-dispute-resolution: An enforceable agreement without dispute resolution.

use crate::check::Context;
use crate::check::RuleInfo;
use crate::check::registry::Aanwijzing;
use crate::diagnostics::Diagnostic;
use crate::diagnostics::Severity;
use crate::model::words::Enforceability;

/// C012 no-dispute-resolution: its code, name, default level and explain page.
pub(crate) static RULE: RuleInfo = RuleInfo {
    code: "C012",
    name: "no-dispute-resolution",
    severity: Severity::Error,
    summary: "An enforceable agreement without dispute resolution.",
    explain: include_str!("../../../docs/rules/C012.md"),
    run: Some(check),
    aanwijzing: Some(Aanwijzing {
        cite: "Aanwijzing 16, tweede lid",
        must: true,
    }),
};

/// Reports C012 findings.
pub(crate) fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let agreement = cx.agreement;
    let Some(enforceable) = agreement
        .header
        .enforceable
        .as_ref()
        .filter(|_| agreement.has_enforceable_obligations())
    else {
        return;
    };
    if agreement
        .disputes
        .as_ref()
        .is_some_and(|d| !d.steps.is_empty())
    {
        return;
    }
    out.push(
        Diagnostic::error(
            "C012",
            "the agreement is enforceable but says nothing about resolving disputes",
            enforceable.span,
        )
        .with_label(if enforceable.value == Enforceability::Partly {
            "some deliverables can be enforced in court"
        } else {
            "obligations can be enforced in court"
        })
        .with_help(
            "add `disputes { consultation 30 days  then mediation  then court \"...\" }` \
             (or `arbitration \"...\"`)",
        ),
    );
}
