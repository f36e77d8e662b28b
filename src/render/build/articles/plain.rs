//! The short articles of one sentence: governing law and short title; force
//! majeure, penalty and compliance.

use super::super::say::sentence;
use super::super::{Ctx, Part, lid, para};
use super::data;
use crate::model::Text;

/// An article of one lid holding `inlines`, anchored as `[[KIND]]`.
fn single(
    c: &mut Ctx,
    kind: &'static str,
    text: Option<&Text>,
    message: Option<(&str, &str)>,
) -> Option<Part> {
    let text = text?;
    let inlines = match message {
        Some((key, name)) => c.say.fill(key, &[(name, c.text(&text.value))]),
        None => sentence(c.text(&text.value)),
    };
    c.anchor(kind, &format!("article.{kind}"));
    Part::new(
        c,
        kind,
        vec![lid(format!("lid.{kind}.1"), vec![para(inlines)])],
        data(text),
    )
}

/// The law that governs the agreement.
pub(super) fn governing_law(c: &mut Ctx) -> Option<Part> {
    single(
        c,
        "governing-law",
        c.say.a.header.governing_law.as_ref(),
        Some(("law.text", "law")),
    )
}

/// The short title by which it is cited.
pub(super) fn short_title(c: &mut Ctx) -> Option<Part> {
    single(
        c,
        "short-title",
        c.say.a.header.short_title.as_ref(),
        Some(("short_title.text", "short")),
    )
}

/// What counts as force majeure and what follows.
pub(super) fn force_majeure(c: &mut Ctx) -> Option<Part> {
    single(c, "force-majeure", c.say.a.force_majeure.as_ref(), None)
}

/// How compliance with the agreement is monitored and enforced.
pub(super) fn compliance(c: &mut Ctx) -> Option<Part> {
    single(c, "compliance", c.say.a.compliance.as_ref(), None)
}

/// The penalty clause of the agreement.
pub(super) fn penalty(c: &mut Ctx) -> Option<Part> {
    single(c, "penalty", c.say.a.penalty.as_ref(), None)
}
