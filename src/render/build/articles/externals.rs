//! Betrokken derden: the actors that take part without signing, each a sub-item
//! anchored so that `[[id]]` reads as its name.

use super::super::say::{At, joined};
use super::super::{Ctx, Part, letters, lid, para};
use super::data;
use crate::render::tree::Inline;

/// The article on third parties involved.
pub(super) fn build(c: &mut Ctx) -> Option<Part> {
    let a = c.say.a;
    let mut items = Vec::new();
    for x in &a.externals {
        let key = format!("item.external.{}", x.id.value);
        c.anchor_as(&x.id.value, &key, c.say.name(&x.id.value, At::Within));
        let say = &c.say;
        let mut parts = vec![vec![Inline::text(say.name(&x.id.value, At::Within))]];
        if let Some(form) = &x.legal_form {
            parts.push(c.text(&form.value));
        }
        if let Some(seat) = &x.seat {
            parts.push(say.fill("party.seat", &[("seat", c.text(&seat.value))]));
        }
        let mut text = joined(parts, ", ");
        if let Some(what) = &x.description {
            text.push(Inline::text(": "));
            text.extend(c.text(&what.value));
        }
        items.push((Some(key), text));
    }
    if items.is_empty() {
        return None;
    }
    let leden = vec![lid(
        "lid.externals".to_string(),
        vec![para(c.say.line("externals.intro")), letters(items)],
    )];
    Part::new(c, "externals", leden, data(&a.externals))
}
