//! Agenda: the themes the parties work on together, as items a., b., ...

use super::super::say::At;
use super::super::{Ctx, Part, letters, lid, para};
use super::data;

/// The agenda article.
pub(super) fn build(c: &mut Ctx) -> Option<Part> {
    let agenda = c.say.a.agenda.as_ref()?;
    if agenda.themes.is_empty() {
        return None;
    }
    let say = &c.say;
    let items = agenda
        .themes
        .iter()
        .map(|t| {
            let mut item = c.text(&t.title.value);
            if let Some(lead) = &t.lead {
                item.extend(say.fill_text(
                    "agenda.lead",
                    &[("party", &say.name(&lead.value, At::Within))],
                ));
            }
            if let Some(public) = &t.public {
                item.extend(say.line(if public.value {
                    "agenda.public"
                } else {
                    "agenda.private"
                }));
            }
            (Some(format!("item.theme.{}", t.id.value)), item)
        })
        .collect();
    let blocks = vec![para(say.line("agenda.intro")), letters(items)];
    Part::new(
        c,
        "agenda",
        vec![lid("lid.agenda.1".to_string(), blocks)],
        data(agenda),
    )
}
