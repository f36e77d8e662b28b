//! One change between two versions, as reported.

use serde::Serialize;

/// One difference in meaning between two versions.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Change {
    /// What happened, such as `deliverable-changed` or `party-added`.
    pub kind: String,
    /// Where, as dotted names: `deliverables.fase1.due`.
    pub path: String,
    /// The old value as written (absent when added or unset).
    pub old: Option<String>,
    /// The new value as written (absent when removed or unset).
    pub new: Option<String>,
    /// For money: the amounts and their difference.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub money: Option<MoneyChange>,
    /// For text: the word-level edits.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub words: Option<Vec<WordEdit>>,
    /// The section the change belongs to, for grouping.
    #[serde(skip)]
    pub section: &'static str,
    /// The item changed, in words: `deliverable fase1`.
    #[serde(skip)]
    pub subject: String,
    /// The property changed, if one.
    #[serde(skip)]
    pub field: Option<String>,
}

/// A changed amount of money.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MoneyChange {
    /// The contributing party or group.
    pub party: String,
    /// The kind of contribution (`cash`, `staff`...).
    pub kind: String,
    /// Whether it is an `up-to` ceiling rather than a commitment.
    pub ceiling: bool,
    /// ISO 4217 code.
    pub currency: String,
    /// The old amount in cents (0 when added).
    pub old_cents: i64,
    /// The new amount in cents (0 when removed).
    pub new_cents: i64,
    /// `new_cents - old_cents`.
    pub difference_cents: i64,
}

/// One run of words in a text diff.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct WordEdit {
    /// `equal`, `delete` or `insert`.
    pub op: &'static str,
    /// The words, with the spaces between them.
    pub text: String,
}

impl Change {
    /// A change of `field` of `subject` in `section`, with dotted `path`.
    #[must_use]
    pub fn new(section: &'static str, kind: &str, subject: String, path: String) -> Self {
        Self {
            kind: kind.to_string(),
            path,
            old: None,
            new: None,
            money: None,
            words: None,
            section,
            subject,
            field: None,
        }
    }

    /// Sets the property changed.
    #[must_use]
    pub fn field(mut self, field: &str) -> Self {
        self.field = Some(field.to_string());
        self
    }

    /// Sets the old and new values.
    #[must_use]
    pub fn values(mut self, old: Option<String>, new: Option<String>) -> Self {
        self.old = old;
        self.new = new;
        self
    }
}
