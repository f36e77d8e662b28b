//! Wijziging: the procedure, unforeseen circumstances, deviation and publication of amendments.

use super::super::say::sentence;
use super::super::{Ctx, Part, lid, para};
use super::{data, labelled};

/// The amendment article, anchored as `[[amendment]]`.
pub(super) fn build(c: &mut Ctx) -> Option<Part> {
    let a = c.say.a.amendment.as_ref()?;
    let mut leden = Vec::new();
    if let Some(text) = &a.text {
        leden.push(lid(
            "lid.amendment.1".to_string(),
            vec![para(sentence(c.text(&text.value)))],
        ));
    }
    let fields = [
        ("procedure", &a.procedure),
        ("unforeseen", &a.unforeseen),
        ("deviation", &a.deviation),
        ("published", &a.published),
    ];
    for (key, value) in fields {
        if let Some(v) = value {
            leden.push(lid(
                format!("lid.amendment.{key}"),
                vec![para(labelled(c, &format!("amendment.{key}"), &v.value))],
            ));
        }
    }
    c.anchor("amendment", "article.amendment");
    Part::new(c, "amendment", leden, data(a))
}
