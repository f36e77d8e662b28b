//! Parties (matched by id), their representatives, and groups.

use super::change::Change;
use super::keyed::{Fields, pair, presence};
use crate::model::{Agreement, Mandate, Party, Representative};

fn text(value: Option<&crate::model::Text>) -> Option<String> {
    value.map(|t| t.value.clone())
}

/// Parties added, removed or changed; representatives; groups.
pub fn compare(old: &Agreement, new: &Agreement, out: &mut Vec<Change>) {
    for (id, o, n) in pair(&old.parties, &new.parties, |p| p.id.value.clone()) {
        let name = |p: Option<&Party>| p.map(|p| format!("\"{}\"", p.name.value));
        presence(out, "parties", "party", &id, name(o), name(n));
        if let (Some(o), Some(n)) = (o, n) {
            party(&id, o, n, out);
        }
    }
    for (id, o, n) in pair(&old.groups, &new.groups, |g| g.id.value.clone()) {
        let name = |g: Option<&crate::model::Group>| g.map(|g| format!("\"{}\"", g.name.value));
        presence(out, "groups", "group", &id, name(o), name(n));
        if let (Some(o), Some(n)) = (o, n) {
            let mut fields = Fields {
                out,
                section: "groups",
                noun: "group",
                id: id.clone(),
            };
            fields.text("name", Some(&o.name.value), Some(&n.name.value));
            let ids = |g: &crate::model::Group| g.members.iter().map(|m| m.value.clone()).collect();
            fields.set("members", ids(o), ids(n));
        }
    }
}

fn party(id: &str, o: &Party, n: &Party, out: &mut Vec<Change>) {
    let mut fields = Fields {
        out,
        section: "parties",
        noun: "party",
        id: id.to_string(),
    };
    fields.text("name", Some(&o.name.value), Some(&n.name.value));
    let word = |p: &Party| {
        (
            p.sector.as_ref().map(|s| s.value.to_string()),
            p.role.as_ref().map(|r| r.value.to_string()),
        )
    };
    fields.value("sector", word(o).0, word(n).0);
    fields.value("role", word(o).1, word(n).1);
    fields.text(
        "legal-form",
        text(o.legal_form.as_ref()).as_deref(),
        text(n.legal_form.as_ref()).as_deref(),
    );
    fields.text(
        "seat",
        text(o.seat.as_ref()).as_deref(),
        text(n.seat.as_ref()).as_deref(),
    );
    fields.text(
        "registration",
        text(o.registration.as_ref()).as_deref(),
        text(n.registration.as_ref()).as_deref(),
    );
    fields.text(
        "selected-by",
        text(o.selected_by.as_ref()).as_deref(),
        text(n.selected_by.as_ref()).as_deref(),
    );
    let second = |p: &Party| {
        [
            ("acting-for", text(p.acting_for.as_ref())),
            ("part-of", text(p.part_of.as_ref())),
            ("consulted", text(p.consulted.as_ref())),
            ("competence", text(p.competence.as_ref())),
            ("tier", p.tier.as_ref().map(|t| t.value.to_string())),
        ]
    };
    for ((field, a), (_, b)) in second(o).into_iter().zip(second(n)) {
        fields.text(field, a.as_deref(), b.as_deref());
    }
    for (name, a, b) in pair(&o.representatives, &n.representatives, |r| {
        r.name.value.clone()
    }) {
        let (a, b) = (a.map(describe), b.map(describe));
        if a != b {
            let verb = match (&a, &b) {
                (None, _) => "added",
                (_, None) => "removed",
                _ => "changed",
            };
            let path = format!("parties.{id}.representatives.{name}");
            let change = Change::new(
                "parties",
                &format!("representative-{verb}"),
                format!("party {id}"),
                path,
            )
            .field(&format!("representative \"{name}\""))
            .values(a, b);
            out.push(change);
        }
    }
}

/// A representative in one line: name, capacity, mandate, signature.
fn describe(r: &Representative) -> String {
    let mut parts = vec![format!("\"{}\"", r.name.value)];
    if let Some(capacity) = &r.capacity {
        parts.push(format!(
            "capacity \"{}\"",
            super::normalize(&capacity.value)
        ));
    }
    match r.mandate.as_ref().map(|m| &m.value) {
        Some(Mandate::Statutory) => parts.push("mandate statutory".to_string()),
        Some(Mandate::Decision(text)) => {
            parts.push(format!("mandate \"{}\"", super::normalize(text)))
        }
        None => {}
    }
    if let Some(date) = &r.signed_on {
        parts.push(format!("signed-on {}", date.value));
    }
    if let Some(place) = &r.signed_at {
        parts.push(format!("signed-at \"{}\"", super::normalize(&place.value)));
    }
    parts.join(", ")
}
