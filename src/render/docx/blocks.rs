//! Paragraphs, leden and lists of the document body.

use std::collections::BTreeSet;

use super::fields::{Format, Runs};
use super::numbering::{LID_LEVEL, Numbering};
use super::styles::{ARTICLE_TEXT, LIST};
use super::tables;
use super::targets::Targets;
use crate::render::tree::{Block, Inline, List};

/// How a paragraph is laid out.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Para<'a> {
    /// The paragraph style.
    pub(crate) style: &'a str,
    /// Numbering instance and level, written on the paragraph itself so that
    /// it holds whatever style set a reference document brings.
    pub(crate) number: Option<(u32, u32)>,
    /// Keep with the next paragraph.
    pub(crate) keep_next: bool,
    /// The key of the node it stands for, to place its bookmark.
    pub(crate) key: Option<&'a str>,
    /// How its text is formatted.
    pub(crate) format: Format,
    /// Aligned right (amounts).
    pub(crate) right: bool,
    /// Space above, in twentieths of a point, instead of the style's.
    pub(crate) space_before: Option<u32>,
}

impl<'a> Para<'a> {
    /// A paragraph of `style`.
    pub(crate) fn new(style: &'a str) -> Self {
        Self {
            style,
            number: None,
            keep_next: false,
            key: None,
            format: Format::default(),
            right: false,
            space_before: None,
        }
    }

    /// Aligned right, or not.
    pub(crate) fn right(self, right: bool) -> Self {
        Self { right, ..self }
    }

    /// With `twips` of space above it.
    pub(crate) fn space_before(self, twips: u32) -> Self {
        Self {
            space_before: Some(twips),
            ..self
        }
    }

    /// Numbered by `num` at `level`.
    pub(crate) fn numbered(self, num: u32, level: u32) -> Self {
        Self {
            number: Some((num, level)),
            ..self
        }
    }

    /// Kept on the page of the next paragraph.
    pub(crate) fn keep_next(self) -> Self {
        Self {
            keep_next: true,
            ..self
        }
    }

    /// Standing for the node `key`.
    pub(crate) fn key(self, key: &'a str) -> Self {
        Self {
            key: Some(key),
            ..self
        }
    }

    /// All its text bold, or not.
    pub(crate) fn bold(self, bold: bool) -> Self {
        Self {
            format: Format {
                bold,
                ..self.format
            },
            ..self
        }
    }
}

/// Where a list stands: in an article (under the text of the leden) or outside.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Place {
    /// Parties, recitals, annexes.
    Outside,
    /// Inside an article.
    Article,
}

/// The document body being written.
pub(crate) struct Body<'a> {
    /// The XML of the body so far.
    pub(crate) out: String,
    /// The numbering of the document, which lists add instances to.
    pub(crate) numbering: Numbering,
    targets: &'a Targets,
    runs: Runs,
    placed: BTreeSet<String>,
    /// How many lists the text being written is inside.
    nesting: u32,
}

impl<'a> Body<'a> {
    /// An empty body.
    pub(crate) fn new(numbering: Numbering, targets: &'a Targets) -> Self {
        Self {
            out: String::new(),
            numbering,
            targets,
            runs: Runs::default(),
            placed: BTreeSet::new(),
            nesting: 0,
        }
    }

    /// A paragraph.
    pub(crate) fn paragraph(&mut self, para: Para<'_>, inlines: &[Inline]) {
        self.out.push_str("<w:p><w:pPr>");
        self.out
            .push_str(&format!(r#"<w:pStyle w:val="{}"/>"#, para.style));
        if para.keep_next {
            self.out.push_str("<w:keepNext/>");
        }
        if let Some((num, level)) = para.number {
            self.out.push_str(&format!(
                r#"<w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="{num}"/></w:numPr>"#
            ));
        }
        if let Some(before) = para.space_before {
            self.out
                .push_str(&format!(r#"<w:spacing w:before="{before}" w:after="0"/>"#));
        }
        if para.right {
            self.out.push_str(r#"<w:jc w:val="right"/>"#);
        }
        self.out.push_str("</w:pPr>");
        let bookmark = para.key.and_then(|key| {
            let target = self.targets.get(key)?;
            self.placed
                .insert(key.to_string())
                .then(|| self.runs.bookmark_start(&mut self.out, &target.name))
        });
        self.runs
            .inlines(&mut self.out, inlines, para.format, self.targets);
        if let Some(id) = bookmark {
            Runs::bookmark_end(&mut self.out, id);
        }
        self.out.push_str("</w:p>");
    }

    /// Runs for `inlines` (inside a paragraph the caller opened).
    pub(crate) fn runs(&mut self, inlines: &[Inline], format: Format) {
        self.runs
            .inlines(&mut self.out, inlines, format, self.targets);
    }

    /// Raw, already escaped XML.
    pub(crate) fn raw(&mut self, xml: &str) {
        self.out.push_str(xml);
    }

    /// A lid: its first paragraph numbered (when `numbered`), the rest aligned with its text.
    pub(crate) fn lid(&mut self, key: &str, numbered: bool, blocks: &[Block]) {
        let first = if numbered {
            Para::new(super::styles::LID)
                .numbered(super::numbering::ARTICLES, LID_LEVEL)
                .key(key)
        } else {
            Para::new(ARTICLE_TEXT).key(key)
        };
        match blocks.split_first() {
            Some((Block::Paragraph { inlines }, rest)) => {
                self.paragraph(first, inlines);
                self.blocks(rest, Place::Article, 1);
            }
            _ => {
                self.paragraph(first, &[]);
                self.blocks(blocks, Place::Article, 1);
            }
        }
    }

    /// Blocks at list depth `depth` (0 outside any list or lid).
    pub(crate) fn blocks(&mut self, blocks: &[Block], place: Place, depth: u32) {
        for block in blocks {
            match block {
                Block::Paragraph { inlines } => match (place, depth) {
                    (Place::Outside, 0) => {
                        self.paragraph(Para::new(super::styles::NORMAL), inlines);
                    }
                    (Place::Article, 0 | 1) => self.paragraph(Para::new(ARTICLE_TEXT), inlines),
                    _ => self.continuation(inlines, depth),
                },
                Block::List(list) => self.list(list, place, depth),
                Block::Table(table) => tables::table(self, table),
            }
        }
    }

    /// A list whose items are at list level `depth`.
    pub(crate) fn list(&mut self, list: &List, place: Place, depth: u32) {
        let level = match place {
            Place::Outside => depth,
            Place::Article => depth.max(1),
        };
        let num = self.numbering.list(list.style, level, self.nesting);
        self.nesting += 1;
        for item in &list.items {
            let mut para = Para::new(LIST).numbered(num, level);
            if let Some(key) = &item.key {
                para = para.key(key);
            }
            match item.blocks.split_first() {
                Some((Block::Paragraph { inlines }, rest)) => {
                    self.paragraph(para, inlines);
                    self.blocks(rest, place, level + 1);
                }
                _ => {
                    self.paragraph(para, &[]);
                    self.blocks(&item.blocks, place, level + 1);
                }
            }
        }
        self.nesting -= 1;
    }

    /// A further paragraph of a list item, aligned with the item's text.
    fn continuation(&mut self, inlines: &[Inline], depth: u32) {
        let left = super::numbering::STEP * depth;
        self.out.push_str(&format!(
            r#"<w:p><w:pPr><w:pStyle w:val="{LIST}"/><w:ind w:left="{left}"/></w:pPr>"#
        ));
        self.runs(inlines, Format::default());
        self.out.push_str("</w:p>");
    }
}
