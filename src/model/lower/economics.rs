//! Investment, assets and risks.

use super::values::Lowerer;
use crate::model::agreement::{
    Asset, Contribution, CostShare, Investment, Operation, Revenue, Risk,
};
use crate::model::words::{AssetKind, Category, InvestmentKind, Level, Response};
use crate::syntax::ast::{Item, Property, Value, ValueKind};

/// The contributions described by an `investment` item.
pub fn investment(lw: &mut Lowerer<'_>, item: &Item) -> Investment {
    let mut investment = Investment {
        contributions: Vec::new(),
        cost_shares: Vec::new(),
        total: None,
        payment: item.property("payment").and_then(|p| lw.first_text(p)),
        indexation: item.property("indexation").and_then(|p| lw.first_text(p)),
        span: item.span,
    };
    for property in item.properties() {
        match property.key {
            "total" => investment.total = property.values.first().and_then(|v| lw.money(v)),
            "payment" | "indexation" => {}
            _ if is_cost_share(lw, property) => {
                if let Some(line) = cost_share(lw, property) {
                    investment.cost_shares.push(line);
                }
            }
            _ => {
                if let Some(line) = contribution(lw, property) {
                    investment.contributions.push(line);
                }
            }
        }
    }
    investment
}

/// Whether an investment line gives a share of a named cost (`share 39% of "..."`).
fn is_cost_share(lw: &Lowerer<'_>, property: &Property) -> bool {
    property
        .values
        .get(1)
        .is_some_and(|v| v.kind == ValueKind::Word && lw.raw(v) == "share")
}

fn cost_share(lw: &mut Lowerer<'_>, property: &Property) -> Option<CostShare> {
    let party = lw.id(property.values.first()?);
    let percent = lw.percent(
        property
            .values
            .iter()
            .find(|v| v.kind == ValueKind::Percent)?,
    )?;
    let mut strings = own_strings(lw, property);
    let cost = lw.text(strings.next()?);
    let note = strings.next().map(|v| lw.text(v));
    let kind = property
        .values
        .iter()
        .find_map(|v| lw.word(v, InvestmentKind::from_word))?;
    Some(CostShare {
        party,
        percent,
        cost,
        kind,
        note,
        span: property.span,
    })
}

fn contribution(lw: &mut Lowerer<'_>, property: &Property) -> Option<Contribution> {
    let party = lw.id(property.values.first()?);
    let ceiling = property
        .values
        .iter()
        .any(|v| v.kind == ValueKind::Word && lw.raw(v) == "up-to");
    let amount = lw.money(
        property
            .values
            .iter()
            .find(|v| v.kind == ValueKind::Money)?,
    )?;
    let kind = property
        .values
        .iter()
        .find_map(|v| lw.word(v, InvestmentKind::from_word))?;
    let note = own_strings(lw, property).next().map(|v| lw.text(v));
    Some(Contribution {
        party,
        ceiling,
        amount,
        kind,
        note,
        payment: property.after("payment", lw.text).map(|v| lw.text(v)),
        indexation: property.after("indexation", lw.text).map(|v| lw.text(v)),
        span: property.span,
    })
}

/// The strings of an investment line that are its own (cost, note), not the
/// terms after `payment` or `indexation`.
fn own_strings<'p>(lw: &Lowerer<'_>, property: &'p Property) -> impl Iterator<Item = &'p Value> {
    let source = lw.text;
    property
        .values
        .iter()
        .enumerate()
        .filter(move |(i, v)| {
            let term = i
                .checked_sub(1)
                .and_then(|before| property.values.get(before))
                .is_some_and(|w| {
                    w.kind == ValueKind::Word
                        && matches!(source.get(w.span.range()), Some("payment" | "indexation"))
                });
            matches!(v.kind, ValueKind::Str(_)) && !term
        })
        .map(|(_, v)| v)
}

/// The asset described by an `asset` item.
pub fn asset(lw: &mut Lowerer<'_>, item: &Item) -> Asset {
    let (id, title) = lw.id_and_title(item);
    let mut asset = Asset {
        id,
        title,
        kind: None,
        owners: Vec::new(),
        owners_span: None,
        operator: None,
        revenue: None,
        handback: None,
        span: item.span,
    };
    for property in item.properties() {
        let Some(value) = property.values.first() else {
            continue;
        };
        match property.key {
            "kind" => asset.kind = lw.word(value, AssetKind::from_word),
            "owners" => {
                asset.owners = lw.shares(property);
                asset.owners_span = Some(property.span);
            }
            "operator" => {
                let from = property.after("from", lw.text).and_then(|v| lw.date(v));
                let until = property.after("until", lw.text).and_then(|v| lw.date(v));
                asset.operator = Some(Operation {
                    party: lw.id(value),
                    from,
                    until,
                    span: property.span,
                });
            }
            "revenue" => {
                let note = property.values.get(1).map(|v| lw.text(v));
                asset.revenue = Some(Revenue {
                    party: lw.id(value),
                    note,
                });
            }
            "handback" => asset.handback = Some(lw.text(value)),
            _ => {}
        }
    }
    asset
}

/// The risk described by a `risk` item.
pub fn risk(lw: &mut Lowerer<'_>, item: &Item) -> Risk {
    let (id, title) = lw.id_and_title(item);
    let mut risk = Risk {
        id,
        title,
        category: None,
        likelihood: None,
        impact: None,
        bearers: Vec::new(),
        bearers_span: None,
        cap: None,
        above_cap: Vec::new(),
        above_cap_span: None,
        response: None,
        mitigation: None,
        cause: None,
        effect: None,
        span: item.span,
    };
    for property in item.properties() {
        let Some(value) = property.values.first() else {
            continue;
        };
        match property.key {
            "category" => risk.category = lw.word(value, Category::from_word),
            "likelihood" => risk.likelihood = lw.word(value, Level::from_word),
            "impact" => risk.impact = lw.word(value, Level::from_word),
            "bearers" => {
                risk.bearers = lw.shares(property);
                risk.bearers_span = Some(property.span);
            }
            "cap" => risk.cap = lw.money(value),
            "above-cap" => {
                risk.above_cap = lw.shares(property);
                risk.above_cap_span = Some(property.span);
            }
            "response" => risk.response = lw.word(value, Response::from_word),
            "mitigation" => risk.mitigation = Some(lw.text(value)),
            "cause" => risk.cause = Some(lw.text(value)),
            "effect" => risk.effect = Some(lw.text(value)),
            _ => {}
        }
    }
    risk
}
