//! Invisible and control characters: which they are, and text that shows them harmlessly.
//!
//! Bidirectional overrides, zero-width characters, a byte-order mark inside the text and C0/C1
//! control characters (other than tab and newline) can make a name read differently from what it
//! holds, or drive a terminal. [`visible`] is the one function every human output (diagnostic
//! excerpts and messages, `diff`, `register`, error lines) passes agreement text through.

use std::borrow::Cow;

/// Whether `c` is invisible or a control character that must not reach a reader unseen.
#[must_use]
pub fn is_invisible(c: char) -> bool {
    matches!(c,
        '\u{0}'..='\u{8}' | '\u{b}'..='\u{1f}' | '\u{7f}'..='\u{9f}'
        | '\u{61c}' | '\u{200b}'..='\u{200f}' | '\u{2028}'..='\u{202e}'
        | '\u{2066}'..='\u{2069}' | '\u{feff}')
}

/// The first invisible or control character at or after byte `from` (a character boundary),
/// and where it starts. Bytes that cannot begin one are skipped without decoding: only ASCII
/// controls and the lead bytes 0xC2 (C1 controls), 0xD8 (U+061C), 0xE2 (U+2000-U+2FFF) and
/// 0xEF (U+FEFF) are looked at as characters.
#[must_use]
pub fn first_invisible(text: &str, from: usize) -> Option<(usize, char)> {
    let bytes = text.as_bytes();
    let mut pos = from;
    while let Some(at) = next_candidate(bytes, pos) {
        let c = text[at..].chars().next()?;
        if is_invisible(c) {
            return Some((at, c));
        }
        pos = at + c.len_utf8();
    }
    None
}

/// The first byte at or after `from` that [`may_begin_invisible`]. Whole chunks of bytes are
/// tested at once without a branch per byte, so that plain text (nearly all of it) passes fast.
fn next_candidate(bytes: &[u8], from: usize) -> Option<usize> {
    const CHUNK: usize = 16;
    let mut start = from;
    for chunk in bytes[from..].chunks_exact(CHUNK) {
        if chunk
            .iter()
            .fold(false, |any, &b| any | may_begin_invisible(b))
        {
            break;
        }
        start += CHUNK;
    }
    // `start` is at the chunk holding the candidate, or at the bytes after the last whole chunk.
    bytes[start..]
        .iter()
        .position(|&b| may_begin_invisible(b))
        .map(|offset| start + offset)
}

/// Whether a character starting with byte `b` can be one [`is_invisible`] accepts.
fn may_begin_invisible(b: u8) -> bool {
    matches!(b, 0x00..=0x08 | 0x0b..=0x1f | 0x7f | 0xc2 | 0xd8 | 0xe2 | 0xef)
}

/// `U+202E RIGHT-TO-LEFT OVERRIDE`: the code point and, where known, the name of `c`.
#[must_use]
pub fn describe(c: char) -> String {
    let name = match c {
        '\u{0}' => "NULL",
        '\u{7}' => "BELL",
        '\u{8}' => "BACKSPACE",
        '\u{b}' => "LINE TABULATION",
        '\u{c}' => "FORM FEED",
        '\u{d}' => "CARRIAGE RETURN",
        '\u{1b}' => "ESCAPE",
        '\u{7f}' => "DELETE",
        '\u{61c}' => "ARABIC LETTER MARK",
        '\u{200b}' => "ZERO WIDTH SPACE",
        '\u{200c}' => "ZERO WIDTH NON-JOINER",
        '\u{200d}' => "ZERO WIDTH JOINER",
        '\u{200e}' => "LEFT-TO-RIGHT MARK",
        '\u{200f}' => "RIGHT-TO-LEFT MARK",
        '\u{2028}' => "LINE SEPARATOR",
        '\u{2029}' => "PARAGRAPH SEPARATOR",
        '\u{202a}' => "LEFT-TO-RIGHT EMBEDDING",
        '\u{202b}' => "RIGHT-TO-LEFT EMBEDDING",
        '\u{202c}' => "POP DIRECTIONAL FORMATTING",
        '\u{202d}' => "LEFT-TO-RIGHT OVERRIDE",
        '\u{202e}' => "RIGHT-TO-LEFT OVERRIDE",
        '\u{2066}' => "LEFT-TO-RIGHT ISOLATE",
        '\u{2067}' => "RIGHT-TO-LEFT ISOLATE",
        '\u{2068}' => "FIRST STRONG ISOLATE",
        '\u{2069}' => "POP DIRECTIONAL ISOLATE",
        '\u{feff}' => "ZERO WIDTH NO-BREAK SPACE (byte-order mark)",
        c if c < '\u{80}' => "CONTROL CHARACTER",
        _ => "C1 CONTROL CHARACTER",
    };
    format!("U+{:04X} {name}", u32::from(c))
}

/// `text` with every invisible or control character (tab and newline kept) replaced by a
/// visible one of the same length in bytes: U+FFFD for the three-byte characters, `?` for each
/// byte of the others. Byte offsets into the text stay valid, so excerpts keep their spans.
#[must_use]
pub fn visible(text: &str) -> Cow<'_, str> {
    let Some((first, _)) = first_invisible(text, 0) else {
        return Cow::Borrowed(text);
    };
    let mut out = String::with_capacity(text.len());
    out.push_str(&text[..first]);
    for c in text[first..].chars() {
        if !is_invisible(c) {
            out.push(c);
        } else if c.len_utf8() == 3 {
            out.push('\u{fffd}');
        } else {
            out.extend(std::iter::repeat_n('?', c.len_utf8()));
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invisible_characters_become_visible_at_the_same_offsets() {
        let text = "a\u{1b}[31m\u{202e}b\u{85}c\td\n\u{feff}";
        let shown = visible(text);
        assert_eq!(shown, "a?[31m\u{fffd}b??c\td\n\u{fffd}");
        assert_eq!(shown.len(), text.len());
        assert!(matches!(visible("plain\ttext\n"), Cow::Borrowed(_)));
    }

    #[test]
    fn an_invisible_character_is_found_at_every_place_in_and_across_chunks() {
        for len in 0..40 {
            for at in 0..=len {
                let mut text = "x".repeat(len);
                text.insert(at, '\u{202e}');
                for from in 0..=at {
                    assert_eq!(
                        first_invisible(&text, from),
                        Some((at, '\u{202e}')),
                        "{len} {at}"
                    );
                }
                assert_eq!(first_invisible(&text, at + 3), None);
            }
        }
    }

    #[test]
    fn the_byte_filter_passes_every_invisible_character() {
        for c in (0..=0x10_ffff_u32).filter_map(char::from_u32) {
            let text = format!("a€{c}b");
            let expected = is_invisible(c).then_some((4, c));
            assert_eq!(
                first_invisible(&text, 0),
                expected,
                "U+{:04X}",
                u32::from(c)
            );
        }
    }

    #[test]
    fn characters_are_named() {
        assert_eq!(describe('\u{202e}'), "U+202E RIGHT-TO-LEFT OVERRIDE");
        assert_eq!(describe('\u{1b}'), "U+001B ESCAPE");
        assert_eq!(describe('\u{90}'), "U+0090 C1 CONTROL CHARACTER");
    }
}
