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

/// What goes before the `@` of an e-mail address: an empty HTML comment, which no renderer
/// shows. GFM's autolink extension finds addresses in the text after escapes are resolved, so
/// a backslash or an entity cannot keep `a@b.nl` from becoming a link; a comment splits the
/// text where the address would start.
const BEFORE_AT: &str = "<!-- -->";

/// Escapes `chars` everywhere, any block marker at the start of the line, and what GFM's
/// autolink extension would turn into a link: the `:` of `scheme://`, the `.` of `www.` and
/// the `@` of an e-mail address.
fn escape_line(line: &str, chars: &[char]) -> String {
    let mut out = String::with_capacity(line.len() + 8);
    let first_non_digit = line.find(|c: char| !c.is_ascii_digit());
    for (i, c) in line.char_indices() {
        let at_start = i == 0 && matches!(c, '-' | '+' | '=');
        let after_number = i > 0
            && Some(i) == first_non_digit
            && matches!(c, '.' | ')')
            && line[i + 1..].chars().next().is_none_or(char::is_whitespace);
        if c == '@' && ends_local_part(&line[..i]) {
            out.push_str(BEFORE_AT);
        } else if chars.contains(&c) || at_start || after_number || starts_autolink(line, i, c) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// Whether the character `c` at `i` is the `:` of `scheme://` or the `.` of a `www.` that
/// starts a word: escaping it keeps GFM from making a link of plain text.
fn starts_autolink(line: &str, i: usize, c: char) -> bool {
    match c {
        ':' => line[i + 1..].starts_with("//"),
        '.' => {
            let before = &line[..i];
            before.len() >= 3
                && before.is_char_boundary(before.len() - 3)
                && before[before.len() - 3..].eq_ignore_ascii_case("www")
                && !before[..before.len() - 3]
                    .chars()
                    .next_back()
                    .is_some_and(char::is_alphanumeric)
        }
        _ => false,
    }
}

/// Whether `before` ends in a character of an e-mail address's local part (what GFM's autolink
/// extension walks back over from an `@`).
fn ends_local_part(before: &str) -> bool {
    before
        .chars()
        .next_back()
        .is_some_and(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '+' | '-' | '_'))
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

    #[test]
    fn urls_are_not_autolinked() {
        assert_eq!(inline("see https://x.org"), "see https\\://x.org");
        assert_eq!(inline("<https://x>"), "\\<https\\://x\\>");
        assert_eq!(inline("www.x.nl or WWW.x.nl"), "www\\.x.nl or WWW\\.x.nl");
        assert_eq!(inline("awww.x and time: 10"), "awww.x and time: 10");
        assert_eq!(inline("mail a.b@x.nl"), "mail a.b<!-- -->@x.nl");
        assert_eq!(inline("@home, 5 @ 3"), "@home, 5 @ 3");
    }
}
