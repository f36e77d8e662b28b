//! S007: invisible and control characters in the text of an agreement, found while it is read.

use crate::diagnostics::Diagnostic;
use crate::source::invisible::{describe, first_invisible, is_invisible};
use crate::source::{FileId, Span};

/// One S007 warning per run of invisible or control characters in `text` (tab and newline are
/// ordinary), naming the first character of the run and pointing at the run.
#[must_use]
pub fn find(file: FileId, text: &str) -> Vec<Diagnostic> {
    let mut found = Vec::new();
    let mut from = 0;
    while let Some((start, c)) = first_invisible(text, from) {
        let mut end = start + c.len_utf8();
        let mut count = 1usize;
        for next in text[end..].chars().take_while(|&next| is_invisible(next)) {
            end += next.len_utf8();
            count += 1;
        }
        from = end;
        let message = if count == 1 {
            format!("invisible character {}", describe(c))
        } else {
            format!("{count} invisible characters, the first {}", describe(c))
        };
        found.push(
            Diagnostic::warning("S007", message, Span::new(file, start, end))
                .with_label("hidden here")
                .with_help(
                    "delete it: invisible, direction-changing and control characters make a name or text \
                     read differently from what it holds",
                ),
        );
    }
    found
}
