//! Eigendom: one lid per asset (`lid.asset.ID`): who owns it and what happens at the end.

use super::super::say::sentence;
use super::super::{Ctx, Part, lid, para};
use super::{data, strong};
use crate::render::tree::Inline;

/// The ownership article.
pub(super) fn build(c: &mut Ctx) -> Option<Part> {
    let a = c.say.a;
    let mut leden = Vec::new();
    for asset in a
        .assets
        .iter()
        .filter(|x| !x.owners.is_empty() || x.handback.is_some())
    {
        let key = format!("lid.asset.{}", asset.id.value);
        c.anchor(&asset.id.value, &key);
        let mut name = vec![strong(c.text(&asset.title.value))];
        if let Some(kind) = &asset.kind {
            name.push(Inline::text(format!(
                " ({})",
                c.say.word("asset", kind.value.as_str())
            )));
        }
        let mut text = if asset.owners.is_empty() {
            Vec::new()
        } else {
            c.say.fill(
                "ownership.owned",
                &[
                    ("asset", name),
                    (
                        "owners",
                        vec![Inline::text(c.say.shares(&asset.owners, true))],
                    ),
                ],
            )
        };
        if let Some(h) = &asset.handback {
            if !text.is_empty() {
                text.push(Inline::text(" "));
            }
            text.extend(sentence(c.text(&h.value)));
        }
        leden.push(lid(key, vec![para(text)]));
    }
    Part::new(c, "ownership", leden, data(&a.assets))
}
