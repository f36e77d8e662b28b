//! Recitals, definitions, ambition, goals, deliverables and clauses.

use super::change::Change;
use super::keyed::{Fields, pair, presence};
use super::text::{normalize, word_diff};
use crate::model::{Agreement, Clause, Deliverable, Goal, Quantity, Spanned};

fn show<T: ToString>(value: Option<&Spanned<T>>) -> Option<String> {
    value.map(|v| v.value.to_string())
}

fn quoted(title: &crate::model::Text) -> Option<String> {
    Some(format!("\"{}\"", normalize(&title.value)))
}

/// A goal quantity as written.
fn quantity(value: Option<&Spanned<Quantity>>) -> Option<String> {
    value.map(|q| match q.value {
        Quantity::Number(n) => n.to_string(),
        Quantity::Percent(p) => p.to_string(),
        Quantity::Money(m) => super::format_money(m),
    })
}

/// Recitals (as a set of texts), definitions and ambition.
pub fn compare_texts(old: &Agreement, new: &Agreement, out: &mut Vec<Change>) {
    recitals(old, new, out);
    for (id, o, n) in pair(&old.definitions, &new.definitions, |d| d.id.value.clone()) {
        presence(
            out,
            "definitions",
            "definition",
            &id,
            o.and_then(|d| quoted(&d.term)),
            n.and_then(|d| quoted(&d.term)),
        );
        if let (Some(o), Some(n)) = (o, n) {
            let mut fields = Fields {
                out,
                section: "definitions",
                noun: "definition",
                id,
            };
            fields.text("term", Some(&o.term.value), Some(&n.term.value));
            fields.text("meaning", Some(&o.meaning.value), Some(&n.meaning.value));
        }
    }
    let mut fields = Fields {
        out,
        section: "ambition",
        noun: "ambition",
        id: String::new(),
    };
    let statement = |a: &Agreement| {
        a.ambition
            .as_ref()
            .and_then(|a| a.statement.as_ref())
            .map(|s| s.value.clone())
    };
    fields.text(
        "statement",
        statement(old).as_deref(),
        statement(new).as_deref(),
    );
    let endorsed = |a: &Agreement| {
        a.ambition
            .iter()
            .flat_map(|a| &a.endorsed_by)
            .map(|i| i.value.clone())
            .collect()
    };
    fields.set("endorsed-by", endorsed(old), endorsed(new));
}

/// Recitals compared as texts regardless of order; a removed and an added
/// recital at the same rank are shown as one change with a word diff.
fn recitals(old: &Agreement, new: &Agreement, out: &mut Vec<Change>) {
    let texts = |a: &Agreement| {
        a.recitals
            .iter()
            .map(|r| normalize(&r.value))
            .collect::<Vec<_>>()
    };
    let (old, new) = (texts(old), texts(new));
    let removed: Vec<&String> = old.iter().filter(|r| !new.contains(r)).collect();
    let added: Vec<&String> = new.iter().filter(|r| !old.contains(r)).collect();
    let rank = |i: usize| (i + 1).to_string();
    for i in 0..removed.len().max(added.len()) {
        let (o, n) = (
            removed.get(i).map(|s| (*s).clone()),
            added.get(i).map(|s| (*s).clone()),
        );
        let verb = match (&o, &n) {
            (Some(_), Some(_)) => "changed",
            (Some(_), None) => "removed",
            _ => "added",
        };
        let mut change = Change::new(
            "recitals",
            &format!("recital-{verb}"),
            "recital".to_string(),
            format!("recitals.{}", rank(i)),
        );
        if let (Some(a), Some(b)) = (&o, &n) {
            change.words = Some(word_diff(a, b));
            change = change.field("text");
        }
        out.push(change.values(o, n));
    }
}

/// Goals: added, removed, or title, owner, baseline, target, deadline or milestones changed.
pub fn compare_goals(old: &Agreement, new: &Agreement, out: &mut Vec<Change>) {
    for (id, o, n) in pair(&old.goals, &new.goals, |g| g.id.value.clone()) {
        presence(
            out,
            "goals",
            "goal",
            &id,
            o.and_then(|g| quoted(&g.title)),
            n.and_then(|g| quoted(&g.title)),
        );
        if let (Some(o), Some(n)) = (o, n) {
            goal(id, o, n, out);
        }
    }
}

fn goal(id: String, o: &Goal, n: &Goal, out: &mut Vec<Change>) {
    let mut fields = Fields {
        out,
        section: "goals",
        noun: "goal",
        id,
    };
    fields.text("title", Some(&o.title.value), Some(&n.title.value));
    let indicator = |g: &Goal| g.indicator.as_ref().map(|t| t.value.clone());
    fields.text(
        "indicator",
        indicator(o).as_deref(),
        indicator(n).as_deref(),
    );
    fields.value(
        "baseline",
        quantity(o.baseline.as_ref()),
        quantity(n.baseline.as_ref()),
    );
    fields.value(
        "target",
        quantity(o.target.as_ref()),
        quantity(n.target.as_ref()),
    );
    fields.value(
        "deadline",
        show(o.deadline.as_ref()),
        show(n.deadline.as_ref()),
    );
    fields.value(
        "owner",
        o.owner.as_ref().map(|i| i.value.clone()),
        n.owner.as_ref().map(|i| i.value.clone()),
    );
    let milestones = |g: &Goal| {
        g.milestones
            .iter()
            .map(|m| {
                let target = quantity(Some(&m.target)).unwrap_or_default();
                format!("{target} by {}", m.by.value)
            })
            .collect()
    };
    fields.set("milestone", milestones(o), milestones(n));
}

/// Deliverables: added, removed, or owner, goals, due date or obligation changed.
pub fn compare_deliverables(old: &Agreement, new: &Agreement, out: &mut Vec<Change>) {
    for (id, o, n) in pair(&old.deliverables, &new.deliverables, |d| d.id.value.clone()) {
        presence(
            out,
            "deliverables",
            "deliverable",
            &id,
            o.and_then(|d| quoted(&d.title)),
            n.and_then(|d| quoted(&d.title)),
        );
        if let (Some(o), Some(n)) = (o, n) {
            deliverable(id, o, n, out);
        }
    }
}

fn deliverable(id: String, o: &Deliverable, n: &Deliverable, out: &mut Vec<Change>) {
    let mut fields = Fields {
        out,
        section: "deliverables",
        noun: "deliverable",
        id,
    };
    fields.text("title", Some(&o.title.value), Some(&n.title.value));
    fields.value(
        "by",
        o.by.as_ref().map(|i| i.value.clone()),
        n.by.as_ref().map(|i| i.value.clone()),
    );
    let serves = |d: &Deliverable| {
        let mut goals: Vec<String> = d.serves.iter().map(|i| i.value.clone()).collect();
        if d.serves_ambition {
            goals.push("ambition".to_string());
        }
        goals
    };
    fields.set("serves", serves(o), serves(n));
    let ids = |list: &[crate::model::Id]| list.iter().map(|i| i.value.clone()).collect();
    fields.set("mitigates", ids(&o.mitigates), ids(&n.mitigates));
    fields.set("with", ids(&o.with), ids(&n.with));
    let during = |d: &Deliverable| {
        d.during.as_ref().map(|p| match &p.value {
            crate::model::During::Term => "term".to_string(),
            crate::model::During::Period { from, until } => {
                format!("{} until {}", from.value, until.value)
            }
        })
    };
    fields.value("during", during(o), during(n));
    fields.value("due", show(o.due.as_ref()), show(n.due.as_ref()));
    fields.value(
        "obligation",
        show(o.obligation.as_ref()),
        show(n.obligation.as_ref()),
    );
    let acceptance = |d: &Deliverable| d.acceptance.as_ref().map(|t| t.value.clone());
    fields.text(
        "acceptance",
        acceptance(o).as_deref(),
        acceptance(n).as_deref(),
    );
    let yes = |d: &Deliverable| {
        d.enforceable
            .as_ref()
            .map(|e| if e.value { "yes" } else { "no" }.to_string())
    };
    fields.value("enforceable", yes(o), yes(n));
}

/// Clauses matched by id: added, removed, title or text changed (word diff).
pub fn compare_clauses(old: &Agreement, new: &Agreement, out: &mut Vec<Change>) {
    for (id, o, n) in pair(&old.clauses, &new.clauses, |c| c.id.value.clone()) {
        presence(
            out,
            "clauses",
            "clause",
            &id,
            o.and_then(|c| quoted(&c.title)),
            n.and_then(|c| quoted(&c.title)),
        );
        if let (Some(o), Some(n)) = (o, n) {
            clause(id, o, n, out);
        }
    }
}

fn clause(id: String, o: &Clause, n: &Clause, out: &mut Vec<Change>) {
    let mut fields = Fields {
        out,
        section: "clauses",
        noun: "clause",
        id,
    };
    fields.text("title", Some(&o.title.value), Some(&n.title.value));
    fields.text("text", Some(&o.text.value), Some(&n.text.value));
}
