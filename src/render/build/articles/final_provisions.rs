//! Slotbepalingen: the earlier agreement replaced or changed, and the
//! languages whose texts are equally authentic.

use super::super::{Ctx, Part, lid, para};
use super::data;

/// The final provisions, when the header names any.
pub(super) fn build(c: &mut Ctx) -> Option<Part> {
    let h = &c.say.a.header;
    let mut leden = Vec::new();
    for (key, text) in [("supersedes", &h.supersedes), ("amends", &h.amends)] {
        if let Some(text) = text {
            leden.push(lid(
                format!("lid.final.{key}"),
                vec![para(c.say.fill(
                    &format!("final.{key}"),
                    &[("earlier", c.text(&text.value))],
                ))],
            ));
        }
    }
    if !h.authentic.is_empty() {
        let names: Vec<String> = h
            .authentic
            .iter()
            .map(|code| {
                c.say
                    .m
                    .tree()
                    .get("language")
                    .and_then(|l| l.get(code.value.as_str()))
                    .and_then(serde_json::Value::as_str)
                    .map_or_else(|| code.value.clone(), str::to_string)
            })
            .collect();
        leden.push(lid(
            "lid.final.authentic".to_string(),
            vec![para(c.say.fill_text(
                "final.authentic",
                &[("languages", &c.say.join(&names))],
            ))],
        ));
    }
    let header = serde_json::json!({
        "supersedes": h.supersedes,
        "amends": h.amends,
        "authentic": h.authentic,
    });
    Part::new(c, "final", leden, data(&header))
}
