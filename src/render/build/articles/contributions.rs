//! Bijdragen en financiering: the committed contributions with their exact
//! total, the shares of named costs in the same table but never in the total,
//! and the ceilings apart (they are not commitments).

use super::super::say::At;
use super::super::{Ctx, Part, letters, lid, para};
use super::{cell, data, table};
use crate::render::RenderError;
use crate::render::totals::totals;
use crate::render::tree::{Align, Row};

/// The contributions article.
///
/// # Errors
/// A total too large to compute.
pub(super) fn build(c: &mut Ctx) -> Result<Option<Part>, RenderError> {
    let Some(inv) = &c.say.a.investment else {
        return Ok(None);
    };
    let say = &c.say;
    let committed: Vec<_> = inv.contributions.iter().filter(|x| !x.ceiling).collect();
    let ceilings: Vec<_> = inv.contributions.iter().filter(|x| x.ceiling).collect();
    let mut leden = Vec::new();
    if !committed.is_empty() || !inv.cost_shares.is_empty() {
        let mut rows: Vec<Row> = committed
            .iter()
            .map(|x| Row {
                key: None,
                cells: vec![
                    cell(say.plain_name(&x.party.value)),
                    cell(say.word("kind", x.kind.value.as_str())),
                    x.note.as_ref().map_or_else(Vec::new, |n| c.text(&n.value)),
                    cell(say.money(x.amount.value)),
                ],
            })
            .collect();
        rows.extend(inv.cost_shares.iter().map(|x| Row {
            key: None,
            cells: vec![
                cell(say.plain_name(&x.party.value)),
                cell(say.word("kind", x.kind.value.as_str())),
                x.note.as_ref().map_or_else(Vec::new, |n| c.text(&n.value)),
                say.fill(
                    "contributions.share",
                    &[
                        ("share", cell(say.percent(x.percent.value))),
                        ("cost", c.text(&x.cost.value)),
                    ],
                ),
            ],
        }));
        let total: Vec<String> = totals(committed.iter().map(|x| &x.amount.value))?
            .into_iter()
            .map(|m| say.money(m))
            .collect();
        let footer = (!committed.is_empty()).then(|| Row {
            key: Some("row.contributions.total".to_string()),
            cells: vec![
                cell(say.get("contributions.total")),
                Vec::new(),
                Vec::new(),
                cell(total.join("; ")),
            ],
        });
        let columns = [
            ("party", "contributions.party", Align::Left),
            ("kind", "contributions.kind", Align::Left),
            ("purpose", "contributions.purpose", Align::Left),
            ("amount", "contributions.amount", Align::Right),
        ];
        let mut blocks = vec![
            para(say.line("contributions.intro")),
            table(c, "contributions", &columns, rows, footer),
        ];
        if !inv.cost_shares.is_empty() {
            blocks.push(para(say.line("contributions.shares_note")));
        }
        leden.push(lid("lid.contributions.committed".to_string(), blocks));
    }
    if !ceilings.is_empty() {
        let items = ceilings
            .iter()
            .map(|x| {
                let mut item = say.fill_text(
                    "contributions.ceiling",
                    &[
                        ("party", &say.name(&x.party.value, At::Within)),
                        ("amount", &say.money(x.amount.value)),
                        ("kind", &say.word("kind", x.kind.value.as_str())),
                    ],
                );
                if let Some(note) = &x.note {
                    item.extend(say.fill(
                        "contributions.ceiling_note",
                        &[("note", c.text(&note.value))],
                    ));
                }
                (None, item)
            })
            .collect();
        leden.push(lid(
            "lid.contributions.ceilings".to_string(),
            vec![
                para(say.line("contributions.ceilings_intro")),
                letters(items),
            ],
        ));
    }
    leden.extend(terms(c));
    Ok(Part::new(c, "contributions", leden, data(inv)))
}

/// `key`, or `key-2`, `key-3`, ... when an earlier lid has it (a party with two contributions).
fn unique<T>(taken: &[(String, T)], key: String) -> String {
    let used = |k: &str| taken.iter().any(|(t, _)| t == k);
    if !used(&key) {
        return key;
    }
    (2..)
        .map(|n| format!("{key}-{n}"))
        .find(|k| !used(k))
        .unwrap_or(key)
}

/// The payment terms and indexation, of all contributions and of single ones.
fn terms(c: &Ctx) -> Vec<crate::render::tree::Lid> {
    let say = &c.say;
    let Some(inv) = &say.a.investment else {
        return Vec::new();
    };
    let mut sentences = Vec::new();
    for (key, text) in [("payment", &inv.payment), ("indexation", &inv.indexation)] {
        if let Some(text) = text {
            sentences.push((
                key.to_string(),
                say.fill(
                    &format!("contributions.{key}"),
                    &[(key, c.text(&text.value))],
                ),
            ));
        }
    }
    for x in &inv.contributions {
        let party = vec![crate::render::tree::Inline::text(
            say.name(&x.party.value, At::Within),
        )];
        for (key, text) in [("payment", &x.payment), ("indexation", &x.indexation)] {
            if let Some(text) = text {
                let values = [("party", party.clone()), (key, c.text(&text.value))];
                let own = unique(&sentences, format!("{key}.{}", x.party.value));
                sentences.push((own, say.fill(&format!("contributions.own_{key}"), &values)));
            }
        }
    }
    sentences
        .into_iter()
        .map(|(key, text)| lid(format!("lid.contributions.{key}"), vec![para(text)]))
        .collect()
}
