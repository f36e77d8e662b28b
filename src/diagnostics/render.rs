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
                visible(&diagnostic.message)
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
        )];
        let mut elsewhere = Vec::new();
        for label in &diagnostic.secondary {
            if label.span.file == file {
                labels.push(labeled(&label.message, label.span, false));
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
            labels: vec![labeled(&label.message, label.span, true)],
            elsewhere: Vec::new(),
            related_to: Some(label.message.as_str()),
        }
    }

    fn is_related(&self) -> bool {
        self.related_to.is_some()
    }
}

fn labeled(message: &str, span: Span, primary: bool) -> LabeledSpan {
    let text = (!message.is_empty()).then(|| visible(message).into_owned());
    let source_span = SourceSpan::new((span.start as usize).into(), span.len());
    if primary {
        LabeledSpan::new_primary_with_span(text, source_span)
    } else {
        LabeledSpan::new_with_span(text, source_span)
    }
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
            Some(label) if !label.is_empty() => f.write_str(&visible(label)),
            Some(_) => f.write_str("see also"),
            None => f.write_str(&visible(&self.diagnostic.message)),
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
            .map(|h| Box::new(visible(h).into_owned()) as Box<dyn fmt::Display>)
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
        let first = file.line_of(span.offset()).saturating_sub(before + 1);
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
