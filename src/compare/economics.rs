//! Contributions, assets (ownership, operation) and risks (shares, caps).

use std::collections::{BTreeMap, BTreeSet};

use super::change::{Change, MoneyChange};
use super::keyed::{Fields, pair, presence};
use super::money::format_money;
use super::text::normalize;
use crate::model::{Agreement, Asset, CostShare, Money, Operation, Percent, Risk, Share, Spanned};

fn show<T: ToString>(value: Option<&Spanned<T>>) -> Option<String> {
    value.map(|v| v.value.to_string())
}

/// (party, kind, ceiling, currency) of a contribution line.
type Key = (String, String, bool, String);

fn contributions(agreement: &Agreement) -> BTreeMap<Key, Money> {
    let mut sums: BTreeMap<Key, Money> = BTreeMap::new();
    for line in agreement.investment.iter().flat_map(|i| &i.contributions) {
        let money = line.amount.value;
        let key = (
            line.party.value.clone(),
            line.kind.value.to_string(),
            line.ceiling,
            money.currency.to_string(),
        );
        let sum = sums.entry(key).or_insert(money.with_cents(0));
        sum.cents = sum.cents.saturating_add(money.cents);
    }
    sums
}

/// Contributions, the stated total, assets and risks.
pub fn compare(old: &Agreement, new: &Agreement, out: &mut Vec<Change>) {
    let (o, n) = (contributions(old), contributions(new));
    let keys: BTreeSet<&Key> = o.keys().chain(n.keys()).collect();
    for key in keys {
        contribution(key, o.get(key).copied(), n.get(key).copied(), out);
    }
    let total = |a: &Agreement| {
        a.investment
            .as_ref()
            .and_then(|i| i.total.as_ref())
            .map(|t| format_money(t.value))
    };
    Fields {
        out,
        section: "investment",
        noun: "investment",
        id: String::new(),
    }
    .value("total", total(old), total(new));
    cost_shares(old, new, out);
    for (id, o, n) in pair(&old.assets, &new.assets, |a| a.id.value.clone()) {
        let title = |a: Option<&Asset>| a.map(|a| format!("\"{}\"", normalize(&a.title.value)));
        presence(out, "assets", "asset", &id, title(o), title(n));
        if let (Some(o), Some(n)) = (o, n) {
            asset(id, o, n, out);
        }
    }
    for (id, o, n) in pair(&old.risks, &new.risks, |r| r.id.value.clone()) {
        let title = |r: Option<&Risk>| r.map(|r| format!("\"{}\"", normalize(&r.title.value)));
        presence(out, "risks", "risk", &id, title(o), title(n));
        if let (Some(o), Some(n)) = (o, n) {
            risk(id, o, n, out);
        }
    }
}

/// Share lines matched by party and cost: added, removed, or percentage or kind changed.
fn cost_shares(old: &Agreement, new: &Agreement, out: &mut Vec<Change>) {
    let key = |s: &CostShare| format!("{} of \"{}\"", s.party.value, normalize(&s.cost.value));
    for (id, o, n) in pair(share_lines(old), share_lines(new), key) {
        let line =
            |s: Option<&CostShare>| s.map(|s| format!("{} {}", s.percent.value, s.kind.value));
        if o.is_none() || n.is_none() {
            presence(out, "investment", "cost share", &id, line(o), line(n));
            continue;
        }
        Fields {
            out,
            section: "investment",
            noun: "cost share",
            id,
        }
        .value("share", line(o), line(n));
    }
}

fn share_lines(agreement: &Agreement) -> &[CostShare] {
    agreement
        .investment
        .as_ref()
        .map_or(&[][..], |i| &i.cost_shares[..])
}

fn contribution(key: &Key, old: Option<Money>, new: Option<Money>, out: &mut Vec<Change>) {
    if old == new {
        return;
    }
    let (party, kind, ceiling, currency) = key;
    let verb = match (old, new) {
        (None, _) => "added",
        (_, None) => "removed",
        _ => "changed",
    };
    let up_to = if *ceiling { " up-to" } else { "" };
    let subject = format!("contribution {party}{up_to} {kind}");
    let path = format!(
        "investment.{party}.{kind}{}",
        if *ceiling { ".up-to" } else { "" }
    );
    let (old_cents, new_cents) = (old.map_or(0, |m| m.cents), new.map_or(0, |m| m.cents));
    let difference_cents = new_cents.saturating_sub(old_cents);
    let mut change = Change::new("investment", &format!("contribution-{verb}"), subject, path)
        .field("amount")
        .values(old.map(format_money), new.map(format_money));
    change.money = Some(MoneyChange {
        party: party.clone(),
        kind: kind.clone(),
        ceiling: *ceiling,
        currency: currency.clone(),
        old_cents,
        new_cents,
        difference_cents,
    });
    out.push(change);
}

fn shares(list: &[Share]) -> BTreeMap<String, Percent> {
    let mut map: BTreeMap<String, Percent> = BTreeMap::new();
    for share in list {
        let entry = map
            .entry(share.party.value.clone())
            .or_insert(Percent { hundredths: 0 });
        entry.hundredths = entry
            .hundredths
            .saturating_add(share.percent.value.hundredths);
    }
    map
}

fn moved(fields: &mut Fields<'_>, what: &str, old: &[Share], new: &[Share]) {
    let (o, n) = (shares(old), shares(new));
    let parties: BTreeSet<&String> = o.keys().chain(n.keys()).collect();
    for party in parties {
        let pct = |m: &BTreeMap<String, Percent>| m.get(party).map(ToString::to_string);
        fields.value(&format!("{what}.{party}"), pct(&o), pct(&n));
    }
}

fn operation(op: Option<&Operation>) -> Option<String> {
    op.map(|op| {
        let mut text = op.party.value.clone();
        if let Some(from) = &op.from {
            text.push_str(&format!(" from {}", from.value));
        }
        if let Some(until) = &op.until {
            text.push_str(&format!(" until {}", until.value));
        }
        text
    })
}

fn asset(id: String, o: &Asset, n: &Asset, out: &mut Vec<Change>) {
    let mut fields = Fields {
        out,
        section: "assets",
        noun: "asset",
        id,
    };
    fields.text("title", Some(&o.title.value), Some(&n.title.value));
    fields.value("kind", show(o.kind.as_ref()), show(n.kind.as_ref()));
    moved(&mut fields, "owners", &o.owners, &n.owners);
    fields.value(
        "operator",
        operation(o.operator.as_ref()),
        operation(n.operator.as_ref()),
    );
    let revenue = |a: &Asset| a.revenue.as_ref().map(|r| r.party.value.clone());
    fields.value("revenue", revenue(o), revenue(n));
    let handback = |a: &Asset| a.handback.as_ref().map(|t| t.value.clone());
    fields.text("handback", handback(o).as_deref(), handback(n).as_deref());
}

fn risk(id: String, o: &Risk, n: &Risk, out: &mut Vec<Change>) {
    let mut fields = Fields {
        out,
        section: "risks",
        noun: "risk",
        id,
    };
    fields.text("title", Some(&o.title.value), Some(&n.title.value));
    fields.value(
        "category",
        show(o.category.as_ref()),
        show(n.category.as_ref()),
    );
    fields.value(
        "likelihood",
        show(o.likelihood.as_ref()),
        show(n.likelihood.as_ref()),
    );
    fields.value("impact", show(o.impact.as_ref()), show(n.impact.as_ref()));
    moved(&mut fields, "bearers", &o.bearers, &n.bearers);
    moved(&mut fields, "above-cap", &o.above_cap, &n.above_cap);
    let cap = |r: &Risk| r.cap.as_ref().map(|c| format_money(c.value));
    fields.value("cap", cap(o), cap(n));
    fields.value(
        "response",
        show(o.response.as_ref()),
        show(n.response.as_ref()),
    );
    let mitigation = |r: &Risk| r.mitigation.as_ref().map(|t| t.value.clone());
    fields.text(
        "mitigation",
        mitigation(o).as_deref(),
        mitigation(n).as_deref(),
    );
}
