//! Opzegging: notice period, manner, grounds and what termination does to the others.

use super::super::say::sentence;
use super::super::{Ctx, Part, lid, para};
use super::data;
use crate::model::words::Consequence;

/// The termination article, anchored as `[[termination]]`.
pub(super) fn build(c: &mut Ctx) -> Option<Part> {
    let t = c.say.a.termination.as_ref()?;
    let say = &c.say;
    let mut leden = Vec::new();
    if let Some(notice) = &t.notice {
        leden.push(lid(
            "lid.termination.notice".to_string(),
            vec![para(say.fill_text(
                if t.before_expiry {
                    "termination.notice_before_expiry"
                } else {
                    "termination.notice"
                },
                &[("period", &say.duration(notice.value))],
            ))],
        ));
    }
    if let Some(manner) = &t.manner {
        leden.push(lid(
            "lid.termination.manner".to_string(),
            vec![para(say.fill(
                "termination.manner",
                &[("manner", c.text(&manner.value))],
            ))],
        ));
    }
    if let Some(grounds) = &t.grounds {
        leden.push(lid(
            "lid.termination.grounds".to_string(),
            vec![para(sentence(c.text(&grounds.value)))],
        ));
    }
    let consequence = match t.consequences.as_ref().map(|x| x.value) {
        Some(Consequence::Continue) => Some("termination.continue"),
        Some(Consequence::Dissolve) => Some("termination.dissolve"),
        None => None,
    };
    if let Some(key) = consequence {
        leden.push(lid(
            "lid.termination.consequences".to_string(),
            vec![para(say.line(key))],
        ));
    }
    c.anchor("termination", "article.termination");
    Part::new(c, "termination", leden, data(t))
}
