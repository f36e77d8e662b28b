//! Parties, their representatives, and groups.

use super::values::Lowerer;
use crate::model::agreement::{Entity, External, Group, Mandate, Party, Representative, Spanned};
use crate::model::words::{Role, Sector, Tier};
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
        acting_for: None,
        part_of: None,
        consulted: None,
        competence: None,
        short_name: None,
        tier: None,
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
            "acting-for" => party.acting_for = Some(lw.text(value)),
            "part-of" => party.part_of = Some(lw.text(value)),
            "consulted" => party.consulted = Some(lw.text(value)),
            "competence" => party.competence = Some(lw.text(value)),
            "short-name" => party.short_name = Some(lw.text(value)),
            "tier" => party.tier = lw.word(value, Tier::from_word),
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
        signed_at: None,
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
            "signed-at" => representative.signed_at = Some(lw.text(value)),
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

/// The actor described by an `external` item.
pub fn external(lw: &mut Lowerer<'_>, item: &Item) -> External {
    let (id, name) = lw.id_and_title(item);
    let mut external = External {
        id,
        name,
        sector: None,
        role: None,
        legal_form: None,
        seat: None,
        description: None,
        span: item.span,
    };
    for property in item.properties() {
        let Some(value) = property.values.first() else {
            continue;
        };
        match property.key {
            "sector" => external.sector = lw.word(value, Sector::from_word),
            "role" => external.role = lw.word(value, Role::from_word),
            "legal-form" => external.legal_form = Some(lw.text(value)),
            "seat" => external.seat = Some(lw.text(value)),
            "description" => external.description = Some(lw.text(value)),
            _ => {}
        }
    }
    external
}

/// The legal person described by an `entity` item.
pub fn entity(lw: &mut Lowerer<'_>, item: &Item) -> Entity {
    let (id, name) = lw.id_and_title(item);
    let mut entity = Entity {
        id,
        name,
        legal_form: None,
        seat: None,
        registration: None,
        shareholders: Vec::new(),
        shareholders_span: None,
        purpose: None,
        span: item.span,
    };
    for property in item.properties() {
        let Some(value) = property.values.first() else {
            continue;
        };
        match property.key {
            "legal-form" => entity.legal_form = Some(lw.text(value)),
            "seat" => entity.seat = Some(lw.text(value)),
            "registration" => entity.registration = Some(lw.text(value)),
            "shareholders" => {
                entity.shareholders = lw.shares(property);
                entity.shareholders_span = Some(property.span);
            }
            "purpose" => entity.purpose = Some(lw.text(value)),
            _ => {}
        }
    }
    entity
}
