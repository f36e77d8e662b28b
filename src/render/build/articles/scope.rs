//! Reikwijdte: what the agreement covers and what it does not.

use super::super::{Ctx, Part, lid, para};
use super::data;

/// The scope article, anchored as `[[scope]]`.
pub(super) fn build(c: &mut Ctx) -> Option<Part> {
    let s = c.say.a.scope.as_ref()?;
    let mut leden = Vec::new();
    for (key, text) in [("covers", &s.covers), ("excludes", &s.excludes)] {
        if let Some(text) = text {
            leden.push(lid(
                format!("lid.scope.{key}"),
                vec![para(c.say.fill(
                    &format!("scope.{key}"),
                    &[("what", c.text(&text.value))],
                ))],
            ));
        }
    }
    c.anchor("scope", "article.scope");
    Part::new(c, "scope", leden, data(s))
}
