//! The Word backend: the document tree written as a WordprocessingML package.
//!
//! The OOXML parts are written directly (see docs/docx.md for why not docx-rs):
//! [`styles`] and [`numbering`] give Word real styles and multilevel numbering,
//! [`layout`], [`blocks`] and [`tables`] write the body, [`targets`] names the
//! bookmarks, [`fields`] writes runs, REF fields and fill-in fields, [`page`] the
//! page set-up, [`package`] zips the parts deterministically, and
//! [`reference`] reads a house style from a `--reference-docx`.

mod blocks;
mod fields;
mod layout;
mod numbering;
mod package;
mod page;
mod reference;
mod styles;
mod tables;
mod targets;
use super::xml;

#[cfg(feature = "pdf")]
pub(crate) use package::timestamp_of_date;
pub use package::timestamp_of_epoch;
pub use reference::{Page, Reference};

use blocks::Body;
use numbering::Numbering;
use package::{Part, REL, relationships};
use targets::Targets;

use super::i18n::Messages;
use super::tree::{self, Document};
use super::{Options, Prepared, RenderError};
use crate::model::Agreement;

const WORD_NS: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const CT_MAIN: &str = "application/vnd.openxmlformats-officedocument.wordprocessingml";

/// How to write the Word document beyond the common render options.
#[derive(Debug, Clone, Default)]
pub struct Settings {
    /// The house style: styles, page, headers and footers of a reference document.
    pub reference: Option<Reference>,
    /// The creation timestamp (W3CDTF) for the document properties, e.g. from
    /// `SOURCE_DATE_EPOCH`; by default the agreement's date.
    pub created: Option<String>,
}

/// The agreement as a .docx file.
///
/// # Errors
/// An invalid message file, or a total too large to compute.
pub fn render(
    agreement: &Agreement,
    options: &Options,
    settings: &Settings,
) -> Result<Vec<u8>, RenderError> {
    render_with(
        &Prepared::new(options.templates.clone()),
        agreement,
        options,
        settings,
    )
}

/// The agreement as a .docx file, worded with the messages of a prepared set (which `--to all`
/// shares with the other formats); `options.templates` is not used.
///
/// # Errors
/// As [`render`].
pub fn render_with(
    prepared: &Prepared,
    agreement: &Agreement,
    options: &Options,
    settings: &Settings,
) -> Result<Vec<u8>, RenderError> {
    let language = options.language_for(agreement);
    let messages = prepared.messages(language, super::kind_of(agreement))?;
    let document = crate::render::build::build_with(agreement, options, &messages)?;
    write(&document, &messages, settings)
}

/// A document tree as a .docx file, worded with `messages` where the tree has
/// no text of its own (section headings, signature labels, page numbers).
///
/// # Errors
/// Only if the zip cannot be written.
pub fn write(
    document: &Document,
    messages: &Messages,
    settings: &Settings,
) -> Result<Vec<u8>, RenderError> {
    let language = if document.meta.language_tag.is_empty() {
        "nl-NL"
    } else {
        document.meta.language_tag
    };
    let targets = Targets::collect(document);
    let numbering = Numbering::new(
        &label_word(document.articles.first().map(|a| (&a.label, a.number)))
            .unwrap_or_else(|| messages.get("doc.article")),
        &label_word(document.annexes.first().map(|a| (&a.label, a.number)))
            .unwrap_or_else(|| messages.get("doc.annex")),
    );
    let mut body = Body::new(numbering, &targets);
    layout::write_body(&mut body, document, messages);

    let reference = settings.reference.as_ref();
    let mut parts = Vec::new();
    let mut rels = vec![
        rel(1, "styles", "styles.xml"),
        rel(2, "numbering", "numbering.xml"),
        rel(3, "settings", "settings.xml"),
    ];
    let decorations = page::decorations(document, messages, reference, &mut parts, &mut rels);
    if let Some(theme) = reference.and_then(|r| r.theme.clone()) {
        rels.push(rel(4, "theme", "theme/theme1.xml"));
        parts.push(Part {
            name: "word/theme/theme1.xml".into(),
            content_type: Some("application/vnd.openxmlformats-officedocument.theme+xml".into()),
            data: theme,
        });
    }
    let page = reference.and_then(Reference::page).unwrap_or_default();
    body.raw(&page::section(&page, &decorations));
    let document_xml = format!(
        concat!(
            r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#,
            "\n",
            r#"<w:document xmlns:w="{w}" xmlns:r="{r}"><w:body>{body}</w:body></w:document>"#
        ),
        w = WORD_NS,
        r = REL,
        body = body.out
    );
    let styles = match reference.and_then(|r| r.styles.as_deref()) {
        Some(theirs) => styles::merge(theirs, language),
        None => styles::xml(language),
    };
    let created = settings.created.clone().or_else(|| {
        document
            .meta
            .date
            .as_deref()
            .and_then(package::timestamp_of_date)
    });
    let mut all = vec![
        Part::xml(
            "word/document.xml",
            &format!("{CT_MAIN}.document.main+xml"),
            document_xml,
        ),
        Part {
            name: "word/_rels/document.xml.rels".into(),
            content_type: None,
            data: relationships(&rels).into_bytes(),
        },
        Part::xml("word/styles.xml", &format!("{CT_MAIN}.styles+xml"), styles),
        Part::xml(
            "word/numbering.xml",
            &format!("{CT_MAIN}.numbering+xml"),
            body.numbering.xml(),
        ),
        Part::xml(
            "word/settings.xml",
            &format!("{CT_MAIN}.settings+xml"),
            styles::settings(language),
        ),
    ];
    all.extend(parts);
    let meta = tree::Meta {
        language_tag: language,
        ..document.meta.clone()
    };
    all.push(Part::xml(
        "docProps/core.xml",
        "application/vnd.openxmlformats-package.core-properties+xml",
        package::core(&meta, created.as_deref()),
    ));
    all.push(Part::xml(
        "docProps/app.xml",
        "application/vnd.openxmlformats-officedocument.extended-properties+xml",
        package::app(),
    ));
    package::zip(&all)
}

/// The word before the number of the first article's or annex's label
/// ("Artikel" from "Artikel 1"), so Word's numbering reads like the tree.
fn label_word(label: Option<(&String, usize)>) -> Option<String> {
    let (label, number) = label?;
    let word = label.strip_suffix(&number.to_string())?.trim_end();
    (!word.is_empty()).then(|| word.to_string())
}

fn rel(n: u32, kind: &str, target: &str) -> (String, String, String) {
    (
        format!("rId{n}"),
        format!("{REL}/{kind}"),
        target.to_string(),
    )
}
