//! Geheimhouding: what the parties keep confidential, and the disclosure duties it gives way to.

use super::super::{Ctx, Part, lid, para};
use super::data;

/// The confidentiality article, anchored as `[[confidentiality]]`.
pub(super) fn build(c: &mut Ctx) -> Option<Part> {
    let k = c.say.a.confidentiality.as_ref()?;
    let mut leden = Vec::new();
    for (key, value, name) in [
        ("covers", &k.covers, "what"),
        ("subject_to", &k.subject_to, "law"),
    ] {
        if let Some(v) = value {
            leden.push(lid(
                format!("lid.confidentiality.{}", key.replace('_', "-")),
                vec![para(c.say.fill(
                    &format!("confidentiality.{key}"),
                    &[(name, c.text(&v.value))],
                ))],
            ));
        }
    }
    c.anchor("confidentiality", "article.confidentiality");
    Part::new(c, "confidentiality", leden, data(k))
}
