//! The building blocks of issue 14: the header's kind, condition and originals, short
//! names, payment terms and indexation, penalties, notices, liability and force majeure.

use super::change::Change;
use super::keyed::{Fields, pair};
use crate::model::{Agreement, Text};

fn text(value: Option<&Text>) -> Option<&str> {
    value.map(|t| t.value.as_str())
}

/// Every change in the building blocks between `old` and `new`.
pub fn compare(old: &Agreement, new: &Agreement, out: &mut Vec<Change>) {
    header(old, new, out);
    for (id, o, n) in pair(&old.parties, &new.parties, |p| p.id.value.clone()) {
        if let (Some(o), Some(n)) = (o, n) {
            let mut fields = Fields {
                out,
                section: "parties",
                noun: "party",
                id,
            };
            fields.text(
                "short-name",
                text(o.short_name.as_ref()),
                text(n.short_name.as_ref()),
            );
        }
    }
    for (id, o, n) in pair(&old.deliverables, &new.deliverables, |d| d.id.value.clone()) {
        if let (Some(o), Some(n)) = (o, n) {
            let mut fields = Fields {
                out,
                section: "deliverables",
                noun: "deliverable",
                id,
            };
            fields.text(
                "penalty",
                text(o.penalty.as_ref()),
                text(n.penalty.as_ref()),
            );
            fields.text("remedy", text(o.remedy.as_ref()), text(n.remedy.as_ref()));
            let yes = |d: &crate::model::Deliverable| {
                d.legislative
                    .as_ref()
                    .map(|l| if l.value { "yes" } else { "no" }.to_string())
            };
            fields.value("legislative", yes(o), yes(n));
        }
    }
    investment(old, new, out);
    notices(old, new, out);
    liability(old, new, out);
    let mut fields = Fields {
        out,
        section: "clauses",
        noun: "provision",
        id: String::new(),
    };
    fields.text(
        "force-majeure",
        text(old.force_majeure.as_ref()),
        text(new.force_majeure.as_ref()),
    );
    fields.text(
        "penalty",
        text(old.penalty.as_ref()),
        text(new.penalty.as_ref()),
    );
    fields.text(
        "compliance",
        text(old.compliance.as_ref()),
        text(new.compliance.as_ref()),
    );
}

fn header(old: &Agreement, new: &Agreement, out: &mut Vec<Change>) {
    let (o, n) = (&old.header, &new.header);
    let mut fields = Fields {
        out,
        section: "header",
        noun: "header",
        id: String::new(),
    };
    let kind = |h: &crate::model::Header| h.kind.as_ref().map(|k| k.value.to_string());
    fields.value("kind", kind(o), kind(n));
    fields.text(
        "condition",
        text(o.condition.as_ref()),
        text(n.condition.as_ref()),
    );
    let originals = |h: &crate::model::Header| h.originals.as_ref().map(|k| k.value.to_string());
    fields.value("originals", originals(o), originals(n));
}

fn investment(old: &Agreement, new: &Agreement, out: &mut Vec<Change>) {
    let (o, n) = (old.investment.as_ref(), new.investment.as_ref());
    let mut fields = Fields {
        out,
        section: "investment",
        noun: "investment",
        id: String::new(),
    };
    fields.text(
        "payment",
        o.and_then(|i| text(i.payment.as_ref())),
        n.and_then(|i| text(i.payment.as_ref())),
    );
    fields.text(
        "indexation",
        o.and_then(|i| text(i.indexation.as_ref())),
        n.and_then(|i| text(i.indexation.as_ref())),
    );
    let (o, n) = (
        o.map_or(&[][..], |i| &i.contributions[..]),
        n.map_or(&[][..], |i| &i.contributions[..]),
    );
    let key = |c: &crate::model::Contribution| format!("{}.{}", c.party.value, c.kind.value);
    for (id, o, n) in pair(o, n, key) {
        if let (Some(o), Some(n)) = (o, n) {
            let mut fields = Fields {
                out,
                section: "investment",
                noun: "contribution",
                id,
            };
            fields.text(
                "payment",
                text(o.payment.as_ref()),
                text(n.payment.as_ref()),
            );
            fields.text(
                "indexation",
                text(o.indexation.as_ref()),
                text(n.indexation.as_ref()),
            );
        }
    }
}

fn notices(old: &Agreement, new: &Agreement, out: &mut Vec<Change>) {
    let addresses = |a: &Agreement| {
        a.notices
            .as_ref()
            .map_or_else(Vec::new, |n| n.addresses.clone())
    };
    let (o, n) = (addresses(old), addresses(new));
    for (id, o, n) in pair(&o, &n, |a| a.party.value.clone()) {
        let mut fields = Fields {
            out,
            section: "notices",
            noun: "notices to",
            id,
        };
        for field in ["contact", "email", "address"] {
            fields.text(
                field,
                o.and_then(|a| part(a, field)),
                n.and_then(|a| part(a, field)),
            );
        }
    }
}

/// The contact, e-mail address or postal address of a notice address.
fn part<'a>(address: &'a crate::model::NoticeAddress, field: &str) -> Option<&'a str> {
    text(match field {
        "contact" => address.contact.as_ref(),
        "email" => address.email.as_ref(),
        _ => address.address.as_ref(),
    })
}

fn liability(old: &Agreement, new: &Agreement, out: &mut Vec<Change>) {
    let (o, n) = (old.liability.as_ref(), new.liability.as_ref());
    let mut fields = Fields {
        out,
        section: "liability",
        noun: "liability",
        id: String::new(),
    };
    let cap = |l: Option<&crate::model::Liability>| {
        l.and_then(|l| l.cap.as_ref()).map(|c| c.value.to_string())
    };
    fields.value("cap", cap(o), cap(n));
    fields.text(
        "excludes",
        o.and_then(|l| text(l.excludes.as_ref())),
        n.and_then(|l| text(l.excludes.as_ref())),
    );
    fields.text(
        "description",
        o.and_then(|l| text(l.description.as_ref())),
        n.and_then(|l| text(l.description.as_ref())),
    );
}
