//! The syntax tree: items, their properties and values, each with a span.
//!
//! The tree is uniform (one `Item` type for every kind of item) because the
//! grammar already fixes each item's shape; the model gives it meaning.

use crate::source::Span;

/// The kinds of items, top-level and nested.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
#[allow(missing_docs)]
pub enum ItemKind {
    Covenant,
    Party,
    Representative,
    Group,
    Import,
    Recital,
    Define,
    LegalFramework,
    Ambition,
    Goal,
    Deliverable,
    Investment,
    Asset,
    Risk,
    Governance,
    Body,
    Accountability,
    Report,
    Evaluation,
    Agenda,
    Theme,
    Disputes,
    Termination,
    Amendment,
    Accession,
    Clause,
    External,
    Entity,
    Scope,
    Annex,
    // Building blocks (issue 14).
    Notices,
    Liability,
    ForceMajeure,
    Penalty,
    // Aanwijzingen voor convenanten (issue 13)
    Publication,
    Confidentiality,
    Compliance,
}

impl ItemKind {
    /// The keyword that introduces the item.
    #[must_use]
    pub fn keyword(self) -> &'static str {
        match self {
            ItemKind::Covenant => "covenant",
            ItemKind::Party => "party",
            ItemKind::Representative => "representative",
            ItemKind::Group => "group",
            ItemKind::Import => "import",
            ItemKind::Recital => "recital",
            ItemKind::Define => "define",
            ItemKind::LegalFramework => "legal-framework",
            ItemKind::Ambition => "ambition",
            ItemKind::Goal => "goal",
            ItemKind::Deliverable => "deliverable",
            ItemKind::Investment => "investment",
            ItemKind::Asset => "asset",
            ItemKind::Risk => "risk",
            ItemKind::Governance => "governance",
            ItemKind::Body => "body",
            ItemKind::Accountability => "accountability",
            ItemKind::Report => "report",
            ItemKind::Evaluation => "evaluation",
            ItemKind::Agenda => "agenda",
            ItemKind::Theme => "theme",
            ItemKind::Disputes => "disputes",
            ItemKind::Termination => "termination",
            ItemKind::Amendment => "amendment",
            ItemKind::Accession => "accession",
            ItemKind::Clause => "clause",
            ItemKind::External => "external",
            ItemKind::Entity => "entity",
            ItemKind::Scope => "scope",
            ItemKind::Annex => "annex",
            ItemKind::Notices => "notices",
            ItemKind::Liability => "liability",
            ItemKind::ForceMajeure => "force-majeure",
            ItemKind::Penalty => "penalty",
            ItemKind::Publication => "publication",
            ItemKind::Confidentiality => "confidentiality",
            ItemKind::Compliance => "compliance",
        }
    }
}

/// An item: `KEYWORD [ARGS] [{ PROPERTIES AND CHILD ITEMS }]`.
#[derive(Debug, Clone, PartialEq)]
pub struct Item {
    /// What kind of item.
    pub kind: ItemKind,
    /// The whole item.
    pub span: Span,
    /// The introducing keyword.
    pub keyword: Span,
    /// Values between the keyword and the block: id, title, text.
    pub args: Vec<Value>,
    /// The block, if the item has one.
    pub block: Option<Block>,
}

/// The braces of an item and what stands between them.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Block {
    /// From `{` to `}` inclusive.
    pub span: Span,
    /// Properties, in source order.
    pub properties: Vec<Property>,
    /// Nested items (representatives, bodies, reports, themes), in source order.
    pub items: Vec<Item>,
}

/// A property: a key and its values, e.g. `target 4000 by 2030-12-31`.
#[derive(Debug, Clone, PartialEq)]
pub struct Property {
    /// The key as written (`short-title`), or `contribution` for an investment line.
    pub key: &'static str,
    /// The key's span (the party id for an investment line).
    pub key_span: Span,
    /// The whole property.
    pub span: Span,
    /// The values after the key, connecting words (`by`, `from`) included.
    pub values: Vec<Value>,
}

/// The kind of a value; its text is the span's text unless noted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ValueKind {
    /// An identifier.
    Ident,
    /// A string, with its escapes resolved.
    Str(String),
    /// A text block, with its common indentation removed.
    Text(String),
    /// A number such as `1_500` or `12.5`.
    Number,
    /// An amount such as `EUR 2_000`.
    Money,
    /// A percentage such as `12.5%`.
    Percent,
    /// An ISO date, not yet checked against the calendar.
    Date,
    /// A duration such as `6 months`.
    Duration,
    /// A frequency such as `quarterly` or `every 2 months`.
    Frequency,
    /// A word from a closed set (`public`, `result`) or a connecting word (`by`, `from`, `up-to`).
    Word,
}

/// A value with its span.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Value {
    /// What kind of value.
    pub kind: ValueKind,
    /// Where it is.
    pub span: Span,
}

impl Value {
    /// The resolved text of a string or text block.
    #[must_use]
    pub fn text(&self) -> Option<&str> {
        match &self.kind {
            ValueKind::Str(s) | ValueKind::Text(s) => Some(s),
            _ => None,
        }
    }
}

impl Item {
    /// The properties of the block (none without a block).
    #[must_use]
    pub fn properties(&self) -> &[Property] {
        self.block.as_ref().map_or(&[], |b| &b.properties)
    }

    /// The nested items of the block.
    #[must_use]
    pub fn items(&self) -> &[Item] {
        self.block.as_ref().map_or(&[], |b| &b.items)
    }

    /// The first property named `key`.
    #[must_use]
    pub fn property(&self, key: &str) -> Option<&Property> {
        self.properties().iter().find(|p| p.key == key)
    }
}

impl Property {
    /// The value following the connecting word `word` (`by`, `from`, `until`).
    #[must_use]
    pub fn after(&self, word: &str, source: &str) -> Option<&Value> {
        let at = self
            .values
            .iter()
            .position(|v| v.kind == ValueKind::Word && source.get(v.span.range()) == Some(word))?;
        self.values.get(at + 1)
    }
}
