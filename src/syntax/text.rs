//! Resolving strings and text blocks to the text they stand for.

/// The content of a string literal (between its quotes) with escapes resolved.
#[must_use]
pub fn unescape(inner: &str) -> String {
    if !inner.contains('\\') {
        return inner.to_string();
    }
    let mut out = String::with_capacity(inner.len());
    let mut chars = inner.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n') => out.push('\n'),
            Some('t') => out.push('\t'),
            Some(other) => out.push(other),
            None => out.push('\\'),
        }
    }
    out
}

/// The lines of a text block body with their common indentation removed.
///
/// Blank lines do not count towards the common indentation; the final line
/// break is dropped; tabs count as one column like spaces.
#[must_use]
pub fn dedent(body: &str) -> String {
    let lines: Vec<&str> = body
        .lines()
        .map(|l| l.strip_suffix('\r').unwrap_or(l))
        .collect();
    let indent = lines
        .iter()
        .filter(|l| !l.trim().is_empty())
        .map(|l| l.len() - l.trim_start_matches([' ', '\t']).len())
        .min()
        .unwrap_or(0);
    let mut out = String::with_capacity(body.len());
    for (i, line) in lines.iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        if line.trim().is_empty() {
            continue;
        }
        out.push_str(line.get(indent..).unwrap_or(line).trim_end());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_resolve() {
        assert_eq!(unescape(r#"a \"b\" \\ c\nd\te"#), "a \"b\" \\ c\nd\te");
    }

    #[test]
    fn dedent_strips_common_indentation_only() {
        let body = "    first\n      indented\n\n    last\n";
        assert_eq!(dedent(body), "first\n  indented\n\nlast");
    }

    #[test]
    fn dedent_ignores_blank_lines_with_less_indentation() {
        assert_eq!(dedent("      a\n  \n      b\n"), "a\n\nb");
    }

    #[test]
    fn dedent_of_empty_body_is_empty() {
        assert_eq!(dedent(""), "");
    }
}
