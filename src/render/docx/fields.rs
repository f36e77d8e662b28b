//! Bookmarks, REF fields, fill-in fields and page numbers.
//!
//! A node that some `[[id]]` refers to gets a bookmark; the reference becomes a
//! REF field to it, so its number follows when Word renumbers. Its result, until
//! the field is updated, is the tree's own wording ("artikel 5, tweede lid").
//! A node without a number (a party, a definition) is linked rather than
//! referred to by number. Bookmark and content-control ids are numbered in
//! document order, so the same tree always gives the same part.

use std::collections::{BTreeMap, BTreeSet};

use super::xml::{escape, push_escaped};
use crate::render::tree::{Block, Document, Inline, ListStyle};

/// The longest bookmark name Word accepts.
const MAX_NAME: usize = 40;

/// A bookmarked node.
#[derive(Debug, Clone)]
pub(crate) struct Target {
    /// The bookmark name (hidden from Word's bookmark list: it starts with `_`).
    pub(crate) name: String,
    /// Whether Word numbers the node, so a REF field can show its number.
    pub(crate) numbered: bool,
    /// What kind of number a reference shows: the article's own, or in full context.
    pub(crate) full_context: bool,
}

/// The nodes some reference points at, by key.
#[derive(Debug, Default)]
pub(crate) struct Targets {
    by_key: BTreeMap<String, Target>,
}

impl Targets {
    /// Every node of `document` that a reference in it names.
    pub(crate) fn collect(document: &Document) -> Self {
        let mut referenced = BTreeSet::new();
        let mut nodes = Vec::new();
        let mut visit = |key: &str, numbered: bool, full: bool| {
            nodes.push((key.to_string(), numbered, full));
        };
        for party in &document.parties {
            visit(&party.key, false, false);
            inlines_refs(&party.description, &mut referenced);
        }
        for recital in &document.recitals {
            blocks(recital, &mut visit, &mut referenced);
        }
        for article in &document.articles {
            visit(&article.key, true, false);
            for lid in &article.leden {
                visit(&lid.key, lid.number.is_some(), true);
                blocks(&lid.blocks, &mut visit, &mut referenced);
            }
        }
        inlines_refs(&document.closing, &mut referenced);
        for annex in &document.annexes {
            visit(&annex.key, true, false);
            blocks(&annex.blocks, &mut visit, &mut referenced);
        }
        let mut targets = Self::default();
        let mut used = BTreeSet::new();
        for (key, numbered, full_context) in nodes {
            if !referenced.contains(&key) || targets.by_key.contains_key(&key) {
                continue;
            }
            let name = bookmark_name(&key, &used);
            used.insert(name.clone());
            targets.by_key.insert(
                key,
                Target {
                    name,
                    numbered,
                    full_context,
                },
            );
        }
        targets
    }

    /// The bookmark of the node with `key`, if something refers to it.
    pub(crate) fn get(&self, key: &str) -> Option<&Target> {
        self.by_key.get(key)
    }
}

fn blocks(
    blocks: &[Block],
    visit: &mut impl FnMut(&str, bool, bool),
    referenced: &mut BTreeSet<String>,
) {
    for block in blocks {
        match block {
            Block::Paragraph { inlines } => inlines_refs(inlines, referenced),
            Block::List(list) => {
                for item in &list.items {
                    if let Some(key) = &item.key {
                        visit(key, list.style != ListStyle::Bullet, true);
                    }
                    self::blocks(&item.blocks, visit, referenced);
                }
            }
            Block::Table(table) => {
                for row in table.rows.iter().chain(&table.footer) {
                    if let Some(key) = &row.key {
                        visit(key, false, false);
                    }
                    for cell in &row.cells {
                        inlines_refs(cell, referenced);
                    }
                }
            }
        }
    }
}

fn inlines_refs(inlines: &[Inline], referenced: &mut BTreeSet<String>) {
    for inline in inlines {
        match inline {
            Inline::Reference { target, .. } => {
                referenced.insert(target.clone());
            }
            Inline::Emphasis { inlines } | Inline::Strong { inlines } => {
                inlines_refs(inlines, referenced);
            }
            _ => {}
        }
    }
}

/// `_` and the key with every other character made `_`, at most 40 characters,
/// with a number added when two keys would share a name.
fn bookmark_name(key: &str, used: &BTreeSet<String>) -> String {
    let base: String = std::iter::once('_')
        .chain(
            key.chars()
                .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' }),
        )
        .take(MAX_NAME)
        .collect();
    if !used.contains(&base) {
        return base;
    }
    (2..)
        .map(|n| {
            let suffix = format!("_{n}");
            let keep = MAX_NAME.saturating_sub(suffix.len());
            format!("{}{suffix}", &base[..base.len().min(keep)])
        })
        .find(|name| !used.contains(name))
        .unwrap_or(base)
}

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

/// A REF field: the number of the bookmarked paragraph, with the tree's wording
/// as its result until Word updates it.
fn ref_field(out: &mut String, target: &Target, text: &str, format: Format) {
    let context = if target.full_context { r"\w" } else { r"\n" };
    let lower = if text.chars().next().is_some_and(char::is_lowercase) {
        r" \* Lower"
    } else {
        ""
    };
    let props = run_props(format, false);
    out.push_str(&format!(
        concat!(
            r#"<w:r><w:rPr>{p}</w:rPr><w:fldChar w:fldCharType="begin"/></w:r>"#,
            r#"<w:r><w:rPr>{p}</w:rPr><w:instrText xml:space="preserve"> REF {name} {context} \h{lower} </w:instrText></w:r>"#,
            r#"<w:r><w:rPr>{p}</w:rPr><w:fldChar w:fldCharType="separate"/></w:r>"#
        ),
        p = props,
        name = escape(&target.name),
        context = context,
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
    fn bookmark_names_are_short_safe_and_unique() {
        let mut used = BTreeSet::new();
        let long = "lid.deliverable.an-identifier-much-longer-than-forty-characters";
        let first = bookmark_name(long, &used);
        assert_eq!(first.len(), MAX_NAME);
        assert!(first.starts_with("_lid_deliverable_an_identifier"));
        used.insert(first.clone());
        let second = bookmark_name(long, &used);
        assert_ne!(first, second);
        assert!(second.len() <= MAX_NAME && second.ends_with("_2"));
    }

    #[test]
    fn a_reference_to_a_numbered_node_is_a_ref_field_with_the_tree_wording() {
        let target = Target {
            name: "_lid_x".into(),
            numbered: true,
            full_context: true,
        };
        let mut out = String::new();
        ref_field(
            &mut out,
            &target,
            "artikel 5, tweede lid",
            Format::default(),
        );
        assert!(
            out.contains(
                r#"<w:instrText xml:space="preserve"> REF _lid_x \w \h \* Lower </w:instrText>"#
            ),
            "{out}"
        );
        assert!(out.contains(">artikel 5, tweede lid</w:t>"));
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
