//! Governance, accountability and the agenda.

use super::{labelled, list, para, table};
use crate::model::Evaluator;
use crate::model::words::DecisionRule;
use crate::render::context::Block;
use crate::render::words::Words;

/// The bodies, their members and how they decide.
pub(super) fn governance(w: &Words) -> Vec<Block> {
    let Some(g) = &w.agreement.governance else {
        return Vec::new();
    };
    let mut blocks = Vec::new();
    let items: Vec<String> = g
        .bodies
        .iter()
        .map(|b| {
            let mut parts = Vec::new();
            if !b.members.is_empty() {
                let members = w.names(b.members.iter().map(|m| m.value.as_str()));
                parts.push(w.fill("governance.members", &[("members", &members)]));
            }
            if let Some(chair) = &b.chair {
                parts.push(w.fill("governance.chair", &[("party", &w.name(&chair.value))]));
            }
            if let Some(m) = &b.meets {
                parts.push(w.fill("governance.meets", &[("frequency", &w.frequency(m.value))]));
            }
            match (b.decides.as_ref().map(|d| d.value), &b.decided_by) {
                (Some(DecisionRule::Advisory), Some(by)) | (None, Some(by)) => {
                    parts.push(w.fill("governance.advisory", &[("party", &w.name(&by.value))]));
                }
                (Some(rule), _) => parts.push(w.word("decision", rule.as_str())),
                (None, None) => {}
            }
            format!("**{}**: {}.", w.text(&b.name.value), parts.join("; "))
        })
        .collect();
    if !items.is_empty() {
        blocks.push(para(w.get("governance.intro")));
        blocks.push(list(items));
    }
    if let Some(place) = &g.meeting_place {
        blocks.push(para(
            w.fill("governance.place", &[("place", &w.text(&place.value))]),
        ));
    }
    if let Some(esc) = &g.escalation {
        blocks.push(para(labelled(w, "governance.escalation", &esc.value)));
    }
    blocks
}

/// Reports and evaluation.
pub(super) fn accountability(w: &Words) -> Vec<Block> {
    let Some(acc) = &w.agreement.accountability else {
        return Vec::new();
    };
    let mut blocks = Vec::new();
    if !acc.reports.is_empty() {
        let dash = || "–".to_string();
        let rows = acc
            .reports
            .iter()
            .map(|r| {
                let to = r.to.as_ref().map_or_else(dash, |t| {
                    let body = w
                        .agreement
                        .governance
                        .as_ref()
                        .and_then(|g| g.bodies.iter().find(|b| b.id.value == t.value));
                    body.map_or_else(|| w.name(&t.value), |b| w.text(&b.name.value))
                });
                vec![
                    w.text(&r.title.value),
                    r.by.as_ref().map_or_else(dash, |b| w.name(&b.value)),
                    to,
                    r.frequency
                        .as_ref()
                        .map_or_else(dash, |f| w.frequency(f.value)),
                ]
            })
            .collect();
        blocks.push(para(w.get("reports.intro")));
        blocks.push(table(
            w,
            &[
                "reports.report",
                "reports.by",
                "reports.to",
                "reports.frequency",
            ],
            &[],
            rows,
        ));
    }
    if let Some(ev) = &acc.evaluation {
        let who = match ev.by.as_ref().map(|b| &b.value) {
            Some(Evaluator::Party(id)) => w.name(id),
            Some(Evaluator::Named(name)) => w.text(name),
            None => w.get("evaluation.parties"),
        };
        let text = match &ev.on {
            Some(on) => w.fill(
                "evaluation.on",
                &[("who", &who), ("date", &w.date(on.value))],
            ),
            None => w.fill("evaluation.text", &[("who", &who)]),
        };
        blocks.push(para(text));
    }
    blocks
}

/// The public agenda.
pub(super) fn agenda(w: &Words) -> Vec<Block> {
    let Some(agenda) = &w.agreement.agenda else {
        return Vec::new();
    };
    let items: Vec<String> = agenda
        .themes
        .iter()
        .map(|t| {
            let mut parts = vec![format!("**{}**", w.text(&t.title.value))];
            if let Some(lead) = &t.lead {
                parts.push(w.fill("agenda.lead", &[("party", &w.name(&lead.value))]));
            }
            if let Some(public) = &t.public {
                parts.push(w.get(if public.value {
                    "agenda.public"
                } else {
                    "agenda.private"
                }));
            }
            parts.join("; ")
        })
        .collect();
    if items.is_empty() {
        Vec::new()
    } else {
        vec![para(w.get("agenda.intro")), list(items)]
    }
}
