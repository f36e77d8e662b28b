//! C022 no-renewal: A fixed term without a renewal statement.

use crate::check::Context;
use crate::check::RuleInfo;
use crate::check::registry::Aanwijzing;
use crate::diagnostics::Diagnostic;
use crate::diagnostics::Severity;
use crate::model::Expiry;

/// C022 no-renewal: its code, name, default level and explain page.
pub(crate) static RULE: RuleInfo = RuleInfo {
    code: "C022",
    name: "no-renewal",
    severity: Severity::Warning,
    summary: "A fixed term without a renewal statement.",
    explain: include_str!("../../../docs/rules/C022.md"),
    run: Some(check),
    aanwijzing: Some(Aanwijzing {
        cite: "Aanwijzing 19, derde lid",
        must: true,
    }),
};

/// Reports C022 findings.
pub(crate) fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let header = &cx.agreement.header;
    let fixed = header
        .expires
        .as_ref()
        .filter(|e| matches!(e.value, Expiry::On(_)))
        .map(|e| e.span)
        .or_else(|| header.term.as_ref().map(|t| t.span));
    let Some(end) = fixed else {
        return;
    };
    if header.renewal.is_some() || header.tacit_renewal.is_some() {
        return;
    }
    out.push(
        Diagnostic::warning(
            "C022",
            "the agreement has a fixed term but does not say whether it can be extended",
            end,
        )
        .with_label("the term ends here")
        .with_help(
            "add `renewal \"...\"` saying whether and how the term can be extended \
             (or that it cannot), or `renewal tacit DURATION` for tacit renewal",
        ),
    );
}
