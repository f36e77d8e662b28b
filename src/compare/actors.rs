//! Externals and entities (matched by id), scope and annexes: the items of the second edition
//! that stand beside the parties and the articles.

use super::change::Change;
use super::keyed::{Fields, pair, presence};
use super::text::normalize;
use crate::model::{Agreement, Annex, Entity, External, Share, Text};

fn text(value: Option<&Text>) -> Option<&str> {
    value.map(|t| t.value.as_str())
}

fn quoted(name: &Text) -> Option<String> {
    Some(format!("\"{}\"", normalize(&name.value)))
}

/// Externals, entities, the scope and annexes: added, removed or changed.
pub fn compare(old: &Agreement, new: &Agreement, out: &mut Vec<Change>) {
    for (id, o, n) in pair(&old.externals, &new.externals, |e| e.id.value.clone()) {
        let name = |e: Option<&External>| e.and_then(|e| quoted(&e.name));
        presence(out, "externals", "external", &id, name(o), name(n));
        if let (Some(o), Some(n)) = (o, n) {
            external(id, o, n, out);
        }
    }
    for (id, o, n) in pair(&old.entities, &new.entities, |e| e.id.value.clone()) {
        let name = |e: Option<&Entity>| e.and_then(|e| quoted(&e.name));
        presence(out, "entities", "entity", &id, name(o), name(n));
        if let (Some(o), Some(n)) = (o, n) {
            entity(id, o, n, out);
        }
    }
    let mut fields = Fields {
        out,
        section: "scope",
        noun: "scope",
        id: String::new(),
    };
    let (o, n) = (old.scope.as_ref(), new.scope.as_ref());
    fields.text(
        "covers",
        o.and_then(|s| text(s.covers.as_ref())),
        n.and_then(|s| text(s.covers.as_ref())),
    );
    fields.text(
        "excludes",
        o.and_then(|s| text(s.excludes.as_ref())),
        n.and_then(|s| text(s.excludes.as_ref())),
    );
    for (id, o, n) in pair(&old.annexes, &new.annexes, |a| a.id.value.clone()) {
        let title = |a: Option<&Annex>| a.and_then(|a| quoted(&a.title));
        presence(out, "annexes", "annex", &id, title(o), title(n));
        if let (Some(o), Some(n)) = (o, n) {
            let mut fields = Fields {
                out,
                section: "annexes",
                noun: "annex",
                id,
            };
            fields.text("title", Some(&o.title.value), Some(&n.title.value));
            fields.text(
                "document",
                text(o.document.as_ref()),
                text(n.document.as_ref()),
            );
            fields.text(
                "description",
                text(o.description.as_ref()),
                text(n.description.as_ref()),
            );
        }
    }
}

fn external(id: String, o: &External, n: &External, out: &mut Vec<Change>) {
    let mut fields = Fields {
        out,
        section: "externals",
        noun: "external",
        id,
    };
    fields.text("name", Some(&o.name.value), Some(&n.name.value));
    let words = |e: &External| {
        (
            e.sector.as_ref().map(|s| s.value.to_string()),
            e.role.as_ref().map(|r| r.value.to_string()),
        )
    };
    fields.value("sector", words(o).0, words(n).0);
    fields.value("role", words(o).1, words(n).1);
    fields.text(
        "description",
        text(o.description.as_ref()),
        text(n.description.as_ref()),
    );
}

fn entity(id: String, o: &Entity, n: &Entity, out: &mut Vec<Change>) {
    let mut fields = Fields {
        out,
        section: "entities",
        noun: "entity",
        id,
    };
    fields.text("name", Some(&o.name.value), Some(&n.name.value));
    fields.text(
        "legal-form",
        text(o.legal_form.as_ref()),
        text(n.legal_form.as_ref()),
    );
    fields.text("seat", text(o.seat.as_ref()), text(n.seat.as_ref()));
    let holders = |list: &[Share]| {
        list.iter()
            .map(|s| format!("{} {}", s.party.value, s.percent.value))
            .collect()
    };
    fields.set(
        "shareholders",
        holders(&o.shareholders),
        holders(&n.shareholders),
    );
    fields.text(
        "purpose",
        text(o.purpose.as_ref()),
        text(n.purpose.as_ref()),
    );
}
