//! Organisatie en besluitvorming: one lid per body (`lid.body.ID`), in
//! sentences: who sits in it, who chairs it, who observes, whose organ it is,
//! how often it meets, how it decides.

use super::super::say::At;
use super::super::{Ctx, Part, lid, para};
use super::{data, labelled};
use crate::model::Body;
use crate::model::words::DecisionRule;
use crate::render::tree::{Inline, Lid};

/// The governance article.
pub(super) fn build(c: &mut Ctx) -> Option<Part> {
    let g = c.say.a.governance.as_ref()?;
    let mut leden: Vec<Lid> = Vec::new();
    for b in &g.bodies {
        leden.push(body(c, b));
    }
    let say = &c.say;
    if let Some(place) = &g.meeting_place {
        leden.push(lid(
            "lid.governance.place".to_string(),
            vec![para(say.fill(
                "governance.place",
                &[("place", c.text(&place.value))],
            ))],
        ));
    }
    if let Some(esc) = &g.escalation {
        leden.push(lid(
            "lid.governance.escalation".to_string(),
            vec![para(labelled(c, "governance.escalation", &esc.value))],
        ));
    }
    Part::new(c, "governance", leden, data(g))
}

fn body(c: &mut Ctx, b: &Body) -> Lid {
    let key = format!("lid.body.{}", b.id.value);
    c.anchor_as(&b.id.value, &key, b.name.value.clone());
    let say = &c.say;
    let name = vec![Inline::text(b.name.value.clone())];
    let mut text = if b.members.is_empty() {
        say.fill("governance.body", &[("body", name)])
    } else {
        let members = say.names(b.members.iter().map(|m| m.value.as_str()), At::Within);
        say.fill(
            "governance.body_members",
            &[("body", name), ("members", vec![Inline::text(members)])],
        )
    };
    let mut add = |sentence: Vec<Inline>| {
        text.push(Inline::text(" "));
        text.extend(sentence);
    };
    if let Some(chair) = &b.chair {
        add(say.fill_text(
            "governance.chair",
            &[("party", &say.name(&chair.value, At::Start))],
        ));
    }
    if b.chair_rotates {
        add(say.line("governance.chair_rotates"));
    }
    if !b.observers.is_empty() {
        let key = if b.observers.len() == 1 {
            "governance.observer"
        } else {
            "governance.observers"
        };
        let observers = say.names(b.observers.iter().map(|o| o.value.as_str()), At::Start);
        add(say.fill_text(key, &[("observers", &observers)]));
    }
    if let Some(of) = &b.of {
        add(say.fill_text("governance.of", &[("of", &say.name(&of.value, At::Within))]));
    }
    if let Some(m) = &b.meets {
        add(say.fill_text(
            "governance.meets",
            &[("frequency", &say.frequency(m.value))],
        ));
    }
    match (b.decides.as_ref().map(|d| d.value), &b.decided_by) {
        (Some(DecisionRule::Advisory) | None, Some(by)) => {
            add(say.fill_text(
                "governance.advisory",
                &[("party", &say.name(&by.value, At::Within))],
            ));
        }
        (Some(rule), _) => add(say.line(&format!("decision.{}", rule.as_str()))),
        (None, None) => {}
    }
    lid(key, vec![para(super::super::say::merge(text))])
}
