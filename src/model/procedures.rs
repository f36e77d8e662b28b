//! The items the *Aanwijzingen voor convenanten* ask for beyond the agreement's
//! substance: publication, accession, amendment and confidentiality.

use serde::Serialize;

use super::agreement::{Id, Spanned, Text};
use super::quantity::Duration;
use super::words::Extent;
use crate::source::Span;

/// Where and how the agreement is made public: `publication "..."` or a block.
#[derive(Debug, Clone, Serialize)]
pub struct Publication {
    /// The one-line form: where, in words.
    pub text: Option<Text>,
    /// The places of publication (`in`, may repeat).
    pub places: Vec<Text>,
    /// The full text or a summary.
    pub extent: Option<Spanned<Extent>>,
    /// How soon after signing.
    pub within: Option<Spanned<Duration>>,
    /// Where and when the full text can be inspected.
    pub inspection: Option<Text>,
    /// The property or block.
    #[serde(skip)]
    pub span: Span,
}

impl Publication {
    /// Whether any place of publication (or the one-line text) names `needle`, ignoring case.
    #[must_use]
    pub fn names(&self, needle: &str) -> bool {
        let needle = needle.to_lowercase();
        self.text
            .iter()
            .chain(&self.places)
            .any(|t| t.value.to_lowercase().contains(&needle))
    }

    /// Whether only a summary is published.
    #[must_use]
    pub fn is_summary(&self) -> bool {
        self.extent
            .as_ref()
            .is_some_and(|e| e.value == Extent::Summary)
    }
}

/// How new parties join: `accession TEXT`, `accession closed TEXT` or a block.
#[derive(Debug, Clone, Serialize)]
pub struct Accession {
    /// The one-line form.
    pub text: Option<Text>,
    /// Why no one can join (`accession closed "reason"`).
    pub closed: Option<Text>,
    /// Who may join.
    pub open_to: Option<Text>,
    /// The body or party that admits a newcomer.
    pub approved_by: Option<Id>,
    /// On what terms.
    pub conditions: Option<Text>,
    /// Where an accession is made known.
    pub announced: Option<Text>,
    /// The whole item.
    #[serde(skip)]
    pub span: Span,
}

/// How the agreement is changed: `amendment TEXT` or a block.
#[derive(Debug, Clone, Serialize)]
pub struct Amendment {
    /// The one-line form.
    pub text: Option<Text>,
    /// How an amendment is proposed and agreed.
    pub procedure: Option<Text>,
    /// What the parties do when circumstances change unforeseeably.
    pub unforeseen: Option<Text>,
    /// When and on what terms a party may deviate.
    pub deviation: Option<Text>,
    /// Where an amendment is published.
    pub published: Option<Text>,
    /// The whole item.
    #[serde(skip)]
    pub span: Span,
}

/// What the parties keep confidential: `confidentiality { covers subject-to }`.
#[derive(Debug, Clone, Serialize)]
pub struct Confidentiality {
    /// What is confidential.
    pub covers: Option<Text>,
    /// The disclosure duties it gives way to (the Woo, the Archiefwet).
    pub subject_to: Option<Text>,
    /// The whole item.
    #[serde(skip)]
    pub span: Span,
}

impl Publication {
    /// Its free texts: the one-line form, the places and the inspection.
    pub fn texts(&self) -> impl Iterator<Item = &Text> {
        self.text.iter().chain(&self.places).chain(&self.inspection)
    }
}

impl Accession {
    /// Its free texts.
    pub fn texts(&self) -> impl Iterator<Item = &Text> {
        [
            &self.text,
            &self.closed,
            &self.open_to,
            &self.conditions,
            &self.announced,
        ]
        .into_iter()
        .flatten()
    }
}

impl Amendment {
    /// Its free texts.
    pub fn texts(&self) -> impl Iterator<Item = &Text> {
        [
            &self.text,
            &self.procedure,
            &self.unforeseen,
            &self.deviation,
            &self.published,
        ]
        .into_iter()
        .flatten()
    }
}

impl Confidentiality {
    /// Its free texts.
    pub fn texts(&self) -> impl Iterator<Item = &Text> {
        [&self.covers, &self.subject_to].into_iter().flatten()
    }
}
