//! An open document: the editor's text, kept in step with its changes.

use std::path::PathBuf;

use lsp_types::{TextDocumentContentChangeEvent, Uri};

use super::position::LineIndex;
use super::uri;
use crate::check::Levels;

/// A file the editor has open.
pub(crate) struct Document {
    /// The editor's name for it.
    pub(crate) uri: Uri,
    /// Where it lives (a made-up name beside the working folder for unsaved files).
    pub(crate) path: PathBuf,
    /// The current text.
    pub(crate) text: String,
    /// The lint levels of its `covenant.toml`.
    pub(crate) levels: Levels,
}

impl Document {
    /// A newly opened document.
    pub(crate) fn new(uri: Uri, text: String, levels: Levels) -> Self {
        let path = uri::to_path(&uri).unwrap_or_else(|| PathBuf::from("untitled.covenant"));
        Self {
            uri,
            path,
            text,
            levels,
        }
    }

    /// Applies the editor's changes in order (a change without range replaces the text).
    pub(crate) fn apply(&mut self, changes: Vec<TextDocumentContentChangeEvent>) {
        for change in changes {
            match change.range {
                Some(range) => {
                    let lines = LineIndex::new(&self.text);
                    let start = lines.offset(&self.text, range.start);
                    let end = lines.offset(&self.text, range.end).max(start);
                    self.text.replace_range(start..end, &change.text);
                }
                None => self.text = change.text,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use lsp_types::{Position, Range};

    use super::*;

    #[test]
    fn ranged_changes_edit_in_utf16_columns() {
        let uri: Uri = "file:///tmp/a.covenant".parse().expect("a uri");
        let mut doc = Document::new(uri, "seat \"€ ë\" x\n".to_string(), Levels::default());
        let change = TextDocumentContentChangeEvent {
            range: Some(Range::new(Position::new(0, 11), Position::new(0, 12))),
            range_length: None,
            text: "y".to_string(),
        };
        doc.apply(vec![change]);
        assert_eq!(doc.text, "seat \"€ ë\" y\n");
    }
}
