//! Doelen: the goals in a table (rows `row.goal.ID`), their explanations after it.

use super::super::say::sentence;
use super::super::{Ctx, Part, lid, para};
use super::{cell, cell_or_dash, data, strong, table};
use crate::model::Goal;
use crate::render::tree::{Align, Inline, Lid, Row};

/// The interim targets of a goal as one lid: "Tussendoelen voor ...: 4 op 31 december 2027 en ...".
fn milestones(c: &Ctx, g: &Goal) -> Option<Lid> {
    if g.milestones.is_empty() {
        return None;
    }
    let say = &c.say;
    let each: Vec<String> = g
        .milestones
        .iter()
        .map(|m| {
            say.m.fill(
                "goals.milestone",
                &[
                    ("target", &say.quantity(m.target.value)),
                    ("date", &say.date(m.by.value)),
                ],
            )
        })
        .collect();
    let text = say.fill(
        "goals.milestones",
        &[
            (
                "goal",
                say.fill("word.quoted", &[("text", c.text(&g.title.value))]),
            ),
            ("milestones", vec![Inline::text(say.join(&each))]),
        ],
    );
    Some(lid(
        format!("lid.goal.{}.milestones", g.id.value),
        vec![para(text)],
    ))
}

/// The goals article.
pub(super) fn build(c: &mut Ctx) -> Option<Part> {
    let goals = &c.say.a.goals;
    if goals.is_empty() {
        return None;
    }
    let say = &c.say;
    let rows: Vec<Row> = goals
        .iter()
        .map(|g| Row {
            key: Some(format!("row.goal.{}", g.id.value)),
            cells: vec![
                c.text(&g.title.value),
                g.indicator
                    .as_ref()
                    .map_or_else(|| cell("–"), |i| c.text(&i.value)),
                cell_or_dash(g.baseline.as_ref(), |b| say.quantity(b.value)),
                cell_or_dash(g.target.as_ref(), |t| say.quantity(t.value)),
                cell_or_dash(g.deadline.as_ref(), |d| say.date(d.value)),
                cell_or_dash(g.owner.as_ref(), |o| say.plain_name(&o.value)),
            ],
        })
        .collect();
    let columns = [
        ("goal", "goals.goal", Align::Left),
        ("indicator", "goals.indicator", Align::Left),
        ("baseline", "goals.baseline", Align::Right),
        ("target", "goals.target", Align::Right),
        ("date", "goals.date", Align::Left),
        ("owner", "goals.owner", Align::Left),
    ];
    let mut leden = vec![lid(
        "lid.goals.table".to_string(),
        vec![
            para(say.line("goals.intro")),
            table(c, "goals", &columns, rows, None),
        ],
    )];
    for g in goals.iter() {
        if let Some(d) = &g.description {
            let mut inlines = vec![strong(c.text(&g.title.value)), Inline::text(": ")];
            inlines.extend(sentence(c.text(&d.value)));
            leden.push(lid(format!("lid.goal.{}", g.id.value), vec![para(inlines)]));
        }
        if let Some(lid) = milestones(c, g) {
            leden.push(lid);
        }
    }
    let ids: Vec<String> = goals.iter().map(|g| g.id.value.clone()).collect();
    for id in ids {
        c.anchor(&id, &format!("row.goal.{id}"));
    }
    Part::new(c, "goals", leden, data(goals))
}
