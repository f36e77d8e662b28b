//! The short articles of one sentence: accession, amendment, governing law,
//! publication, short title; force majeure and penalty.

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

/// How new parties join.
pub(super) fn accession(c: &mut Ctx) -> Option<Part> {
    single(c, "accession", c.say.a.accession.as_ref(), None)
}

/// How the agreement is amended.
pub(super) fn amendment(c: &mut Ctx) -> Option<Part> {
    single(c, "amendment", c.say.a.amendment.as_ref(), None)
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

/// Where the agreement is published.
pub(super) fn publication(c: &mut Ctx) -> Option<Part> {
    single(
        c,
        "publication",
        c.say.a.header.publication.as_ref(),
        Some(("publication.text", "where")),
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

/// The penalty clause of the agreement.
pub(super) fn penalty(c: &mut Ctx) -> Option<Part> {
    single(c, "penalty", c.say.a.penalty.as_ref(), None)
}
