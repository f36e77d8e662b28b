//! Exploitatie en beheer: one lid per operated asset (`lid.operation.ID`).

use super::super::say::{At, merge};
use super::super::{Ctx, Part, lid, para};
use super::{data, strong};
use crate::render::tree::Inline;

/// The operation article.
pub(super) fn build(c: &mut Ctx) -> Option<Part> {
    let a = c.say.a;
    let say = &c.say;
    let mut leden = Vec::new();
    for asset in a
        .assets
        .iter()
        .filter(|x| x.operator.is_some() || x.revenue.is_some())
    {
        let mut text = Vec::new();
        if let Some(op) = &asset.operator {
            let mut period = String::new();
            if let Some(from) = &op.from {
                period.push(' ');
                period.push_str(
                    &say.m
                        .fill("operation.from", &[("date", &say.date(from.value))]),
                );
            }
            if let Some(until) = &op.until {
                period.push(' ');
                period.push_str(
                    &say.m
                        .fill("operation.until", &[("date", &say.date(until.value))]),
                );
            }
            text.extend(say.fill(
                "operation.by",
                &[
                    ("asset", vec![strong(c.text(&asset.title.value))]),
                    (
                        "party",
                        vec![Inline::text(say.name(&op.party.value, At::Within))],
                    ),
                    ("period", vec![Inline::text(period)]),
                ],
            ));
        }
        if let Some(rev) = &asset.revenue {
            if !text.is_empty() {
                text.push(Inline::text(" "));
            }
            let party = vec![Inline::text(say.name(&rev.party.value, At::Within))];
            text.extend(match &rev.note {
                Some(note) => say.fill(
                    "operation.revenue_from",
                    &[("party", party), ("source", c.text(&note.value))],
                ),
                None => say.fill("operation.revenue", &[("party", party)]),
            });
        }
        leden.push(lid(
            format!("lid.operation.{}", asset.id.value),
            vec![para(merge(text))],
        ));
    }
    Part::new(c, "operation", leden, data(&a.assets))
}
