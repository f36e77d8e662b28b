//! C020 not-published: A public party takes part, but no publication is stated.

use crate::check::Context;
use crate::check::RuleInfo;
use crate::check::registry::Aanwijzing;
use crate::diagnostics::Diagnostic;
use crate::diagnostics::Severity;

/// C020 not-published: its code, name, default level and explain page.
pub(crate) static RULE: RuleInfo = RuleInfo {
    code: "C020",
    name: "not-published",
    severity: Severity::Warning,
    summary: "A public party takes part, but no publication is stated.",
    explain: include_str!("../../../docs/rules/C020.md"),
    run: Some(check),
    aanwijzing: Some(Aanwijzing {
        cite: "Aanwijzing 25, eerste lid",
        must: true,
    }),
};

/// Reports C020 findings.
pub(crate) fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let agreement = cx.agreement;
    if agreement.header.publication.is_some() {
        return;
    }
    let Some(public) = agreement.public_parties().next() else {
        return;
    };
    out.push(
        Diagnostic::warning(
            "C020",
            format!(
                "{} is public, but the agreement says nowhere it is published",
                public.describe()
            ),
            agreement.anchor(),
        )
        .with_label("no `publication` in the header")
        .with_secondary(public.id.span, "a public party")
        .with_help(
            "state where the text or a summary is published, e.g. `publication \"Staatscourant\"` \
             or `publication \"Gemeenteblad\"`; every administrative body publishes its covenants \
             under the Woo (art. 3.3, tweede lid, onder f), and central government in the \
             Staatscourant (Aanwijzing 25, eerste lid)",
        ),
    );
}
