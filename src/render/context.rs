//! The view model handed to templates: everything already worded, numbered,
//! formatted and escaped, so templates only lay it out.

use serde::Serialize;

use super::escape::inline;
use super::i18n::Messages;
use super::words::Words;
use super::{annexes, articles, parties};
use crate::model::Agreement;
use crate::model::words::Language;

/// What a template receives as its context.
#[derive(Debug, Clone, Serialize)]
pub struct Document {
    /// The document language, `nl` or `en`.
    pub lang: &'static str,
    /// All fixed wording of the language, as nested tables.
    pub labels: serde_json::Value,
    /// The title, escaped for Markdown.
    pub title: String,
    /// The title as plain text (for the HTML `<title>`).
    pub title_text: String,
    /// The short title, escaped.
    pub short_title: Option<String>,
    /// The reference number, escaped.
    pub reference: Option<String>,
    /// The version label, escaped.
    pub version: Option<String>,
    /// Whether this is a draft with open issues.
    pub draft: bool,
    /// The open issues of a draft, escaped.
    pub open_issues: Vec<String>,
    /// The parties, numbered.
    pub parties: Vec<PartyView>,
    /// The tenders that still select parties, escaped.
    pub tenders: Vec<String>,
    /// The recitals, escaped.
    pub recitals: Vec<String>,
    /// The articles, numbered consecutively; empty ones left out.
    pub articles: Vec<Section>,
    /// The sentence above the signature blocks.
    pub signing: String,
    /// One signature block per representative (or placeholder).
    pub signatures: Vec<SignatureBlock>,
    /// The annexes, numbered.
    pub annexes: Vec<Section>,
}

/// A party in the heading of the document.
#[derive(Debug, Clone, Serialize)]
pub struct PartyView {
    /// 1, 2, 3...
    pub number: usize,
    /// The identifier used in the agreement.
    pub id: String,
    /// The name, or a fill-in placeholder for a tendered party.
    pub name: String,
    /// The full description: form, seat, registration, representation.
    pub description: String,
    /// Whether the party is still to be selected by tender.
    pub placeholder: bool,
    /// The tender that selects it.
    pub tender: Option<String>,
}

/// A signature block.
#[derive(Debug, Clone, Serialize)]
pub struct SignatureBlock {
    /// The party's name (a placeholder for a tendered party).
    pub party: String,
    /// Place of signing (or a blank to fill in).
    pub place: String,
    /// Date of signing (or a blank).
    pub date: String,
    /// Name of the signatory (or a placeholder).
    pub name: String,
    /// Capacity of the signatory (or a placeholder).
    pub capacity: String,
    /// Whether this block is to be filled in by a tendered party.
    pub placeholder: bool,
}

/// A numbered article or annex.
#[derive(Debug, Clone, Serialize)]
pub struct Section {
    /// 1, 2, 3...
    pub number: usize,
    /// A stable key naming the kind of section (`goals`, `clause`, `risk-matrix`...).
    pub key: String,
    /// The title, escaped.
    pub title: String,
    /// The content.
    pub blocks: Vec<Block>,
}

/// A piece of content.
#[derive(Debug, Clone, Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Block {
    /// A paragraph of Markdown.
    Paragraph {
        /// The text.
        text: String,
    },
    /// A bulleted list.
    List {
        /// The items.
        items: Vec<String>,
    },
    /// A numbered list.
    Numbered {
        /// The items.
        items: Vec<String>,
    },
    /// A table.
    Table(Table),
}

/// A table with a header row.
#[derive(Debug, Clone, Serialize)]
pub struct Table {
    /// The column headings.
    pub header: Vec<String>,
    /// `left` or `right` per column.
    pub align: Vec<&'static str>,
    /// The body rows, each as long as the header.
    pub rows: Vec<Vec<String>>,
}

/// Builds the view model of an agreement.
///
/// # Errors
/// A total too large to compute.
pub fn document(
    agreement: &Agreement,
    messages: &Messages,
    language: Language,
    draft: Option<&[String]>,
) -> Result<Document, String> {
    let w = Words::new(agreement, messages, language);
    let header = &agreement.header;
    let title_text = header
        .title
        .as_ref()
        .map_or_else(|| messages.get("doc.untitled"), |t| t.value.clone());
    let mut tenders: Vec<String> = agreement
        .parties
        .iter()
        .filter_map(|p| p.selected_by.as_ref())
        .map(|t| inline(&t.value))
        .collect();
    tenders.dedup();
    let articles = articles::articles(&w)?;
    let annexes = annexes::annexes(&w)?;
    Ok(Document {
        lang: language.as_str(),
        labels: messages.tree().clone(),
        title: inline(&title_text),
        title_text: title_text.split_whitespace().collect::<Vec<_>>().join(" "),
        short_title: header.short_title.as_ref().map(|t| inline(&t.value)),
        reference: header.reference.as_ref().map(|t| inline(&t.value)),
        version: header.version.as_ref().map(|t| inline(&t.value)),
        draft: draft.is_some(),
        open_issues: draft
            .unwrap_or_default()
            .iter()
            .map(|i| inline(i))
            .collect(),
        parties: parties::parties(&w),
        tenders,
        recitals: agreement
            .recitals
            .iter()
            .map(|r| inline(&r.value))
            .collect(),
        articles,
        signing: parties::signing(&w),
        signatures: parties::signatures(&w),
        annexes,
    })
}
