//! C040 placeholder-unfilled: Text in square brackets, left from the starting agreement.
//!
//! `covenant init` writes `[Naam partij A]`, `[kenmerk]`, ... where the drafter
//! has to fill in. Each such place still in a string or text block is
//! reported where it stands. `[[id]]` is a reference (see
//! `crate::model::references`) and a Markdown link `[text](url)` is a link;
//! neither is a placeholder.

use crate::check::Context;
use crate::check::RuleInfo;
use crate::diagnostics::Diagnostic;
use crate::diagnostics::Severity;
use crate::source::Span;
use crate::syntax::scan::literals;

/// C040 placeholder-unfilled: its code, name, default level and explain page.
pub(crate) static RULE: RuleInfo = RuleInfo {
    code: "C040",
    name: "placeholder-unfilled",
    severity: Severity::Warning,
    summary: "Text in square brackets, left from the starting agreement.",
    explain: include_str!("../../../docs/rules/C040.md"),
    run: Some(check),
    aanwijzing: None,
};

/// Reports C040 findings: one per unfilled place, in every file of the agreement.
pub(crate) fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    for (file, source) in cx.sources.iter() {
        let text = source.text.as_str();
        for literal in literals(text) {
            for place in placeholders(&text[literal.clone()]) {
                let (start, end) = (literal.start + place.start, literal.start + place.end);
                out.push(
                    Diagnostic::warning(
                        "C040",
                        format!("unfilled placeholder `{}`", &text[start..end]),
                        Span::new(file, start, end),
                    )
                    .with_label("fill in this place")
                    .with_help(
                        "replace the text in square brackets with the real wording; \
                         `[[id]]` is a reference and stays",
                    ),
                );
            }
        }
    }
}

/// The byte ranges of the `[...]` places in `text`: one pair of brackets on
/// one line holding a letter, not `[[id]]` and not a Markdown link.
fn placeholders(text: &str) -> Vec<std::ops::Range<usize>> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut pos = 0;
    while let Some(found) = text[pos..].find('[') {
        let open = pos + found;
        if bytes.get(open + 1) == Some(&b'[') {
            pos = text[open..].find("]]").map_or(text.len(), |i| open + i + 2);
            continue;
        }
        let Some(close) = text[open + 1..]
            .find([']', '[', '\n'])
            .map(|i| open + 1 + i)
            .filter(|&i| bytes[i] == b']')
        else {
            pos = open + 1;
            continue;
        };
        let inner = &text[open + 1..close];
        let link = bytes.get(close + 1) == Some(&b'(');
        if !link && inner.chars().any(char::is_alphabetic) {
            out.push(open..close + 1);
        }
        pos = close + 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{check, placeholders};

    fn places(text: &str) -> Vec<&str> {
        placeholders(text).into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn finds_each_place_and_skips_references_and_links() {
        assert_eq!(
            places(
                "KvK [nummer], zie [[fase1]] en [de Woo](https://x.nl) en [1] en [Naam partij A]"
            ),
            vec!["[nummer]", "[Naam partij A]"]
        );
    }

    #[test]
    fn one_finding_per_place_in_strings_and_blocks_not_comments() {
        let text = "party a \"[Naam partij A]\" { seat \"[plaats]\" } // [niet dit]\n\
                    recital \"\"\"\n  Zie [[a]] en [aanleiding].\n  \"\"\"\n";
        let (_, messages) = crate::check::run_rule(check, text);
        assert_eq!(
            messages,
            vec![
                "unfilled placeholder `[Naam partij A]`",
                "unfilled placeholder `[plaats]`",
                "unfilled placeholder `[aanleiding]`",
            ]
        );
    }
}
