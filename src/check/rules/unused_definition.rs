//! C018 unused-definition: A defined term that no text uses.
//!
//! A term counts as used when it occurs, ignoring case, in any text of the agreement
//! other than its own definition: recitals, ambition, titles, descriptions, clauses,
//! the meaning of another definition, and so on (see `Agreement::texts`). A
//! reference `[[id]]` to the definition in such a text is a use as well.

use crate::check::Context;
use crate::check::RuleInfo;
use crate::diagnostics::Diagnostic;
use crate::diagnostics::Severity;
use crate::model::Definition;
use crate::model::references::references;

/// Whether `term` occurs in `text`, ignoring case.
#[must_use]
pub fn occurs(term: &str, text: &str) -> bool {
    let term = term.to_lowercase();
    !term.is_empty() && text.to_lowercase().contains(&term)
}

/// C018 unused-definition: its code, name, default level and explain page.
pub(crate) static RULE: RuleInfo = RuleInfo {
    code: "C018",
    name: "unused-definition",
    severity: Severity::Warning,
    summary: "A defined term that no text uses.",
    explain: include_str!("../../../docs/rules/C018.md"),
    run: Some(check),
    aanwijzing: None,
};

/// Reports C018 findings.
pub(crate) fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let agreement = cx.agreement;
    let texts = agreement.texts();
    for (index, definition) in agreement.definitions.iter().enumerate() {
        let term = definition.term.value.as_str();
        let id = definition.id.value.as_str();
        let in_texts = texts
            .iter()
            .any(|t| occurs(term, t) || references(t).iter().any(|r| r.id == id));
        let in_other_meanings = agreement.definitions.iter().enumerate().any(|(other, d)| {
            other != index
                && (occurs(term, &d.meaning.value)
                    || references(&d.meaning.value).iter().any(|r| r.id == id))
        });
        if !in_texts && !in_other_meanings {
            out.push(unused(definition));
        }
    }
}

fn unused(definition: &Definition) -> Diagnostic {
    Diagnostic::warning(
        "C018",
        format!(
            "defined term \"{}\" (`{}`) is never used",
            definition.term.value, definition.id.value
        ),
        definition.term.span,
    )
    .with_label("no text of the agreement uses this term")
    .with_help("use the term where it is meant, or remove the definition")
}

#[cfg(test)]
mod tests {
    use super::{check, occurs};

    fn messages(text: &str) -> Vec<String> {
        let (loaded, messages) = crate::check::run_rule(check, text);
        assert!(!loaded.agreement.definitions.is_empty());
        messages
    }

    #[test]
    fn occurs_ignores_case() {
        assert!(occurs("Warmtenet", "de aanleg van het WARMTENET"));
        assert!(occurs("warmtenet", "Warmtenet Zwolle"));
        assert!(occurs("Één", "één plan"));
        assert!(!occurs("Warmtenet", "het netwerk"));
    }

    #[test]
    fn a_term_used_in_a_clause_in_other_case_is_used() {
        let text = "define net \"Warmtenet\" \"de leidingen\"\n\
                    clause c \"Beheer\" \"Het warmtenet wordt beheerd.\"\n";
        assert!(messages(text).is_empty());
    }

    #[test]
    fn its_own_definition_does_not_count() {
        let text = "define net \"Warmtenet\" \"het Warmtenet en zijn leidingen\"\n";
        assert_eq!(
            messages(text),
            ["defined term \"Warmtenet\" (`net`) is never used"]
        );
    }

    #[test]
    fn the_meaning_of_another_definition_counts() {
        let text = "define net \"Warmtenet\" \"de leidingen\"\n\
                    define station \"Station\" \"een onderstation van het warmtenet\"\n\
                    recital \"Elk station wordt gekeurd.\"\n";
        assert!(messages(text).is_empty());
    }

    #[test]
    fn a_reference_to_the_definition_is_a_use() {
        let text = "define peil \"Streefpeil\" \"het vastgestelde peil\"\n\
                    recital \"Het gemaal handhaaft het [[peil]].\"\n";
        assert!(messages(text).is_empty());
    }
}
