//! Publication, accession, amendment and confidentiality: the one-line forms
//! and the blocks the *Aanwijzingen voor convenanten* ask for.

use super::values::Lowerer;
use crate::model::procedures::{Accession, Amendment, Confidentiality, Publication};
use crate::model::words::Extent;
use crate::syntax::ast::{Item, Property, ValueKind};

/// The publication of the one-line form `publication TEXT` in the header.
pub fn publication_text(lw: &Lowerer<'_>, property: &Property) -> Publication {
    Publication {
        text: lw.first_text(property),
        places: Vec::new(),
        extent: None,
        within: None,
        inspection: None,
        span: property.span,
    }
}

/// The publication described by a `publication { ... }` block in the header.
pub fn publication(lw: &mut Lowerer<'_>, item: &Item) -> Publication {
    let mut publication = Publication {
        text: None,
        places: Vec::new(),
        extent: None,
        within: None,
        inspection: None,
        span: item.span,
    };
    for property in item.properties() {
        let Some(value) = property.values.first() else {
            continue;
        };
        match property.key {
            "in" => publication.places.push(lw.text(value)),
            "extent" => publication.extent = lw.word(value, Extent::from_word),
            "within" => publication.within = lw.duration(value),
            "inspection" => publication.inspection = Some(lw.text(value)),
            _ => {}
        }
    }
    publication
}

/// The accession described by an `accession` item in any of its three forms.
pub fn accession(lw: &Lowerer<'_>, item: &Item) -> Accession {
    let text = |key: &str| item.property(key).and_then(|p| lw.first_text(p));
    let closed = item.args.first().is_some_and(|v| v.kind == ValueKind::Word);
    let argument = item.args.iter().find_map(|v| v.text().map(|_| lw.text(v)));
    let (text_form, closed_form) = match (closed, item.block.is_some()) {
        (true, _) => (None, argument.or_else(|| Some(lw.empty_text(item)))),
        (false, true) => (None, None),
        (false, false) => (argument.or_else(|| Some(lw.empty_text(item))), None),
    };
    Accession {
        text: text_form,
        closed: closed_form,
        open_to: text("open-to"),
        approved_by: item.property("approved-by").and_then(|p| lw.first_id(p)),
        conditions: text("conditions"),
        announced: text("announced"),
        span: item.span,
    }
}

/// The amendment described by an `amendment` item, one line or a block.
pub fn amendment(lw: &Lowerer<'_>, item: &Item) -> Amendment {
    let text = |key: &str| item.property(key).and_then(|p| lw.first_text(p));
    Amendment {
        text: item
            .block
            .is_none()
            .then(|| super::clauses::text_arg(lw, item)),
        procedure: text("procedure"),
        unforeseen: text("unforeseen"),
        deviation: text("deviation"),
        published: text("published"),
        span: item.span,
    }
}

/// The confidentiality described by a `confidentiality` item.
pub fn confidentiality(lw: &Lowerer<'_>, item: &Item) -> Confidentiality {
    Confidentiality {
        covers: item.property("covers").and_then(|p| lw.first_text(p)),
        subject_to: item.property("subject-to").and_then(|p| lw.first_text(p)),
        span: item.span,
    }
}
