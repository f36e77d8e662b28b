//! De op te richten rechtspersoon: name, form and seat, purpose and
//! shareholders, one lid each (`lid.entity.ID.*`); `[[id]]` reads as its name.

use super::super::say::{At, joined};
use super::super::{Ctx, Part, lid, para};
use super::data;
use crate::render::tree::{Inline, Lid};

/// The article on the entities the agreement creates.
pub(super) fn build(c: &mut Ctx) -> Option<Part> {
    let a = c.say.a;
    let mut leden: Vec<Lid> = Vec::new();
    for e in &a.entities {
        let key = format!("lid.entity.{}", e.id.value);
        c.anchor_as(&e.id.value, &key, e.name.value.clone());
        let say = &c.say;
        let mut parts = vec![vec![Inline::text(e.name.value.clone())]];
        if let Some(form) = &e.legal_form {
            parts.push(c.text(&form.value));
        }
        if let Some(seat) = &e.seat {
            parts.push(say.fill("party.seat", &[("seat", c.text(&seat.value))]));
        }
        leden.push(lid(
            key.clone(),
            vec![para(
                say.fill("entity.founded", &[("entity", joined(parts, ", "))]),
            )],
        ));
        if let Some(purpose) = &e.purpose {
            let mut purpose = c.text(&purpose.value);
            super::super::say::decapitalise(&mut purpose);
            leden.push(lid(
                format!("{key}.purpose"),
                vec![para(say.fill("entity.purpose", &[("purpose", purpose)]))],
            ));
        }
        if !e.shareholders.is_empty() {
            let holders: Vec<String> = e
                .shareholders
                .iter()
                .map(|s| {
                    format!(
                        "{} ({})",
                        say.name(&s.party.value, At::Within),
                        say.percent(s.percent.value)
                    )
                })
                .collect();
            leden.push(lid(
                format!("{key}.shareholders"),
                vec![para(say.fill_text(
                    "entity.shareholders",
                    &[("holders", &say.join(&holders))],
                ))],
            ));
        }
    }
    Part::new(c, "entities", leden, data(&a.entities))
}
