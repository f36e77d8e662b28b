//! Definitions, legal framework, ambition and goals.

use super::{labelled, list, para, table};
use crate::render::context::Block;
use crate::render::words::Words;

/// The defined terms.
pub(super) fn definitions(w: &Words) -> Vec<Block> {
    if w.agreement.definitions.is_empty() {
        return Vec::new();
    }
    let items = w
        .agreement
        .definitions
        .iter()
        .map(|d| {
            format!(
                "**{}**: {}",
                w.text(&d.term.value),
                w.text(&d.meaning.value)
            )
        })
        .collect();
    vec![para(w.get("definitions.intro")), list(items)]
}

/// How the agreement relates to the law.
pub(super) fn legal_framework(w: &Words) -> Vec<Block> {
    let Some(lf) = &w.agreement.legal_framework else {
        return Vec::new();
    };
    let fields = [
        ("legal.legislation", &lf.legislation),
        ("legal.procurement", &lf.procurement),
        ("legal.competition", &lf.competition),
        ("legal.state_aid", &lf.state_aid),
        ("legal.third_parties", &lf.third_parties),
    ];
    let items: Vec<String> = fields
        .iter()
        .filter_map(|(label, value)| value.as_ref().map(|v| labelled(w, label, &v.value)))
        .collect();
    if items.is_empty() {
        Vec::new()
    } else {
        vec![list(items)]
    }
}

/// The shared ambition and who endorses it.
pub(super) fn ambition(w: &Words) -> Vec<Block> {
    let Some(ambition) = &w.agreement.ambition else {
        return Vec::new();
    };
    let mut blocks: Vec<Block> = ambition
        .statement
        .iter()
        .map(|s| para(w.text(&s.value)))
        .collect();
    if !ambition.endorsed_by.is_empty() {
        let names = w.names(ambition.endorsed_by.iter().map(|i| i.value.as_str()));
        blocks.push(para(w.fill("ambition.endorsed", &[("parties", &names)])));
    }
    blocks
}

/// The goals with indicator, baseline, target and date.
pub(super) fn goals(w: &Words) -> Vec<Block> {
    let goals = &w.agreement.goals;
    if goals.is_empty() {
        return Vec::new();
    }
    let dash = || "–".to_string();
    let rows = goals
        .iter()
        .map(|g| {
            vec![
                w.text(&g.title.value),
                g.indicator.as_ref().map_or_else(dash, |i| w.text(&i.value)),
                g.baseline
                    .as_ref()
                    .map_or_else(dash, |b| w.quantity(b.value)),
                g.target.as_ref().map_or_else(dash, |t| w.quantity(t.value)),
                g.deadline.as_ref().map_or_else(dash, |d| w.date(d.value)),
                g.owner.as_ref().map_or_else(dash, |o| w.name(&o.value)),
            ]
        })
        .collect();
    let header = [
        "goals.goal",
        "goals.indicator",
        "goals.baseline",
        "goals.target",
        "goals.date",
        "goals.owner",
    ];
    let mut blocks = vec![para(w.get("goals.intro")), table(w, &header, &[2, 3], rows)];
    let notes: Vec<String> = goals
        .iter()
        .filter_map(|g| {
            g.description
                .as_ref()
                .map(|d| format!("**{}**: {}", w.text(&g.title.value), w.text(&d.value)))
        })
        .collect();
    if !notes.is_empty() {
        blocks.push(list(notes));
    }
    blocks
}
