//! Doel en ambitie: the shared ambition and who endorses it.

use super::super::say::{At, sentence};
use super::super::{Ctx, Part, lid, para};
use super::data;
use crate::render::tree::Inline;

/// The ambition article.
pub(super) fn build(c: &mut Ctx) -> Option<Part> {
    let ambition = c.say.a.ambition.as_ref()?;
    let mut leden = Vec::new();
    if let Some(s) = &ambition.statement {
        leden.push(lid(
            "lid.ambition.statement".to_string(),
            vec![para(sentence(c.text(&s.value)))],
        ));
    }
    if !ambition.endorsed_by.is_empty() {
        let names = c.say.names(
            ambition.endorsed_by.iter().map(|i| i.value.as_str()),
            At::Within,
        );
        leden.push(lid(
            "lid.ambition.endorsed".to_string(),
            vec![para(c.say.fill(
                "ambition.endorsed",
                &[("parties", vec![Inline::text(names)])],
            ))],
        ));
    }
    Part::new(c, "ambition", leden, data(ambition))
}
