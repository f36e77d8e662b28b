//! Ambition, goals and deliverables.

use super::values::Lowerer;
use crate::model::agreement::{Ambition, Deliverable, During, Goal, Milestone, Spanned};
use crate::model::words::Obligation;
use crate::syntax::ast::{Item, Property, ValueKind};

/// The ambition described by an `ambition` item.
pub fn ambition(lw: &mut Lowerer<'_>, item: &Item) -> Ambition {
    Ambition {
        statement: item.property("statement").and_then(|p| lw.first_text(p)),
        endorsed_by: item
            .property("endorsed-by")
            .map(|p| lw.ids(p))
            .unwrap_or_default(),
        span: item.span,
    }
}

/// The goal described by a `goal` item.
pub fn goal(lw: &mut Lowerer<'_>, item: &Item) -> Goal {
    let (id, title) = lw.id_and_title(item);
    let mut goal = Goal {
        id,
        title,
        indicator: None,
        baseline: None,
        target: None,
        deadline: None,
        owner: None,
        description: None,
        milestones: Vec::new(),
        span: item.span,
    };
    for property in item.properties() {
        let Some(value) = property.values.first() else {
            continue;
        };
        match property.key {
            "milestone" => goal.milestones.extend(milestone(lw, property)),
            "indicator" => goal.indicator = Some(lw.text(value)),
            "baseline" => goal.baseline = lw.quantity(value),
            "target" => {
                goal.target = lw.quantity(value);
                if let Some(date) = property.after("by", lw.text) {
                    goal.deadline = lw.date(date);
                }
            }
            "owner" => goal.owner = Some(lw.id(value)),
            "description" => goal.description = Some(lw.text(value)),
            _ => {}
        }
    }
    goal
}

/// `milestone QUANTITY by DATE`; none when either value is malformed (reported already).
fn milestone(lw: &mut Lowerer<'_>, property: &Property) -> Option<Milestone> {
    let target = lw.quantity(property.values.first()?);
    let by = property.after("by", lw.text).and_then(|v| lw.date(v));
    Some(Milestone {
        target: target?,
        by: by?,
        span: property.span,
    })
}

/// The deliverable described by a `deliverable` item.
pub fn deliverable(lw: &mut Lowerer<'_>, item: &Item) -> Deliverable {
    let (id, title) = lw.id_and_title(item);
    let mut deliverable = Deliverable {
        id,
        title,
        by: None,
        serves: Vec::new(),
        serves_ambition_at: None,
        serves_ambition: false,
        mitigates: Vec::new(),
        during: None,
        with: Vec::new(),
        due: None,
        obligation: None,
        acceptance: None,
        description: None,
        penalty: None,
        enforceable: None,
        legislative: None,
        remedy: None,
        span: item.span,
    };
    for property in item.properties() {
        let Some(value) = property.values.first() else {
            continue;
        };
        match property.key {
            "by" => deliverable.by = Some(lw.id(value)),
            "serves" => {
                deliverable.serves = lw.ids(property);
                deliverable.serves_ambition_at = property
                    .values
                    .iter()
                    .find(|v| v.kind == ValueKind::Word)
                    .map(|v| v.span);
                deliverable.serves_ambition = deliverable.serves_ambition_at.is_some();
            }
            "mitigates" => deliverable.mitigates = lw.ids(property),
            "during" => deliverable.during = during(lw, property),
            "with" => deliverable.with = lw.ids(property),
            "due" => deliverable.due = lw.date(value),
            "obligation" => deliverable.obligation = lw.word(value, Obligation::from_word),
            "acceptance" => deliverable.acceptance = Some(lw.text(value)),
            "description" => deliverable.description = Some(lw.text(value)),
            "penalty" => deliverable.penalty = Some(lw.text(value)),
            "enforceable" => deliverable.enforceable = Some(lw.yes(value)),
            "legislative" => deliverable.legislative = Some(lw.yes(value)),
            "remedy" => deliverable.remedy = Some(lw.text(value)),
            _ => {}
        }
    }
    deliverable
}

/// `during term` or `during DATE until DATE`.
fn during(lw: &mut Lowerer<'_>, property: &Property) -> Option<Spanned<During>> {
    let first = property.values.first()?;
    let during = if first.kind == ValueKind::Word {
        During::Term
    } else {
        let from = lw.date(first);
        let until = property.after("until", lw.text).and_then(|v| lw.date(v));
        During::Period {
            from: from?,
            until: until?,
        }
    };
    Some(Spanned::new(during, property.span))
}
