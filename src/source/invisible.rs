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
    if !text.chars().any(is_invisible) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
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
    fn characters_are_named() {
        assert_eq!(describe('\u{202e}'), "U+202E RIGHT-TO-LEFT OVERRIDE");
        assert_eq!(describe('\u{1b}'), "U+001B ESCAPE");
        assert_eq!(describe('\u{90}'), "U+0090 C1 CONTROL CHARACTER");
    }
}
