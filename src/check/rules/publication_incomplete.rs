//! C028 publication-incomplete: Only a summary is published without saying where the full text can be seen, or central government takes part and the Staatscourant is not named.

use crate::check::Context;
use crate::check::RuleInfo;
use crate::check::registry::Aanwijzing;
use crate::diagnostics::Diagnostic;
use crate::diagnostics::Severity;

/// C028 publication-incomplete: its code, name, default level and explain page.
pub(crate) static RULE: RuleInfo = RuleInfo {
    code: "C028",
    name: "publication-incomplete",
    severity: Severity::Warning,
    summary: "Only a summary is published without saying where the full text can be seen, or central government takes part and the Staatscourant is not named.",
    explain: include_str!("../../../docs/rules/C028.md"),
    run: Some(check),
    aanwijzing: Some(Aanwijzing {
        cite: "Aanwijzing 25, eerste en tweede lid",
        must: true,
    }),
};

/// Reports C028 findings.
pub(crate) fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let agreement = cx.agreement;
    let Some(publication) = &agreement.header.publication else {
        return;
    };
    if publication.is_summary() && publication.inspection.is_none() {
        let at = publication
            .extent
            .as_ref()
            .map_or(publication.span, |e| e.span);
        out.push(
            Diagnostic::warning(
                "C028",
                "only a summary is published, but the agreement does not say where the full text can be inspected",
                at,
            )
            .with_label("summary only")
            .with_help(
                "say where and until when the full text lies open: \
                 `inspection \"the town hall, until 2030-12-31\"`",
            ),
        );
    }
    let Some(national) = agreement.national_parties().next() else {
        return;
    };
    if !publication.names("staatscourant") {
        out.push(
            Diagnostic::warning(
                "C028",
                format!(
                    "{} is central government, but the publication does not name the Staatscourant",
                    national.describe()
                ),
                publication.head(),
            )
            .with_label("no Staatscourant")
            .with_secondary(national.id.span, "tier national")
            .with_help(
                "a covenant of central government, or its essential content, is published in the \
                 Staatscourant: `publication { in \"de Staatscourant\" }`",
            ),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::check;

    fn count(party: &str, publication: &str) -> usize {
        let text = format!("covenant \"T\" {{ {publication} }}\nparty a \"A\" {{ {party} }}\n");
        crate::check::run_rule(check, &text).1.len()
    }

    #[test]
    fn a_summary_needs_an_inspection_and_the_rijk_the_staatscourant() {
        assert_eq!(
            count("sector public", "publication { in \"x\" extent summary }"),
            1
        );
        let inspected = "publication { in \"x\" extent summary inspection \"y\" }";
        assert_eq!(count("sector public", inspected), 0);
        assert_eq!(count("sector public tier national", inspected), 1);
        assert_eq!(
            count(
                "sector public tier national",
                "publication \"Staatscourant\""
            ),
            0
        );
        assert_eq!(
            count(
                "sector public tier municipal",
                "publication \"Gemeenteblad\""
            ),
            0
        );
    }
}
