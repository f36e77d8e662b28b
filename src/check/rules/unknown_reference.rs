//! R007 unknown-reference: A text refers with `[[id]]` to an item that is not declared.
//!
//! The references are found in the source of each text rather than in its
//! resolved value, so that the span points at the id exactly as written: an
//! id holds no escapes and no line break, so the stripped indentation of a text
//! block and the escapes of a string never fall inside a reference.

use super::unknown_party::closest;
use crate::check::Context;
use crate::check::RuleInfo;
use crate::diagnostics::Diagnostic;
use crate::diagnostics::Severity;
use crate::model::references::references;
use crate::source::Span;

/// R007 unknown-reference: its code, name, default level and explain page.
pub(crate) static RULE: RuleInfo = RuleInfo {
    code: "R007",
    name: "unknown-reference",
    severity: Severity::Error,
    summary: "A text refers with `[[id]]` to an item that is not declared.",
    explain: include_str!("../../../docs/rules/R007.md"),
    run: Some(check),
    aanwijzing: None,
};

/// Reports R007 findings.
pub(crate) fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let a = cx.agreement;
    let index = a.index();
    for (_, written) in a.written_texts(true) {
        let source = cx.sources.slice(written);
        for reference in references(source) {
            if index.referent(reference.id).is_some() {
                continue;
            }
            let start = written.start as usize + reference.id_range.start;
            let span = Span::new(written.file, start, start + reference.id.len());
            let known = index.referable();
            let help = match closest(reference.id, &known) {
                Some(near) => format!("did you mean `[[{near}]]`?"),
                None if known.is_empty() => {
                    "declare the item first; a reference names the id of a party, term, goal, \
                     deliverable, risk, asset, body, clause or annex"
                        .to_string()
                }
                None => format!("refer to one of: {}", known.join(", ")),
            };
            out.push(
                Diagnostic::error(
                    "R007",
                    format!("`[[{}]]` refers to nothing in this agreement", reference.id),
                    span,
                )
                .with_label("unknown id")
                .with_help(help),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::check;

    fn found(text: &str) -> Vec<(String, String)> {
        let (loaded, _) = crate::check::run_rule(check, text);
        let mut out = Vec::new();
        check(
            &crate::check::Context {
                agreement: &loaded.agreement,
                sources: &loaded.sources,
            },
            &mut out,
        );
        out.iter()
            .map(|d| {
                let id = loaded.sources.slice(d.primary.span).to_string();
                (id, d.help.clone().unwrap_or_default())
            })
            .collect()
    }

    #[test]
    fn known_ids_of_every_kind_are_references() {
        let text = "party a \"A\" {}\ndefine t \"T\" \"zie [[a]] en [[termination]]\"\n\
                    annex kaart \"K\" { document \"[[t]]\" }\ntermination { notice 1 month }\n";
        assert!(found(text).is_empty());
    }

    #[test]
    fn the_span_is_the_id_after_escapes_in_a_string() {
        let text = "party kaart \"K\" {}\nrecital \"a \\\"b\\\" \\\\ [[kaartt]]\"\n";
        assert_eq!(
            found(text),
            [(
                "kaartt".to_string(),
                "did you mean `[[kaart]]`?".to_string()
            )]
        );
    }

    #[test]
    fn the_span_is_the_id_inside_an_indented_text_block() {
        let text = "party a \"A\" {}\nclause c \"C\" \"\"\"\n      eerste regel\n      zie [[b]]\n      \"\"\"\n";
        let got = found(text);
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].0, "b");
    }

    #[test]
    fn an_article_word_is_known_only_when_the_article_exists() {
        let text = "party a \"A\" {}\nrecital \"zie [[termination]]\"\n";
        assert_eq!(found(text).len(), 1);
    }
}
