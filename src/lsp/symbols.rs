//! Every id of an agreement: where it is declared and where it is used.

use crate::model::{Agreement, Evaluator, Id};
use crate::source::Span;

/// The kinds of things an id can name. Parties and groups share one namespace,
/// as every place that takes a party also takes a group.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// A party or a group.
    Actor,
    /// A goal.
    Goal,
    /// A governance body.
    Body,
    /// A deliverable, asset, risk, report, theme, clause or definition (declared, never referred to).
    Other,
}

/// A declared id.
#[derive(Debug, Clone)]
pub(crate) struct Declaration {
    /// What it names.
    pub(crate) kind: Kind,
    /// The item keyword (`party`, `goal`, ...).
    pub(crate) keyword: &'static str,
    /// The id and where it is written.
    pub(crate) id: Id,
}

/// A use of an id.
#[derive(Debug, Clone)]
pub(crate) struct Reference {
    /// The kinds it may name, in order of preference.
    pub(crate) kinds: &'static [Kind],
    /// The id as written.
    pub(crate) name: String,
    /// Where.
    pub(crate) span: Span,
}

/// The declarations and references of one agreement (its imports included).
#[derive(Debug, Clone, Default)]
pub(crate) struct Symbols {
    /// Declarations, in model order.
    pub(crate) declarations: Vec<Declaration>,
    /// References, in model order.
    pub(crate) references: Vec<Reference>,
}

/// The id under the cursor and what it resolves to.
#[derive(Debug, Clone)]
pub(crate) struct Target {
    /// The kind of the declaration it names (or the first kind allowed when undeclared).
    pub(crate) kind: Kind,
    /// The id.
    pub(crate) name: String,
    /// Where the id under the cursor is written.
    pub(crate) span: Span,
}

const ACTOR: &[Kind] = &[Kind::Actor];
const GOAL: &[Kind] = &[Kind::Goal];
const BODY_OR_ACTOR: &[Kind] = &[Kind::Body, Kind::Actor];

impl Symbols {
    /// Collects every declaration and reference of `a`.
    pub(crate) fn of(a: &Agreement) -> Self {
        let mut s = Symbols::default();
        for p in &a.parties {
            s.declare(Kind::Actor, "party", &p.id);
        }
        for g in &a.groups {
            s.declare(Kind::Actor, "group", &g.id);
            s.refer_all(ACTOR, &g.members);
        }
        for d in &a.definitions {
            s.declare(Kind::Other, "define", &d.id);
        }
        for g in &a.goals {
            s.declare(Kind::Goal, "goal", &g.id);
        }
        for d in &a.deliverables {
            s.declare(Kind::Other, "deliverable", &d.id);
            s.refer_all(GOAL, &d.serves);
        }
        for x in &a.assets {
            s.declare(Kind::Other, "asset", &x.id);
        }
        for r in &a.risks {
            s.declare(Kind::Other, "risk", &r.id);
        }
        for b in a.bodies() {
            s.declare(Kind::Body, "body", &b.id);
        }
        for r in a.accountability.iter().flat_map(|x| &x.reports) {
            s.declare(Kind::Other, "report", &r.id);
            s.refer_all(BODY_OR_ACTOR, r.to.iter());
        }
        for t in a.agenda.iter().flat_map(|x| &x.themes) {
            s.declare(Kind::Other, "theme", &t.id);
        }
        for c in &a.clauses {
            s.declare(Kind::Other, "clause", &c.id);
        }
        for (id, _) in a.party_references() {
            s.refer(ACTOR, id);
        }
        let evaluator = a
            .accountability
            .as_ref()
            .and_then(|x| x.evaluation.as_ref())
            .and_then(|e| e.by.as_ref());
        if let Some(by) = evaluator
            && let Evaluator::Party(name) = &by.value
        {
            s.refer(ACTOR, &Id::new(name.clone(), by.span));
        }
        s
    }

    fn declare(&mut self, kind: Kind, keyword: &'static str, id: &Id) {
        self.declarations.push(Declaration {
            kind,
            keyword,
            id: id.clone(),
        });
    }

    fn refer(&mut self, kinds: &'static [Kind], id: &Id) {
        self.references.push(Reference {
            kinds,
            name: id.value.clone(),
            span: id.span,
        });
    }

    fn refer_all<'a>(&mut self, kinds: &'static [Kind], ids: impl IntoIterator<Item = &'a Id>) {
        for id in ids {
            self.refer(kinds, id);
        }
    }

    /// The declaration a reference names: the first of its kinds that is declared.
    pub(crate) fn resolve(&self, kinds: &[Kind], name: &str) -> Option<&Declaration> {
        kinds.iter().find_map(|kind| self.declaration(*kind, name))
    }

    /// The declaration of `name` as a `kind`.
    pub(crate) fn declaration(&self, kind: Kind, name: &str) -> Option<&Declaration> {
        self.declarations
            .iter()
            .find(|d| d.kind == kind && d.id.value == name)
    }

    /// The id written at byte `offset` of the file of `at`, declared or used.
    pub(crate) fn at(&self, at: Span) -> Option<Target> {
        let contains =
            |span: Span| span.file == at.file && span.start <= at.start && at.start <= span.end;
        if let Some(d) = self.declarations.iter().find(|d| contains(d.id.span)) {
            return Some(Target {
                kind: d.kind,
                name: d.id.value.clone(),
                span: d.id.span,
            });
        }
        let r = self.references.iter().find(|r| contains(r.span))?;
        let kind = self
            .resolve(r.kinds, &r.name)
            .map_or(r.kinds[0], |d| d.kind);
        Some(Target {
            kind,
            name: r.name.clone(),
            span: r.span,
        })
    }

    /// Every place `target` is written: its declaration (if any) first, then its uses.
    pub(crate) fn occurrences(&self, target: &Target, with_declaration: bool) -> Vec<Span> {
        let mut out = Vec::new();
        if with_declaration {
            out.extend(
                self.declaration(target.kind, &target.name)
                    .map(|d| d.id.span),
            );
        }
        out.extend(
            self.references
                .iter()
                .filter(|r| r.name == target.name)
                .filter(|r| {
                    self.resolve(r.kinds, &r.name)
                        .map_or(r.kinds[0], |d| d.kind)
                        == target.kind
                })
                .map(|r| r.span),
        );
        out
    }

    /// The ids declared as one of `kinds`, in order.
    pub(crate) fn names(&self, kinds: &[Kind]) -> Vec<&Declaration> {
        self.declarations
            .iter()
            .filter(|d| kinds.contains(&d.kind))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;
    use crate::model::load_text;

    const TEXT: &str = "party a \"A\" { sector public }\nparty b \"B\" { sector civil }\n\
        group ab \"A and B\" { members a, b }\ngoal g \"G\" { owner ab }\n\
        deliverable d \"D\" { by a serves g }\n";

    #[test]
    fn uses_resolve_to_their_declaration() {
        let loaded = load_text(Path::new("t.covenant"), "t", TEXT.to_string());
        let symbols = Symbols::of(&loaded.agreement);
        let use_of_a = TEXT.find("by a").map(|i| i + 3).unwrap_or_default();
        let target = symbols
            .at(Span::new(crate::source::FileId(0), use_of_a, use_of_a))
            .expect("an id under the cursor");
        assert_eq!((target.kind, target.name.as_str()), (Kind::Actor, "a"));
        let places: Vec<&str> = symbols
            .occurrences(&target, true)
            .into_iter()
            .map(|s| &TEXT[s.range()])
            .collect();
        assert_eq!(places, ["a", "a", "a"]);
        let goal_use = TEXT.find("serves g").map(|i| i + 7).unwrap_or_default();
        let goal = symbols
            .at(Span::new(crate::source::FileId(0), goal_use, goal_use))
            .expect("the goal");
        assert_eq!(goal.kind, Kind::Goal);
        assert_eq!(symbols.occurrences(&goal, true).len(), 2);
    }
}
