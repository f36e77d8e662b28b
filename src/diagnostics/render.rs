//! Human rendering of diagnostics in the style of rustc, through miette.

use std::fmt;

use miette::{
    GraphicalReportHandler, GraphicalTheme, LabeledSpan, MietteError, MietteSpanContents,
    SourceCode, SourceSpan, SpanContents, ThemeCharacters, ThemeStyles,
};

use super::{Diagnostic, Severity};
use crate::source::invisible::visible;
use crate::source::{SourceFile, Sources, Span};

/// How diagnostics are drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    /// Unicode frames with ANSI colours, for a terminal.
    Color,
    /// Unicode frames, no colours.
    Plain,
    /// ASCII only, no colours (stable snapshots, dumb terminals).
    Ascii,
}

/// Renders diagnostics against their sources.
pub struct Renderer {
    handler: GraphicalReportHandler,
}

impl Renderer {
    /// A renderer drawing in `style` for a terminal `width` columns wide.
    ///
    /// Lines are never wrapped: a wrapped message could break inside a value
    /// (`2029-12-` / `31`, `EUR` / `2_000`); the terminal folds long lines itself.
    #[must_use]
    pub fn new(style: Style, width: usize) -> Self {
        let theme = match style {
            Style::Color => GraphicalTheme::unicode(),
            Style::Plain => GraphicalTheme::unicode_nocolor(),
            Style::Ascii => GraphicalTheme {
                characters: ThemeCharacters::ascii(),
                styles: ThemeStyles::none(),
            },
        };
        let handler = GraphicalReportHandler::new_themed(theme)
            .with_width(width)
            .with_links(false)
            .with_wrap_lines(false)
            .with_context_lines(1);
        Self { handler }
    }

    /// The diagnostic drawn with its source excerpt, ending in a newline.
    #[must_use]
    pub fn render(&self, diagnostic: &Diagnostic, sources: &Sources) -> String {
        let report = Report::new(diagnostic, sources);
        let mut out = String::new();
        if self.handler.render_report(&mut out, &report).is_err() {
            out = format!(
                "{}[{}]: {}\n",
                diagnostic.severity.as_str(),
                diagnostic.code,
                shown(&diagnostic.message)
            );
        }
        out
    }
}

/// A diagnostic bound to the source of one file, as miette wants it.
struct Report<'a> {
    diagnostic: &'a Diagnostic,
    source: Windowed<'a>,
    labels: Vec<LabeledSpan>,
    elsewhere: Vec<Report<'a>>,
    /// For a report about a secondary place in another file: its label.
    related_to: Option<&'a str>,
}

impl<'a> Report<'a> {
    fn new(diagnostic: &'a Diagnostic, sources: &'a Sources) -> Self {
        let file = diagnostic.primary.span.file;
        let source_file = sources.get(file);
        let mut labels = vec![labeled(
            &diagnostic.primary.message,
            diagnostic.primary.span,
            true,
            source_file,
        )];
        let mut elsewhere = Vec::new();
        for label in &diagnostic.secondary {
            if label.span.file == file {
                labels.push(labeled(&label.message, label.span, false, source_file));
            } else {
                elsewhere.push(Report::related(diagnostic, label, sources));
            }
        }
        let source = Windowed(source_file);
        Self {
            diagnostic,
            source,
            labels,
            elsewhere,
            related_to: None,
        }
    }

    fn related(diagnostic: &'a Diagnostic, label: &'a super::Label, sources: &'a Sources) -> Self {
        let source_file = sources.get(label.span.file);
        Self {
            diagnostic,
            source: Windowed(source_file),
            labels: vec![labeled(&label.message, label.span, true, source_file)],
            elsewhere: Vec::new(),
            related_to: Some(label.message.as_str()),
        }
    }

    fn is_related(&self) -> bool {
        self.related_to.is_some()
    }
}

/// The longest span underlined on a long line, in bytes; a longer one is underlined from its
/// start.
const SHOWN_SPAN: usize = 80;
/// A line longer than this (in bytes) is shown only around the span.
const LONG_LINE: usize = 1000;
/// Bytes of a long line shown before and after the span.
const LONG_LINE_CONTEXT: usize = 40;
/// The longest run of non-blank characters echoed in a message.
const SHOWN_WORD: usize = 80;

fn labeled(message: &str, span: Span, primary: bool, file: &SourceFile) -> LabeledSpan {
    let label = (!message.is_empty()).then(|| shown(message));
    let text = file.text.as_str();
    let start = (span.start as usize).min(text.len());
    let end = if line_length(file, start) > LONG_LINE {
        ceil_char_boundary(text, (span.end as usize).min(start + SHOWN_SPAN))
    } else {
        (span.end as usize).min(text.len())
    };
    let source_span = SourceSpan::new(start.into(), end.saturating_sub(start));
    if primary {
        LabeledSpan::new_primary_with_span(label, source_span)
    } else {
        LabeledSpan::new_with_span(label, source_span)
    }
}

/// The length in bytes of the line holding `offset`.
fn line_length(file: &SourceFile, offset: usize) -> usize {
    let starts = file.line_starts();
    let line = file.line_of(offset);
    let end = starts.get(line + 1).map_or(file.text.len(), |&s| s - 1);
    end - starts[line]
}

/// The smallest char boundary at or after `offset`.
fn ceil_char_boundary(text: &str, mut offset: usize) -> usize {
    offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset += 1;
    }
    offset
}

/// Agreement text as it may appear in a message: control characters made visible and every run
/// of more than [`SHOWN_WORD`] non-blank characters cut with an ellipsis, so a 1 MB identifier
/// gives a short message.
fn shown(text: &str) -> String {
    let text = visible(text);
    let mut out = String::with_capacity(text.len().min(1024));
    let mut run = 0usize;
    for c in text.chars() {
        if c.is_whitespace() {
            run = 0;
        } else {
            run += 1;
            if run == SHOWN_WORD + 1 {
                out.push('…');
            }
            if run > SHOWN_WORD {
                continue;
            }
        }
        out.push(c);
    }
    out
}

impl fmt::Debug for Report<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Report")
            .field("code", &self.diagnostic.code)
            .finish_non_exhaustive()
    }
}

impl fmt::Display for Report<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.related_to {
            Some(label) if !label.is_empty() => f.write_str(&shown(label)),
            Some(_) => f.write_str("see also"),
            None => f.write_str(&shown(&self.diagnostic.message)),
        }
    }
}

impl std::error::Error for Report<'_> {}

impl miette::Diagnostic for Report<'_> {
    fn code<'b>(&'b self) -> Option<Box<dyn fmt::Display + 'b>> {
        (!self.is_related()).then(|| Box::new(self.diagnostic.code) as Box<dyn fmt::Display>)
    }

    fn severity(&self) -> Option<miette::Severity> {
        Some(match self.diagnostic.severity {
            _ if self.is_related() => miette::Severity::Advice,
            Severity::Error => miette::Severity::Error,
            Severity::Warning => miette::Severity::Warning,
        })
    }

    fn help<'b>(&'b self) -> Option<Box<dyn fmt::Display + 'b>> {
        if self.is_related() {
            return None;
        }
        self.diagnostic
            .help
            .as_ref()
            .map(|h| Box::new(shown(h)) as Box<dyn fmt::Display>)
    }

    fn source_code(&self) -> Option<&dyn miette::SourceCode> {
        Some(&self.source)
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        Some(Box::new(self.labels.iter().cloned()))
    }

    fn related<'b>(&'b self) -> Option<Box<dyn Iterator<Item = &'b dyn miette::Diagnostic> + 'b>> {
        if self.elsewhere.is_empty() {
            return None;
        }
        Some(Box::new(
            self.elsewhere.iter().map(|r| r as &dyn miette::Diagnostic),
        ))
    }
}

/// A file as miette reads it: only the lines around a span are scanned, so
/// rendering many diagnostics of a large file stays linear.
struct Windowed<'a>(&'a SourceFile);

impl SourceCode for Windowed<'_> {
    fn read_span<'b>(
        &'b self,
        span: &SourceSpan,
        before: usize,
        after: usize,
    ) -> Result<Box<dyn SpanContents<'b> + 'b>, MietteError> {
        let file = self.0;
        // Control characters never reach the terminal; offsets are the same in the shown text.
        let text = file.shown_text();
        let end = span.offset().saturating_add(span.len());
        if end > text.len() {
            return Err(MietteError::OutOfBounds);
        }
        let starts = file.line_starts();
        let line = file.line_of(span.offset());
        let line_end = starts.get(line + 1).map_or(text.len(), |&s| s - 1);
        if line_end - starts[line] > LONG_LINE && end <= line_end {
            // Only the part of a long line around the span, with no context lines; asked for no
            // context (the location in the header), the span itself.
            let context = if before == 0 && after == 0 {
                0
            } else {
                LONG_LINE_CONTEXT
            };
            let from = crate::source::floor_char_boundary(
                text,
                span.offset().saturating_sub(context).max(starts[line]),
            );
            let to = ceil_char_boundary(text, (end + context).min(line_end));
            return Ok(Box::new(MietteSpanContents::new_named(
                file.name.clone(),
                &text.as_bytes()[from..to],
                SourceSpan::new(from.into(), to - from),
                line,
                file.line_col(from).1 - 1,
                1,
            )));
        }
        let first = line.saturating_sub(before + 1);
        let last = file.line_of(end) + after + 2;
        let window_start = starts[first];
        let window_end = starts.get(last).map_or(text.len(), |&s| s);
        let local = SourceSpan::new((span.offset() - window_start).into(), span.len());
        let inner = text[window_start..window_end].read_span(&local, before, after)?;
        let start = inner.span().offset() + window_start;
        // Columns count characters, as editors and the JSON output do (miette counts bytes).
        let column = file.line_col(start).1 - 1;
        Ok(Box::new(MietteSpanContents::new_named(
            file.name.clone(),
            inner.data(),
            SourceSpan::new(start.into(), inner.span().len()),
            inner.line() + first,
            column,
            inner.line_count() + first,
        )))
    }
}
