//! Where each party or group id is named in one agreement, indexed once, so that
//! filling the register's entries is linear in the number of parties.

use std::collections::HashMap;

use crate::model::{Agreement, Body, Contribution, Deliverable, Party, Risk, Share};

/// The items of one agreement that name each id, in the agreement's order.
#[derive(Debug, Default)]
pub(super) struct Mentions<'a> {
    parties: HashMap<&'a str, &'a Party>,
    groups: HashMap<&'a str, Vec<&'a str>>,
    contributions: HashMap<&'a str, Vec<&'a Contribution>>,
    shares: HashMap<&'a str, Vec<(&'a Risk, &'a Share)>>,
    deliverables: HashMap<&'a str, Vec<&'a Deliverable>>,
    bodies: HashMap<&'a str, Vec<&'a Body>>,
}

impl<'a> Mentions<'a> {
    /// The index of `agreement`.
    pub(super) fn of(agreement: &'a Agreement) -> Self {
        let mut mentions = Self::default();
        for party in &agreement.parties {
            mentions
                .parties
                .entry(party.id.value.as_str())
                .or_insert(party);
        }
        for group in &agreement.groups {
            for member in &group.members {
                push_once(
                    &mut mentions.groups,
                    &member.value,
                    group.name.value.as_str(),
                    |a, b| std::ptr::eq(*a, *b),
                );
            }
        }
        for line in agreement.investment.iter().flat_map(|i| &i.contributions) {
            push(&mut mentions.contributions, &line.party.value, line);
        }
        for risk in &agreement.risks {
            for share in &risk.bearers {
                push(&mut mentions.shares, &share.party.value, (risk, share));
            }
        }
        for deliverable in &agreement.deliverables {
            if let Some(by) = &deliverable.by {
                push(&mut mentions.deliverables, &by.value, deliverable);
            }
        }
        for body in agreement.governance.iter().flat_map(|g| &g.bodies) {
            for id in body.members.iter().chain(&body.chair) {
                push_once(&mut mentions.bodies, &id.value, body, |a, b| {
                    std::ptr::eq(*a, *b)
                });
            }
        }
        mentions
    }

    /// The first party declared with `id`.
    pub(super) fn party(&self, id: &str) -> Option<&'a Party> {
        self.parties.get(id).copied()
    }

    /// The names of the groups that list `id` as a member.
    pub(super) fn groups(&self, id: &str) -> &[&'a str] {
        self.groups.get(id).map_or(&[], Vec::as_slice)
    }

    /// The investment lines of `id`.
    pub(super) fn contributions(&self, id: &str) -> &[&'a Contribution] {
        self.contributions.get(id).map_or(&[], Vec::as_slice)
    }

    /// The risks `id` bears, each with its share.
    pub(super) fn shares(&self, id: &str) -> &[(&'a Risk, &'a Share)] {
        self.shares.get(id).map_or(&[], Vec::as_slice)
    }

    /// The deliverables delivered by `id`.
    pub(super) fn deliverables(&self, id: &str) -> &[&'a Deliverable] {
        self.deliverables.get(id).map_or(&[], Vec::as_slice)
    }

    /// The bodies `id` is a member or the chair of.
    pub(super) fn bodies(&self, id: &str) -> &[&'a Body] {
        self.bodies.get(id).map_or(&[], Vec::as_slice)
    }
}

fn push<'a, T>(map: &mut HashMap<&'a str, Vec<T>>, id: &'a str, item: T) {
    map.entry(id).or_default().push(item);
}

/// Pushes `item` unless it is already the last one listed for `id` (an item
/// naming the same id twice is listed once).
fn push_once<'a, T>(
    map: &mut HashMap<&'a str, Vec<T>>,
    id: &'a str,
    item: T,
    same: impl Fn(&T, &T) -> bool,
) {
    let list = map.entry(id).or_default();
    if !list.last().is_some_and(|last| same(last, &item)) {
        list.push(item);
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;
    use crate::model::load_text;

    const TEXT: &str = r#"party a "A" { sector public }
party b "B" { sector private }
group g "G" { members a, a, b }
deliverable d "D" { by a }
investment {
  a EUR 5 cash
  b EUR 6 cash
  a up-to EUR 7 cash
}
risk r "R" { bearers a 50%, a 50% }
governance {
  body s "S" {
    members a, b
    chair a
  }
}
"#;

    #[test]
    fn every_item_is_listed_under_each_id_it_names_once_in_order() {
        let loaded = load_text(Path::new("m.covenant"), "m.covenant", TEXT.to_string());
        let mentions = Mentions::of(&loaded.agreement);
        assert_eq!(
            mentions.party("a").map(|p| p.name.value.as_str()),
            Some("A")
        );
        assert!(mentions.party("c").is_none());
        assert_eq!(mentions.groups("a"), ["G"]);
        let cents: Vec<i64> = mentions
            .contributions("a")
            .iter()
            .map(|c| c.amount.value.cents)
            .collect();
        assert_eq!(cents, [500, 700]);
        assert_eq!(mentions.shares("a").len(), 2);
        assert_eq!(mentions.deliverables("a").len(), 1);
        assert!(mentions.deliverables("b").is_empty());
        assert_eq!(mentions.bodies("a").len(), 1);
        assert_eq!(mentions.bodies("b").len(), 1);
    }
}
