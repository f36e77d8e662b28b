//! Lookups built once per agreement, so that queries stay constant-time
//! however many parties, goals and deliverables an agreement holds.

use std::collections::{HashMap, HashSet};

use super::agreement::{Agreement, Id};

/// Positions by identifier and the parties that take part in each way,
/// with groups expanded to their members.
#[derive(Debug, Clone, Default)]
pub struct Index {
    parties: HashMap<String, usize>,
    groups: HashMap<String, usize>,
    bodies: HashMap<String, usize>,
    goals: HashMap<String, usize>,
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
struct Sizes(usize, usize, usize, usize, usize);

impl Sizes {
    fn of(a: &Agreement) -> Self {
        Self(
            a.parties.len(),
            a.groups.len(),
            a.goals.len(),
            a.deliverables.len(),
            a.risks.len(),
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
        let contributions = a.investment.iter().flat_map(|i| &i.contributions);
        Self {
            parties: positions(&mut a.parties.iter().map(|p| &p.id)),
            bodies: positions(&mut a.bodies().iter().map(|b| &b.id)),
            goals: positions(&mut a.goals.iter().map(|g| &g.id)),
            delivering: expand(&mut a.deliverables.iter().filter_map(|d| d.by.as_ref())),
            investing: expand(&mut contributions.map(|c| &c.party)),
            bearing: expand(&mut a.risks.iter().flat_map(|r| &r.bearers).map(|s| &s.party)),
            seated: expand(&mut a.bodies().iter().flat_map(|b| &b.members)),
            endorsing: expand(&mut a.ambition.iter().flat_map(|x| &x.endorsed_by)),
            served: a
                .deliverables
                .iter()
                .flat_map(|d| &d.serves)
                .map(|g| g.value.clone())
                .collect(),
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
