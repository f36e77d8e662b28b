//! Markdown escaping: agreement text never changes the document's structure.

/// Characters escaped wherever they appear in plain text.
const INLINE: &[char] = &[
    '\\', '`', '*', '_', '[', ']', '<', '>', '|', '&', '#', '!', '~',
];

/// Plain text for one line: whitespace collapsed, every Markdown character
/// escaped, so the text cannot start a heading, list, quote or table cell,
/// nor carry raw HTML.
#[must_use]
pub fn inline(text: &str) -> String {
    let line = text.split_whitespace().collect::<Vec<_>>().join(" ");
    escape_line(&line, INLINE)
}

/// A run of text inside a line: every Markdown character escaped, white
/// space made single spaces but kept at either end (runs are joined).
#[must_use]
pub fn piece(text: &str) -> String {
    let mut line = String::with_capacity(text.len());
    let mut space = false;
    for c in text.chars() {
        if c.is_whitespace() {
            if !space {
                line.push(' ');
            }
            space = true;
        } else {
            line.push(c);
            space = false;
        }
    }
    escape_line(&line, INLINE)
}

/// Escapes `chars` everywhere and any block marker at the start of the line.
fn escape_line(line: &str, chars: &[char]) -> String {
    let mut out = String::with_capacity(line.len() + 8);
    let first_non_digit = line.find(|c: char| !c.is_ascii_digit());
    for (i, c) in line.char_indices() {
        let at_start = i == 0 && matches!(c, '-' | '+' | '=');
        let after_number = i > 0
            && Some(i) == first_non_digit
            && matches!(c, '.' | ')')
            && line[i + 1..].chars().next().is_none_or(char::is_whitespace);
        if chars.contains(&c) || at_start || after_number {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn structure_characters_are_escaped() {
        assert_eq!(inline("A | B"), "A \\| B");
        assert_eq!(inline("# Kop"), "\\# Kop");
        assert_eq!(inline("> quote"), "\\> quote");
        assert_eq!(inline("- item"), "\\- item");
        assert_eq!(inline("+ item"), "\\+ item");
        assert_eq!(inline("12. item"), "12\\. item");
        assert_eq!(inline("<script>"), "\\<script\\>");
        assert_eq!(inline("a\\b"), "a\\\\b");
        assert_eq!(inline("line\n\nbreak"), "line break");
    }

    #[test]
    fn ordinary_text_stays_readable() {
        assert_eq!(
            inline("Gemeente Zwolle, 1,4 hectare (20%)."),
            "Gemeente Zwolle, 1,4 hectare (20%)."
        );
        assert_eq!(inline("Fase 2. Bouw"), "Fase 2. Bouw");
        assert_eq!(inline("0.9 (versie)"), "0.9 (versie)");
    }

    #[test]
    fn pieces_keep_their_outer_spaces() {
        assert_eq!(piece(" a  *b* "), " a \\*b\\* ");
    }
}
