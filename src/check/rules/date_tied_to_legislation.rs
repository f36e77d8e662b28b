//! T004 date-tied-to-legislation: Entry into force waits for a statute that the text
//! names without a citation.
//!
//! The texts of `effective upon` and of the header's `condition` are read. A statute is
//! named by the word *wet*, *besluit* or *regeling* (whole words, any case) or a Dutch
//! compound ending in *wet* (*Omgevingswet*, *Warmtewet*): a compound ending in *besluit*
//! or *regeling* is mostly a decision or an arrangement (*raadsbesluit*,
//! *betalingsregeling*). A citation is *Stb.*, *Stcrt.* (or *Staatsblad*,
//! *Staatscourant*) or a BWBR number.

use crate::check::Context;
use crate::check::RuleInfo;
use crate::check::registry::Aanwijzing;
use crate::diagnostics::Diagnostic;
use crate::diagnostics::Severity;
use crate::model::Text;

/// T004 date-tied-to-legislation: its code, name, default level and explain page.
pub(crate) static RULE: RuleInfo = RuleInfo {
    code: "T004",
    name: "date-tied-to-legislation",
    severity: Severity::Warning,
    summary: "Entry into force waits for a statute that is named without a citation.",
    explain: include_str!("../../../docs/rules/T004.md"),
    run: Some(check),
    aanwijzing: Some(Aanwijzing {
        cite: "Aanwijzing 19, tweede lid",
        must: true,
    }),
};

/// The words that name a statute as whole words.
const STATUTES: &[&str] = &["wet", "besluit", "regeling"];

/// What marks a citation of a statute, in lower case.
const CITATIONS: &[&str] = &["stb.", "stcrt.", "staatsblad", "staatscourant", "bwbr"];

/// The first word of `text` that names a statute, as written.
fn statute(text: &str) -> Option<&str> {
    text.split(|c: char| !c.is_alphanumeric()).find(|word| {
        let word = word.to_lowercase();
        STATUTES.contains(&word.as_str()) || word.ends_with("wet")
    })
}

/// Whether `text` cites a statute by its publication or its BWBR number.
fn cites(text: &str) -> bool {
    let text = text.to_lowercase();
    CITATIONS.iter().any(|c| text.contains(c))
}

/// Reports T004 findings.
pub(crate) fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let h = &cx.agreement.header;
    let texts = h
        .effective_upon
        .iter()
        .map(|c| (&c.upon, "effective upon"))
        .chain(h.condition.iter().map(|c| (c, "condition")));
    for (text, key) in texts {
        if let Some(diagnostic) = uncited(text, key) {
            out.push(diagnostic);
        }
    }
}

fn uncited(text: &Text, key: &str) -> Option<Diagnostic> {
    let word = statute(&text.value)?;
    if cites(&text.value) {
        return None;
    }
    Some(
        Diagnostic::warning(
            "T004",
            format!(
                "entry into force waits for a statute (`{word}`), but `{key}` does not cite which"
            ),
            text.span,
        )
        .with_label("names a statute without a citation")
        .with_help(
            "add its citation, e.g. \"(Stb. 2024, 123)\" or its BWBR number, so that it is \
             unmistakable which statute and which version is meant",
        ),
    )
}

#[cfg(test)]
mod tests {
    use super::{cites, statute};

    #[test]
    fn statutes_are_whole_words_or_the_end_of_a_compound() {
        assert_eq!(
            statute("de inwerkingtreding van de Wet open overheid"),
            Some("Wet")
        );
        assert_eq!(statute("zodra de Omgevingswet geldt"), Some("Omgevingswet"));
        assert_eq!(statute("na het Besluit bouwwerken"), Some("Besluit"));
        assert_eq!(statute("na het raadsbesluit over de begroting"), None);
        assert_eq!(statute("goedkeuring door de gemeenteraad"), None);
        assert_eq!(statute("na advies van de wetenschappelijke raad"), None);
        assert_eq!(statute("zodra de regelingen zijn getroffen"), None);
    }

    #[test]
    fn a_citation_is_a_publication_or_a_bwbr_number() {
        assert!(cites("de Omgevingswet (Stb. 2016, 156)"));
        assert!(cites("de Regeling (Stcrt. 2025, 1234)"));
        assert!(cites("de Warmtewet, BWBR0033729"));
        assert!(!cites("de Omgevingswet"));
    }
}
