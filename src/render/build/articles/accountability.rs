//! Monitoring, rapportage en evaluatie: the reports in a table (rows
//! `row.report.ID`), then who evaluates the partnership and when, and what follows.

use super::super::say::At;
use super::super::{Ctx, Part, lid, para};
use super::{cell_or_dash, data, table};
use crate::model::Evaluator;
use crate::render::tree::{Align, Row};

/// The accountability article.
pub(super) fn build(c: &mut Ctx) -> Option<Part> {
    let acc = c.say.a.accountability.as_ref()?;
    let say = &c.say;
    let a = say.a;
    let mut leden = Vec::new();
    if !acc.reports.is_empty() {
        let rows = acc
            .reports
            .iter()
            .map(|r| {
                let to = cell_or_dash(r.to.as_ref(), |t| {
                    a.body(&t.value)
                        .map_or_else(|| say.plain_name(&t.value), |b| b.name.value.clone())
                });
                Row {
                    key: Some(format!("row.report.{}", r.id.value)),
                    cells: vec![
                        c.text(&r.title.value),
                        cell_or_dash(r.by.as_ref(), |b| say.plain_name(&b.value)),
                        to,
                        cell_or_dash(r.frequency.as_ref(), |f| say.frequency(f.value)),
                    ],
                }
            })
            .collect();
        let columns = [
            ("report", "reports.report", Align::Left),
            ("by", "reports.by", Align::Left),
            ("to", "reports.to", Align::Left),
            ("frequency", "reports.frequency", Align::Left),
        ];
        leden.push(lid(
            "lid.accountability.reports".to_string(),
            vec![
                para(say.line("reports.intro")),
                table(c, "reports", &columns, rows, None),
            ],
        ));
    }
    if let Some(ev) = &acc.evaluation {
        let who = match ev.by.as_ref().map(|b| &b.value) {
            Some(Evaluator::Party(id)) => say.name(id, At::Within),
            Some(Evaluator::Named(name)) => super::super::text::squash(name),
            None => say.get("evaluation.parties"),
        };
        let text = match (&ev.on, &ev.after) {
            (Some(on), _) => say.fill_text(
                "evaluation.on",
                &[("who", &who), ("date", &say.date(on.value))],
            ),
            (None, Some(after)) => say.fill_text(
                "evaluation.after",
                &[("who", &who), ("after", &say.duration(after.value))],
            ),
            (None, None) => say.fill_text("evaluation.text", &[("who", &who)]),
        };
        leden.push(lid(
            "lid.accountability.evaluation".to_string(),
            vec![para(text)],
        ));
        if let Some(follow_up) = &ev.follow_up {
            let mut follow_up = c.text(&follow_up.value);
            super::super::say::decapitalise(&mut follow_up);
            leden.push(lid(
                "lid.accountability.follow-up".to_string(),
                vec![para(
                    say.fill("evaluation.follow_up", &[("follow_up", follow_up)]),
                )],
            ));
        }
    }
    Part::new(c, "accountability", leden, data(acc))
}
