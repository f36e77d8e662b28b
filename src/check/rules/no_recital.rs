//! C019 no-recital: No recital.

use crate::check::Context;
use crate::check::RuleInfo;
use crate::check::registry::Aanwijzing;
use crate::diagnostics::Diagnostic;
use crate::diagnostics::Severity;

/// C019 no-recital: its code, name, default level and explain page.
pub(crate) static RULE: RuleInfo = RuleInfo {
    code: "C019",
    name: "no-recital",
    severity: Severity::Warning,
    summary: "No recital.",
    explain: include_str!("../../../docs/rules/C019.md"),
    run: Some(check),
    aanwijzing: Some(Aanwijzing {
        cite: "Aanwijzing 7, eerste lid",
        must: true,
    }),
};

/// Reports C019 findings.
pub(crate) fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let agreement = cx.agreement;
    if !agreement.recitals.is_empty() {
        return;
    }
    out.push(
        Diagnostic::warning("C019", "the agreement has no recital", agreement.anchor())
            .with_label("no `recital` in this agreement")
            .with_help(
                "add at least one `recital \"...\"` stating why the parties work together and \
                 what they intend",
            ),
    );
}
