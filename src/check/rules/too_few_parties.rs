//! C015 too-few-parties: Fewer than two parties.

use crate::check::Context;
use crate::check::RuleInfo;
use crate::diagnostics::Diagnostic;
use crate::diagnostics::Severity;

/// C015 too-few-parties: its code, name, default level and explain page.
pub(crate) static RULE: RuleInfo = RuleInfo {
    code: "C015",
    name: "too-few-parties",
    severity: Severity::Error,
    summary: "Fewer than two parties.",
    explain: include_str!("../../../docs/rules/C015.md"),
    run: Some(check),
    aanwijzing: None,
};

/// Reports C015 findings.
pub(crate) fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let agreement = cx.agreement;
    let count = agreement.parties.len();
    if count >= 2 {
        return;
    }
    let message = match agreement.parties.first() {
        Some(party) => format!(
            "{} is the only party; an agreement needs at least two",
            party.describe()
        ),
        None => "the agreement has no parties; it needs at least two".to_string(),
    };
    let mut diagnostic = Diagnostic::error("C015", message, agreement.anchor())
        .with_label(format!(
            "{count} part{}",
            if count == 1 { "y" } else { "ies" }
        ))
        .with_help("add every party that takes on obligations with a `party` item");
    if let Some(party) = agreement.parties.first() {
        diagnostic = diagnostic.with_secondary(party.id.span, "the only party");
    }
    out.push(diagnostic);
}
