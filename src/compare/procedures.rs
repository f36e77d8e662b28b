//! Publication, accession, amendment, confidentiality and the legal framework:
//! the items the *Aanwijzingen voor convenanten* ask for, field by field.

use super::change::Change;
use super::keyed::Fields;
use crate::model::{Agreement, Text};

/// A text field's value.
fn text(t: Option<&Text>) -> Option<String> {
    t.map(|t| t.value.clone())
}

/// Records each `(field, old, new)` text that changed, in `section`.
fn texts(
    out: &mut Vec<Change>,
    section: &'static str,
    rows: Vec<(&str, Option<String>, Option<String>)>,
) {
    let mut fields = Fields {
        out,
        section,
        noun: section,
        id: String::new(),
    };
    for (field, old, new) in rows {
        fields.text(field, old.as_deref(), new.as_deref());
    }
}

/// Every field of the five items that changed.
pub fn compare(old: &Agreement, new: &Agreement, out: &mut Vec<Change>) {
    publication(old, new, out);
    let (o, n) = (old.accession.as_ref(), new.accession.as_ref());
    let approved = |a: Option<&crate::model::Accession>| {
        a.and_then(|a| a.approved_by.as_ref())
            .map(|i| i.value.clone())
    };
    Fields {
        out,
        section: "accession",
        noun: "accession",
        id: String::new(),
    }
    .value("approved-by", approved(o), approved(n));
    texts(
        out,
        "accession",
        vec![
            (
                "accession",
                text(o.and_then(|a| a.text.as_ref())),
                text(n.and_then(|a| a.text.as_ref())),
            ),
            (
                "closed",
                text(o.and_then(|a| a.closed.as_ref())),
                text(n.and_then(|a| a.closed.as_ref())),
            ),
            (
                "open-to",
                text(o.and_then(|a| a.open_to.as_ref())),
                text(n.and_then(|a| a.open_to.as_ref())),
            ),
            (
                "conditions",
                text(o.and_then(|a| a.conditions.as_ref())),
                text(n.and_then(|a| a.conditions.as_ref())),
            ),
            (
                "announced",
                text(o.and_then(|a| a.announced.as_ref())),
                text(n.and_then(|a| a.announced.as_ref())),
            ),
        ],
    );
    let (o, n) = (old.amendment.as_ref(), new.amendment.as_ref());
    texts(
        out,
        "amendment",
        vec![
            (
                "amendment",
                text(o.and_then(|a| a.text.as_ref())),
                text(n.and_then(|a| a.text.as_ref())),
            ),
            (
                "procedure",
                text(o.and_then(|a| a.procedure.as_ref())),
                text(n.and_then(|a| a.procedure.as_ref())),
            ),
            (
                "unforeseen",
                text(o.and_then(|a| a.unforeseen.as_ref())),
                text(n.and_then(|a| a.unforeseen.as_ref())),
            ),
            (
                "deviation",
                text(o.and_then(|a| a.deviation.as_ref())),
                text(n.and_then(|a| a.deviation.as_ref())),
            ),
            (
                "published",
                text(o.and_then(|a| a.published.as_ref())),
                text(n.and_then(|a| a.published.as_ref())),
            ),
        ],
    );
    let (o, n) = (old.confidentiality.as_ref(), new.confidentiality.as_ref());
    texts(
        out,
        "confidentiality",
        vec![
            (
                "covers",
                text(o.and_then(|c| c.covers.as_ref())),
                text(n.and_then(|c| c.covers.as_ref())),
            ),
            (
                "subject-to",
                text(o.and_then(|c| c.subject_to.as_ref())),
                text(n.and_then(|c| c.subject_to.as_ref())),
            ),
        ],
    );
    legal_framework(old, new, out);
}

fn publication(old: &Agreement, new: &Agreement, out: &mut Vec<Change>) {
    let (o, n) = (
        old.header.publication.as_ref(),
        new.header.publication.as_ref(),
    );
    let mut fields = Fields {
        out,
        section: "publication",
        noun: "publication",
        id: String::new(),
    };
    let places = |p: Option<&crate::model::Publication>| {
        p.iter()
            .flat_map(|p| &p.places)
            .map(|t| t.value.clone())
            .collect()
    };
    fields.set("in", places(o), places(n));
    let extent = |p: Option<&crate::model::Publication>| {
        p.and_then(|p| p.extent.as_ref())
            .map(|e| e.value.to_string())
    };
    fields.value("extent", extent(o), extent(n));
    let within = |p: Option<&crate::model::Publication>| {
        p.and_then(|p| p.within.as_ref())
            .map(|w| w.value.to_string())
    };
    fields.value("within", within(o), within(n));
    texts(
        out,
        "publication",
        vec![
            (
                "publication",
                text(o.and_then(|p| p.text.as_ref())),
                text(n.and_then(|p| p.text.as_ref())),
            ),
            (
                "inspection",
                text(o.and_then(|p| p.inspection.as_ref())),
                text(n.and_then(|p| p.inspection.as_ref())),
            ),
        ],
    );
}

fn legal_framework(old: &Agreement, new: &Agreement, out: &mut Vec<Change>) {
    let fields = |a: &Agreement| {
        let l = a.legal_framework.as_ref();
        let f = |get: fn(&crate::model::LegalFramework) -> Option<&Text>| text(l.and_then(get));
        [
            ("legislation", f(|l| l.legislation.as_ref())),
            ("procurement", f(|l| l.procurement.as_ref())),
            ("competition", f(|l| l.competition.as_ref())),
            ("state-aid", f(|l| l.state_aid.as_ref())),
            ("third-parties", f(|l| l.third_parties.as_ref())),
            ("basis", f(|l| l.basis.as_ref())),
            ("powers", f(|l| l.powers.as_ref())),
            ("reservation", f(|l| l.reservation.as_ref())),
            ("notification", f(|l| l.notification.as_ref())),
            ("implements", f(|l| l.implements.as_ref())),
            ("instrument", f(|l| l.instrument.as_ref())),
        ]
    };
    let rows = fields(old)
        .into_iter()
        .zip(fields(new))
        .map(|((field, a), (_, b))| (field, a, b))
        .collect();
    texts(out, "legal-framework", rows);
}
