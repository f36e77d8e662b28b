//! Openbaarmaking: where, how much, how soon, and where the full text can be inspected.

use super::super::{Ctx, Part, lid, para};
use super::data;
use crate::model::words::Extent;
use crate::render::tree::Inline;

/// The publication article, anchored as `[[publication]]`.
pub(super) fn build(c: &mut Ctx) -> Option<Part> {
    let p = c.say.a.header.publication.as_ref()?;
    let say = &c.say;
    let mut leden = Vec::new();
    if let Some(text) = &p.text {
        leden.push(lid(
            "lid.publication.1".to_string(),
            vec![para(
                say.fill("publication.text", &[("where", c.text(&text.value))]),
            )],
        ));
    }
    let block = !p.places.is_empty() || p.extent.is_some() || p.within.is_some();
    if block {
        let subject = match p.extent.as_ref().map(|e| e.value) {
            Some(Extent::Full) => "publication.subject_full",
            Some(Extent::Summary) => "publication.subject_summary",
            None => "publication.subject",
        };
        let places: Vec<String> = p.places.iter().map(|t| t.value.clone()).collect();
        let period = p.within.as_ref().map(|w| say.duration(w.value));
        let key = match (places.is_empty(), period.is_some()) {
            (false, true) => "publication.in_within",
            (false, false) => "publication.in",
            (true, true) => "publication.within",
            (true, false) => "publication.only",
        };
        let places = say.join(&places);
        leden.push(lid(
            "lid.publication.where".to_string(),
            vec![para(say.fill(
                key,
                &[
                    ("subject", say.line(subject)),
                    ("places", vec![Inline::text(places)]),
                    ("period", vec![Inline::text(period.unwrap_or_default())]),
                ],
            ))],
        ));
    }
    if let Some(inspection) = &p.inspection {
        leden.push(lid(
            "lid.publication.inspection".to_string(),
            vec![para(say.fill(
                "publication.inspection",
                &[("where", c.text(&inspection.value))],
            ))],
        ));
    }
    c.anchor("publication", "article.publication");
    Part::new(c, "publication", leden, data(p))
}
