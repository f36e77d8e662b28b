//! Lookups built once per agreement, so that queries stay constant-time
//! however many parties, goals and deliverables an agreement holds.

use std::collections::{HashMap, HashSet};

use super::agreement::{Agreement, Id};
use super::references::Referent;

/// Positions by identifier and the parties that take part in each way,
/// with groups expanded to their members.
#[derive(Debug, Clone, Default)]
pub struct Index {
    parties: HashMap<String, usize>,
    groups: HashMap<String, usize>,
    bodies: HashMap<String, usize>,
    goals: HashMap<String, usize>,
    risks: HashMap<String, usize>,
    externals: HashMap<String, usize>,
    entities: HashMap<String, usize>,
    holding: HashSet<String>,
    referents: HashMap<String, Referent>,
    delivering: HashSet<String>,
    investing: HashSet<String>,
    bearing: HashSet<String>,
    seated: HashSet<String>,
    endorsing: HashSet<String>,
    served: HashSet<String>,
    sizes: Sizes,
}

/// The sizes the index was built for, to catch use after a change.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
struct Sizes(usize, usize, usize, usize, usize, usize, usize);

impl Sizes {
    fn of(a: &Agreement) -> Self {
        Self(
            a.parties.len(),
            a.groups.len(),
            a.goals.len(),
            a.deliverables.len(),
            a.risks.len(),
            a.externals.len(),
            a.entities.len(),
        )
    }
}

impl Index {
    /// Builds the index of `a`.
    #[must_use]
    pub fn build(a: &Agreement) -> Self {
        let positions = |ids: &mut dyn Iterator<Item = &Id>| {
            let mut map = HashMap::new();
            for (i, id) in ids.enumerate() {
                map.entry(id.value.clone()).or_insert(i);
            }
            map
        };
        let groups = positions(&mut a.groups.iter().map(|g| &g.id));
        let expand = |ids: &mut dyn Iterator<Item = &Id>| {
            let mut set = HashSet::new();
            for id in ids {
                if let Some(&g) = groups.get(&id.value) {
                    set.extend(a.groups[g].members.iter().map(|m| m.value.clone()));
                }
                set.insert(id.value.clone());
            }
            set
        };
        let contributions = a.investment.iter().flat_map(|i| {
            let amounts = i.contributions.iter().map(|c| &c.party);
            amounts.chain(i.cost_shares.iter().map(|s| &s.party))
        });
        Self {
            parties: positions(&mut a.parties.iter().map(|p| &p.id)),
            bodies: positions(&mut a.bodies().iter().map(|b| &b.id)),
            goals: positions(&mut a.goals.iter().map(|g| &g.id)),
            risks: positions(&mut a.risks.iter().map(|r| &r.id)),
            delivering: expand(&mut a.deliverables.iter().filter_map(|d| d.by.as_ref())),
            investing: expand(&mut contributions.into_iter()),
            holding: expand(
                &mut a
                    .entities
                    .iter()
                    .flat_map(|e| &e.shareholders)
                    .map(|s| &s.party),
            ),
            externals: positions(&mut a.externals.iter().map(|e| &e.id)),
            entities: positions(&mut a.entities.iter().map(|e| &e.id)),
            bearing: expand(&mut a.risks.iter().flat_map(|r| &r.bearers).map(|s| &s.party)),
            seated: expand(&mut a.bodies().iter().flat_map(|b| &b.members)),
            endorsing: expand(&mut a.ambition.iter().flat_map(|x| &x.endorsed_by)),
            served: a
                .deliverables
                .iter()
                .flat_map(|d| &d.serves)
                .map(|g| g.value.clone())
                .collect(),
            referents: referents(a),
            sizes: Sizes::of(a),
            groups,
        }
    }

    /// Whether the index still describes `a`.
    #[must_use]
    pub fn fits(&self, a: &Agreement) -> bool {
        self.sizes == Sizes::of(a)
    }

    /// Position of the party `id`.
    #[must_use]
    pub fn party(&self, id: &str) -> Option<usize> {
        self.parties.get(id).copied()
    }

    /// Position of the group `id`.
    #[must_use]
    pub fn group(&self, id: &str) -> Option<usize> {
        self.groups.get(id).copied()
    }

    /// Position of the body `id` among all bodies.
    #[must_use]
    pub fn body(&self, id: &str) -> Option<usize> {
        self.bodies.get(id).copied()
    }

    /// Position of the goal `id`.
    #[must_use]
    pub fn goal(&self, id: &str) -> Option<usize> {
        self.goals.get(id).copied()
    }

    /// Position of the risk `id`.
    #[must_use]
    pub fn risk(&self, id: &str) -> Option<usize> {
        self.risks.get(id).copied()
    }

    /// Position of the external `id`.
    #[must_use]
    pub fn external(&self, id: &str) -> Option<usize> {
        self.externals.get(id).copied()
    }

    /// Position of the entity `id`.
    #[must_use]
    pub fn entity(&self, id: &str) -> Option<usize> {
        self.entities.get(id).copied()
    }

    /// What `id` names when a text refers to it as `[[id]]`.
    #[must_use]
    pub fn referent(&self, id: &str) -> Option<Referent> {
        self.referents.get(id).copied()
    }

    /// Every id a text may refer to, sorted.
    #[must_use]
    pub fn referable(&self) -> Vec<&str> {
        let mut ids: Vec<&str> = self.referents.keys().map(String::as_str).collect();
        ids.sort_unstable();
        ids
    }

    /// Whether `party` holds shares in an entity, directly or through a group.
    #[must_use]
    pub fn holds_shares(&self, party: &str) -> bool {
        self.holding.contains(party)
    }

    /// Whether `party` delivers something, directly or through a group.
    #[must_use]
    pub fn delivers(&self, party: &str) -> bool {
        self.delivering.contains(party)
    }

    /// Whether `party` has a line in the investment, directly or through a group.
    #[must_use]
    pub fn invests(&self, party: &str) -> bool {
        self.investing.contains(party)
    }

    /// Whether `party` bears a share of a risk, directly or through a group.
    #[must_use]
    pub fn bears_risk(&self, party: &str) -> bool {
        self.bearing.contains(party)
    }

    /// Whether `party` sits in a body, directly or through a group.
    #[must_use]
    pub fn is_seated(&self, party: &str) -> bool {
        self.seated.contains(party)
    }

    /// Whether `party` endorses the ambition, directly or through a group.
    #[must_use]
    pub fn endorses(&self, party: &str) -> bool {
        self.endorsing.contains(party)
    }

    /// Whether some deliverable serves the goal `goal`.
    #[must_use]
    pub fn is_served(&self, goal: &str) -> bool {
        self.served.contains(goal)
    }
}

/// What each referable id of `a` names; the first declaration of an id wins.
fn referents(a: &Agreement) -> HashMap<String, Referent> {
    let mut map = HashMap::new();
    let mut add = |ids: &mut dyn Iterator<Item = &Id>, kind: Referent| {
        for id in ids {
            map.entry(id.value.clone()).or_insert(kind);
        }
    };
    add(&mut a.parties.iter().map(|x| &x.id), Referent::Party);
    add(&mut a.groups.iter().map(|x| &x.id), Referent::Group);
    add(&mut a.externals.iter().map(|x| &x.id), Referent::External);
    add(&mut a.entities.iter().map(|x| &x.id), Referent::Entity);
    add(&mut a.definitions.iter().map(|x| &x.id), Referent::Term);
    add(&mut a.goals.iter().map(|x| &x.id), Referent::Goal);
    add(
        &mut a.deliverables.iter().map(|x| &x.id),
        Referent::Deliverable,
    );
    add(&mut a.risks.iter().map(|x| &x.id), Referent::Risk);
    add(&mut a.assets.iter().map(|x| &x.id), Referent::Asset);
    add(&mut a.bodies().iter().map(|x| &x.id), Referent::Body);
    add(&mut a.clauses.iter().map(|x| &x.id), Referent::Clause);
    add(&mut a.annexes.iter().map(|x| &x.id), Referent::Annex);
    let articles = [
        ("termination", a.termination.is_some()),
        ("disputes", a.disputes.is_some()),
        ("amendment", a.amendment.is_some()),
        ("accession", a.accession.is_some()),
        ("notices", a.notices.is_some()),
        ("liability", a.liability.is_some()),
        ("force-majeure", a.force_majeure.is_some()),
        ("penalty", a.penalty.is_some()),
        ("publication", a.header.publication.is_some()),
        ("confidentiality", a.confidentiality.is_some()),
        ("compliance", a.compliance.is_some()),
    ];
    for (word, present) in articles {
        if present {
            map.entry(word.to_string()).or_insert(Referent::Article);
        }
    }
    map
}
