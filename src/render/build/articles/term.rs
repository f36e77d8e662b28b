//! Inwerkingtreding, duur en verlenging.

use super::super::say::sentence;
use super::super::{Ctx, Part, lid, para};
use super::data;
use crate::model::Expiry;

/// The term article: entry into force and end in one sentence, then renewal.
pub(super) fn build(c: &mut Ctx) -> Option<Part> {
    let say = &c.say;
    let h = &say.a.header;
    let mut leden = Vec::new();
    let start = h.effective.as_ref().map(|d| say.date(d.value));
    let text = match (start, h.expires.as_ref().map(|e| e.value)) {
        (Some(s), Some(Expiry::On(end))) => Some(say.fill_text(
            "term.effective_expires",
            &[("date", &s), ("end", &say.date(end))],
        )),
        (Some(s), Some(Expiry::Never)) => {
            Some(say.fill_text("term.effective_indefinite", &[("date", &s)]))
        }
        (Some(s), None) => Some(say.fill_text("term.effective", &[("date", &s)])),
        (None, Some(Expiry::On(end))) => {
            Some(say.fill_text("term.expires", &[("end", &say.date(end))]))
        }
        (None, Some(Expiry::Never)) => Some(say.line("term.indefinite")),
        (None, None) => None,
    };
    if let Some(text) = text {
        leden.push(lid("lid.term.period".to_string(), vec![para(text)]));
    }
    if let Some(renewal) = &h.renewal {
        leden.push(lid(
            "lid.term.renewal".to_string(),
            vec![para(sentence(c.text(&renewal.value)))],
        ));
    }
    let header = serde_json::json!({
        "effective": h.effective,
        "expires": h.expires,
        "renewal": h.renewal,
    });
    Part::new(c, "term", leden, data(&header))
}
