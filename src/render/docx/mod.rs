//! The Word backend: the document tree written as a WordprocessingML package.
//!
//! The OOXML parts are written directly (see docs/docx.md for why not docx-rs):
//! [`styles`] and [`numbering`] give Word real styles and multilevel numbering,
//! [`blocks`] and [`tables`] write the body, [`fields`] the bookmarks, REF
//! fields and fill-in fields, [`package`] zips the parts deterministically, and
//! [`reference`] reads a house style from a `--reference-docx`.

mod blocks;
mod fields;
mod interim;
mod numbering;
mod package;
mod reference;
mod styles;
mod tables;
mod xml;

pub use package::timestamp_of_epoch;
pub use reference::{Page, Reference};

use blocks::{Body, Para, Place};
use fields::{Format, Targets, simple_field};
use numbering::{ANNEXES, ARTICLE_LEVEL, ARTICLES, Numbering};
use package::{Part, REL, relationships};
use tables::SignatureLabels;

use super::i18n::Messages;
use super::tree::{self, Document, Inline, List, ListItem, ListStyle};
use super::{Options, RenderError};
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
    let language = options.language_for(agreement);
    let messages = super::messages(options, language)?;
    let document = interim::document_tree(agreement, &messages, language, options.draft.as_deref());
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
    write_body(&mut body, document, messages);

    let reference = settings.reference.as_ref();
    let mut parts = Vec::new();
    let mut rels = vec![
        rel(1, "styles", "styles.xml"),
        rel(2, "numbering", "numbering.xml"),
        rel(3, "settings", "settings.xml"),
    ];
    let decorations = decorations(document, messages, reference, &mut parts, &mut rels);
    if let Some(theme) = reference.and_then(|r| r.theme.clone()) {
        rels.push(rel(4, "theme", "theme/theme1.xml"));
        parts.push(Part {
            name: "word/theme/theme1.xml".into(),
            content_type: Some("application/vnd.openxmlformats-officedocument.theme+xml".into()),
            data: theme,
        });
    }
    let page = reference.and_then(Reference::page).unwrap_or_default();
    body.raw(&section(&page, &decorations));
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

/// The header and footer parts: the reference document's, or a page-number
/// footer (and, on a draft, a "CONCEPT" header). Returns the section's references.
fn decorations(
    document: &Document,
    messages: &Messages,
    reference: Option<&Reference>,
    parts: &mut Vec<Part>,
    rels: &mut Vec<(String, String, String)>,
) -> Vec<(&'static str, String, String)> {
    let mut refs = Vec::new();
    let theirs = reference
        .map(|r| r.decorations.as_slice())
        .unwrap_or_default();
    if !theirs.is_empty() {
        for (i, d) in theirs.iter().enumerate() {
            let id = format!("rId{}", 10 + i);
            let target = d.name.strip_prefix("word/").unwrap_or(&d.name).to_string();
            rels.push((id.clone(), format!("{REL}/{}", d.kind), target));
            parts.push(Part {
                name: d.name.clone(),
                content_type: Some(format!("{CT_MAIN}.{}+xml", d.kind)),
                data: d.xml.clone(),
            });
            for (name, data) in &d.related {
                parts.push(Part {
                    name: name.clone(),
                    content_type: None,
                    data: data.clone(),
                });
            }
            refs.push((d.kind, d.on.clone(), id));
        }
        return refs;
    }
    let mut footer = format!(
        r#"<w:p><w:pPr><w:pStyle w:val="{}"/></w:pPr>"#,
        styles::FOOTER
    );
    page_numbers(&mut footer, &messages.get("doc.page"));
    footer.push_str("</w:p>");
    parts.push(Part::xml(
        "word/footer1.xml",
        &format!("{CT_MAIN}.footer+xml"),
        decoration_part("ftr", &footer),
    ));
    rels.push(rel(10, "footer", "footer1.xml"));
    refs.push(("footer", "default".to_string(), "rId10".to_string()));
    if document.draft.is_some() {
        let mut header = format!(
            r#"<w:p><w:pPr><w:pStyle w:val="{}"/></w:pPr>"#,
            styles::HEADER
        );
        fields::text_run(&mut header, &messages.get("doc.draft"), Format::default());
        header.push_str("</w:p>");
        parts.push(Part::xml(
            "word/header1.xml",
            &format!("{CT_MAIN}.header+xml"),
            decoration_part("hdr", &header),
        ));
        rels.push(rel(11, "header", "header1.xml"));
        refs.push(("header", "default".to_string(), "rId11".to_string()));
    }
    refs
}

/// "pagina {page} van {pages}" with the page and page count as fields.
fn page_numbers(out: &mut String, template: &str) {
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        fields::text_run(out, &rest[..open], Format::default());
        let after = &rest[open..];
        if let Some(tail) = after.strip_prefix("{pages}") {
            simple_field(out, "NUMPAGES", "1");
            rest = tail;
        } else if let Some(tail) = after.strip_prefix("{page}") {
            simple_field(out, "PAGE", "1");
            rest = tail;
        } else {
            fields::text_run(out, "{", Format::default());
            rest = &after[1..];
        }
    }
    fields::text_run(out, rest, Format::default());
}

fn decoration_part(element: &str, content: &str) -> String {
    format!(
        concat!(
            r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#,
            "\n",
            r#"<w:{e} xmlns:w="{w}" xmlns:r="{r}">{content}</w:{e}>"#
        ),
        e = element,
        w = WORD_NS,
        r = REL,
        content = content
    )
}

/// The section properties: headers and footers, page size and margins.
fn section(page: &Page, decorations: &[(&'static str, String, String)]) -> String {
    let mut out = String::from("<w:sectPr>");
    for (kind, on, id) in decorations {
        out.push_str(&format!(
            r#"<w:{kind}Reference w:type="{}" r:id="{}"/>"#,
            xml::escape(on),
            xml::escape(id)
        ));
    }
    let orient = if page.landscape {
        r#" w:orient="landscape""#
    } else {
        ""
    };
    let [top, right, bottom, left] = page.margins;
    out.push_str(&format!(
        concat!(
            r#"<w:pgSz w:w="{w}" w:h="{h}"{orient}/>"#,
            r#"<w:pgMar w:top="{top}" w:right="{right}" w:bottom="{bottom}" w:left="{left}" w:header="{header}" w:footer="{footer}" w:gutter="0"/>"#,
            r#"<w:cols w:space="708"/>"#
        ),
        w = page.width,
        h = page.height,
        orient = orient,
        top = top,
        right = right,
        bottom = bottom,
        left = left,
        header = page.header,
        footer = page.footer
    ));
    if decorations.iter().any(|(_, on, _)| on == "first") {
        out.push_str("<w:titlePg/>");
    }
    out.push_str(r#"<w:docGrid w:linePitch="360"/></w:sectPr>"#);
    out
}

/// The body: title, parties, recitals, articles, signatures, annexes.
fn write_body(body: &mut Body<'_>, document: &Document, messages: &Messages) {
    let text = |key: &str| vec![Inline::text(messages.get(key))];
    if document.draft.is_some() {
        body.paragraph(
            Para::new(styles::DRAFT),
            &[Inline::text(format!(
                "{} – {}",
                messages.get("doc.draft"),
                messages.get("doc.draft_notice")
            ))],
        );
    }
    body.paragraph(
        Para::new(styles::TITLE),
        &[Inline::text(document.meta.title.clone())],
    );
    for (key, value) in [
        ("doc.reference", &document.meta.reference),
        ("doc.version", &document.meta.version),
    ] {
        if let Some(value) = value {
            body.paragraph(
                Para::new(styles::SUBTITLE),
                &[Inline::text(format!("{}: {value}", messages.get(key)))],
            );
        }
    }
    if let Some(draft) = document.draft.as_ref().filter(|d| !d.issues.is_empty()) {
        body.paragraph(Para::new(styles::SECTION), &text("doc.open_issues"));
        body.list(&list(ListStyle::Bullet, &draft.issues), Place::Outside, 0);
    }
    parties(body, document, messages);
    if !document.recitals.is_empty() {
        body.paragraph(Para::new(styles::SECTION), &text("doc.recitals"));
        body.paragraph(Para::new(styles::NORMAL), &text("doc.recitals_intro"));
        let recitals = List {
            style: ListStyle::Number,
            items: document
                .recitals
                .iter()
                .map(|blocks| ListItem {
                    key: None,
                    label: String::new(),
                    blocks: blocks.clone(),
                })
                .collect(),
        };
        body.list(&recitals, Place::Outside, 0);
    }
    body.paragraph(Para::new(styles::NORMAL), &text("doc.agree"));
    for article in &document.articles {
        body.paragraph(
            Para::new(styles::HEADING)
                .numbered(ARTICLES, ARTICLE_LEVEL)
                .keep_next()
                .key(&article.key),
            &[Inline::text(article.title.clone())],
        );
        for lid in &article.leden {
            body.lid(&lid.key, lid.number.is_some(), &lid.blocks);
        }
    }
    body.paragraph(
        Para::new(styles::SECTION).keep_next(),
        &text("doc.signatures"),
    );
    let closing = if document.closing.is_empty() {
        text("signature.intro")
    } else {
        document.closing.clone()
    };
    body.paragraph(Para::new(styles::NORMAL).keep_next(), &closing);
    let labels = SignatureLabels {
        place: messages.get("signature.place"),
        date: messages.get("signature.date"),
        name: messages.get("signature.name"),
        capacity: messages.get("signature.capacity"),
        signature: messages.get("signature.signature"),
        blank: messages.get("placeholder.blank"),
    };
    tables::signatures(body, &document.signatures, &labels);
    for annex in &document.annexes {
        body.paragraph(
            Para::new(styles::ANNEX)
                .numbered(ANNEXES, 0)
                .key(&annex.key),
            &[Inline::text(annex.title.clone())],
        );
        body.blocks(&annex.blocks, Place::Outside, 0);
    }
}

/// "De ondergetekenden:", one numbered paragraph per party, "hierna ... Partijen;".
fn parties(body: &mut Body<'_>, document: &Document, messages: &Messages) {
    body.paragraph(
        Para::new(styles::SECTION),
        &[Inline::text(messages.get("doc.parties"))],
    );
    body.paragraph(
        Para::new(styles::NORMAL),
        &[Inline::text(messages.get("doc.parties_intro"))],
    );
    let num = body.numbering.list(ListStyle::Number, 0, 0);
    for party in &document.parties {
        let name = if party.placeholder {
            Inline::Placeholder {
                text: party.name.clone(),
            }
        } else {
            Inline::Strong {
                inlines: vec![Inline::text(party.name.clone())],
            }
        };
        let mut inlines = vec![name];
        let description = tree::plain(&party.description);
        if !description.trim().is_empty() {
            if !description.starts_with([',', ';', ' ']) {
                inlines.push(Inline::text(", "));
            }
            inlines.extend_from_slice(&party.description);
        }
        inlines.push(Inline::text(";"));
        body.paragraph(
            Para::new(styles::LIST).numbered(num, 0).key(&party.key),
            &inlines,
        );
    }
    body.paragraph(
        Para::new(styles::NORMAL),
        &[Inline::text(messages.get("doc.parties_outro"))],
    );
}

/// A list of one paragraph per item.
fn list(style: ListStyle, items: &[Vec<Inline>]) -> List {
    List {
        style,
        items: items
            .iter()
            .map(|inlines| ListItem {
                key: None,
                label: String::new(),
                blocks: vec![tree::Block::Paragraph {
                    inlines: inlines.clone(),
                }],
            })
            .collect(),
    }
}
