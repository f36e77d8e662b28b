//! Risk allocation, ownership and operation.

use super::{list, para, table};
use crate::render::context::Block;
use crate::render::words::Words;

/// The risk allocation table and the mitigations.
pub(super) fn risks(w: &Words) -> Vec<Block> {
    let risks = &w.agreement.risks;
    if risks.is_empty() {
        return Vec::new();
    }
    let dash = || "–".to_string();
    let rows = risks
        .iter()
        .map(|r| {
            vec![
                w.text(&r.title.value),
                r.category
                    .as_ref()
                    .map_or_else(dash, |c| w.word("category", c.value.as_str())),
                r.likelihood
                    .as_ref()
                    .map_or_else(dash, |l| w.word("level", l.value.as_str())),
                r.impact
                    .as_ref()
                    .map_or_else(dash, |l| w.word("level", l.value.as_str())),
                if r.bearers.is_empty() {
                    dash()
                } else {
                    w.shares(&r.bearers)
                },
                r.cap.as_ref().map_or_else(dash, |c| w.money(c.value)),
                r.response
                    .as_ref()
                    .map_or_else(dash, |x| w.word("response", x.value.as_str())),
            ]
        })
        .collect();
    let header = [
        "risks.risk",
        "risks.category",
        "risks.likelihood",
        "risks.impact",
        "risks.bearers",
        "risks.cap",
        "risks.response",
    ];
    let mut blocks = vec![para(w.get("risks.intro")), table(w, &header, &[5], rows)];
    let measures: Vec<String> = risks
        .iter()
        .filter(|r| r.mitigation.is_some() || r.cause.is_some() || r.effect.is_some())
        .map(|r| {
            let mut parts = Vec::new();
            if let Some(c) = &r.cause {
                parts.push(w.fill("risks.cause", &[("text", &w.text(&c.value))]));
            }
            if let Some(e) = &r.effect {
                parts.push(w.fill("risks.effect", &[("text", &w.text(&e.value))]));
            }
            if let Some(m) = &r.mitigation {
                parts.push(w.fill("risks.mitigation", &[("text", &w.text(&m.value))]));
            }
            format!("**{}**: {}", w.text(&r.title.value), parts.join(" "))
        })
        .collect();
    if !measures.is_empty() {
        blocks.push(para(w.get("risks.measures")));
        blocks.push(list(measures));
    }
    if risks.iter().any(|r| r.cap.is_some()) {
        blocks.push(para(w.get("risks.cap_meaning")));
    }
    blocks.push(para(w.get("risks.annex")));
    blocks
}

/// Who owns which asset, in shares.
pub(super) fn ownership(w: &Words) -> Vec<Block> {
    let items: Vec<String> = w
        .agreement
        .assets
        .iter()
        .filter(|a| !a.owners.is_empty() || a.handback.is_some())
        .map(|a| {
            let mut title = format!("**{}**", w.text(&a.title.value));
            if let Some(kind) = &a.kind {
                title.push_str(&format!(" ({})", w.word("asset", kind.value.as_str())));
            }
            let mut parts = vec![title];
            if !a.owners.is_empty() {
                parts.push(w.fill("ownership.owned", &[("owners", &w.shares(&a.owners))]));
            }
            let mut item = parts.join(": ");
            item.push('.');
            if let Some(h) = &a.handback {
                item.push(' ');
                item.push_str(&w.text(&h.value));
            }
            item
        })
        .collect();
    if items.is_empty() {
        Vec::new()
    } else {
        vec![list(items)]
    }
}

/// Who operates which asset, when, and what happens at the end.
pub(super) fn operation(w: &Words) -> Vec<Block> {
    let items: Vec<String> = w
        .agreement
        .assets
        .iter()
        .filter(|a| a.operator.is_some() || a.revenue.is_some())
        .map(|a| {
            let mut parts = Vec::new();
            if let Some(op) = &a.operator {
                let mut text = w.fill("operation.by", &[("party", &w.name(&op.party.value))]);
                if let Some(from) = &op.from {
                    text.push(' ');
                    text.push_str(&w.fill("operation.from", &[("date", &w.date(from.value))]));
                }
                if let Some(until) = &op.until {
                    text.push(' ');
                    text.push_str(&w.fill("operation.until", &[("date", &w.date(until.value))]));
                }
                parts.push(text);
            }
            if let Some(rev) = &a.revenue {
                let mut text = w.fill("operation.revenue", &[("party", &w.name(&rev.party.value))]);
                if let Some(note) = &rev.note {
                    text.push_str(&format!(" ({})", w.text(&note.value)));
                }
                parts.push(text);
            }
            format!("**{}**: {}.", w.text(&a.title.value), parts.join("; "))
        })
        .collect();
    if items.is_empty() {
        Vec::new()
    } else {
        vec![list(items)]
    }
}
