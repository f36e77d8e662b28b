//! PDF: the document tree laid out by the template `covenant.typ` in Typst
//! markup and typeset inside the binary by the typst crates.
//!
//! A final document is PDF/A-2a and PDF/UA-1: tagged, in reading order, with
//! the document language, embedded fonts, the title in the metadata and a
//! bookmark per heading. A draft carries a visible mark and is PDF/UA-1 but
//! not PDF/A. Output is deterministic: the creation date comes from the
//! agreement (see [`stamp`]) and the document id from its reference or title.

mod fonts;
mod interim;
mod markup;
mod stamp;
mod world;

use tera::Context;
use typst::WorldExt;
use typst::diag::{Severity, SourceDiagnostic};
use typst::foundations::Smart;
use typst_layout::PagedDocument;
use typst_pdf::{PdfOptions, PdfStandard, PdfStandards};

use super::tree::Document;
use super::{Options, RenderError, messages, templates};
use crate::model::Agreement;
use crate::model::words::Language;
use world::{CovenantWorld, MAIN};

/// The agreement as a PDF.
///
/// # Errors
/// A template or message file that fails, or an agreement the PDF standards refuse.
pub fn render(agreement: &Agreement, options: &Options) -> Result<Vec<u8>, RenderError> {
    let document = interim::document_tree(agreement, options)?;
    render_tree(&document, options)
}

/// A document tree as a PDF, with the templates and messages of `options`.
///
/// # Errors
/// A template or message file that fails, or Typst markup that does not typeset.
pub fn render_tree(document: &Document, options: &Options) -> Result<Vec<u8>, RenderError> {
    let source = typst_source(document, options)?;
    typeset(source, document)
}

/// The Typst markup the template makes of a document tree.
///
/// # Errors
/// A template or message file that fails.
pub fn typst_source(document: &Document, options: &Options) -> Result<String, RenderError> {
    let language = if document.lang == "en" {
        Language::En
    } else {
        Language::Nl
    };
    let messages = messages(options, language)?;
    let mut tera = options.templates.typst_engine()?;
    tera.register_filter("typ", markup::typ);
    tera.register_filter("typ_str", markup::typ_str);
    let mut context = Context::new();
    context.insert("doc", document);
    context.insert("labels", messages.tree());
    context.insert("draft", &document.draft.is_some());
    tera.render(MAIN, &context)
        .map_err(|e| RenderError::Template(templates::describe(&e)))
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
