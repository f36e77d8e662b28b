//! What each party delivers, grouped by party.

use super::{list, para};
use crate::render::context::Block;
use crate::render::words::Words;

/// The deliverables, grouped by the party that delivers.
pub(super) fn commitments(w: &Words) -> Vec<Block> {
    let a = w.agreement;
    if a.deliverables.is_empty() {
        return Vec::new();
    }
    let mut order: Vec<&str> = a.parties.iter().map(|p| p.id.value.as_str()).collect();
    order.extend(a.groups.iter().map(|g| g.id.value.as_str()));
    for d in &a.deliverables {
        let by = d.by.as_ref().map_or("", |b| b.value.as_str());
        if !order.contains(&by) {
            order.push(by);
        }
    }
    let mut blocks = vec![para(w.get("commitments.intro"))];
    for who in order {
        let mut own: Vec<_> = a
            .deliverables
            .iter()
            .filter(|d| d.by.as_ref().map_or("", |b| b.value.as_str()) == who)
            .collect();
        if own.is_empty() {
            continue;
        }
        own.sort_by_key(|d| d.due.as_ref().map(|x| x.value));
        let heading = if who.is_empty() {
            w.get("commitments.unassigned")
        } else if let Some(group) = a.group(who) {
            let members = w.names(group.members.iter().map(|m| m.value.as_str()));
            w.fill(
                "commitments.group",
                &[("group", &w.name(who)), ("members", &members)],
            )
        } else {
            w.fill("commitments.party", &[("party", &w.name(who))])
        };
        blocks.push(para(heading));
        let items = own
            .iter()
            .map(|d| {
                let mut parts = vec![format!("**{}**", w.text(&d.title.value))];
                if let Some(o) = &d.obligation {
                    parts.push(w.word("obligation", o.value.as_str()));
                }
                if let Some(due) = &d.due {
                    parts.push(w.fill("commitments.due", &[("date", &w.date(due.value))]));
                }
                if let Some(acc) = &d.acceptance {
                    parts.push(w.fill(
                        "commitments.acceptance",
                        &[("acceptance", &w.text(&acc.value))],
                    ));
                }
                if !d.serves.is_empty() {
                    let goals: Vec<String> = d
                        .serves
                        .iter()
                        .map(|g| {
                            a.goals
                                .iter()
                                .find(|x| x.id.value == g.value)
                                .map_or_else(|| w.text(&g.value), |x| w.text(&x.title.value))
                        })
                        .collect();
                    parts.push(w.fill("commitments.serves", &[("goals", &w.join(&goals))]));
                }
                let mut item = parts.join("; ");
                if let Some(desc) = &d.description {
                    item.push_str(". ");
                    item.push_str(&w.text(&desc.value));
                }
                item
            })
            .collect();
        blocks.push(list(items));
    }
    if a.deliverables.iter().any(|d| d.obligation.is_some()) {
        blocks.push(para(w.get("commitments.meaning")));
    }
    blocks
}
