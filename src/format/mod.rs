//! The formatter: one canonical layout for every agreement file.
//!
//! It works from the source text and the syntax tree, keeps every comment
//! and every character of strings and text, and refuses files with syntax
//! errors. The layout rules are described in `docs/formatting.md`.

mod printer;
pub mod trivia;
mod values;

use crate::diagnostics::Diagnostic;
use crate::source::FileId;
use crate::source::read::plain;
use crate::syntax::parse;

/// Why a file could not be formatted.
#[derive(Debug, Clone)]
pub enum FormatError {
    /// The file has syntax errors; these are the diagnostics (in file 0).
    Syntax(Vec<Diagnostic>),
    /// The formatted text would lose a comment or fail to parse (a bug in
    /// the formatter); the file must be left as it is.
    Unsafe(String),
}

impl std::fmt::Display for FormatError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            FormatError::Syntax(found) => write!(f, "{} syntax error(s)", found.len()),
            FormatError::Unsafe(reason) => write!(f, "formatting would be unsafe: {reason}"),
        }
    }
}

/// The canonical layout of `text`, whose syntax diagnostics belong to `FileId(0)` (spans in
/// the text without a byte-order mark and with LF line ends).
///
/// The result parses, holds the same comments in the same order, and is a
/// fixed point: formatting it again gives it back unchanged.
///
/// # Errors
/// [`FormatError::Syntax`] for a file with syntax errors;
/// [`FormatError::Unsafe`] when the result fails its own safety checks.
pub fn format_text(text: &str) -> Result<String, FormatError> {
    // A byte-order mark and CRLF line ends are dropped, as every reader does.
    let plain = plain(text);
    let text = plain.as_ref();
    let parsed = parse(FileId(0), text);
    if parsed.diagnostics.iter().any(Diagnostic::is_error) {
        return Err(FormatError::Syntax(parsed.diagnostics));
    }
    let formatted = printer::Printer::new(text).file(&parsed.items);
    if parse(FileId(0), &formatted)
        .diagnostics
        .iter()
        .any(Diagnostic::is_error)
    {
        return Err(FormatError::Unsafe("the result does not parse".to_string()));
    }
    if trivia::all_comments(text) != trivia::all_comments(&formatted) {
        return Err(FormatError::Unsafe(
            "a comment would be lost or changed".to_string(),
        ));
    }
    Ok(formatted)
}
