//! Kennisgevingen: to whom notices under the agreement are sent.

use super::super::say::{At, joined};
use super::super::{Ctx, Part, letters, lid, para};
use super::data;
use crate::render::tree::Inline;

/// The notices article, anchored as `[[notices]]`: the addresses, then how they are changed.
pub(super) fn build(c: &mut Ctx) -> Option<Part> {
    let notices = c.say.a.notices.as_ref()?;
    if notices.addresses.is_empty() {
        return None;
    }
    let say = &c.say;
    let items = notices
        .addresses
        .iter()
        .map(|address| {
            let mut details: Vec<Vec<Inline>> = Vec::new();
            details.extend(address.contact.iter().map(|t| c.text(&t.value)));
            for (key, text) in [("email", &address.email), ("address", &address.address)] {
                if let Some(text) = text {
                    let value = vec![Inline::text(super::super::text::squash(&text.value))];
                    details.push(say.fill(&format!("notices.{key}"), &[(key, value)]));
                }
            }
            let party = vec![Inline::text(say.name(&address.party.value, At::Within))];
            let line = say.fill(
                "notices.party",
                &[("party", party), ("details", joined(details, ", "))],
            );
            (None, line)
        })
        .collect();
    let leden = vec![
        lid(
            "lid.notices.addresses".to_string(),
            vec![para(say.line("notices.intro")), letters(items)],
        ),
        lid(
            "lid.notices.change".to_string(),
            vec![para(say.line("notices.change"))],
        ),
    ];
    c.anchor("notices", "article.notices");
    Part::new(c, "notices", leden, data(notices))
}
