//! Toetreding: who may join, who admits them, on what terms; or why no one can.

use super::super::say::{At, sentence};
use super::super::{Ctx, Part, lid, para};
use super::data;
use crate::render::tree::Inline;

/// The accession article, anchored as `[[accession]]`.
pub(super) fn build(c: &mut Ctx) -> Option<Part> {
    let a = c.say.a.accession.as_ref()?;
    let say = &c.say;
    let mut leden = Vec::new();
    let mut push = |key: &str, inlines: Vec<Inline>| {
        leden.push(lid(format!("lid.accession.{key}"), vec![para(inlines)]));
    };
    if let Some(text) = &a.text {
        push("1", sentence(c.text(&text.value)));
    }
    if let Some(reason) = &a.closed {
        push("closed", say.line("accession.closed"));
        push("reason", sentence(c.text(&reason.value)));
    }
    if let Some(who) = &a.open_to {
        push(
            "open-to",
            say.fill("accession.open_to", &[("who", c.text(&who.value))]),
        );
    }
    if let Some(by) = &a.approved_by {
        let body = say.a.bodies().iter().find(|b| b.id.value == by.value);
        let (key, name) = match body {
            Some(b) => ("accession.approved_by_body", b.name.value.clone()),
            None => ("accession.approved_by", say.name(&by.value, At::Within)),
        };
        push("approved-by", say.fill_text(key, &[("by", &name)]));
    }
    if let Some(terms) = &a.conditions {
        push(
            "conditions",
            say.fill(
                "accession.conditions",
                &[("conditions", c.text(&terms.value))],
            ),
        );
    }
    if let Some(place) = &a.announced {
        push(
            "announced",
            say.fill("accession.announced", &[("where", c.text(&place.value))]),
        );
    }
    c.anchor("accession", "article.accession");
    Part::new(c, "accession", leden, data(a))
}
