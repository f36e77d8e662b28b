//! One open agreement, loaded and checked through the library's own pipeline.

use std::collections::BTreeMap;
use std::path::Path;

use lsp_types::{
    DiagnosticRelatedInformation, DiagnosticSeverity, Location, NumberOrString, Range, Uri,
};

use super::position::LineIndex;
use super::symbols::Symbols;
use super::uri::{self, absolute};
use crate::check::{Levels, check};
use crate::diagnostics::{Diagnostic, Severity};
use crate::model::{Loaded, OpenText, load_text_with};
use crate::source::{FileId, Span};

/// An agreement as the editor holds it, with its imports as the editor holds them or else from disk.
pub(crate) struct Analysis {
    /// The file and its imports, parsed and lowered.
    pub(crate) loaded: Loaded,
    /// Every finding, as `covenant check` reports it.
    pub(crate) diagnostics: Vec<Diagnostic>,
    /// Declarations and references of every id.
    pub(crate) symbols: Symbols,
    /// One line index per loaded file, by file id.
    lines: Vec<LineIndex>,
    /// The URI of each loaded file, by file id.
    uris: Vec<Option<Uri>>,
}

impl Analysis {
    /// Loads `text` as the agreement at `path` and checks it under `levels`; the
    /// file's own diagnostics are published for `uri` (the editor's name for it).
    pub(crate) fn new(path: &Path, text: String, levels: &Levels, uri: Option<Uri>) -> Self {
        Self::with_open(path, text, levels, uri, &|_| None)
    }

    /// Like [`Analysis::new`], an imported file's text taken from `open` (the
    /// editor's unsaved text) where it gives one.
    pub(crate) fn with_open(
        path: &Path,
        text: String,
        levels: &Levels,
        uri: Option<Uri>,
        open: OpenText<'_>,
    ) -> Self {
        let name = path.display().to_string();
        let loaded = load_text_with(path, &name, text, open);
        let diagnostics = check(&loaded, levels);
        let symbols = Symbols::of(&loaded.agreement);
        let lines = loaded
            .sources
            .iter()
            .map(|(_, f)| LineIndex::new(&f.text))
            .collect();
        let uris = loaded
            .sources
            .iter()
            .map(|(id, f)| match (id, &uri) {
                (FileId(0), Some(uri)) => Some(uri.clone()),
                _ => uri::from_path(&absolute(&f.path)),
            })
            .collect();
        Self {
            loaded,
            diagnostics,
            symbols,
            lines,
            uris,
        }
    }

    /// The text of a loaded file.
    pub(crate) fn text(&self, file: FileId) -> &str {
        &self.loaded.sources.get(file).text
    }

    /// The path of a loaded file.
    pub(crate) fn path(&self, file: FileId) -> &Path {
        &self.loaded.sources.get(file).path
    }

    /// The URI of a loaded file.
    pub(crate) fn uri(&self, file: FileId) -> Option<Uri> {
        self.uris.get(file.0 as usize).cloned().flatten()
    }

    /// The LSP range of a span.
    pub(crate) fn range(&self, span: Span) -> Range {
        let text = self.text(span.file);
        self.lines[span.file.0 as usize].range(text, span.start as usize, span.end as usize)
    }

    /// The byte offset of an LSP position in a loaded file.
    pub(crate) fn offset(&self, file: FileId, position: lsp_types::Position) -> usize {
        self.lines[file.0 as usize].offset(self.text(file), position)
    }

    /// The loaded file at `path`, if it is one of this agreement's files.
    pub(crate) fn file_of(&self, path: &Path) -> Option<FileId> {
        let wanted = absolute(path);
        self.loaded
            .sources
            .iter()
            .find(|(_, f)| absolute(&f.path) == wanted)
            .map(|(id, _)| id)
    }

    /// The location of a span.
    pub(crate) fn location(&self, span: Span) -> Option<Location> {
        Some(Location::new(self.uri(span.file)?, self.range(span)))
    }

    /// The diagnostics in LSP form, by the URI of the file they are about.
    /// Every loaded file has an entry, so a file whose findings are gone is cleared.
    pub(crate) fn published(&self) -> BTreeMap<String, (Uri, Vec<lsp_types::Diagnostic>)> {
        let mut out = BTreeMap::new();
        for (file, _) in self.loaded.sources.iter() {
            if let Some(uri) = self.uri(file) {
                out.insert(uri.as_str().to_string(), (uri, Vec::new()));
            }
        }
        for diagnostic in &self.diagnostics {
            let Some(uri) = self.uri(diagnostic.file()) else {
                continue;
            };
            let converted = self.to_lsp(diagnostic);
            out.entry(uri.as_str().to_string())
                .or_insert_with(|| (uri, Vec::new()))
                .1
                .push(converted);
        }
        out
    }

    /// One diagnostic in LSP form: same code, severity, span and help as `check`.
    pub(crate) fn to_lsp(&self, d: &Diagnostic) -> lsp_types::Diagnostic {
        let mut message = d.message.clone();
        if let Some(help) = &d.help {
            message.push_str("\nhelp: ");
            message.push_str(help);
        }
        let related: Vec<DiagnosticRelatedInformation> = d
            .secondary
            .iter()
            .filter_map(|label| {
                Some(DiagnosticRelatedInformation {
                    location: self.location(label.span)?,
                    message: label.message.clone(),
                })
            })
            .collect();
        lsp_types::Diagnostic {
            range: self.range(d.primary.span),
            severity: Some(match d.severity {
                Severity::Error => DiagnosticSeverity::ERROR,
                Severity::Warning => DiagnosticSeverity::WARNING,
            }),
            code: Some(NumberOrString::String(d.code.to_string())),
            source: Some("covenant".to_string()),
            message,
            related_information: (!related.is_empty()).then_some(related),
            ..lsp_types::Diagnostic::default()
        }
    }
}
