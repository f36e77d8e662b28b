//! Verplichtingen van partijen: one numbered lid per deliverable, worded as
//! a sentence ("De Opdrachtnemer levert uiterlijk 31 december 2027: ...").
//! Deliverables are grouped by the party that delivers: parties first, then
//! groups, in declaration order, each sorted by due date.

use std::collections::HashMap;

use super::super::say::{At, sentence};
use super::super::{Ctx, Part, lid, para};
use super::data;
use crate::model::words::Enforceability;
use crate::model::{Deliverable, During};
use crate::render::tree::{Inline, Lid};

/// The commitments article.
pub(super) fn build(c: &mut Ctx) -> Option<Part> {
    let a = c.say.a;
    if a.deliverables.is_empty() {
        return None;
    }
    let mut by_party: HashMap<&str, Vec<&Deliverable>> = HashMap::new();
    let mut others: Vec<&str> = Vec::new();
    for d in &a.deliverables {
        let by = d.by.as_ref().map_or("", |b| b.value.as_str());
        let own = by_party.entry(by).or_default();
        if own.is_empty() && !a.is_party_or_group(by) {
            others.push(by);
        }
        own.push(d);
    }
    let order = a
        .parties
        .iter()
        .map(|p| p.id.value.as_str())
        .chain(a.groups.iter().map(|g| g.id.value.as_str()))
        .chain(others);
    let mut leden = vec![lid(
        "lid.commitments.intro".to_string(),
        vec![para(c.say.line("commitments.intro"))],
    )];
    for who in order {
        let Some(mut own) = by_party.remove(who) else {
            continue;
        };
        own.sort_by_key(|d| d.due.as_ref().map(|x| x.value));
        for d in own {
            leden.push(deliverable(c, who, d));
        }
    }
    if a.deliverables.iter().any(|d| d.obligation.is_some()) {
        leden.push(lid(
            "lid.commitments.meaning".to_string(),
            vec![para(c.say.line("commitments.meaning"))],
        ));
    }
    Part::new(c, "commitments", leden, data(&a.deliverables))
}

/// One deliverable as a lid of sentences: who delivers what by when, the
/// kind of obligation, how it is accepted, the goals it serves.
fn deliverable(c: &mut Ctx, who: &str, d: &Deliverable) -> Lid {
    let key = format!("lid.deliverable.{}", d.id.value);
    c.anchor(&d.id.value, &key);
    let say = &c.say;
    let a = say.a;
    let title = c.text(&d.title.value);
    let (message, subject) = if who.is_empty() {
        ("commitments.unassigned", String::new())
    } else if let Some(group) = a.group(who) {
        let members = say.names(group.members.iter().map(|m| m.value.as_str()), At::Within);
        let name = say.name(who, At::Start);
        ("commitments.group", format!("{name} ({members})"))
    } else {
        ("commitments.party", say.name(who, At::Start))
    };
    let due = d.due.as_ref().map(|x| say.date(x.value));
    let key_due = if due.is_some() {
        format!("{message}_by")
    } else {
        message.to_string()
    };
    let mut text = say.fill(
        &key_due,
        &[
            ("party", vec![Inline::text(subject)]),
            ("date", vec![Inline::text(due.unwrap_or_default())]),
            ("title", title),
        ],
    );
    if let Some(o) = &d.obligation {
        text.push(Inline::text(" "));
        text.extend(say.line(&format!("commitments.obligation.{}", o.value.as_str())));
    }
    if let Some(acc) = &d.acceptance {
        text.push(Inline::text(" "));
        let mut acceptance = c.text(&acc.value);
        super::super::say::decapitalise(&mut acceptance);
        text.extend(say.fill("commitments.acceptance", &[("acceptance", acceptance)]));
    }
    let partly = a.enforceability() == Some(Enforceability::Partly);
    if let Some(own) = d.enforceable.as_ref().filter(|_| partly) {
        text.push(Inline::text(" "));
        text.extend(say.line(if own.value {
            "commitments.enforceable"
        } else {
            "commitments.not_enforceable"
        }));
    }
    if let Some(penalty) = &d.penalty {
        text.push(Inline::text(" "));
        let mut penalty = c.text(&penalty.value);
        super::super::say::decapitalise(&mut penalty);
        text.extend(say.fill("commitments.penalty", &[("penalty", penalty)]));
    }
    if let Some(remedy) = &d.remedy {
        text.push(Inline::text(" "));
        let mut remedy = c.text(&remedy.value);
        super::super::say::decapitalise(&mut remedy);
        text.extend(say.fill("commitments.remedy", &[("remedy", remedy)]));
    }
    if d.legislative.as_ref().is_some_and(|l| l.value) {
        text.push(Inline::text(" "));
        text.extend(say.line("commitments.legislative"));
    }
    if !d.serves.is_empty() {
        let goals: Vec<Vec<Inline>> = d
            .serves
            .iter()
            .map(|g| match a.index().goal(&g.value) {
                Some(i) => say.fill("word.quoted", &[("text", c.text(&a.goals[i].title.value))]),
                None => vec![Inline::text(g.value.clone())],
            })
            .collect();
        let message = if goals.len() == 1 {
            "commitments.serves_one"
        } else {
            "commitments.serves"
        };
        text.push(Inline::text(" "));
        text.extend(say.fill(message, &[("goals", join(c, goals))]));
    }
    if d.serves_ambition {
        text.push(Inline::text(" "));
        text.extend(say.line("commitments.serves_ambition"));
    }
    if !d.mitigates.is_empty() {
        let risks: Vec<Vec<Inline>> = d
            .mitigates
            .iter()
            .map(|r| match a.index().risk(&r.value) {
                Some(i) => say.fill("word.quoted", &[("text", c.text(&a.risks[i].title.value))]),
                None => vec![Inline::text(r.value.clone())],
            })
            .collect();
        text.push(Inline::text(" "));
        text.extend(say.fill("commitments.mitigates", &[("risks", join(c, risks))]));
    }
    if !d.with.is_empty() {
        let with = say.names(d.with.iter().map(|w| w.value.as_str()), At::Within);
        text.push(Inline::text(" "));
        text.extend(say.fill_text("commitments.with", &[("with", &with)]));
    }
    match d.during.as_ref().map(|x| &x.value) {
        Some(During::Term) => {
            text.push(Inline::text(" "));
            text.extend(say.line("commitments.during_term"));
        }
        Some(During::Period { from, until }) => {
            text.push(Inline::text(" "));
            text.extend(say.fill_text(
                "commitments.during",
                &[
                    ("from", &say.date(from.value)),
                    ("until", &say.date(until.value)),
                ],
            ));
        }
        None => {}
    }
    if let Some(desc) = &d.description {
        text.push(Inline::text(" "));
        text.extend(sentence(c.text(&desc.value)));
    }
    lid(key, vec![para(super::super::say::merge(text))])
}

/// Inlines joined as `A, B en C`.
fn join(c: &Ctx, parts: Vec<Vec<Inline>>) -> Vec<Inline> {
    let count = parts.len();
    let mut out = Vec::new();
    for (i, part) in parts.into_iter().enumerate() {
        if i > 0 {
            if i + 1 == count {
                out.push(Inline::text(format!(" {} ", c.say.get("word.and"))));
            } else {
                out.push(Inline::text(", "));
            }
        }
        out.extend(part);
    }
    out
}
