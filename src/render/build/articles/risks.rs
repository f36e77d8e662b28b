//! Risicoverdeling: the risks in a table (rows `row.risk.ID`), the measures,
//! what a cap means, and where the risk matrix is.

use super::super::{Ctx, Part, letters, lid, para};
use super::{cell, cell_or_dash, data, strong, table};
use crate::render::tree::{Align, Inline, Row};

/// The risks article.
pub(super) fn build(c: &mut Ctx) -> Option<Part> {
    let risks = &c.say.a.risks;
    if risks.is_empty() {
        return None;
    }
    let say = &c.say;
    let rows = risks
        .iter()
        .map(|r| Row {
            key: Some(format!("row.risk.{}", r.id.value)),
            cells: vec![
                c.text(&r.title.value),
                cell_or_dash(r.category.as_ref(), |x| {
                    say.word("category", x.value.as_str())
                }),
                cell_or_dash(r.likelihood.as_ref(), |x| {
                    say.word("level", x.value.as_str())
                }),
                cell_or_dash(r.impact.as_ref(), |x| say.word("level", x.value.as_str())),
                if r.bearers.is_empty() {
                    cell("–")
                } else {
                    cell(say.shares(&r.bearers, false))
                },
                cell_or_dash(r.cap.as_ref(), |x| say.money(x.value)),
                cell_or_dash(r.response.as_ref(), |x| {
                    say.word("response", x.value.as_str())
                }),
            ],
        })
        .collect();
    let columns = [
        ("risk", "risks.risk", Align::Left),
        ("category", "risks.category", Align::Left),
        ("likelihood", "risks.likelihood", Align::Left),
        ("impact", "risks.impact", Align::Left),
        ("bearers", "risks.bearers", Align::Left),
        ("cap", "risks.cap", Align::Right),
        ("response", "risks.response", Align::Left),
    ];
    let mut leden = vec![lid(
        "lid.risks.table".to_string(),
        vec![
            para(say.line("risks.intro")),
            table(c, "risks", &columns, rows, None),
        ],
    )];
    let measures: Vec<(Option<String>, Vec<Inline>)> = risks
        .iter()
        .filter(|r| r.mitigation.is_some() || r.cause.is_some() || r.effect.is_some())
        .map(|r| {
            let mut parts = vec![strong(c.text(&r.title.value)), Inline::text(": ")];
            let mut first = true;
            for (key, text) in [
                ("risks.cause", &r.cause),
                ("risks.effect", &r.effect),
                ("risks.mitigation", &r.mitigation),
            ] {
                if let Some(t) = text {
                    if !first {
                        parts.push(Inline::text(" "));
                    }
                    first = false;
                    parts.extend(super::super::say::sentence(
                        say.fill(key, &[("text", c.text(&t.value))]),
                    ));
                }
            }
            (Some(format!("item.measure.{}", r.id.value)), parts)
        })
        .collect();
    if !measures.is_empty() {
        leden.push(lid(
            "lid.risks.measures".to_string(),
            vec![para(say.line("risks.measures")), letters(measures)],
        ));
    }
    if risks.iter().any(|r| r.cap.is_some()) {
        leden.push(lid(
            "lid.risks.cap".to_string(),
            vec![para(say.line("risks.cap_meaning"))],
        ));
    }
    for r in risks.iter().filter(|r| !r.above_cap.is_empty()) {
        leden.push(lid(
            format!("lid.risks.above_cap.{}", r.id.value),
            vec![para(say.fill(
                "risks.above_cap",
                &[
                    (
                        "risk",
                        say.fill("word.quoted", &[("text", c.text(&r.title.value))]),
                    ),
                    ("shares", vec![Inline::text(say.shares(&r.above_cap, true))]),
                ],
            ))],
        ));
    }
    let annex = vec![Inline::Reference {
        target: "annex.risk-matrix".to_string(),
        text: String::new(),
    }];
    leden.push(lid(
        "lid.risks.annex".to_string(),
        vec![para(say.fill("risks.annex", &[("annex", annex)]))],
    ));
    let ids: Vec<String> = risks.iter().map(|r| r.id.value.clone()).collect();
    for id in ids {
        c.anchor(&id, &format!("row.risk.{id}"));
    }
    Part::new(c, "risks", leden, data(risks))
}
