//! PDF: the document tree laid out by the template `covenant.typ` in Typst
//! markup and typeset inside the binary by the typst crates.
//!
//! The templates (`covenant.typ`, its partials and `articles/KIND.typ`) are
//! rendered by the same session as the Markdown and HTML ones; tree content
//! is written by [`markup`], the one Typst escaper.
//!
//! A final document is PDF/A-2a and PDF/UA-1: tagged, in reading order, with
//! the document language, embedded fonts, the title in the metadata and a
//! bookmark per heading. A draft carries a visible mark and is PDF/UA-1 but
//! not PDF/A. Output is deterministic: the creation date comes from the
//! agreement (see [`stamp`]) and the document id from its reference or title.

mod fonts;
pub(crate) mod markup;
mod stamp;
mod world;

use typst::WorldExt;
use typst::diag::{Severity, SourceDiagnostic};
use typst::foundations::Smart;
use typst_layout::PagedDocument;
use typst_pdf::{PdfOptions, PdfStandard, PdfStandards};

use super::tree::Document;
use super::{Options, Prepared, RenderError};
use crate::model::Agreement;
use world::{CovenantWorld, MAIN};

/// The agreement as a PDF.
///
/// # Errors
/// A template or message file that fails, a total too large, or Typst markup
/// (from a house template) that does not typeset.
pub fn render(agreement: &Agreement, options: &Options) -> Result<Vec<u8>, RenderError> {
    render_with(
        &Prepared::new(options.templates.clone()),
        agreement,
        options,
    )
}

/// The agreement as a PDF, from templates prepared before; `options.templates` is not used.
///
/// # Errors
/// As [`render`].
pub fn render_with(
    prepared: &Prepared,
    agreement: &Agreement,
    options: &Options,
) -> Result<Vec<u8>, RenderError> {
    let (source, tree) = prepared.typst(agreement, options)?;
    typeset(source, &tree)
}

/// The Typst markup the templates make of the agreement (what [`render`] typesets).
///
/// # Errors
/// A template or message file that fails, or a total too large.
pub fn typst_source(agreement: &Agreement, options: &Options) -> Result<String, RenderError> {
    Prepared::new(options.templates.clone())
        .typst(agreement, options)
        .map(|(source, _)| source)
}

/// Typesets Typst markup to PDF.
fn typeset(source: String, document: &Document) -> Result<Vec<u8>, RenderError> {
    let world = CovenantWorld::new(source);
    let compiled = typst::compile::<PagedDocument>(&world);
    let paged = compiled
        .output
        .map_err(|errors| RenderError::Template(describe(&world, &errors)))?;
    let standards = if document.draft.is_some() {
        PdfStandards::new(&[PdfStandard::Ua_1])
    } else {
        PdfStandards::new(&[PdfStandard::A_2a, PdfStandard::Ua_1])
    }
    .map_err(|e| RenderError::Data(e.message().to_string()))?;
    let options = PdfOptions {
        ident: Smart::Custom(identifier(document)),
        creator: Smart::Custom(Some(format!("covenant {}", env!("CARGO_PKG_VERSION")))),
        timestamp: stamp::timestamp(document.meta.date.as_deref())?,
        standards,
        ..PdfOptions::default()
    };
    typst_pdf::pdf(&paged, &options).map_err(|errors| RenderError::Data(describe(&world, &errors)))
}

/// A stable identifier of the document: its reference (else title) and language.
fn identifier(document: &Document) -> String {
    let name = document
        .meta
        .reference
        .as_deref()
        .unwrap_or(&document.meta.title);
    format!("covenant:{name}:{}", document.meta.language_tag)
}

/// Typst's errors, each with its line and column in the generated markup.
fn describe(world: &CovenantWorld, diagnostics: &[SourceDiagnostic]) -> String {
    let source = world.main_source();
    diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .map(|d| {
            let place = world
                .range(d.span)
                .and_then(|range| source.lines().byte_to_line_column(range.start))
                .map_or_else(
                    || format!("{MAIN} (generated)"),
                    |(line, column)| {
                        let text = source.text().lines().nth(line).unwrap_or_default().trim();
                        format!(
                            "{MAIN} (generated) line {}, column {}: `{text}`",
                            line + 1,
                            column + 1
                        )
                    },
                );
            let hints: String = d.hints.iter().map(|h| format!("; hint: {}", h.v)).collect();
            format!("{place}: {}{hints}", d.message)
        })
        .collect::<Vec<_>>()
        .join("\n")
}
