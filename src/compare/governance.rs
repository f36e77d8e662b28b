//! Bodies (members, chair, decision rule) and the meeting place.

use super::change::Change;
use super::keyed::{Fields, pair, presence};
use crate::model::{Agreement, Body, Evaluator, Governance};

/// Bodies added, removed or changed; meeting place and escalation.
pub fn compare(old: &Agreement, new: &Agreement, out: &mut Vec<Change>) {
    for (id, o, n) in pair(bodies(old), bodies(new), |b| b.id.value.clone()) {
        let name = |b: Option<&Body>| b.map(|b| format!("\"{}\"", b.name.value));
        presence(out, "governance", "body", &id, name(o), name(n));
        if let (Some(o), Some(n)) = (o, n) {
            body(id, o, n, out);
        }
    }
    let mut fields = Fields {
        out,
        section: "governance",
        noun: "governance",
        id: String::new(),
    };
    let (o, n) = (old.governance.as_ref(), new.governance.as_ref());
    fields.text("meeting-place", place(o), place(n));
    fields.text("escalation", escalation(o), escalation(n));
    evaluation(old, new, out);
}

/// The evaluation: who, when (`on DATE` or `after DURATION`) and its follow-up.
fn evaluation(old: &Agreement, new: &Agreement, out: &mut Vec<Change>) {
    let of = |a: &Agreement| {
        a.accountability
            .as_ref()
            .and_then(|x| x.evaluation.as_ref())
            .map(|e| {
                let by = e.by.as_ref().map(|b| match &b.value {
                    Evaluator::Party(id) => id.clone(),
                    Evaluator::Named(name) => format!("\"{}\"", super::normalize(name)),
                });
                let when =
                    e.on.as_ref()
                        .map(|d| d.value.to_string())
                        .or_else(|| e.after.as_ref().map(|d| format!("after {}", d.value)));
                let follow_up = e.follow_up.as_ref().map(|t| t.value.clone());
                (by, when, follow_up)
            })
            .unwrap_or_default()
    };
    let (o, n) = (of(old), of(new));
    let mut fields = Fields {
        out,
        section: "accountability",
        noun: "evaluation",
        id: String::new(),
    };
    fields.value("by", o.0, n.0);
    fields.value("when", o.1, n.1);
    fields.text("follow-up", o.2.as_deref(), n.2.as_deref());
}

fn bodies(agreement: &Agreement) -> &[Body] {
    agreement
        .governance
        .as_ref()
        .map_or(&[][..], |g| &g.bodies[..])
}

fn place(governance: Option<&Governance>) -> Option<&str> {
    governance
        .and_then(|g| g.meeting_place.as_ref())
        .map(|t| t.value.as_str())
}

fn escalation(governance: Option<&Governance>) -> Option<&str> {
    governance
        .and_then(|g| g.escalation.as_ref())
        .map(|t| t.value.as_str())
}

fn body(id: String, o: &Body, n: &Body, out: &mut Vec<Change>) {
    let mut fields = Fields {
        out,
        section: "governance",
        noun: "body",
        id,
    };
    fields.text("name", Some(&o.name.value), Some(&n.name.value));
    let members = |b: &Body| b.members.iter().map(|m| m.value.clone()).collect();
    fields.set("members", members(o), members(n));
    let id_of = |i: Option<&crate::model::Id>| i.map(|i| i.value.clone());
    let chair = |b: &Body| {
        if b.chair_rotates {
            Some("rotating".to_string())
        } else {
            id_of(b.chair.as_ref())
        }
    };
    fields.value("chair", chair(o), chair(n));
    let observers = |b: &Body| b.observers.iter().map(|m| m.value.clone()).collect();
    fields.set("observers", observers(o), observers(n));
    fields.value("of", id_of(o.of.as_ref()), id_of(n.of.as_ref()));
    let show = |b: &Body| {
        (
            b.meets.as_ref().map(|m| m.value.to_string()),
            b.decides.as_ref().map(|d| d.value.to_string()),
        )
    };
    fields.value("meets", show(o).0, show(n).0);
    fields.value("decides", show(o).1, show(n).1);
    fields.value(
        "decided-by",
        id_of(o.decided_by.as_ref()),
        id_of(n.decided_by.as_ref()),
    );
}
