//! Begripsbepalingen: "In deze overeenkomst wordt verstaan onder:" with items a., b., ...

use super::super::{Ctx, Part, letters, lid, para};
use super::{data, strong};
use crate::render::tree::Inline;

/// The definitions article; each term an item `item.definition.ID`.
pub(super) fn build(c: &mut Ctx) -> Option<Part> {
    let a = c.say.a;
    if a.definitions.is_empty() {
        return None;
    }
    let mut items = Vec::with_capacity(a.definitions.len());
    for d in &a.definitions {
        let key = format!("item.definition.{}", d.id.value);
        c.anchor_as(&d.id.value, &key, d.term.value.clone());
        let mut inlines = vec![
            strong(vec![Inline::Term {
                id: d.id.value.clone(),
                text: d.term.value.clone(),
            }]),
            Inline::text(": "),
        ];
        inlines.extend(super::super::text::inlines(&d.meaning.value, &c.terms));
        items.push((Some(key), inlines));
    }
    let blocks = vec![para(c.say.line("definitions.intro")), letters(items)];
    Part::new(
        c,
        "definitions",
        vec![lid("lid.definitions.1".to_string(), blocks)],
        data(&a.definitions),
    )
}
