//! Contributions and their exact totals.

use std::collections::BTreeMap;

use super::{list, para, table};
use crate::model::Money;
use crate::render::context::Block;
use crate::render::words::Words;

/// Committed amounts summed per currency, exactly.
///
/// # Errors
/// A sum that does not fit.
pub fn totals<'m>(amounts: impl Iterator<Item = &'m Money>) -> Result<Vec<Money>, String> {
    let mut sums: BTreeMap<crate::model::money::Currency, Money> = BTreeMap::new();
    for m in amounts {
        let entry = sums.entry(m.currency).or_insert(m.with_cents(0));
        let cents = entry
            .cents
            .checked_add(m.cents)
            .ok_or("the total of the contributions is too large")?;
        *entry = entry.with_cents(cents);
    }
    Ok(sums.into_values().collect())
}

/// The contributions table with its total, and the ceilings apart.
pub(super) fn contributions(w: &Words) -> Result<Vec<Block>, String> {
    let Some(inv) = &w.agreement.investment else {
        return Ok(Vec::new());
    };
    let committed: Vec<_> = inv.contributions.iter().filter(|c| !c.ceiling).collect();
    let ceilings: Vec<_> = inv.contributions.iter().filter(|c| c.ceiling).collect();
    let mut blocks = Vec::new();
    if !committed.is_empty() {
        let mut rows: Vec<Vec<String>> = committed
            .iter()
            .map(|c| {
                vec![
                    w.name(&c.party.value),
                    w.word("kind", c.kind.value.as_str()),
                    c.note
                        .as_ref()
                        .map_or_else(String::new, |n| w.text(&n.value)),
                    w.money(c.amount.value),
                ]
            })
            .collect();
        for total in totals(committed.iter().map(|c| &c.amount.value))? {
            rows.push(vec![
                format!("**{}**", w.get("contributions.total")),
                String::new(),
                String::new(),
                format!("**{}**", w.money(total)),
            ]);
        }
        let header = [
            "contributions.party",
            "contributions.kind",
            "contributions.purpose",
            "contributions.amount",
        ];
        blocks.push(para(w.get("contributions.intro")));
        blocks.push(table(w, &header, &[3], rows));
    }
    if !ceilings.is_empty() {
        let items = ceilings
            .iter()
            .map(|c| {
                let mut item = w.fill(
                    "contributions.ceiling",
                    &[
                        ("party", &w.name(&c.party.value)),
                        ("amount", &w.money(c.amount.value)),
                        ("kind", &w.word("kind", c.kind.value.as_str())),
                    ],
                );
                if let Some(note) = &c.note {
                    item.push_str(": ");
                    item.push_str(&w.text(&note.value));
                }
                item
            })
            .collect();
        blocks.push(para(w.get("contributions.ceilings_intro")));
        blocks.push(list(items));
    }
    Ok(blocks)
}
