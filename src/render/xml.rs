//! XML text: the one escaper of every XML and HTML output we write by hand (the Word
//! backend, the register's HTML page).
//!
//! Agreement text is user input. Everything written into a part goes through
//! [`escape`], which escapes markup characters and drops what XML 1.0 cannot
//! hold at all (most control characters, lone surrogates cannot occur in a
//! Rust string, U+FFFE and U+FFFF), so no text can end an element, open a
//! CDATA section or make the part unreadable.

/// `text` escaped for element content and attribute values alike.
#[must_use]
pub(crate) fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    push_escaped(&mut out, text);
    out
}

/// Appends `text`, escaped, to `out`.
pub(crate) fn push_escaped(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c if allowed(c) => out.push(c),
            _ => {}
        }
    }
}

/// Whether XML 1.0 allows the character in a document (tab, newline and
/// carriage return are allowed; the writer turns them into Word elements first).
fn allowed(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r')
        || ('\u{20}'..='\u{D7FF}').contains(&c)
        || ('\u{E000}'..='\u{FFFD}').contains(&c)
        || c >= '\u{10000}'
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_is_escaped_and_control_characters_dropped() {
        assert_eq!(
            escape("a<b>&\"c\"]]>'\u{0}\u{1b}\u{fffe}é"),
            "a&lt;b&gt;&amp;&quot;c&quot;]]&gt;&apos;é"
        );
    }

    #[test]
    fn allowed_whitespace_is_kept() {
        assert_eq!(escape("a\tb\nc"), "a\tb\nc");
    }
}
