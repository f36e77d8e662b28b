//! Preamble and closing items: recitals, definitions, legal framework,
//! disputes, termination, amendment, accession, clauses.

use super::values::Lowerer;
use crate::model::agreement::{
    Annex, Clause, Definition, DisputeStep, Disputes, LegalFramework, Scope, Spanned, Termination,
    Text,
};
use crate::model::words::Consequence;
use crate::syntax::ast::Item;

/// The single text argument of `recital`, `amendment`, `accession` or `import`.
pub fn text_arg(lw: &Lowerer<'_>, item: &Item) -> Text {
    item.args
        .first()
        .map_or_else(|| lw.empty_text(item), |v| lw.text(v))
}

/// The definition described by a `define` item.
pub fn definition(lw: &Lowerer<'_>, item: &Item) -> Definition {
    let (id, term) = lw.id_and_title(item);
    let meaning = item
        .args
        .get(2)
        .map_or_else(|| lw.empty_text(item), |v| lw.text(v));
    Definition {
        id,
        term,
        meaning,
        span: item.span,
    }
}

/// The clause described by a `clause` item.
pub fn clause(lw: &Lowerer<'_>, item: &Item) -> Clause {
    let (id, title) = lw.id_and_title(item);
    let text = item
        .args
        .get(2)
        .map_or_else(|| lw.empty_text(item), |v| lw.text(v));
    Clause {
        id,
        title,
        text,
        span: item.span,
    }
}

/// The legal framework described by a `legal-framework` item.
pub fn legal_framework(lw: &Lowerer<'_>, item: &Item) -> LegalFramework {
    let text = |key: &str| item.property(key).and_then(|p| lw.first_text(p));
    LegalFramework {
        legislation: text("legislation"),
        procurement: text("procurement"),
        competition: text("competition"),
        state_aid: text("state-aid"),
        third_parties: text("third-parties"),
        basis: text("basis"),
        powers: text("powers"),
        reservation: text("reservation"),
        notification: text("notification"),
        implements: text("implements"),
        instrument: text("instrument"),
        span: item.span,
    }
}

/// The dispute resolution steps of a `disputes` item.
pub fn disputes(lw: &mut Lowerer<'_>, item: &Item) -> Disputes {
    let mut steps = Vec::new();
    for p in item.properties() {
        let text = lw.first_text(p).map(|t| t.value);
        let step = match p.key {
            "consultation" => match p.values.first().and_then(|v| lw.duration(v)) {
                Some(duration) => DisputeStep::Consultation(duration.value),
                None => continue,
            },
            "mediation" => DisputeStep::Mediation(text),
            "arbitration" | "court" => {
                let Some(text) = text else { continue };
                if p.key == "court" {
                    DisputeStep::Court(text)
                } else {
                    DisputeStep::Arbitration(text)
                }
            }
            _ => continue,
        };
        steps.push(Spanned::new(step, p.span));
    }
    Disputes {
        steps,
        span: item.span,
    }
}

/// The termination provision of a `termination` item.
pub fn termination(lw: &mut Lowerer<'_>, item: &Item) -> Termination {
    Termination {
        notice: item
            .property("notice")
            .and_then(|p| p.values.first())
            .and_then(|v| lw.duration(v)),
        before_expiry: item.property("notice").is_some_and(|p| p.values.len() > 1),
        grounds: item.property("grounds").and_then(|p| lw.first_text(p)),
        consequences: item
            .property("consequences")
            .and_then(|p| p.values.first())
            .and_then(|v| lw.word(v, Consequence::from_word)),
        manner: item.property("manner").and_then(|p| lw.first_text(p)),
        span: item.span,
    }
}

/// The scope described by a `scope` item.
pub fn scope(lw: &Lowerer<'_>, item: &Item) -> Scope {
    Scope {
        covers: item.property("covers").and_then(|p| lw.first_text(p)),
        excludes: item.property("excludes").and_then(|p| lw.first_text(p)),
        span: item.span,
    }
}

/// The annex described by an `annex` item.
pub fn annex(lw: &Lowerer<'_>, item: &Item) -> Annex {
    let (id, title) = lw.id_and_title(item);
    Annex {
        id,
        title,
        document: item.property("document").and_then(|p| lw.first_text(p)),
        description: item.property("description").and_then(|p| lw.first_text(p)),
        span: item.span,
    }
}
