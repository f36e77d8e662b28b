//! C030 accession-unstated: A public party takes part, but the agreement says nothing about accession.

use crate::check::Context;
use crate::check::RuleInfo;
use crate::check::registry::Aanwijzing;
use crate::diagnostics::Diagnostic;
use crate::diagnostics::Severity;

/// C030 accession-unstated: its code, name, default level and explain page.
pub(crate) static RULE: RuleInfo = RuleInfo {
    code: "C030",
    name: "accession-unstated",
    severity: Severity::Warning,
    summary: "A public party takes part, but the agreement says nothing about accession.",
    explain: include_str!("../../../docs/rules/C030.md"),
    run: Some(check),
    aanwijzing: Some(Aanwijzing {
        cite: "Aanwijzing 6, eerste en tweede lid",
        must: true,
    }),
};

/// Reports C030 findings.
pub(crate) fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let agreement = cx.agreement;
    if agreement.accession.is_some() {
        return;
    }
    let Some(public) = agreement.public_parties().next() else {
        return;
    };
    out.push(
        Diagnostic::warning(
            "C030",
            format!(
                "{} is public, but the agreement does not say whether others may join",
                public.describe()
            ),
            agreement.anchor(),
        )
        .with_label("no `accession` in this agreement")
        .with_secondary(public.id.span, "a public party")
        .with_help(
            "say who may join and on what terms, or why no one can: \
             `accession { open-to \"...\"  approved-by BODY  conditions \"...\" }` or \
             `accession closed \"reason\"`; others in the same position may not be refused",
        ),
    );
}

#[cfg(test)]
mod tests {
    use super::check;

    #[test]
    fn fires_for_a_public_party_without_accession() {
        let public = "party a \"A\" { sector public }\n";
        assert_eq!(crate::check::run_rule(check, public).1.len(), 1);
        let open = format!("{public}accession \"Anyone may join.\"\n");
        assert!(crate::check::run_rule(check, &open).1.is_empty());
        let closed = format!("{public}accession closed \"Only the two networks.\"\n");
        assert!(crate::check::run_rule(check, &closed).1.is_empty());
        let private = "party a \"A\" { sector private }\n";
        assert!(crate::check::run_rule(check, private).1.is_empty());
    }
}
