//! Questions the checks and documents ask of an agreement.

use super::agreement::{Agreement, Body, Expiry, Group, Id, Party};
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

    /// Every governance body, in order.
    #[must_use]
    pub fn bodies(&self) -> &[Body] {
        self.governance
            .as_ref()
            .map_or(&[], |g| g.bodies.as_slice())
    }

    /// The governance body with identifier `id`.
    #[must_use]
    pub fn body(&self, id: &str) -> Option<&Body> {
        self.bodies().iter().find(|b| b.id.value == id)
    }

    /// Whether the party `party` sits in some body, directly or through a group.
    #[must_use]
    pub fn sits_in_a_body(&self, party: &str) -> bool {
        self.bodies()
            .iter()
            .any(|b| b.members.iter().any(|m| self.includes(&m.value, party)))
    }

    /// Whether every party `id` stands for is a member of `body`, directly or through a group.
    #[must_use]
    pub fn is_member(&self, body: &Body, id: &str) -> bool {
        body.members.iter().any(|m| m.value == id)
            || self
                .parties_of(id)
                .iter()
                .all(|p| body.members.iter().any(|m| self.includes(&m.value, p)))
    }

    /// Every place where a party or group may stand, with what it does there
    /// (group members, report recipients and the evaluator are not included).
    #[must_use]
    pub fn party_references(&self) -> Vec<(&Id, String)> {
        let mut refs: Vec<(&Id, String)> = Vec::new();
        if let Some(ambition) = &self.ambition {
            refs.extend(
                ambition
                    .endorsed_by
                    .iter()
                    .map(|id| (id, "endorses the ambition".to_string())),
            );
        }
        for goal in &self.goals {
            refs.extend(
                goal.owner
                    .iter()
                    .map(|id| (id, format!("owns goal `{}`", goal.id.value))),
            );
        }
        for deliverable in &self.deliverables {
            let role = format!("delivers `{}`", deliverable.id.value);
            refs.extend(deliverable.by.iter().map(|id| (id, role.clone())));
        }
        for contribution in self.investment.iter().flat_map(|i| &i.contributions) {
            refs.push((
                &contribution.party,
                "contributes to the investment".to_string(),
            ));
        }
        for asset in &self.assets {
            let name = &asset.id.value;
            refs.extend(
                asset
                    .owners
                    .iter()
                    .map(|s| (&s.party, format!("owns asset `{name}`"))),
            );
            refs.extend(
                asset
                    .operator
                    .iter()
                    .map(|o| (&o.party, format!("operates asset `{name}`"))),
            );
            refs.extend(
                asset
                    .revenue
                    .iter()
                    .map(|r| (&r.party, format!("earns from asset `{name}`"))),
            );
        }
        for risk in &self.risks {
            let role = format!("bears risk `{}`", risk.id.value);
            refs.extend(risk.bearers.iter().map(|s| (&s.party, role.clone())));
        }
        for body in self.bodies() {
            let name = &body.id.value;
            refs.extend(
                body.members
                    .iter()
                    .map(|id| (id, format!("is a member of `{name}`"))),
            );
            refs.extend(body.chair.iter().map(|id| (id, format!("chairs `{name}`"))));
            refs.extend(
                body.decided_by
                    .iter()
                    .map(|id| (id, format!("decides for `{name}`"))),
            );
        }
        for report in self.accountability.iter().flat_map(|a| &a.reports) {
            refs.extend(
                report
                    .by
                    .iter()
                    .map(|id| (id, format!("writes report `{}`", report.id.value))),
            );
        }
        for theme in self.agenda.iter().flat_map(|a| &a.themes) {
            refs.extend(
                theme
                    .lead
                    .iter()
                    .map(|id| (id, format!("leads theme `{}`", theme.id.value))),
            );
        }
        refs
    }
}
