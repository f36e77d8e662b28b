//! The page: size and margins, headers and footers (the reference document's,
//! or covenant's page-number footer and draft header).

use super::fields::{self, Format, simple_field};
use super::package::{Part, REL};
use super::reference::{Page, Reference};
use super::styles;
use super::xml;
use super::{CT_MAIN, WORD_NS, rel};
use crate::render::i18n::Messages;
use crate::render::tree::Document;

/// The header and footer parts: the reference document's, or a page-number
/// footer (and, on a draft, a "CONCEPT" header). Returns the section's references.
pub(super) fn decorations(
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
pub(super) fn section(page: &Page, decorations: &[(&'static str, String, String)]) -> String {
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
