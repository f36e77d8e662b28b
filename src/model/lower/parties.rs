//! Parties, their representatives, and groups.

use super::values::Lowerer;
use crate::model::agreement::{Group, Mandate, Party, Representative, Spanned};
use crate::model::words::{Role, Sector};
use crate::syntax::ast::{Item, ValueKind};

/// The party described by a `party` item.
pub fn party(lw: &mut Lowerer<'_>, item: &Item) -> Party {
    let (id, name) = lw.id_and_title(item);
    let mut party = Party {
        id,
        name,
        sector: None,
        role: None,
        legal_form: None,
        seat: None,
        registration: None,
        selected_by: None,
        representatives: Vec::new(),
        span: item.span,
    };
    for property in item.properties() {
        let Some(value) = property.values.first() else {
            continue;
        };
        match property.key {
            "sector" => party.sector = lw.word(value, Sector::from_word),
            "role" => party.role = lw.word(value, Role::from_word),
            "legal-form" => party.legal_form = Some(lw.text(value)),
            "seat" => party.seat = Some(lw.text(value)),
            "registration" => party.registration = Some(lw.text(value)),
            "selected-by" => party.selected_by = Some(lw.text(value)),
            _ => {}
        }
    }
    party.representatives = item.items().iter().map(|r| representative(lw, r)).collect();
    party
}

fn representative(lw: &mut Lowerer<'_>, item: &Item) -> Representative {
    let name = item
        .args
        .first()
        .map_or_else(|| lw.empty_text(item), |v| lw.text(v));
    let mut representative = Representative {
        name,
        capacity: None,
        mandate: None,
        signed_on: None,
        span: item.span,
    };
    for property in item.properties() {
        let Some(value) = property.values.first() else {
            continue;
        };
        match property.key {
            "capacity" => representative.capacity = Some(lw.text(value)),
            "mandate" if value.kind == ValueKind::Word => {
                representative.mandate = Some(Spanned::new(Mandate::Statutory, value.span));
            }
            "mandate" => {
                let text = lw.text(value);
                representative.mandate =
                    Some(Spanned::new(Mandate::Decision(text.value), text.span));
            }
            "signed-on" => representative.signed_on = lw.date(value),
            _ => {}
        }
    }
    representative
}

/// The group described by a `group` item.
pub fn group(lw: &mut Lowerer<'_>, item: &Item) -> Group {
    let (id, name) = lw.id_and_title(item);
    let members = item
        .properties()
        .iter()
        .filter(|p| p.key == "members")
        .flat_map(|p| lw.ids(p))
        .collect();
    Group {
        id,
        name,
        members,
        span: item.span,
    }
}
