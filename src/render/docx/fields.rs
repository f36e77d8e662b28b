//! Runs: text, bookmarks, REF fields, fill-in fields and page numbers.
//!
//! A reference to a bookmarked node becomes a REF field to it, so its number
//! follows when Word renumbers. Its result, until the field is updated, is the
//! tree's own wording ("artikel 5, tweede lid"). A node without a number (a
//! party, a definition) is linked rather than referred to by number. Bookmark
//! and content-control ids are numbered in document order, so the same tree
//! always gives the same part.

use super::targets::{Target, Targets};
use super::xml::{escape, push_escaped};
use crate::render::tree::Inline;

/// A run of text with its formatting.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Format {
    /// Bold.
    pub(crate) bold: bool,
    /// Italic.
    pub(crate) italic: bool,
}

/// Writes runs: text, fields and content controls, with ids in document order.
#[derive(Debug, Default)]
pub(crate) struct Runs {
    next_bookmark: u32,
    next_control: u32,
}

impl Runs {
    /// A bookmark start; returns its id for [`Runs::bookmark_end`].
    pub(crate) fn bookmark_start(&mut self, out: &mut String, name: &str) -> u32 {
        let id = self.next_bookmark;
        self.next_bookmark += 1;
        out.push_str(&format!(
            r#"<w:bookmarkStart w:id="{id}" w:name="{}"/>"#,
            escape(name)
        ));
        id
    }

    /// The end of bookmark `id`.
    pub(crate) fn bookmark_end(out: &mut String, id: u32) {
        out.push_str(&format!(r#"<w:bookmarkEnd w:id="{id}"/>"#));
    }

    /// The inlines as runs.
    pub(crate) fn inlines(
        &mut self,
        out: &mut String,
        inlines: &[Inline],
        format: Format,
        targets: &Targets,
    ) {
        for inline in inlines {
            match inline {
                Inline::Text { text } | Inline::Term { text, .. } => text_run(out, text, format),
                Inline::Emphasis { inlines } => self.inlines(
                    out,
                    inlines,
                    Format {
                        italic: true,
                        ..format
                    },
                    targets,
                ),
                Inline::Strong { inlines } => self.inlines(
                    out,
                    inlines,
                    Format {
                        bold: true,
                        ..format
                    },
                    targets,
                ),
                Inline::Reference { target, text } => match targets.get(target) {
                    Some(t) if t.numbered => ref_field(out, t, text, format),
                    Some(t) => {
                        out.push_str(&format!(r#"<w:hyperlink w:anchor="{}">"#, escape(&t.name)));
                        text_run(out, text, format);
                        out.push_str("</w:hyperlink>");
                    }
                    None => text_run(out, text, format),
                },
                Inline::Placeholder { text } => self.placeholder(out, text, format),
                Inline::LineBreak => out.push_str("<w:r><w:br/></w:r>"),
            }
        }
    }

    /// A fill-in field: a plain-text content control showing its hint, highlighted.
    fn placeholder(&mut self, out: &mut String, hint: &str, format: Format) {
        self.next_control += 1;
        out.push_str(&format!(
            concat!(
                r#"<w:sdt><w:sdtPr><w:rPr>{props}</w:rPr><w:alias w:val="{hint}"/>"#,
                r#"<w:tag w:val="covenant:placeholder"/><w:id w:val="{id}"/>"#,
                r#"<w:showingPlcHdr/><w:text/></w:sdtPr><w:sdtContent>"#
            ),
            props = run_props(format, true),
            hint = escape(hint),
            id = self.next_control
        ));
        run(out, hint, format, true);
        out.push_str("</w:sdtContent></w:sdt>");
    }
}

/// A REF field: the number of the bookmarked heading ("Artikel 5"), lowercased
/// when the wording is, with the tree's wording as its result until Word updates it.
fn ref_field(out: &mut String, target: &Target, text: &str, format: Format) {
    let lower = if text.chars().next().is_some_and(char::is_lowercase) {
        r" \* Lower"
    } else {
        ""
    };
    let props = run_props(format, false);
    out.push_str(&format!(
        concat!(
            r#"<w:r><w:rPr>{p}</w:rPr><w:fldChar w:fldCharType="begin"/></w:r>"#,
            r#"<w:r><w:rPr>{p}</w:rPr><w:instrText xml:space="preserve"> REF {name} \n \h{lower} </w:instrText></w:r>"#,
            r#"<w:r><w:rPr>{p}</w:rPr><w:fldChar w:fldCharType="separate"/></w:r>"#
        ),
        p = props,
        name = escape(&target.name),
        lower = lower
    ));
    text_run(out, text, format);
    out.push_str(&format!(
        r#"<w:r><w:rPr>{props}</w:rPr><w:fldChar w:fldCharType="end"/></w:r>"#
    ));
}

/// A field whose result Word computes when the page is laid out (`PAGE`, `NUMPAGES`).
pub(crate) fn simple_field(out: &mut String, instruction: &str, shown: &str) {
    out.push_str(&format!(
        r#"<w:fldSimple w:instr=" {} "><w:r><w:t>{}</w:t></w:r></w:fldSimple>"#,
        escape(instruction),
        escape(shown)
    ));
}

/// Plain text as runs: newlines become breaks, tabs become tabs.
pub(crate) fn text_run(out: &mut String, text: &str, format: Format) {
    run(out, text, format, false);
}

fn run(out: &mut String, text: &str, format: Format, placeholder: bool) {
    if text.is_empty() {
        return;
    }
    out.push_str("<w:r>");
    let props = run_props(format, placeholder);
    if !props.is_empty() {
        out.push_str(&format!("<w:rPr>{props}</w:rPr>"));
    }
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            out.push_str("<w:br/>");
        }
        for (j, piece) in line.split('\t').enumerate() {
            if j > 0 {
                out.push_str("<w:tab/>");
            }
            let piece = piece.replace('\r', "");
            if !piece.is_empty() {
                out.push_str(r#"<w:t xml:space="preserve">"#);
                push_escaped(out, &piece);
                out.push_str("</w:t>");
            }
        }
    }
    out.push_str("</w:r>");
}

/// Run properties in schema order.
fn run_props(format: Format, placeholder: bool) -> String {
    let mut p = String::new();
    if placeholder {
        p.push_str(&format!(
            r#"<w:rStyle w:val="{}"/>"#,
            super::styles::PLACEHOLDER
        ));
    }
    if format.bold {
        p.push_str("<w:b/>");
    }
    if format.italic {
        p.push_str("<w:i/>");
    }
    if placeholder {
        p.push_str(r#"<w:highlight w:val="yellow"/>"#);
    }
    p
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_reference_to_a_numbered_node_is_a_ref_field_with_the_tree_wording() {
        let target = Target {
            name: "_article_x".into(),
            numbered: true,
        };
        let mut out = String::new();
        ref_field(&mut out, &target, "artikel 5", Format::default());
        assert!(
            out.contains(
                r#"<w:instrText xml:space="preserve"> REF _article_x \n \h \* Lower </w:instrText>"#
            ),
            "{out}"
        );
        assert!(out.contains(">artikel 5</w:t>"));
        assert!(out.ends_with(r#"<w:fldChar w:fldCharType="end"/></w:r>"#));
    }

    #[test]
    fn text_keeps_breaks_and_tabs_as_elements() {
        let mut out = String::new();
        text_run(&mut out, "a\tb\nc<", Format::default());
        assert_eq!(
            out,
            r#"<w:r><w:t xml:space="preserve">a</w:t><w:tab/><w:t xml:space="preserve">b</w:t><w:br/><w:t xml:space="preserve">c&lt;</w:t></w:r>"#
        );
    }
}
