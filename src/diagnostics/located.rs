//! Diagnostics resolved to file names, lines and columns, for output formats.

use super::{Diagnostic, Renderer, Severity};
use crate::source::{Sources, Span};

/// A 1-based line and column (columns count characters).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
pub struct Position {
    /// Line, from 1.
    pub line: usize,
    /// Column, from 1.
    pub column: usize,
}

/// A labelled place, resolved.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct LocatedLabel {
    /// The file.
    pub file: String,
    /// Where it starts.
    pub start: Position,
    /// Where it ends (exclusive).
    pub end: Position,
    /// The label text.
    pub message: String,
}

/// A diagnostic with every place resolved, and its human rendering.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Located {
    /// Stable code.
    pub code: &'static str,
    /// Error or warning.
    pub severity: Severity,
    /// What is wrong.
    pub message: String,
    /// How to fix it.
    pub help: Option<String>,
    /// The main place.
    pub primary: LocatedLabel,
    /// Other places.
    pub secondary: Vec<LocatedLabel>,
    /// The rendering for people (rustc style), ending in a newline.
    pub human: String,
}

impl Located {
    /// Resolves `diagnostic` against `sources`, rendering it with `renderer`.
    #[must_use]
    pub fn new(diagnostic: &Diagnostic, sources: &Sources, renderer: &Renderer) -> Self {
        let label = |span: Span, message: &str| {
            let file = sources.get(span.file);
            let (line, column) = file.line_col(span.start as usize);
            let (end_line, end_column) = file.line_col(span.end as usize);
            LocatedLabel {
                file: file.name.clone(),
                start: Position { line, column },
                end: Position {
                    line: end_line,
                    column: end_column,
                },
                message: message.to_string(),
            }
        };
        Self {
            code: diagnostic.code,
            severity: diagnostic.severity,
            message: diagnostic.message.clone(),
            help: diagnostic.help.clone(),
            primary: label(diagnostic.primary.span, &diagnostic.primary.message),
            secondary: diagnostic
                .secondary
                .iter()
                .map(|l| label(l.span, &l.message))
                .collect(),
            human: renderer.render(diagnostic, sources),
        }
    }
}
