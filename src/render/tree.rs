//! The document tree: the agreement as a document, built once from the model,
//! rendered by one backend per format (Markdown, HTML, Typst for PDF, Word).
//!
//! The tree is format-neutral. Text is stored unescaped; each backend escapes
//! for its own format. Every node that can be referred to or styled has a
//! stable `key` (`article.commitments`, `lid.deliverable.fase1`,
//! `annex.risk-matrix`) and, where numbered, its number. Page breaks, styles and
//! classes are chosen from keys and kinds, never from the wording of a heading.
//! References (`[[id]]` in the agreement's text) are resolved while the tree is
//! built, so a reference reads the same in every format and survives renumbering.

use serde::{Deserialize, Serialize};

pub use super::build::build;

/// A whole document.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Document {
    /// The document language, `nl` or `en`.
    pub lang: &'static str,
    /// Title, reference and other facts about the document itself.
    pub meta: Meta,
    /// Present on a draft: the open issues, in the document's language.
    pub draft: Option<Draft>,
    /// The parties, in the order they are listed under "De ondergetekenden".
    pub parties: Vec<PartyEntry>,
    /// The recitals ("Overwegende dat"), one entry per recital.
    pub recitals: Vec<Vec<Block>>,
    /// The articles, numbered consecutively.
    pub articles: Vec<Article>,
    /// The closing formula above the signatures ("Aldus overeengekomen ...").
    pub closing: Vec<Inline>,
    /// One signature block per signing party.
    pub signatures: Vec<SignatureBlock>,
    /// The annexes: the agreement's own first, then the generated ones.
    pub annexes: Vec<Annex>,
    /// Every item an `[[id]]` may name, with where it is in this document.
    pub anchors: Vec<Anchor>,
    /// Whether a table of contents is shown (`--toc`; by default from 12 articles).
    pub toc: bool,
    /// The tenders that still select a party (their text is filled in after award).
    pub tenders: Vec<String>,
}

/// Facts about the document itself, for the title page and file metadata.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Meta {
    /// The title, as plain text.
    pub title: String,
    /// The short title by which the agreement is cited.
    pub short_title: Option<String>,
    /// The reference number (the subject in file metadata).
    pub reference: Option<String>,
    /// A version label.
    pub version: Option<String>,
    /// The document's date as `YYYY-MM-DD` (signing date, else entry into force), for metadata.
    pub date: Option<String>,
    /// BCP 47 language tag for file metadata: `nl-NL` or `en-GB`.
    pub language_tag: &'static str,
}

/// What a draft shows beyond the document.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Draft {
    /// The open issues, worded for the reader (no paths, no source notation).
    pub issues: Vec<Vec<Inline>>,
}

/// A party as introduced at the head of the document.
#[derive(Debug, Clone, Default, Serialize)]
pub struct PartyEntry {
    /// `party.ID`.
    pub key: String,
    /// 1, 2, 3...
    pub number: usize,
    /// The party's name, or the placeholder text for a party to be selected by tender.
    pub name: String,
    /// The rest of its introduction: form, seat, registration, representation, short name.
    pub description: Vec<Inline>,
    /// Whether the party is still to be selected (its name is a fill-in field).
    pub placeholder: bool,
}

/// A numbered article.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Article {
    /// `article.KIND` (`article.commitments`) or `article.clause.ID`.
    pub key: String,
    /// The kind of article (`definitions`, `commitments`, `clause`...), for templates and styles.
    pub kind: String,
    /// 1, 2, 3...
    pub number: usize,
    /// The heading label with its number, as the document language writes it ("Artikel 5").
    pub label: String,
    /// The title ("Verplichtingen van partijen").
    pub title: String,
    /// The leden (numbered paragraphs); one lid is written without a number.
    pub leden: Vec<Lid>,
    /// The typed data of the article, for templates that word it themselves.
    pub data: serde_json::Value,
}

/// A lid: one numbered paragraph of an article ("1.", "2.").
#[derive(Debug, Clone, Default, Serialize)]
pub struct Lid {
    /// `lid.KIND.ID` (`lid.deliverable.fase1`) or `lid.ARTICLE-KIND.N`.
    pub key: String,
    /// 1, 2, 3... within its article; `None` when the article has a single lid.
    pub number: Option<usize>,
    /// The content: usually a paragraph, maybe followed by sub-items or a table.
    pub blocks: Vec<Block>,
}

/// A block of content.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Block {
    /// A paragraph of running text.
    Paragraph {
        /// Its text.
        inlines: Vec<Inline>,
    },
    /// A list of items ("a.", "b." or "1.", "2." or bullets).
    List(List),
    /// A table.
    Table(Table),
}

/// A list of sub-items.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct List {
    /// How items are marked.
    pub style: ListStyle,
    /// The items.
    pub items: Vec<ListItem>,
}

/// How the items of a list are marked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ListStyle {
    /// "a.", "b.", "c." (sub-items of a lid, definitions).
    Letter,
    /// "1.", "2.", "3.".
    Number,
    /// Bullets (lists in the agreement's own text).
    Bullet,
}

/// One item of a list.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ListItem {
    /// A stable key when the item stands for an item of the agreement (`item.definition.warmtenet`).
    pub key: Option<String>,
    /// The marker as written ("a.", "1."), empty for bullets.
    pub label: String,
    /// Its content.
    pub blocks: Vec<Block>,
}

/// A table with typed columns.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Table {
    /// `table.contributions`, `table.risk-matrix`...
    pub key: String,
    /// The columns, in order.
    pub columns: Vec<Column>,
    /// The body rows.
    pub rows: Vec<Row>,
    /// A closing row (a total), if any.
    pub footer: Option<Row>,
}

/// A column of a table.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Column {
    /// What the column holds (`party`, `amount`, `kind`, `share`...), so a template can drop or restyle it.
    pub role: String,
    /// The heading, worded.
    pub heading: String,
    /// Amounts and numbers are right-aligned.
    pub align: Align,
}

/// Horizontal alignment of a column.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Align {
    /// Text.
    Left,
    /// Amounts and numbers.
    Right,
}

/// A table row.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Row {
    /// A stable key when the row stands for an item of the agreement (`row.risk.overschrijding`).
    pub key: Option<String>,
    /// One cell per column.
    pub cells: Vec<Vec<Inline>>,
}

/// Running text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Inline {
    /// Plain text, unescaped.
    Text {
        /// The text.
        text: String,
    },
    /// Emphasised text (from the agreement's own Markdown).
    Emphasis {
        /// What is emphasised.
        inlines: Vec<Inline>,
    },
    /// Strong text (from the agreement's own Markdown).
    Strong {
        /// What is strong.
        inlines: Vec<Inline>,
    },
    /// A defined term where the text uses it.
    Term {
        /// The definition's id.
        id: String,
        /// The term as written.
        text: String,
    },
    /// A resolved reference to another node of this document.
    Reference {
        /// The key of the node referred to (`lid.deliverable.fase1`).
        target: String,
        /// What a drafter writes for it ("artikel 5, tweede lid").
        text: String,
    },
    /// A field to fill in (a tendered party's name, a date of signing).
    Placeholder {
        /// The hint shown in the field.
        text: String,
    },
    /// A line break inside a paragraph.
    LineBreak,
}

/// A signature block: one signing party and its signatories.
#[derive(Debug, Clone, Default, Serialize)]
pub struct SignatureBlock {
    /// `signature.PARTY`.
    pub key: String,
    /// The party's name (the placeholder text for a tendered party).
    pub party: String,
    /// Whether the block is to be filled in by a bidder.
    pub placeholder: bool,
    /// The people who sign, each with place and date.
    pub signatories: Vec<Signatory>,
}

/// One person signing.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Signatory {
    /// Name (a placeholder for a tendered party).
    pub name: Vec<Inline>,
    /// Capacity.
    pub capacity: Vec<Inline>,
    /// Place of signing, or a field to fill in.
    pub place: Vec<Inline>,
    /// Date of signing, or a field to fill in.
    pub date: Vec<Inline>,
}

/// An annex.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Annex {
    /// `annex.ID` for the agreement's own annexes, `annex.risk-matrix` etc. for generated ones.
    pub key: String,
    /// 1, 2, 3...
    pub number: usize,
    /// The heading label with its number ("Bijlage 2").
    pub label: String,
    /// The title.
    pub title: String,
    /// Whether the annex is generated from the agreement (a risk matrix) rather than a document of its own.
    pub generated: bool,
    /// Its content (for an annex that is a separate document: what the document is).
    pub blocks: Vec<Block>,
}

/// Where an item of the agreement that `[[id]]` may name is found in this document.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Anchor {
    /// The id as written in the agreement.
    pub id: String,
    /// The key of the node (`lid.deliverable.fase1`, `party.gemeente`, `annex.kaart`).
    pub target: String,
    /// What a reference to it reads ("artikel 5, tweede lid", "bijlage 2", "de Gemeente").
    pub text: String,
}

impl Inline {
    /// Plain text.
    #[must_use]
    pub fn text(text: impl Into<String>) -> Self {
        Inline::Text { text: text.into() }
    }
}

/// The inlines as plain text (for metadata, bookmarks and tests).
#[must_use]
pub fn plain(inlines: &[Inline]) -> String {
    let mut out = String::new();
    for inline in inlines {
        match inline {
            Inline::Text { text }
            | Inline::Term { text, .. }
            | Inline::Reference { text, .. }
            | Inline::Placeholder { text } => out.push_str(text),
            Inline::Emphasis { inlines } | Inline::Strong { inlines } => {
                out.push_str(&plain(inlines));
            }
            Inline::LineBreak => out.push(' '),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_text_flattens_every_kind_of_inline() {
        let inlines = vec![
            Inline::text("Zie "),
            Inline::Reference {
                target: "lid.deliverable.fase1".into(),
                text: "artikel 5, tweede lid".into(),
            },
            Inline::Strong {
                inlines: vec![Inline::text(" nu")],
            },
            Inline::LineBreak,
            Inline::Placeholder {
                text: "[naam]".into(),
            },
        ];
        assert_eq!(plain(&inlines), "Zie artikel 5, tweede lid nu [naam]");
    }
}
