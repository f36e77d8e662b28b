//! Semantic comparison of two versions of an agreement, on the typed model.
//!
//! Values are compared, never spans or order: reordering items or
//! reformatting the file is no change.

mod actors;
mod change;
mod economics;
mod governance;
mod header;
mod items;
mod keyed;
mod money;
mod parties;
mod procedures;
mod provisions;
mod reader;
pub mod report;
mod text;

pub use change::{Change, MoneyChange, WordEdit};
pub use money::{PartyMoney, committed_summary, format_money, format_signed};
pub use reader::Reader;
pub use text::{normalize, word_diff};

use crate::model::Agreement;

/// Every change from `old` to `new`, in a fixed order of sections and ids.
#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct Diff {
    /// The changes.
    pub changes: Vec<Change>,
    /// Committed money per party (only parties whose committed sum moved),
    /// and per currency a `total` line, when any contribution changed.
    pub committed: Vec<PartyMoney>,
}

impl Diff {
    /// Whether the two versions are equal in meaning.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.changes.is_empty()
    }
}

/// Compares two agreements.
#[must_use]
pub fn compare(old: &Agreement, new: &Agreement) -> Diff {
    let mut changes = Vec::new();
    header::compare(old, new, &mut changes);
    parties::compare(old, new, &mut changes);
    actors::compare(old, new, &mut changes);
    items::compare_texts(old, new, &mut changes);
    items::compare_goals(old, new, &mut changes);
    items::compare_deliverables(old, new, &mut changes);
    economics::compare(old, new, &mut changes);
    governance::compare(old, new, &mut changes);
    items::compare_clauses(old, new, &mut changes);
    procedures::compare(old, new, &mut changes);
    provisions::compare(old, new, &mut changes);
    let money_moved = changes.iter().any(|c| c.money.is_some());
    let committed = if money_moved {
        committed_summary(old, new)
    } else {
        Vec::new()
    };
    Diff { changes, committed }
}
