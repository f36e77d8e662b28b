//! Finding the comments between the tokens of a file.
//!
//! Comments are not part of the syntax tree, so the formatter looks for them
//! in the text: this scanner steps over strings and text blocks (whose `//`
//! is text, not a comment) and reports every `//` comment it meets.

use std::ops::Range;

use crate::source::floor_char_boundary;
use crate::syntax::scan::text_block_end;

/// A line comment: `//` to the end of the line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Comment<'s> {
    /// Offset of the first `/`.
    pub start: usize,
    /// Offset just past the comment's last character (before the line break).
    pub end: usize,
    /// The comment from `//` on, without trailing whitespace.
    pub text: &'s str,
}

/// The comments in `text[range]`, which must start at a token boundary
/// (not inside a string or text block). Never panics on any input.
#[must_use]
pub fn comments(text: &str, range: Range<usize>) -> Vec<Comment<'_>> {
    let bytes = text.as_bytes();
    let end = floor_char_boundary(text, range.end.min(bytes.len()));
    let mut pos = range.start;
    let mut found = Vec::new();
    while pos < end {
        match bytes[pos] {
            b'/' if bytes.get(pos + 1) == Some(&b'/') => {
                let stop = text[pos..end].find('\n').map_or(end, |i| pos + i);
                let comment = text[pos..stop].trim_end();
                found.push(Comment {
                    start: pos,
                    end: pos + comment.len(),
                    text: comment,
                });
                pos = stop;
            }
            b'"' if text[pos..].starts_with("\"\"\"") => {
                pos = text_block_end(text, pos).unwrap_or(text.len());
            }
            b'"' => pos = string_end(bytes, pos),
            _ => pos += 1,
        }
    }
    found
}

/// The text of every comment in a whole file, in order.
#[must_use]
pub fn all_comments(text: &str) -> Vec<&str> {
    comments(text, 0..text.len())
        .into_iter()
        .map(|c| c.text)
        .collect()
}

/// The offset just past the string opened at `start` (or the end of its line).
fn string_end(bytes: &[u8], start: usize) -> usize {
    let mut pos = start + 1;
    while pos < bytes.len() {
        match bytes[pos] {
            b'\\' => pos += 2,
            b'"' => return pos + 1,
            b'\n' => return pos,
            _ => pos += 1,
        }
    }
    bytes.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_comments_and_skips_text() {
        let text = "a \"x // no\" // yes  \nrecital \"\"\"\n  // text\n  \"\"\" // after\n";
        assert_eq!(all_comments(text), vec!["// yes", "// after"]);
    }

    #[test]
    fn comment_offsets_cover_the_text() {
        let text = "x // c\n";
        let found = comments(text, 0..text.len());
        assert_eq!((found[0].start, found[0].end), (2, 6));
    }

    #[test]
    fn unclosed_strings_do_not_panic() {
        assert_eq!(all_comments("\"abc\\"), Vec::<&str>::new());
        assert_eq!(all_comments("\"\"\"\nabc // x"), Vec::<&str>::new());
    }
}
