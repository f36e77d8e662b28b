//! Completion: what the grammar accepts at the cursor, and ids of the right kind.
//!
//! The context comes from the parser itself: the item around the cursor is
//! parsed up to the word being typed, and the rules pest expected there are
//! the keywords and values that may follow. No list of properties per item
//! is kept beside the grammar.

use lsp_types::{CompletionItem, CompletionItemKind};
use pest::Parser as _;
use pest::error::{ErrorVariant, InputLocation};

use super::symbols::{Kind, Symbols};
use crate::syntax::grammar::{CovenantParser, Rule};
use crate::syntax::keywords::keyword_of;
use crate::syntax::keywords::{ITEM_KEYWORDS, PROPERTY_KEYWORDS, starts_item};
use crate::syntax::scan::skip_trivia;
use crate::syntax::words::closed_set;

/// What may be written at the cursor.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Expected {
    /// A new top-level item.
    Item,
    /// What the grammar expected inside an item.
    Rules(Vec<Rule>),
    /// Nothing can be said (the text before the cursor does not parse).
    Unknown,
}

/// The start of the word the cursor is in or after (identifier characters only).
pub(crate) fn word_start(text: &str, offset: usize) -> usize {
    text[..offset]
        .char_indices()
        .rev()
        .find(|(_, c)| !(c.is_ascii_alphanumeric() || *c == '_' || *c == '-'))
        .map_or(0, |(i, c)| i + c.len_utf8())
}

/// What the grammar accepts at byte `at` (the start of the word being typed).
pub(crate) fn expected_at(text: &str, at: usize) -> Expected {
    let item_start = item_start(text, at);
    let mut snippet = text[..at].to_string();
    // A character no rule accepts, so the parse fails exactly at the cursor.
    snippet.push('\u{1}');
    let mut pos = skip_trivia(&snippet, item_start);
    loop {
        if pos >= at {
            return Expected::Item;
        }
        match CovenantParser::parse(Rule::item, &snippet[pos..]) {
            Ok(mut pairs) => {
                let Some(pair) = pairs.next() else {
                    return Expected::Unknown;
                };
                pos = skip_trivia(&snippet, pos + pair.as_span().end());
            }
            Err(error) => {
                let offset = pos
                    + match error.location {
                        InputLocation::Pos(p) => p,
                        InputLocation::Span((p, _)) => p,
                    };
                return match error.variant {
                    ErrorVariant::ParsingError { positives, .. } if offset == at => {
                        if pos == at {
                            Expected::Item
                        } else {
                            Expected::Rules(positives)
                        }
                    }
                    _ => Expected::Unknown,
                };
            }
        }
    }
}

/// The start of the top-level item holding `at`: the last line before it that opens an item.
fn item_start(text: &str, at: usize) -> usize {
    let mut line_end = at;
    loop {
        let line_start = text[..line_end].rfind('\n').map_or(0, |i| i + 1);
        if line_start < at && starts_item(&text[line_start..]) {
            return line_start;
        }
        if line_start == 0 {
            return 0;
        }
        line_end = line_start - 1;
    }
}

/// The kinds of id that may stand after the property that opens the line before `at`,
/// or `None` where a new id is declared.
fn id_kinds(text: &str, at: usize, rules: &[Rule]) -> Option<&'static [Kind]> {
    let line_start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    let key = text[line_start..at].split_whitespace().next().unwrap_or("");
    match key {
        "serves" => Some(&[Kind::Goal]),
        "to" => Some(&[Kind::Body, Kind::Actor]),
        "" if rules.contains(&Rule::contribution) || rules.contains(&Rule::ident) => {
            Some(&[Kind::Actor])
        }
        // Every other property that takes an id takes a party or group; after an item
        // keyword (`party`, `body`, ...) a new id is being declared.
        key if PROPERTY_KEYWORDS.contains(&key) => Some(&[Kind::Actor]),
        _ => None,
    }
}

/// The completion items at byte `offset` of `text`, ids taken from `symbols`.
pub(crate) fn complete(text: &str, offset: usize, symbols: &Symbols) -> Vec<CompletionItem> {
    let at = word_start(text, offset);
    let rules = match expected_at(text, at) {
        Expected::Item => {
            return ITEM_KEYWORDS
                .iter()
                .map(|k| item(k, CompletionItemKind::KEYWORD, "item"))
                .collect();
        }
        Expected::Rules(rules) => rules,
        Expected::Unknown => return Vec::new(),
    };
    let mut out: Vec<CompletionItem> = Vec::new();
    let mut push = |label: &str, kind, detail: &str| {
        if !out.iter().any(|i| i.label == label) {
            out.push(item(label, kind, detail));
        }
    };
    for rule in &rules {
        for word in closed_set(*rule).map_or(&[][..], |set| set.words) {
            push(word, CompletionItemKind::ENUM_MEMBER, "value");
        }
        if let Some(keyword) = keyword_of(*rule) {
            push(keyword, CompletionItemKind::KEYWORD, "keyword");
        }
    }
    if (rules.contains(&Rule::ident) || rules.contains(&Rule::contribution))
        && let Some(kinds) = id_kinds(text, at, &rules)
    {
        for d in symbols.names(kinds) {
            push(&d.id.value, CompletionItemKind::REFERENCE, d.keyword);
        }
    }
    out
}

fn item(label: &str, kind: CompletionItemKind, detail: &str) -> CompletionItem {
    CompletionItem {
        label: label.to_string(),
        kind: Some(kind),
        detail: Some(detail.to_string()),
        ..CompletionItem::default()
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;
    use crate::model::load_text;

    fn labels(text: &str) -> Vec<String> {
        let cursor = text.find('|').expect("a cursor");
        let text = text.replacen('|', "", 1);
        let loaded = load_text(Path::new("t.covenant"), "t", text.clone());
        let symbols = Symbols::of(&loaded.agreement);
        complete(&text, cursor, &symbols)
            .into_iter()
            .map(|i| i.label)
            .collect()
    }

    const PARTIES: &str = "party a \"A\" { sector public }\nparty b \"B\" { sector civil }\n\
        goal g \"G\" { owner a }\n";

    #[test]
    fn a_party_block_offers_party_properties_only() {
        let found = labels("party a \"A\" {\n  sec|\n}\n");
        for k in ["sector", "role", "seat", "representative", "selected-by"] {
            assert!(found.contains(&k.to_string()), "{k} missing from {found:?}");
        }
        assert!(!found.contains(&"indicator".to_string()), "{found:?}");
        assert!(!found.contains(&"covenant".to_string()), "{found:?}");
    }

    #[test]
    fn a_closed_set_offers_its_words() {
        let found = labels("party a \"A\" {\n  sector |\n}\n");
        assert_eq!(found, ["public", "private", "civil", "knowledge"]);
        let found = labels("risk r \"R\" {\n  likelihood m|\n}\n");
        assert_eq!(found, ["low", "medium", "high"]);
        let found = labels("party a \"A\" {\n  tier |\n}\n");
        assert_eq!(
            found,
            [
                "national",
                "provincial",
                "municipal",
                "water-board",
                "joint-body",
                "other"
            ]
        );
        let found = labels("covenant \"C\" {\n  expires |\n}\n");
        assert!(found.contains(&"never".to_string()), "{found:?}");
        let found = labels("party a \"A\" {\n  representative \"R\" {\n    mandate |\n  }\n}\n");
        assert_eq!(found, ["statutory"]);
    }

    #[test]
    fn ids_of_the_right_kind_stand_where_an_id_is_expected() {
        let found = labels(&format!(
            "{PARTIES}deliverable d \"D\" {{\n  serves |\n}}\n"
        ));
        assert_eq!(found, ["ambition", "g"]);
        let found = labels(&format!("{PARTIES}deliverable d \"D\" {{\n  by |\n}}\n"));
        assert_eq!(found, ["a", "b"]);
    }

    #[test]
    fn between_items_every_item_keyword_is_offered() {
        let found = labels(&format!("{PARTIES}\n|"));
        assert_eq!(found.len(), ITEM_KEYWORDS.len());
        assert!(found.contains(&"deliverable".to_string()));
    }

    #[test]
    fn the_word_before_the_cursor_starts_after_non_ascii_text() {
        let text = "seat \"ë\"ab";
        assert_eq!(word_start(text, text.len()), text.len() - 2);
        assert_eq!(word_start("ëab", 4), 2);
    }

    #[test]
    fn a_new_id_is_not_completed() {
        assert_eq!(labels(&format!("{PARTIES}party |")), Vec::<String>::new());
        let body = labels(&format!("{PARTIES}governance {{\n  body |\n}}\n"));
        assert_eq!(body, Vec::<String>::new());
    }
}
