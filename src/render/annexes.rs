//! The annexes: risk matrix, deliverables schedule, contributions per party.

use super::articles::{list, para, table, totals};
use super::context::{Block, Section};
use super::words::Words;
use crate::model::words::Level;

/// Every annex with content, numbered from 1 (the risk matrix first).
///
/// # Errors
/// A total too large to compute.
pub fn annexes(w: &Words) -> Result<Vec<Section>, String> {
    let mut out = Vec::new();
    let mut add = |key: &str, title: String, blocks: Vec<Block>| {
        if !blocks.is_empty() {
            let number = out.len() + 1;
            out.push(Section {
                number,
                key: key.to_string(),
                title,
                blocks,
            });
        }
    };
    add("risk-matrix", w.get("annex.risk_matrix"), risk_matrix(w));
    add("schedule", w.get("annex.schedule"), schedule(w));
    add("contributions", w.get("annex.contributions"), per_party(w)?);
    Ok(out)
}

fn risk_matrix(w: &Words) -> Vec<Block> {
    let risks = &w.agreement.risks;
    if risks.is_empty() {
        return Vec::new();
    }
    let levels = [Level::High, Level::Medium, Level::Low];
    let rows = levels
        .iter()
        .map(|likelihood| {
            let mut row = vec![format!("**{}**", w.word("level", likelihood.as_str()))];
            for impact in levels.iter().rev() {
                let here: Vec<String> = risks
                    .iter()
                    .filter(|r| {
                        r.likelihood.as_ref().map(|l| l.value) == Some(*likelihood)
                            && r.impact.as_ref().map(|i| i.value) == Some(*impact)
                    })
                    .map(|r| w.text(&r.title.value))
                    .collect();
                row.push(here.join("; "));
            }
            row
        })
        .collect();
    let mut blocks = vec![
        para(w.get("matrix.intro")),
        table(
            w,
            &["matrix.corner", "level.low", "level.medium", "level.high"],
            &[],
            rows,
        ),
    ];
    let unplaced: Vec<String> = risks
        .iter()
        .filter(|r| r.likelihood.is_none() || r.impact.is_none())
        .map(|r| w.text(&r.title.value))
        .collect();
    if !unplaced.is_empty() {
        blocks.push(para(w.get("matrix.unplaced")));
        blocks.push(list(unplaced));
    }
    blocks
}

fn schedule(w: &Words) -> Vec<Block> {
    let mut deliverables: Vec<_> = w.agreement.deliverables.iter().collect();
    if deliverables.is_empty() {
        return Vec::new();
    }
    deliverables.sort_by_key(|d| (d.due.is_none(), d.due.as_ref().map(|x| x.value)));
    let dash = || "–".to_string();
    let rows = deliverables
        .iter()
        .map(|d| {
            vec![
                d.due.as_ref().map_or_else(dash, |x| w.date(x.value)),
                w.text(&d.title.value),
                d.by.as_ref().map_or_else(dash, |b| w.name(&b.value)),
                d.obligation
                    .as_ref()
                    .map_or_else(dash, |o| w.word("obligation_short", o.value.as_str())),
            ]
        })
        .collect();
    vec![
        para(w.get("schedule.intro")),
        table(
            w,
            &[
                "schedule.date",
                "schedule.deliverable",
                "schedule.by",
                "schedule.obligation",
            ],
            &[],
            rows,
        ),
    ]
}

fn per_party(w: &Words) -> Result<Vec<Block>, String> {
    let Some(inv) = &w.agreement.investment else {
        return Ok(Vec::new());
    };
    if inv.contributions.is_empty() {
        return Ok(Vec::new());
    }
    let mut order: Vec<&str> = Vec::new();
    for c in &inv.contributions {
        if !order.contains(&c.party.value.as_str()) {
            order.push(&c.party.value);
        }
    }
    let mut rows = Vec::new();
    for who in order {
        let committed = totals(
            inv.contributions
                .iter()
                .filter(|c| c.party.value == who && !c.ceiling)
                .map(|c| &c.amount.value),
        )?;
        let ceiling = totals(
            inv.contributions
                .iter()
                .filter(|c| c.party.value == who && c.ceiling)
                .map(|c| &c.amount.value),
        )?;
        let show = |sums: Vec<crate::model::Money>| {
            if sums.is_empty() {
                "–".to_string()
            } else {
                sums.into_iter()
                    .map(|m| w.money(m))
                    .collect::<Vec<_>>()
                    .join("; ")
            }
        };
        rows.push(vec![w.name(who), show(committed), show(ceiling)]);
    }
    let all = totals(
        inv.contributions
            .iter()
            .filter(|c| !c.ceiling)
            .map(|c| &c.amount.value),
    )?;
    let total = all
        .into_iter()
        .map(|m| w.money(m))
        .collect::<Vec<_>>()
        .join("; ");
    rows.push(vec![
        format!("**{}**", w.get("contributions.total")),
        format!("**{total}**"),
        String::new(),
    ]);
    Ok(vec![
        para(w.get("per_party.intro")),
        table(
            w,
            &[
                "contributions.party",
                "per_party.committed",
                "per_party.ceiling",
            ],
            &[1, 2],
            rows,
        ),
    ])
}
