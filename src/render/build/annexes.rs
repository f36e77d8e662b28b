//! The annexes: first the agreement's own (`annex ID "..."`, key `annex.ID`,
//! `[[ID]]` refers to it), then the generated ones: risk matrix, schedule of
//! deliverables, contributions per party. Keys `annex.risk-matrix`,
//! `annex.schedule`, `annex.contributions`; `[[risk-matrix]]`, `[[schedule]]`
//! and `[[contributions]]` refer to them ("bijlage 2"). All are numbered
//! consecutively from 1.

use std::collections::HashMap;

use super::say::sentence;
use super::{Ctx, letters, para};
use crate::model::Contribution;
use crate::model::words::Level;
use crate::render::RenderError;
use crate::render::totals::totals;
use crate::render::tree::{Align, Annex, Block, Column, Inline, Row, Table};

/// The agreement's own annexes, then every generated annex with content, numbered from 1.
///
/// # Errors
/// A total too large to compute.
pub(super) fn all(c: &mut Ctx) -> Result<Vec<Annex>, RenderError> {
    let mut out = own(c);
    let parts = [
        ("risk-matrix", "annex.risk_matrix", risk_matrix(c)),
        ("schedule", "annex.schedule", schedule(c)),
        ("contributions", "annex.contributions", per_party(c)?),
    ];
    for (kind, title, blocks) in parts {
        if blocks.is_empty() {
            continue;
        }
        let number = out.len() + 1;
        c.anchor(kind, &format!("annex.{kind}"));
        out.push(Annex {
            key: format!("annex.{kind}"),
            number,
            label: c
                .say
                .m
                .fill("doc.annex_label", &[("number", &number.to_string())]),
            title: c.say.get(title),
            generated: true,
            blocks,
        });
    }
    Ok(out)
}

/// The annexes the agreement declares, each with what the document is.
fn own(c: &mut Ctx) -> Vec<Annex> {
    let annexes = &c.say.a.annexes;
    let mut out = Vec::with_capacity(annexes.len());
    for (i, annex) in annexes.iter().enumerate() {
        let number = i + 1;
        let key = format!("annex.{}", annex.id.value);
        let blocks = [&annex.document, &annex.description]
            .into_iter()
            .flatten()
            .map(|t| para(sentence(c.text(&t.value))))
            .collect();
        out.push(Annex {
            key: key.clone(),
            number,
            label: c
                .say
                .m
                .fill("doc.annex_label", &[("number", &number.to_string())]),
            title: super::text::squash(&annex.title.value),
            generated: false,
            blocks,
        });
        c.anchor(&annex.id.value, &key);
    }
    out
}

fn table(
    key: &str,
    columns: &[(&str, String, Align)],
    rows: Vec<Row>,
    footer: Option<Row>,
) -> Block {
    Block::Table(Table {
        key: format!("table.{key}"),
        columns: columns
            .iter()
            .map(|(role, heading, align)| Column {
                role: (*role).to_string(),
                heading: heading.clone(),
                align: *align,
            })
            .collect(),
        rows,
        footer,
    })
}

fn cell(text: impl Into<String>) -> Vec<Inline> {
    vec![Inline::text(text)]
}

/// Risks by likelihood (rows, high first) and impact (columns, low first).
fn risk_matrix(c: &Ctx) -> Vec<Block> {
    let say = &c.say;
    let risks = &say.a.risks;
    if risks.is_empty() {
        return Vec::new();
    }
    let levels = [Level::High, Level::Medium, Level::Low];
    let mut cells: HashMap<(Level, Level), Vec<String>> = HashMap::new();
    let mut unplaced = Vec::new();
    for r in risks {
        match (r.likelihood.as_ref(), r.impact.as_ref()) {
            (Some(l), Some(i)) => cells
                .entry((l.value, i.value))
                .or_default()
                .push(super::text::squash(&r.title.value)),
            _ => unplaced.push((None, c.text(&r.title.value))),
        }
    }
    let rows = levels
        .iter()
        .map(|likelihood| {
            let mut row = vec![vec![Inline::Strong {
                inlines: cell(say.word("level", likelihood.as_str())),
            }]];
            for impact in levels.iter().rev() {
                row.push(cell(
                    cells
                        .get(&(*likelihood, *impact))
                        .map(|v| v.join("; "))
                        .unwrap_or_default(),
                ));
            }
            Row {
                key: Some(format!("row.matrix.{}", likelihood.as_str())),
                cells: row,
            }
        })
        .collect();
    let columns = [
        ("likelihood", say.get("matrix.corner"), Align::Left),
        ("low", say.word("level", "low"), Align::Left),
        ("medium", say.word("level", "medium"), Align::Left),
        ("high", say.word("level", "high"), Align::Left),
    ];
    let mut blocks = vec![
        para(say.line("matrix.intro")),
        table("risk-matrix", &columns, rows, None),
    ];
    if !unplaced.is_empty() {
        blocks.push(para(say.line("matrix.unplaced")));
        blocks.push(letters(unplaced));
    }
    blocks
}

/// The deliverables by due date (those without one last).
fn schedule(c: &Ctx) -> Vec<Block> {
    let say = &c.say;
    let mut deliverables: Vec<_> = say.a.deliverables.iter().collect();
    if deliverables.is_empty() {
        return Vec::new();
    }
    deliverables.sort_by_key(|d| (d.due.is_none(), d.due.as_ref().map(|x| x.value)));
    let dash = || "–".to_string();
    let rows = deliverables
        .iter()
        .map(|d| Row {
            key: Some(format!("row.schedule.{}", d.id.value)),
            cells: vec![
                cell(d.due.as_ref().map_or_else(dash, |x| say.date(x.value))),
                c.text(&d.title.value),
                cell(
                    d.by.as_ref()
                        .map_or_else(dash, |b| say.plain_name(&b.value)),
                ),
                cell(
                    d.obligation
                        .as_ref()
                        .map_or_else(dash, |o| say.word("obligation_short", o.value.as_str())),
                ),
            ],
        })
        .collect();
    let columns = [
        ("date", say.get("schedule.date"), Align::Left),
        ("deliverable", say.get("schedule.deliverable"), Align::Left),
        ("by", say.get("schedule.by"), Align::Left),
        ("obligation", say.get("schedule.obligation"), Align::Left),
    ];
    vec![
        para(say.line("schedule.intro")),
        table("schedule", &columns, rows, None),
    ]
}

/// Committed and ceiling amounts per party, with the committed total.
///
/// # Errors
/// A total too large to compute.
fn per_party(c: &Ctx) -> Result<Vec<Block>, RenderError> {
    let say = &c.say;
    let Some(inv) = &say.a.investment else {
        return Ok(Vec::new());
    };
    if inv.contributions.is_empty() {
        return Ok(Vec::new());
    }
    let mut order: Vec<&str> = Vec::new();
    let mut by_party: HashMap<&str, Vec<&Contribution>> = HashMap::new();
    for x in &inv.contributions {
        let own = by_party.entry(x.party.value.as_str()).or_default();
        if own.is_empty() {
            order.push(&x.party.value);
        }
        own.push(x);
    }
    let show = |sums: Vec<crate::model::Money>| {
        if sums.is_empty() {
            "–".to_string()
        } else {
            sums.into_iter()
                .map(|m| say.money(m))
                .collect::<Vec<_>>()
                .join("; ")
        }
    };
    let mut rows = Vec::with_capacity(order.len());
    for who in order {
        let own = by_party.get(who).map(Vec::as_slice).unwrap_or_default();
        let committed = totals(own.iter().filter(|x| !x.ceiling).map(|x| &x.amount.value))?;
        let ceiling = totals(own.iter().filter(|x| x.ceiling).map(|x| &x.amount.value))?;
        rows.push(Row {
            key: Some(format!("row.per-party.{who}")),
            cells: vec![
                cell(say.plain_name(who)),
                cell(show(committed)),
                cell(show(ceiling)),
            ],
        });
    }
    let all = totals(
        inv.contributions
            .iter()
            .filter(|x| !x.ceiling)
            .map(|x| &x.amount.value),
    )?;
    let footer = Row {
        key: Some("row.per-party.total".to_string()),
        cells: vec![
            cell(say.get("contributions.total")),
            cell(show(all)),
            Vec::new(),
        ],
    };
    let columns = [
        ("party", say.get("contributions.party"), Align::Left),
        ("committed", say.get("per_party.committed"), Align::Right),
        ("ceiling", say.get("per_party.ceiling"), Align::Right),
    ];
    Ok(vec![
        para(say.line("per_party.intro")),
        table("contributions-per-party", &columns, rows, Some(footer)),
    ])
}
