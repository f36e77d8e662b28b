//! The building blocks of a real covenant that are not goals or money:
//! notices, liability (the header's kind, condition and originals, a party's
//! short name, payment terms and penalties are fields of their owners).

use serde::Serialize;

use super::agreement::{Id, Text};
use super::money::Money;
use crate::model::Spanned;
use crate::source::Span;

/// Contact persons and addresses for notices: `notices { party ID contact "..." }`.
#[derive(Debug, Clone, Serialize)]
pub struct Notices {
    /// One address per party, in source order.
    pub addresses: Vec<NoticeAddress>,
    /// The whole item.
    #[serde(skip)]
    pub span: Span,
}

/// Where notices to one party go.
#[derive(Debug, Clone, Serialize)]
pub struct NoticeAddress {
    /// The party.
    pub party: Id,
    /// The contact person.
    pub contact: Option<Text>,
    /// The e-mail address.
    pub email: Option<Text>,
    /// The postal address.
    pub address: Option<Text>,
    /// The whole line.
    #[serde(skip)]
    pub span: Span,
}

/// Liability between the parties: `liability { cap MONEY excludes TEXT }`.
#[derive(Debug, Clone, Serialize)]
pub struct Liability {
    /// The most a party is liable for towards the others.
    pub cap: Option<Spanned<Money>>,
    /// What liability does not cover (indirect damage, ...).
    pub excludes: Option<Text>,
    /// Further provisions.
    pub description: Option<Text>,
    /// The whole item.
    #[serde(skip)]
    pub span: Span,
}
