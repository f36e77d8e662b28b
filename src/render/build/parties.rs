//! The parties at the head of the document, the closing formula and the signature blocks.

use super::Ctx;
use super::say::{At, joined, merge};
use crate::model::{Mandate, Party, Representative, Text};
use crate::render::tree::{Inline, PartyEntry, Signatory, SignatureBlock};

/// The parties, numbered, each with its introduction.
pub(super) fn entries(c: &mut Ctx) -> Vec<PartyEntry> {
    let a = c.say.a;
    let mut out = Vec::with_capacity(a.parties.len());
    for (i, party) in a.parties.iter().enumerate() {
        let key = format!("party.{}", party.id.value);
        let name = if party.is_tendered() {
            c.say.get("placeholder.name")
        } else {
            party.name.value.clone()
        };
        c.anchor_as(
            &party.id.value,
            &key,
            c.say.name(&party.id.value, At::Within),
        );
        out.push(PartyEntry {
            key,
            number: i + 1,
            description: description(c, party),
            name,
            placeholder: party.is_tendered(),
        });
    }
    for group in &a.groups {
        let key = format!("group.{}", group.id.value);
        c.anchor_as(
            &group.id.value,
            &key,
            c.say.name(&group.id.value, At::Within),
        );
    }
    out
}

/// Form, seat, registration, representation; for a tendered party fields to fill in.
fn description(c: &Ctx, party: &Party) -> Vec<Inline> {
    let say = &c.say;
    let tendered = party.is_tendered();
    let field = |value: Option<&Text>, placeholder: &str| -> Option<Vec<Inline>> {
        match value {
            Some(v) => Some(vec![Inline::text(super::text::squash(&v.value))]),
            None if tendered => Some(vec![Inline::Placeholder {
                text: say.get(placeholder),
            }]),
            None => None,
        }
    };
    let mut parts: Vec<Vec<Inline>> = Vec::new();
    parts.extend(field(party.legal_form.as_ref(), "placeholder.legal_form"));
    if let Some(seat) = field(party.seat.as_ref(), "placeholder.seat") {
        parts.push(say.fill("party.seat", &[("seat", seat)]));
    }
    if let Some(registration) = field(party.registration.as_ref(), "placeholder.registration") {
        parts.push(say.fill("party.registration", &[("registration", registration)]));
    }
    if let Some(whole) = &party.part_of {
        parts.push(say.fill("party.part_of", &[("whole", c.text(&whole.value))]));
    }
    if let Some(competence) = &party.competence {
        parts.push(say.fill(
            "party.competence",
            &[("competence", c.text(&competence.value))],
        ));
    }
    let mut representatives: Vec<Vec<Inline>> = party
        .representatives
        .iter()
        .map(|r| representative(c, r))
        .collect();
    if representatives.is_empty() && tendered {
        let blank = |key: &str| vec![Inline::Placeholder { text: say.get(key) }];
        representatives.push(joined(
            vec![
                blank("placeholder.representative"),
                blank("placeholder.capacity"),
                say.fill(
                    "party.mandate",
                    &[("mandate", blank("placeholder.mandate"))],
                ),
            ],
            ", ",
        ));
    }
    if !representatives.is_empty() {
        let count = representatives.len();
        let mut list = Vec::new();
        for (i, r) in representatives.into_iter().enumerate() {
            if i > 0 {
                let separator = if i + 1 == count {
                    format!(" {} ", say.get("word.and"))
                } else {
                    "; ".to_string()
                };
                list.push(Inline::text(separator));
            }
            list.extend(r);
        }
        parts.push(say.fill("party.represented", &[("representatives", list)]));
    }
    if let Some(state) = &party.acting_for {
        parts.push(say.fill("party.acting_for", &[("for", c.text(&state.value))]));
    }
    if let Some(heard) = &party.consulted {
        parts.push(say.fill("party.consulted", &[("heard", c.text(&heard.value))]));
    }
    if let Some(short) = &party.short_name {
        let short = vec![Inline::text(super::text::squash(&short.value))];
        parts.push(say.fill("party.short_name", &[("short", short)]));
    }
    let mut text = joined(parts, ", ");
    if let Some(tender) = &party.selected_by {
        text.extend(say.fill(
            "party.tendered",
            &[
                ("tender", c.text(&tender.value)),
                (
                    "term",
                    vec![Inline::text(
                        say.with_article(&party.name.value, At::Within),
                    )],
                ),
            ],
        ));
    }
    let mut text = merge(text);
    super::say::trim_stop(&mut text);
    text
}

/// "J. de Vries, wethouder, op grond van ..." (no mandate: name and capacity alone).
fn representative(c: &Ctx, r: &Representative) -> Vec<Inline> {
    let say = &c.say;
    let mut parts = vec![vec![Inline::text(super::text::squash(&r.name.value))]];
    if let Some(capacity) = &r.capacity {
        parts.push(vec![Inline::text(super::text::squash(&capacity.value))]);
    }
    match r.mandate.as_ref().map(|m| &m.value) {
        Some(Mandate::Decision(decision)) => {
            parts.push(say.fill("party.mandate", &[("mandate", c.text(decision))]));
        }
        Some(Mandate::Statutory) => parts.push(say.line("party.statutory")),
        None => {}
    }
    joined(parts, ", ")
}

/// The closing formula above the signatures: "Aldus overeengekomen en in zevenvoud
/// ondertekend te Arnhem op 1 maart 2026:", each part only when the header states it
/// (the place and the date only when no signatory has a place or date of its own).
pub(super) fn closing(c: &Ctx) -> Vec<Inline> {
    let say = &c.say;
    let h = &say.a.header;
    let signatories = || say.a.parties.iter().flat_map(|p| &p.representatives);
    let own_place = signatories().any(|r| r.signed_at.is_some());
    let own_date = signatories().any(|r| r.signed_on.is_some());
    let fragment = |text: Option<String>| text.map(|t| format!(" {t}")).unwrap_or_default();
    let originals = fragment(h.originals.as_ref().map(|n| originals(c, n.value)));
    let at = fragment(h.signed_at.as_ref().filter(|_| !own_place).map(|place| {
        let place = super::text::squash(&place.value);
        say.m.fill("signature.at", &[("place", &place)])
    }));
    let on = fragment(
        h.signed_on
            .as_ref()
            .filter(|_| !own_date)
            .map(|d| say.m.fill("signature.on", &[("date", &say.date(d.value))])),
    );
    say.fill_text(
        "signature.closing",
        &[("originals", &originals), ("at", &at), ("on", &on)],
    )
}

/// "in zevenvoud", "in seven originals": from the table `originals`, numerals beyond it.
fn originals(c: &Ctx, count: u32) -> String {
    let key = format!("originals.{count}");
    if c.say.m.has(&key) {
        c.say.get(&key)
    } else {
        c.say
            .m
            .fill("originals.other", &[("count", &count.to_string())])
    }
}

/// One block per party, one signatory per representative (a blank one if none),
/// each with its own place and date, else the header's, else a field to fill in.
pub(super) fn signatures(c: &Ctx) -> Vec<SignatureBlock> {
    let say = &c.say;
    let blank = || {
        vec![Inline::Placeholder {
            text: say.get("placeholder.blank"),
        }]
    };
    let h = &say.a.header;
    let place = |own: Option<&Text>| match own.or(h.signed_at.as_ref()) {
        Some(p) => vec![Inline::text(super::text::squash(&p.value))],
        None => blank(),
    };
    let date = |own: Option<&crate::model::Spanned<crate::model::Date>>| match own
        .or(h.signed_on.as_ref())
    {
        Some(d) => vec![Inline::text(say.date(d.value))],
        None => blank(),
    };
    let plain = |t: &Text| vec![Inline::text(super::text::squash(&t.value))];
    say.a
        .parties
        .iter()
        .map(|party| {
            let tendered = party.is_tendered();
            let mut signatories: Vec<Signatory> = party
                .representatives
                .iter()
                .map(|r| Signatory {
                    name: plain(&r.name),
                    capacity: r.capacity.as_ref().map_or_else(blank, plain),
                    place: place(r.signed_at.as_ref()),
                    date: date(r.signed_on.as_ref()),
                })
                .collect();
            if signatories.is_empty() {
                let field = |key: &str| {
                    if tendered {
                        vec![Inline::Placeholder { text: say.get(key) }]
                    } else {
                        blank()
                    }
                };
                signatories.push(Signatory {
                    name: field("placeholder.representative"),
                    capacity: field("placeholder.capacity"),
                    place: place(None),
                    date: date(None),
                });
            }
            SignatureBlock {
                key: format!("signature.{}", party.id.value),
                party: if tendered {
                    format!("{} ({})", say.get("placeholder.name"), party.name.value)
                } else {
                    party.name.value.clone()
                },
                placeholder: tendered,
                signatories,
            }
        })
        .collect()
}
