//! Issue 15, items 1-3: the formatter does not panic on a huge id, keeps each comment next to the
//! token it was written at, and is idempotent wherever comments are placed.

use covenant::format::format_text;
use proptest::prelude::*;
use proptest::sample::Index;

const MINIMAL: &str = "tests/fixtures/valid/minimal.covenant";

fn minimal() -> String {
    std::fs::read_to_string(MINIMAL).unwrap_or_else(|e| panic!("{MINIMAL}: {e}"))
}

/// Words or comments, each with a byte offset: where a token starts, or how many tokens precede a
/// comment.
type Placed = Vec<(String, usize)>;

/// The tokens of `text` with, for each comment, how many tokens precede it: (tokens, places).
/// Strings and text blocks are one token each; `{`, `}` and `,` are tokens of their own.
fn tokens(text: &str) -> (Placed, Placed) {
    let mut tokens = Vec::new();
    let mut comments = Vec::new();
    let mut rest = text;
    while let Some(c) = rest.chars().next() {
        let start = text.len() - rest.len();
        let len = if c.is_whitespace() {
            c.len_utf8()
        } else if rest.starts_with("//") {
            let end = rest.find('\n').unwrap_or(rest.len());
            comments.push((rest[..end].trim_end().to_string(), tokens.len()));
            end
        } else if let Some(body) = rest.strip_prefix("\"\"\"") {
            let close = body.find("\"\"\"").map_or(rest.len(), |i| i + 6);
            let block: String = rest[..close].split_whitespace().collect();
            tokens.push((block, start));
            close
        } else if c == '"' {
            let close = rest[1..].find('"').map_or(rest.len(), |i| i + 2);
            tokens.push((rest[..close].to_string(), start));
            close
        } else if matches!(c, '{' | '}' | ',') {
            tokens.push((c.to_string(), start));
            1
        } else {
            let end = rest
                .find(|ch: char| ch.is_whitespace() || matches!(ch, '{' | '}' | ',' | '"'))
                .unwrap_or(rest.len());
            let end = if rest[..end].contains("//") {
                rest.find("//").unwrap_or(end).max(1)
            } else {
                end
            };
            tokens.push((rest[..end].to_string(), start));
            end
        };
        rest = &rest[len..];
    }
    (tokens, comments)
}

/// Where a comment can be written in `text`: on a line of its own before the first token of a
/// line (`false`), or at the end of a line after its last token (`true`).
fn comment_places(text: &str) -> Vec<(usize, bool)> {
    let mut places = Vec::new();
    for (token, start) in tokens(text).0 {
        let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
        if text[line_start..start].trim().is_empty() {
            places.push((start, false));
        }
        if token.starts_with("\"\"\"") {
            continue;
        }
        let end = start + token.len();
        let line_end = text[end..].find('\n').map_or(text.len(), |i| end + i);
        if text[end..line_end].trim().is_empty() {
            places.push((end, true));
        }
    }
    places
}

/// Formats `text` and checks idempotence and every comment at the same token place (a comment
/// written after a token may become a comment on the line before the next one: one token apart).
fn assert_comments_kept(text: &str) {
    let Ok(once) = format_text(text) else {
        return;
    };
    let twice = format_text(&once).unwrap_or_else(|e| panic!("{e}\n{once}"));
    assert_eq!(once, twice, "not idempotent; input:\n{text}");
    let (before_tokens, before) = tokens(text);
    let (after_tokens, after) = tokens(&once);
    let words = |t: &[(String, usize)]| t.iter().map(|(w, _)| w.clone()).collect::<Vec<_>>();
    assert_eq!(
        words(&before_tokens),
        words(&after_tokens),
        "tokens changed:\n{once}"
    );
    assert_eq!(before.len(), after.len(), "a comment was lost:\n{once}");
    for ((comment, at), (moved, now)) in before.iter().zip(&after) {
        assert_eq!(comment, moved, "comments reordered:\n{once}");
        assert!(
            at.abs_diff(*now) <= 1,
            "{comment} moved from token {at} to {now}:\n{text}\n----\n{once}"
        );
    }
}

#[test]
fn a_party_id_of_seventy_thousand_characters_formats_without_a_panic() {
    let id = "x".repeat(70_000);
    let text = minimal()
        .replace("party coop ", &format!("party {id} "))
        .replace(
            "  coop      EUR 150_000 cash",
            &format!("  {id} EUR 150_000 cash"),
        );
    let once = format_text(&text).unwrap_or_else(|e| panic!("{e}"));
    assert!(once.contains(&format!("  {id} EUR 150_000 cash")));
    assert_eq!(format_text(&once).ok().as_deref(), Some(once.as_str()));
}

#[test]
fn a_comment_after_a_single_value_property_stays_before_the_next_one() {
    let text = "covenant \"X\" {\n  effective 2026-01-01\n}\n\ndeliverable d \"D\" {\n  serves g\n  // about due\n  due 2027-12-31\n}\n";
    let once = format_text(text).unwrap_or_else(|e| panic!("{e}"));
    assert!(once.contains("  serves g\n  // about due\n  due"), "{once}");
    for property in [
        "endorsed-by a",
        "owners a 100%",
        "target 5",
        "operator a from 2026-01-01",
        "mediation",
    ] {
        let text = format!("goal g \"G\" {{\n  {property}\n  // about owner\n  owner a\n}}\n");
        assert_comments_kept(&text);
    }
    assert_comments_kept(text);
}

#[test]
fn a_comment_after_then_is_idempotent() {
    let text = "disputes {\n  consultation 30 days\n  then mediation\n  then // about arbitration\n  arbitration \"NAI\"\n}\n";
    assert_comments_kept(text);
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn comments_anywhere_are_kept_in_place_and_formatting_is_idempotent(
        places in proptest::collection::vec(any::<Index>(), 1..6),
    ) {
        let base = minimal();
        let all = comment_places(&base);
        let mut at: Vec<(usize, bool)> = places.iter().map(|i| all[i.index(all.len())]).collect();
        at.sort_unstable();
        at.dedup_by_key(|(offset, _)| *offset);
        let mut text = base.clone();
        for (n, (offset, trailing)) in at.iter().enumerate().rev() {
            let comment = if *trailing { format!(" // c{n}") } else { format!("// c{n}\n") };
            text.insert_str(*offset, &comment);
        }
        assert_comments_kept(&text);
    }
}
