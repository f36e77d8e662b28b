//! Inwerkingtreding, duur en verlenging.

use super::super::say::sentence;
use super::super::{Ctx, Part, lid, para};
use super::data;
use crate::model::Expiry;
use crate::render::tree::Inline;

/// The term article: entry into force and end (in one sentence when both are
/// dated), then renewal, tacit or in words.
pub(super) fn build(c: &mut Ctx) -> Option<Part> {
    let mut leden = Vec::new();
    for (key, text) in period(c) {
        leden.push(lid(format!("lid.term.{key}"), vec![para(text)]));
    }
    let h = &c.say.a.header;
    if let Some(renewal) = &h.renewal {
        leden.push(lid(
            "lid.term.renewal".to_string(),
            vec![para(sentence(c.text(&renewal.value)))],
        ));
    }
    if let Some(tacit) = &h.tacit_renewal {
        leden.push(lid(
            "lid.term.renewal".to_string(),
            vec![para(tacit_renewal(c, tacit.value))],
        ));
    }
    let header = serde_json::json!({
        "effective": h.effective,
        "effective_upon": h.effective_upon,
        "condition": h.condition,
        "expires": h.expires,
        "term": h.term,
        "renewal": h.renewal,
        "tacit_renewal": h.tacit_renewal,
    });
    Part::new(c, "term", leden, data(&header))
}

/// The sentences on entry into force and the end of the term, each with its lid key:
/// `entry` (on a condition), `condition` (a condition precedent) and `period`.
fn period(c: &Ctx) -> Vec<(&'static str, Vec<Inline>)> {
    let say = &c.say;
    let a = say.a;
    let h = &a.header;
    let start = h.effective.as_ref().map(|d| say.date(d.value));
    let length = h.term.as_ref().map(|t| say.duration(t.value));
    let end = a.end_date().map(|d| say.date(d));
    let mut out = Vec::new();
    if let Some(upon) = &h.effective_upon {
        let condition = c.text(&upon.upon.value);
        out.push((
            "entry",
            match &upon.after {
                Some(after) => say.fill(
                    "term.upon_after",
                    &[
                        ("after", vec![Inline::text(say.duration(after.value))]),
                        ("condition", condition),
                    ],
                ),
                None => say.fill("term.upon", &[("condition", condition)]),
            },
        ));
    }
    // A condition precedent: the entry into force itself when nothing else says when,
    // else a sentence after the one on entry into force saying it waits for the condition.
    let waits = start.is_some() || h.effective_upon.is_some();
    let condition = h.condition.as_ref().map(|condition| {
        let key = if waits {
            "term.condition"
        } else {
            "term.condition_only"
        };
        (
            "condition",
            say.fill(key, &[("condition", c.text(&condition.value))]),
        )
    });
    let (before, after) = if waits {
        (None, condition)
    } else {
        (condition, None)
    };
    out.extend(before);
    let expiry = h.expires.as_ref().map(|e| e.value);
    let dated = match (&start, expiry, &length, &end) {
        (Some(s), _, Some(l), Some(e)) => Some(say.fill_text(
            "term.effective_term",
            &[("date", s), ("term", l), ("end", e)],
        )),
        (Some(s), Some(Expiry::On(e)), _, _) => Some(say.fill_text(
            "term.effective_expires",
            &[("date", s), ("end", &say.date(e))],
        )),
        (Some(s), Some(Expiry::Never), _, _) => {
            Some(say.fill_text("term.effective_indefinite", &[("date", s)]))
        }
        (Some(s), None, _, _) => Some(say.fill_text("term.effective", &[("date", s)])),
        (None, Some(Expiry::On(e)), _, _) => {
            Some(say.fill_text("term.expires", &[("end", &say.date(e))]))
        }
        (None, Some(Expiry::Never), _, _) => Some(say.line("term.indefinite")),
        (None, None, Some(l), _) => Some(say.fill_text("term.length", &[("term", l)])),
        (None, None, None, _) => None,
    };
    out.extend(dated.map(|d| ("period", d)));
    out.extend(after);
    out
}

/// "Deze overeenkomst wordt telkens stilzwijgend verlengd met tien jaar, tenzij
/// een Partij uiterlijk zes maanden voor het einde van de lopende termijn opzegt."
fn tacit_renewal(c: &Ctx, period: crate::model::Duration) -> Vec<Inline> {
    let say = &c.say;
    let period = say.duration(period);
    let notice = say
        .a
        .termination
        .as_ref()
        .filter(|t| t.before_expiry)
        .and_then(|t| t.notice.as_ref());
    match notice {
        Some(notice) => say.fill_text(
            "term.tacit_notice",
            &[("period", &period), ("notice", &say.duration(notice.value))],
        ),
        None => say.fill_text("term.tacit", &[("period", &period)]),
    }
}
