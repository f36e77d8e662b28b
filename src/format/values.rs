//! Writing the values of a property or item in canonical form.

use crate::syntax::ast::{Value, ValueKind};

/// Properties whose values are a list of identifiers: `a, b, c`.
const ID_LISTS: &[&str] = &[
    "endorsed-by",
    "serves",
    "members",
    "mitigates",
    "with",
    "observers",
    "authentic",
];
/// Properties whose values are a list of shares: `a 70%, b 30%`.
const SHARE_LISTS: &[&str] = &["owners", "bearers", "shareholders", "above-cap"];

/// The values of the property `key`, written at `indent`, separated as the
/// property requires; empty when there are none.
#[must_use]
pub fn values(source: &str, key: &str, values: &[Value], indent: usize) -> String {
    let mut out = String::new();
    for (i, value) in values.iter().enumerate() {
        if i > 0 {
            out.push_str(separator(key, &values[i - 1]));
        }
        out.push_str(&value_text(source, value, indent));
    }
    out
}

/// What stands between a value and the next one.
fn separator(key: &str, previous: &Value) -> &'static str {
    let listed = ID_LISTS.contains(&key)
        || (SHARE_LISTS.contains(&key) && previous.kind == ValueKind::Percent);
    if listed { ", " } else { " " }
}

/// One value written at `indent`: text blocks re-indented, compound tokens
/// with single spaces, everything else exactly as written.
#[must_use]
pub fn value_text(source: &str, value: &Value, indent: usize) -> String {
    let written = source.get(value.span.range()).unwrap_or("");
    match &value.kind {
        ValueKind::Text(content) => text_block(content, indent + 2),
        ValueKind::Money | ValueKind::Duration | ValueKind::Frequency => {
            written.split_whitespace().collect::<Vec<_>>().join(" ")
        }
        _ => written.to_string(),
    }
}

/// A text block whose (already dedented) `content` lines start at column `pad`,
/// closed by `"""` at the same column; or, when the last line itself ends in `"""`
/// (a line that would close the block), closed at the end of that line, as written.
fn text_block(content: &str, pad: usize) -> String {
    let margin = " ".repeat(pad);
    let mut out = String::from("\"\"\"\n");
    let last = content.rsplit('\n').next().unwrap_or("");
    let glued = last.trim_end_matches([' ', '\t', '\r']).ends_with("\"\"\"");
    if !content.is_empty() {
        for line in content.split('\n') {
            if !line.is_empty() {
                out.push_str(&margin);
                out.push_str(line);
            }
            out.push('\n');
        }
    }
    if glued {
        out.pop();
    } else {
        out.push_str(&margin);
    }
    out.push_str("\"\"\"");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_blocks_are_reindented_with_blank_lines_empty() {
        assert_eq!(
            text_block("a\n  b\n\nc", 4),
            "\"\"\"\n    a\n      b\n\n    c\n    \"\"\""
        );
    }

    #[test]
    fn a_last_line_ending_in_quotes_keeps_the_closing_quotes() {
        assert_eq!(
            text_block("text\nrecil \"\"\"", 2),
            "\"\"\"\n  text\n  recil \"\"\"\"\"\""
        );
    }

    #[test]
    fn empty_text_block_has_no_lines() {
        assert_eq!(text_block("", 2), "\"\"\"\n  \"\"\"");
    }
}
