//! The parties at the head of the document and their signature blocks.

use super::context::{PartyView, SignatureBlock};
use super::words::Words;
use crate::model::{Mandate, Party, Representative};

/// The parties, numbered, with a full description each.
pub fn parties(w: &Words) -> Vec<PartyView> {
    w.agreement
        .parties
        .iter()
        .enumerate()
        .map(|(i, party)| {
            let tender = party.selected_by.as_ref().map(|t| w.text(&t.value));
            let name = if party.is_tendered() {
                w.get("placeholder.name")
            } else {
                w.text(&party.name.value)
            };
            PartyView {
                number: i + 1,
                id: w.text(&party.id.value),
                description: description(w, party, &name, tender.as_deref()),
                name,
                placeholder: party.is_tendered(),
                tender,
            }
        })
        .collect()
}

/// `**Name**, form, gevestigd te X, ingeschreven onder Y, vertegenwoordigd door ...`.
fn description(w: &Words, party: &Party, name: &str, tender: Option<&str>) -> String {
    let tendered = tender.is_some();
    let field = |value: Option<&crate::model::Text>, placeholder: &str| -> Option<String> {
        match value {
            Some(v) => Some(w.text(&v.value)),
            None if tendered => Some(w.get(placeholder)),
            None => None,
        }
    };
    let mut parts = vec![format!("**{name}**")];
    parts.extend(field(party.legal_form.as_ref(), "placeholder.legal_form"));
    if let Some(seat) = field(party.seat.as_ref(), "placeholder.seat") {
        parts.push(w.fill("party.seat", &[("seat", &seat)]));
    }
    if let Some(registration) = field(party.registration.as_ref(), "placeholder.registration") {
        parts.push(w.fill("party.registration", &[("registration", &registration)]));
    }
    let mut representatives: Vec<String> = party
        .representatives
        .iter()
        .map(|r| representative(w, r))
        .collect();
    if representatives.is_empty() && tendered {
        let name = w.get("placeholder.representative");
        let capacity = w.get("placeholder.capacity");
        let mandate = w.fill(
            "party.mandate",
            &[("mandate", &w.get("placeholder.mandate"))],
        );
        representatives.push(format!("{name}, {capacity}, {mandate}"));
    }
    if !representatives.is_empty() {
        parts.push(w.fill(
            "party.represented",
            &[("representatives", &w.join(&representatives))],
        ));
    }
    let mut text = parts.join(", ");
    if let Some(tender) = tender {
        let term = w.text(&party.name.value);
        text.push_str(&w.fill("party.tendered", &[("tender", tender), ("term", &term)]));
    }
    text
}

fn representative(w: &Words, r: &Representative) -> String {
    let mut text = w.text(&r.name.value);
    if let Some(capacity) = &r.capacity {
        text.push_str(", ");
        text.push_str(&w.text(&capacity.value));
    }
    match r.mandate.as_ref().map(|m| &m.value) {
        Some(Mandate::Decision(decision)) => {
            text.push_str(", ");
            text.push_str(&w.fill("party.mandate", &[("mandate", &w.text(decision))]));
        }
        Some(Mandate::Statutory) => {
            text.push_str(", ");
            text.push_str(&w.get("party.statutory"));
        }
        None => {}
    }
    text
}

/// The sentence above the signature blocks.
pub fn signing(w: &Words) -> String {
    match &w.agreement.header.signed_at {
        Some(place) => w.fill("signature.intro_at", &[("place", &w.text(&place.value))]),
        None => w.get("signature.intro"),
    }
}

/// One block per representative; a tendered party gets one placeholder block.
pub fn signatures(w: &Words) -> Vec<SignatureBlock> {
    let place = w
        .agreement
        .header
        .signed_at
        .as_ref()
        .map_or_else(|| w.get("placeholder.blank"), |p| w.text(&p.value));
    let mut blocks = Vec::new();
    for party in &w.agreement.parties {
        let tendered = party.is_tendered();
        let party_name = if tendered {
            format!(
                "{} ({})",
                w.get("placeholder.name"),
                w.text(&party.name.value)
            )
        } else {
            w.text(&party.name.value)
        };
        for r in &party.representatives {
            blocks.push(SignatureBlock {
                party: party_name.clone(),
                place: place.clone(),
                date: r
                    .signed_on
                    .as_ref()
                    .map_or_else(|| w.get("placeholder.blank"), |d| w.date(d.value)),
                name: w.text(&r.name.value),
                capacity: r
                    .capacity
                    .as_ref()
                    .map_or_else(|| w.get("placeholder.blank"), |c| w.text(&c.value)),
                placeholder: tendered,
            });
        }
        if party.representatives.is_empty() {
            let (name, capacity) = if tendered {
                (
                    w.get("placeholder.representative"),
                    w.get("placeholder.capacity"),
                )
            } else {
                (w.get("placeholder.blank"), w.get("placeholder.blank"))
            };
            blocks.push(SignatureBlock {
                party: party_name,
                place: place.clone(),
                date: w.get("placeholder.blank"),
                name,
                capacity,
                placeholder: tendered,
            });
        }
    }
    blocks
}
