//! Questions the checks and documents ask of an agreement.

use super::agreement::{Agreement, Body, Expiry, Group, Id, Party};
use super::date::Date;
use super::index::Index;

impl Agreement {
    /// The party with identifier `id`.
    #[must_use]
    pub fn party(&self, id: &str) -> Option<&Party> {
        self.index().party(id).map(|i| &self.parties[i])
    }

    /// The lookups of this agreement, built on first use.
    #[must_use]
    pub fn index(&self) -> &Index {
        let index = self.index.get_or_init(|| Index::build(self));
        debug_assert!(
            index.fits(self),
            "the agreement changed after it was indexed"
        );
        index
    }

    /// The group with identifier `id`.
    #[must_use]
    pub fn group(&self, id: &str) -> Option<&Group> {
        self.index().group(id).map(|i| &self.groups[i])
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

    /// The end date of a fixed term: `expires DATE`, or computed from a dated
    /// `effective` and `expires after DURATION` (the last day of the term).
    #[must_use]
    pub fn end_date(&self) -> Option<Date> {
        if let Some(expires) = &self.header.expires {
            return match expires.value {
                Expiry::On(date) => Some(date),
                Expiry::Never => None,
            };
        }
        let term = self.header.term.as_ref()?;
        Some(self.start_date()?.last_day_of(term.value))
    }

    /// Where the end of the term is written: `expires DATE`, `never` or `after DURATION`.
    #[must_use]
    pub fn end_span(&self) -> Option<crate::source::Span> {
        self.header
            .expires
            .as_ref()
            .map(|e| e.span)
            .or_else(|| self.header.term.as_ref().map(|t| t.span))
    }

    /// Whether the agreement says when it enters into force: on a date or upon a condition.
    #[must_use]
    pub fn has_entry_into_force(&self) -> bool {
        self.header.effective.is_some()
            || self.header.effective_upon.is_some()
            || self.header.condition.is_some()
    }

    /// Whether `id` names an actor that may stand in a role: a party, group,
    /// external or entity.
    #[must_use]
    pub fn is_actor(&self, id: &str) -> bool {
        self.is_party_or_group(id)
            || self.index().external(id).is_some()
            || self.entity(id).is_some()
    }

    /// What `id` names when a text refers to it as `[[id]]`.
    #[must_use]
    pub fn referent(&self, id: &str) -> Option<super::references::Referent> {
        self.index().referent(id)
    }

    /// The external with identifier `id`.
    #[must_use]
    pub fn external(&self, id: &str) -> Option<&super::agreement::External> {
        self.index().external(id).map(|i| &self.externals[i])
    }

    /// The entity with identifier `id`.
    #[must_use]
    pub fn entity(&self, id: &str) -> Option<&super::agreement::Entity> {
        self.index().entity(id).map(|i| &self.entities[i])
    }

    /// The date of entry into force.
    #[must_use]
    pub fn start_date(&self) -> Option<Date> {
        self.header.effective.as_ref().map(|d| d.value)
    }

    /// Whether the file holds only parties (a shared parties file, no agreement).
    #[must_use]
    pub fn is_parties_file(&self) -> bool {
        let lists_empty = self.groups.is_empty()
            && self.recitals.is_empty()
            && self.definitions.is_empty()
            && self.goals.is_empty()
            && self.deliverables.is_empty()
            && self.assets.is_empty()
            && self.risks.is_empty()
            && self.clauses.is_empty()
            && self.externals.is_empty()
            && self.entities.is_empty()
            && self.annexes.is_empty();
        let items_absent = self.legal_framework.is_none()
            && self.ambition.is_none()
            && self.investment.is_none()
            && self.governance.is_none()
            && self.accountability.is_none()
            && self.agenda.is_none()
            && self.disputes.is_none()
            && self.termination.is_none()
            && self.amendment.is_none()
            && self.accession.is_none()
            && self.confidentiality.is_none()
            && self.compliance.is_none()
            && self.scope.is_none();
        self.header.span.is_none() && !self.parties.is_empty() && lists_empty && items_absent
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
        self.index().body(id).map(|i| &self.bodies()[i])
    }

    /// Whether the party `party` sits in some body, directly or through a group.
    #[must_use]
    pub fn sits_in_a_body(&self, party: &str) -> bool {
        self.index().is_seated(party)
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

    /// Every place where a party or group (or, in the second edition, an external
    /// or entity) may stand, with what it does there (group members, report
    /// recipients and authors, a body's entity and the evaluator are not included).
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
            let role = format!("helps deliver `{}`", deliverable.id.value);
            refs.extend(deliverable.with.iter().map(|id| (id, role.clone())));
        }
        for contribution in self.investment.iter().flat_map(|i| &i.contributions) {
            refs.push((
                &contribution.party,
                "contributes to the investment".to_string(),
            ));
        }
        for share in self.investment.iter().flat_map(|i| &i.cost_shares) {
            refs.push((
                &share.party,
                format!("bears a share of \"{}\"", share.cost.value),
            ));
        }
        for entity in &self.entities {
            let role = format!("holds shares in `{}`", entity.id.value);
            refs.extend(entity.shareholders.iter().map(|s| (&s.party, role.clone())));
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
            let role = format!("bears what exceeds the cap of risk `{}`", risk.id.value);
            refs.extend(risk.above_cap.iter().map(|s| (&s.party, role.clone())));
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
                body.observers
                    .iter()
                    .map(|id| (id, format!("observes in `{name}`"))),
            );
            refs.extend(
                body.decided_by
                    .iter()
                    .map(|id| (id, format!("decides for `{name}`"))),
            );
        }
        for address in self.notices.iter().flat_map(|n| &n.addresses) {
            refs.push((&address.party, "receives notices".to_string()));
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

/// Questions the completeness checks (C001–C024) ask.
impl Agreement {
    /// Where a finding about the agreement as a whole points: the `covenant` keyword and
    /// title, else the whole header, else the first item of the agreement's own file.
    #[must_use]
    pub fn anchor(&self) -> crate::source::Span {
        match (self.header.span, &self.header.title) {
            (Some(header), Some(title)) if title.span.file == header.file => crate::source::Span {
                end: title.span.end.max(header.start),
                ..header
            },
            (Some(header), _) => header,
            (None, _) => self.first_item_span().unwrap_or_default(),
        }
    }

    /// The span of the item written first in the agreement's own file.
    fn first_item_span(&self) -> Option<crate::source::Span> {
        let spans = self
            .parties
            .iter()
            .map(|p| p.span)
            .chain(self.groups.iter().map(|g| g.span))
            .chain(self.recitals.iter().map(|r| r.span))
            .chain(self.legal_framework.iter().map(|l| l.span))
            .chain(self.definitions.iter().map(|d| d.span))
            .chain(self.ambition.iter().map(|a| a.span))
            .chain(self.goals.iter().map(|g| g.span))
            .chain(self.deliverables.iter().map(|d| d.span))
            .chain(self.investment.iter().map(|i| i.span))
            .chain(self.assets.iter().map(|a| a.span))
            .chain(self.risks.iter().map(|r| r.span))
            .chain(self.governance.iter().map(|g| g.span))
            .chain(self.clauses.iter().map(|c| c.span))
            .chain(self.imports.iter().map(|i| i.span));
        spans
            .filter(|s| s.file == crate::source::FileId(0))
            .min_by_key(|s| s.start)
    }

    /// Whether the party `party` delivers something, directly or through a group.
    #[must_use]
    pub fn delivers(&self, party: &str) -> bool {
        self.index().delivers(party)
    }

    /// Whether the party `party` has a line in the investment (a ceiling included),
    /// directly or through a group.
    #[must_use]
    pub fn invests(&self, party: &str) -> bool {
        self.index().invests(party)
    }

    /// Whether the party `party` bears a share of some risk, directly or through a group.
    #[must_use]
    pub fn bears_risk(&self, party: &str) -> bool {
        self.index().bears_risk(party)
    }

    /// Whether `id` is a public party or a group with a public member.
    #[must_use]
    pub fn is_public(&self, id: &str) -> bool {
        self.parties_of(id)
            .into_iter()
            .filter_map(|p| self.party(p))
            .any(Party::is_public)
    }

    /// The public parties.
    pub fn public_parties(&self) -> impl Iterator<Item = &Party> {
        self.parties.iter().filter(|p| p.is_public())
    }

    /// The parties of central government (`tier national`), to whom the
    /// *Aanwijzingen voor convenanten* apply as binding rules.
    pub fn national_parties(&self) -> impl Iterator<Item = &Party> {
        use super::words::Tier;
        self.parties
            .iter()
            .filter(|p| p.tier.as_ref().is_some_and(|t| t.value == Tier::National))
    }
}

/// Questions about one party.
impl Party {
    /// Whether the party belongs to the public sector.
    #[must_use]
    pub fn is_public(&self) -> bool {
        use super::words::Sector;
        self.sector
            .as_ref()
            .is_some_and(|s| s.value == Sector::Public)
    }

    /// How messages name the party: "party `gemeente` (Gemeente Zwolle)".
    #[must_use]
    pub fn describe(&self) -> String {
        format!("party `{}` ({})", self.id.value, self.name.value)
    }
}

/// The keyword at the start of an item's span, for pointing at a block without drawing all of it.
fn head(span: crate::source::Span, keyword: &str) -> crate::source::Span {
    let end = span
        .start
        .saturating_add(u32::try_from(keyword.len()).unwrap_or(0));
    crate::source::Span {
        end: end.min(span.end),
        ..span
    }
}

impl super::agreement::LegalFramework {
    /// The `legal-framework` keyword that opens the block.
    #[must_use]
    pub fn head(&self) -> crate::source::Span {
        head(self.span, "legal-framework")
    }
}

impl super::agreement::Governance {
    /// The `governance` keyword that opens the block.
    #[must_use]
    pub fn head(&self) -> crate::source::Span {
        head(self.span, "governance")
    }
}

impl super::agreement::Accountability {
    /// The `accountability` keyword that opens the block.
    #[must_use]
    pub fn head(&self) -> crate::source::Span {
        head(self.span, "accountability")
    }
}

impl super::agreement::Termination {
    /// The `termination` keyword that opens the block.
    #[must_use]
    pub fn head(&self) -> crate::source::Span {
        head(self.span, "termination")
    }
}

impl super::agreement::Ambition {
    /// The `ambition` keyword that opens the block.
    #[must_use]
    pub fn head(&self) -> crate::source::Span {
        head(self.span, "ambition")
    }
}

impl super::procedures::Publication {
    /// The `publication` keyword.
    #[must_use]
    pub fn head(&self) -> crate::source::Span {
        head(self.span, "publication")
    }
}

impl super::procedures::Confidentiality {
    /// The `confidentiality` keyword that opens the block.
    #[must_use]
    pub fn head(&self) -> crate::source::Span {
        head(self.span, "confidentiality")
    }
}
