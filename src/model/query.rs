//! Questions the checks and documents ask of an agreement.

use super::agreement::{Agreement, Expiry, Group, Party};
use super::date::Date;

impl Agreement {
    /// The party with identifier `id`.
    #[must_use]
    pub fn party(&self, id: &str) -> Option<&Party> {
        self.parties.iter().find(|p| p.id.value == id)
    }

    /// The group with identifier `id`.
    #[must_use]
    pub fn group(&self, id: &str) -> Option<&Group> {
        self.groups.iter().find(|g| g.id.value == id)
    }

    /// Whether `id` names a party or a group.
    #[must_use]
    pub fn is_party_or_group(&self, id: &str) -> bool {
        self.party(id).is_some() || self.group(id).is_some()
    }

    /// The parties `id` stands for: the party itself, or a group's members.
    #[must_use]
    pub fn parties_of<'a>(&'a self, id: &'a str) -> Vec<&'a str> {
        match self.group(id) {
            Some(group) => group.members.iter().map(|m| m.value.as_str()).collect(),
            None => vec![id],
        }
    }

    /// Whether `id` (a party or group) includes the party `party`.
    #[must_use]
    pub fn includes(&self, id: &str, party: &str) -> bool {
        id == party
            || self
                .group(id)
                .is_some_and(|g| g.members.iter().any(|m| m.value == party))
    }

    /// The end date of a fixed term.
    #[must_use]
    pub fn end_date(&self) -> Option<Date> {
        match self.header.expires.as_ref()?.value {
            Expiry::On(date) => Some(date),
            Expiry::Never => None,
        }
    }

    /// The date of entry into force.
    #[must_use]
    pub fn start_date(&self) -> Option<Date> {
        self.header.effective.as_ref().map(|d| d.value)
    }

    /// Whether the file holds only parties (a shared parties file, no agreement).
    #[must_use]
    pub fn is_parties_file(&self) -> bool {
        self.header.span.is_none()
            && !self.parties.is_empty()
            && self.groups.is_empty()
            && self.recitals.is_empty()
            && self.goals.is_empty()
            && self.deliverables.is_empty()
            && self.ambition.is_none()
            && self.clauses.is_empty()
    }

    /// Whether any party is public.
    #[must_use]
    pub fn has_public_party(&self) -> bool {
        use super::words::Sector;
        self.parties
            .iter()
            .any(|p| p.sector.as_ref().is_some_and(|s| s.value == Sector::Public))
    }
}
