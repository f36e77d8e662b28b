//! Light scanning of raw text: trivia, unterminated strings, recovery points.

use super::keywords;

/// The offset of the first byte at or after `pos` that is not whitespace or a comment.
#[must_use]
pub fn skip_trivia(text: &str, mut pos: usize) -> usize {
    let bytes = text.as_bytes();
    while pos < bytes.len() {
        match bytes[pos] {
            b' ' | b'\t' | b'\r' | b'\n' => pos += 1,
            b'/' if bytes.get(pos + 1) == Some(&b'/') => {
                pos = text[pos..].find('\n').map_or(bytes.len(), |i| pos + i + 1);
            }
            _ => break,
        }
    }
    pos
}

/// A string or text block that is opened but never closed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Unterminated {
    /// Offset of the opening quote(s).
    pub start: usize,
    /// Whether it is a text block (`"""`) rather than a one-line string.
    pub block: bool,
}

/// The first string or text block opened in `text[from..=until]` that does not close.
#[must_use]
pub fn find_unterminated(text: &str, from: usize, until: usize) -> Option<Unterminated> {
    let bytes = text.as_bytes();
    let mut pos = from;
    while pos < bytes.len() && pos <= until {
        match bytes[pos] {
            b'/' if bytes.get(pos + 1) == Some(&b'/') => {
                pos = text[pos..].find('\n').map_or(bytes.len(), |i| pos + i);
            }
            b'"' if text[pos..].starts_with("\"\"\"") => match text_block_end(text, pos) {
                Some(end) => pos = end,
                None => {
                    return Some(Unterminated {
                        start: pos,
                        block: true,
                    });
                }
            },
            b'"' => match string_end(bytes, pos) {
                Some(end) => pos = end,
                None => {
                    return Some(Unterminated {
                        start: pos,
                        block: false,
                    });
                }
            },
            _ => pos += 1,
        }
    }
    None
}

/// The byte ranges of the contents of every string and text block in `text`
/// (between the quotes), in order; comments are skipped.
#[must_use]
pub fn literals(text: &str) -> Vec<std::ops::Range<usize>> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut pos = 0;
    while pos < bytes.len() {
        match bytes[pos] {
            b'/' if bytes.get(pos + 1) == Some(&b'/') => {
                pos = text[pos..].find('\n').map_or(bytes.len(), |i| pos + i);
            }
            b'"' if text[pos..].starts_with("\"\"\"") => {
                let end = text_block_end(text, pos).unwrap_or(bytes.len());
                out.push(pos + 3..end.saturating_sub(3).max(pos + 3));
                pos = end;
            }
            b'"' => {
                let end = string_end(bytes, pos).unwrap_or(bytes.len());
                out.push(pos + 1..end.saturating_sub(1).max(pos + 1));
                pos = end;
            }
            _ => pos += 1,
        }
    }
    out
}

/// The offset of the innermost `{` opened in `text[from..until]` and still open at `until`.
#[must_use]
pub fn unclosed_brace(text: &str, from: usize, until: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    let until = until.min(bytes.len());
    let mut open = Vec::new();
    let mut pos = from;
    while pos < until {
        match bytes[pos] {
            b'/' if bytes.get(pos + 1) == Some(&b'/') => {
                pos = text[pos..].find('\n').map_or(bytes.len(), |i| pos + i);
            }
            b'"' if text[pos..].starts_with("\"\"\"") => pos = text_block_end(text, pos)?,
            b'"' => pos = string_end(bytes, pos)?,
            b'{' => {
                open.push(pos);
                pos += 1;
            }
            b'}' => {
                open.pop();
                pos += 1;
            }
            _ => pos += 1,
        }
    }
    open.pop()
}

/// The offset just past the closing quote of the string opened at `start`.
fn string_end(bytes: &[u8], start: usize) -> Option<usize> {
    let mut pos = start + 1;
    while pos < bytes.len() {
        match bytes[pos] {
            b'\\' => pos += 2,
            b'"' => return Some(pos + 1),
            b'\n' => return None,
            _ => pos += 1,
        }
    }
    None
}

/// The offset just past the `"""` that closes the text block opened at `start`:
/// the first one that begins a line or ends one, as the grammar reads it.
#[must_use]
pub fn text_block_end(text: &str, start: usize) -> Option<usize> {
    let first_break = text[start..].find('\n')? + start + 1;
    let mut line_start = first_break;
    while line_start < text.len() {
        let line_end = text[line_start..]
            .find('\n')
            .map_or(text.len(), |i| line_start + i);
        let line = &text[line_start..line_end];
        let trimmed = line.trim_start_matches([' ', '\t']);
        if trimmed.starts_with("\"\"\"") {
            return Some(line_start + (line.len() - trimmed.len()) + 3);
        }
        let content = line.trim_end_matches([' ', '\t', '\r']);
        if content.ends_with("\"\"\"") {
            return Some(line_start + content.len());
        }
        line_start = line_end + 1;
    }
    None
}

/// The end of the text the parser is given for the item starting at `from`: the
/// start of the first later line that begins with a top-level keyword outside a
/// comment, a string or a text block, or the end of the text.
///
/// An item cannot reach into such a line without a syntax error at or before its
/// start, so parsing the window gives the result of parsing the whole rest of the
/// file, while pest's error positions cost the window, not the rest of the file.
#[must_use]
pub fn window_end(text: &str, from: usize) -> usize {
    let bytes = text.as_bytes();
    let mut pos = from;
    while pos < bytes.len() {
        match bytes[pos] {
            b'\n' => {
                pos += 1;
                if keywords::starts_item(&text[pos..]) {
                    return pos;
                }
            }
            b'/' if bytes.get(pos + 1) == Some(&b'/') => pos = line_end(bytes, pos),
            b'"' if opens_text_block(text, pos) => match text_block_end(text, pos) {
                Some(end) => pos = end,
                None => return bytes.len(),
            },
            b'"' if text[pos..].starts_with("\"\"\"") => pos += 3,
            b'"' => pos = string_end(bytes, pos).unwrap_or_else(|| line_end(bytes, pos)),
            _ => pos += 1,
        }
    }
    bytes.len()
}

/// Whether `"""` at `start` opens a text block: nothing but spaces follows on its line.
fn opens_text_block(text: &str, start: usize) -> bool {
    text[start..].strip_prefix("\"\"\"").is_some_and(|rest| {
        let line = rest.split('\n').next().unwrap_or("");
        line.trim_matches([' ', '\t', '\r']).is_empty()
    })
}

/// The offset of the line break ending the line at `pos`, or the end of the text.
fn line_end(bytes: &[u8], pos: usize) -> usize {
    bytes[pos..]
        .iter()
        .position(|&b| b == b'\n')
        .map_or(bytes.len(), |i| pos + i)
}

/// The start of the first line at or after `from` that begins with a top-level keyword.
#[must_use]
pub fn next_item_start(text: &str, from: usize) -> Option<usize> {
    let mut line_start = match from {
        0 => 0,
        _ if text.as_bytes().get(from - 1) == Some(&b'\n') => from,
        _ => text.get(from..)?.find('\n').map(|i| from + i + 1)?,
    };
    while line_start < text.len() {
        if keywords::starts_item(&text[line_start..]) {
            return Some(line_start);
        }
        line_start = text[line_start..].find('\n').map(|i| line_start + i + 1)?;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trivia_skips_comments_and_space() {
        assert_eq!(skip_trivia("  // x\n\t party", 0), 9);
    }

    #[test]
    fn finds_unterminated_string() {
        let text = "seat \"Zwolle\n role x";
        assert_eq!(
            find_unterminated(text, 0, 5),
            Some(Unterminated {
                start: 5,
                block: false
            })
        );
    }

    #[test]
    fn closed_strings_and_blocks_pass() {
        let text = "a \"x\\\"y\" b \"\"\"\n  text \"\n  \"\"\"\nc";
        assert_eq!(find_unterminated(text, 0, text.len()), None);
    }

    #[test]
    fn a_text_block_closes_at_the_end_of_its_last_line() {
        let text = "clause a \"A\" \"\"\"\n  met de Uitvoerder.\"\"\"  \nclause b";
        let open = text.find("\"\"\"").unwrap_or_default();
        let close = text.find(".\"\"\"").map(|i| i + 4);
        assert_eq!(text_block_end(text, open), close);
        assert_eq!(find_unterminated(text, 0, text.len()), None);
    }

    #[test]
    fn finds_unterminated_text_block() {
        let text = "recital \"\"\"\n  never closed\n";
        assert_eq!(
            find_unterminated(text, 0, 12),
            Some(Unterminated {
                start: 8,
                block: true
            })
        );
    }

    #[test]
    fn literals_are_the_insides_of_strings_and_blocks() {
        let text = "a \"x\" // \"no\"\nb \"\"\"\n  y\n  \"\"\"\n";
        let found: Vec<&str> = literals(text).into_iter().map(|r| &text[r]).collect();
        assert_eq!(found, vec!["x", "\n  y\n  "]);
    }

    #[test]
    fn finds_the_block_left_open() {
        let text = "party a \"{\" {\n  representative \"R\" {\n  }\n// }\nparty b";
        assert_eq!(unclosed_brace(text, 0, text.len()), Some(12));
        assert_eq!(unclosed_brace("party a \"A\" { }\n", 0, 16), None);
    }

    #[test]
    fn recovery_point_is_next_item_line() {
        let text = "party x {\n  bad\n}\ngoal g \"t\" {}\n";
        assert_eq!(next_item_start(text, 3), Some(18));
        assert_eq!(next_item_start(text, 18), Some(18));
    }
}
