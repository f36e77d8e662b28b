//! Aansprakelijkheid: the cap on what a party owes the others and what is excluded.

use super::super::say::sentence;
use super::super::{Ctx, Part, lid, para};
use super::data;
use crate::render::tree::Inline;

/// The liability article, anchored as `[[liability]]`.
pub(super) fn build(c: &mut Ctx) -> Option<Part> {
    let liability = c.say.a.liability.as_ref()?;
    let say = &c.say;
    let mut leden = Vec::new();
    if let Some(cap) = &liability.cap {
        let amount = vec![Inline::text(say.money(cap.value))];
        leden.push(lid(
            "lid.liability.cap".to_string(),
            vec![para(say.fill("liability.cap", &[("amount", amount)]))],
        ));
    }
    if let Some(excludes) = &liability.excludes {
        let mut what = c.text(&excludes.value);
        super::super::say::decapitalise(&mut what);
        leden.push(lid(
            "lid.liability.excludes".to_string(),
            vec![para(say.fill("liability.excludes", &[("what", what)]))],
        ));
    }
    if let Some(text) = &liability.description {
        leden.push(lid(
            "lid.liability.description".to_string(),
            vec![para(sentence(c.text(&text.value)))],
        ));
    }
    c.anchor("liability", "article.liability");
    Part::new(c, "liability", leden, data(liability))
}
