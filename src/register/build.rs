//! Building the register from loaded agreements.

use std::collections::HashMap;

use super::amount::{Amount, Exact, sum, sum_exact};
use super::identity::{Occurrence, match_parties};
use super::mentions::Mentions;
use super::{
    Affiliation, AgreementEntry, ContributionLine, CostShareLine, Due, Joint, Membership,
    PartyEntry, Register, RiskBorne, Seat, Stake,
};
use crate::check::{Levels, check};
use crate::model::words::DecisionRule;
use crate::model::{Agreement, Date, Expiry, Loaded};

/// One agreement to put in the register.
#[derive(Debug, Clone)]
pub struct Input {
    /// The file as shown.
    pub file: String,
    /// The loaded agreement.
    pub loaded: Loaded,
    /// The lint levels that apply to it (see `crate::check::config`).
    pub levels: Levels,
}

/// The register of `inputs` (parties-only files are skipped) as of `today`.
#[must_use]
pub fn build(inputs: &[Input], today: Date) -> Register {
    let inputs: Vec<&Input> = inputs
        .iter()
        .filter(|i| !i.loaded.agreement.is_parties_file())
        .collect();
    let due_until = today.add_months(12);
    let agreements = inputs.iter().map(|i| agreement_entry(i)).collect();
    let occurrences = occurrences(&inputs);
    let entity_of = match_parties(&occurrences);
    let count = entity_of.iter().max().map_or(0, |m| m + 1);
    let mut parties: Vec<PartyEntry> = (0..count).map(|_| empty_entry()).collect();
    let mentions: Vec<Mentions> = inputs
        .iter()
        .map(|i| Mentions::of(&i.loaded.agreement))
        .collect();
    for (occurrence, &entity) in occurrences.iter().zip(&entity_of) {
        let index = occurrence.agreement;
        let mentions = &mentions[index];
        add_occurrence(
            &mut parties[entity],
            occurrence,
            (inputs[index], mentions),
            (today, due_until),
        );
    }
    for party in &mut parties {
        finish(party);
    }
    parties.sort_by(|a, b| {
        (
            a.name.to_lowercase(),
            &a.name,
            &a.registration,
            a.memberships.first().map(|m| &m.file),
        )
            .cmp(&(
                b.name.to_lowercase(),
                &b.name,
                &b.registration,
                b.memberships.first().map(|m| &m.file),
            ))
    });
    let mut by_file: HashMap<&str, &Agreement> = HashMap::new();
    for input in &inputs {
        by_file
            .entry(input.file.as_str())
            .or_insert(&input.loaded.agreement);
    }
    let mut groups: HashMap<&str, Vec<usize>> = HashMap::new();
    for (index, party) in parties.iter().enumerate().filter(|(_, p)| p.group) {
        groups.entry(party.name.as_str()).or_default().push(index);
    }
    let affiliations = parties
        .iter()
        .flat_map(|p| affiliations(p, (&parties, &groups), &by_file))
        .collect();
    Register {
        today,
        due_until,
        agreements,
        parties,
        affiliations,
    }
}

fn text(value: Option<&crate::model::Text>) -> Option<String> {
    value.map(|t| t.value.clone())
}

/// The end of the term: a date (computed for `expires after` from a dated
/// `effective`), `never`, or `after DURATION` when entry into force is a condition.
fn expires(agreement: &Agreement) -> Option<String> {
    let h = &agreement.header;
    if let Some(Expiry::Never) = h.expires.as_ref().map(|e| e.value) {
        return Some("never".to_string());
    }
    agreement
        .end_date()
        .map(|d| d.to_string())
        .or_else(|| h.term.as_ref().map(|t| format!("after {}", t.value)))
}

fn amounts(agreement: &Agreement, id: Option<&str>, ceiling: bool) -> Vec<Amount> {
    let lines = agreement.investment.iter().flat_map(|i| &i.contributions);
    let picked = lines.filter(|c| c.ceiling == ceiling && id.is_none_or(|id| c.party.value == id));
    let list: Vec<Amount> = picked.map(amount).collect();
    sum(&list)
}

fn amount(line: &crate::model::Contribution) -> Amount {
    let money = line.amount.value;
    Amount {
        kind: line.kind.value.to_string(),
        currency: money.currency.to_string(),
        cents: money.cents,
    }
}

fn agreement_entry(input: &Input) -> AgreementEntry {
    let a = &input.loaded.agreement;
    let diagnostics = check(&input.loaded, &input.levels);
    let errors = diagnostics.iter().filter(|d| d.is_error()).count();
    AgreementEntry {
        file: input.file.clone(),
        title: text(a.header.title.as_ref()),
        reference: text(a.header.reference.as_ref()),
        function: a.header.function.as_ref().map(|f| f.value.to_string()),
        parties: a.parties.iter().map(|p| p.name.value.clone()).collect(),
        effective: a.start_date(),
        expires: expires(a),
        errors,
        warnings: diagnostics.len() - errors,
        committed: amounts(a, None, false),
        ceilings: amounts(a, None, true),
    }
}

fn occurrences(inputs: &[&Input]) -> Vec<Occurrence> {
    let mut list = Vec::new();
    for (index, input) in inputs.iter().enumerate() {
        let a = &input.loaded.agreement;
        for party in &a.parties {
            list.push(Occurrence {
                agreement: index,
                id: party.id.value.clone(),
                name: match &party.selected_by {
                    Some(tender) => format!("{} (selected by: {})", party.name.value, tender.value),
                    None => party.name.value.clone(),
                },
                registration: text(party.registration.as_ref()),
                group: false,
                tendered: party.is_tendered(),
            });
        }
        for external in &a.externals {
            list.push(Occurrence {
                agreement: index,
                id: external.id.value.clone(),
                name: external.name.value.clone(),
                registration: None,
                group: false,
                tendered: false,
            });
        }
        for group in &a.groups {
            list.push(Occurrence {
                agreement: index,
                id: group.id.value.clone(),
                name: group.name.value.clone(),
                registration: None,
                group: true,
                tendered: false,
            });
        }
    }
    list
}

fn empty_entry() -> PartyEntry {
    PartyEntry {
        name: String::new(),
        group: false,
        registration: None,
        legal_form: None,
        seat: None,
        sector: None,
        memberships: Vec::new(),
        contributions: Vec::new(),
        cost_shares: Vec::new(),
        stakes: Vec::new(),
        committed: Vec::new(),
        ceilings: Vec::new(),
        risks: Vec::new(),
        risk_total: Vec::new(),
        due: Vec::new(),
        seats: Vec::new(),
    }
}

fn add_occurrence(
    entry: &mut PartyEntry,
    occurrence: &Occurrence,
    (input, mentions): (&Input, &Mentions),
    window: (Date, Date),
) {
    let a = &input.loaded.agreement;
    let id = occurrence.id.as_str();
    let file = &input.file;
    if entry.name.is_empty() {
        entry.name.clone_from(&occurrence.name);
        entry.group = occurrence.group;
    }
    let party = mentions.party(id).filter(|_| !occurrence.group);
    if let Some(party) = party {
        entry.registration = entry
            .registration
            .take()
            .or_else(|| text(party.registration.as_ref()));
        entry.legal_form = entry
            .legal_form
            .take()
            .or_else(|| text(party.legal_form.as_ref()));
        entry.seat = entry.seat.take().or_else(|| text(party.seat.as_ref()));
        entry.sector = entry
            .sector
            .take()
            .or_else(|| party.sector.as_ref().map(|s| s.value.to_string()));
    }
    let external = a
        .external(id)
        .filter(|_| party.is_none() && !occurrence.group);
    if let Some(external) = external {
        entry.legal_form = entry
            .legal_form
            .take()
            .or_else(|| text(external.legal_form.as_ref()));
        entry.seat = entry.seat.take().or_else(|| text(external.seat.as_ref()));
        entry.sector = entry
            .sector
            .take()
            .or_else(|| external.sector.as_ref().map(|s| s.value.to_string()));
    }
    entry.memberships.push(Membership {
        file: file.clone(),
        title: text(a.header.title.as_ref()),
        id: id.to_string(),
        role: party
            .and_then(|p| p.role.as_ref())
            .or_else(|| external.and_then(|e| e.role.as_ref()))
            .map(|r| r.value.to_string()),
        external: external.is_some(),
        representatives: party.map(representatives).unwrap_or_default(),
        groups: mentions
            .groups(id)
            .iter()
            .map(|g| (*g).to_string())
            .collect(),
    });
    for line in mentions.contributions(id) {
        entry.contributions.push(ContributionLine {
            file: file.clone(),
            ceiling: line.ceiling,
            amount: amount(line),
        });
    }
    for line in a
        .investment
        .iter()
        .flat_map(|i| &i.cost_shares)
        .filter(|c| c.party.value == id)
    {
        entry.cost_shares.push(CostShareLine {
            file: file.clone(),
            cost: line.cost.value.clone(),
            share: line.percent.value.decimal().to_string(),
            kind: line.kind.value.to_string(),
        });
    }
    if !occurrence.group {
        entry.stakes.extend(stakes(a, id, file));
    }
    add_risks(entry, mentions, id, file);
    add_due(entry, mentions, id, file, window);
    entry.seats.extend(seats(mentions, id, file));
}

/// The shares `party` holds in the agreement's entities, directly or through a group.
fn stakes(a: &Agreement, party: &str, file: &str) -> Vec<Stake> {
    let mut out = Vec::new();
    for entity in &a.entities {
        for share in &entity.shareholders {
            let holder = share.party.value.as_str();
            if !a.includes(holder, party) {
                continue;
            }
            out.push(Stake {
                file: file.to_string(),
                entity: entity.id.value.clone(),
                name: entity.name.value.clone(),
                legal_form: text(entity.legal_form.as_ref()),
                share: share.percent.value.decimal().to_string(),
                through: a.group(holder).map(|g| g.name.value.clone()),
            });
        }
    }
    out
}

fn representatives(party: &crate::model::Party) -> Vec<String> {
    party
        .representatives
        .iter()
        .map(|r| match &r.capacity {
            Some(capacity) => format!("{} ({})", r.name.value, capacity.value),
            None => r.name.value.clone(),
        })
        .collect()
}

fn add_risks(entry: &mut PartyEntry, mentions: &Mentions, id: &str, file: &str) {
    for &(risk, share) in mentions.shares(id) {
        let cap = risk.cap.as_ref().map(|c| c.value);
        entry.risks.push(RiskBorne {
            file: file.to_string(),
            id: risk.id.value.clone(),
            title: risk.title.value.clone(),
            category: risk.category.as_ref().map(|c| c.value.to_string()),
            share: share.percent.value.decimal().to_string(),
            cap: cap.map(|m| Amount {
                kind: "cap".to_string(),
                currency: m.currency.to_string(),
                cents: m.cents,
            }),
            borne: cap.map(|m| Exact::share_of(m, share.percent.value)),
        });
    }
}

fn add_due(
    entry: &mut PartyEntry,
    mentions: &Mentions,
    id: &str,
    file: &str,
    (from, until): (Date, Date),
) {
    for deliverable in mentions.deliverables(id) {
        let Some(due) = deliverable.due.as_ref().map(|d| d.value) else {
            continue;
        };
        if due >= from && due <= until {
            entry.due.push(Due {
                file: file.to_string(),
                id: deliverable.id.value.clone(),
                title: deliverable.title.value.clone(),
                due,
                obligation: deliverable.obligation.as_ref().map(|o| o.value.to_string()),
            });
        }
    }
}

fn seats(mentions: &Mentions, id: &str, file: &str) -> Vec<Seat> {
    mentions
        .bodies(id)
        .iter()
        .map(|b| {
            let rule = b.decides.as_ref().map(|d| d.value);
            Seat {
                file: file.to_string(),
                body: b.id.value.clone(),
                name: b.name.value.clone(),
                chair: b.chair.as_ref().is_some_and(|c| c.value == id),
                decides: rule.map(|r| r.to_string()),
                votes: rule != Some(DecisionRule::Advisory),
            }
        })
        .collect()
}

fn finish(entry: &mut PartyEntry) {
    let committed: Vec<Amount> = entry
        .contributions
        .iter()
        .filter(|c| !c.ceiling)
        .map(|c| c.amount.clone())
        .collect();
    let ceilings: Vec<Amount> = entry
        .contributions
        .iter()
        .filter(|c| c.ceiling)
        .map(|c| c.amount.clone())
        .collect();
    entry.committed = sum(&committed);
    entry.ceilings = sum(&ceilings);
    entry.risk_total = sum_exact(entry.risks.iter().filter_map(|r| r.borne.as_ref()));
    entry
        .due
        .sort_by(|a, b| (a.due, &a.file, &a.id).cmp(&(b.due, &b.file, &b.id)));
}

/// What the groups named in `membership` hold together in its agreement.
fn jointly(
    membership: &Membership,
    (parties, groups): (&[PartyEntry], &HashMap<&str, Vec<usize>>),
) -> Vec<Joint> {
    let mut named: Vec<usize> = membership
        .groups
        .iter()
        .filter_map(|name| groups.get(name.as_str()))
        .flatten()
        .copied()
        .collect();
    named.sort_unstable();
    named.dedup();
    named
        .into_iter()
        .map(|index| {
            let group = &parties[index];
            let mine = |file: &String| *file == membership.file;
            Joint {
                group: group.name.clone(),
                seats: group
                    .seats
                    .iter()
                    .filter(|s| mine(&s.file))
                    .cloned()
                    .collect(),
                contributions: group
                    .contributions
                    .iter()
                    .filter(|c| mine(&c.file))
                    .cloned()
                    .collect(),
                risks: group
                    .risks
                    .iter()
                    .filter(|r| mine(&r.file))
                    .cloned()
                    .collect(),
            }
        })
        .collect()
}

fn affiliations(
    party: &PartyEntry,
    parties: (&[PartyEntry], &HashMap<&str, Vec<usize>>),
    by_file: &HashMap<&str, &Agreement>,
) -> Vec<Affiliation> {
    if party.group || party.sector.as_deref() != Some("public") {
        return Vec::new();
    }
    party
        .memberships
        .iter()
        .filter(|m| !m.external)
        .filter_map(|m| {
            let a = *by_file.get(m.file.as_str())?;
            let mine = |file: &String| *file == m.file;
            let lines = party.contributions.iter().filter(|c| mine(&c.file));
            let (ceilings, committed): (Vec<_>, Vec<_>) = lines.partition(|c| c.ceiling);
            Some(Affiliation {
                party: party.name.clone(),
                file: m.file.clone(),
                partnership: m.title.clone(),
                function: a.header.function.as_ref().map(|f| f.value.to_string()),
                meeting_place: a
                    .governance
                    .as_ref()
                    .and_then(|g| text(g.meeting_place.as_ref())),
                public_interest: a.ambition.as_ref().and_then(|x| text(x.statement.as_ref())),
                held: party
                    .seats
                    .iter()
                    .filter(|s| mine(&s.file))
                    .cloned()
                    .collect(),
                represented_by: m.representatives.clone(),
                financial_interest: sum(committed.iter().map(|c| &c.amount)),
                ceilings: sum(ceilings.iter().map(|c| &c.amount)),
                cost_shares: party
                    .cost_shares
                    .iter()
                    .filter(|c| mine(&c.file))
                    .cloned()
                    .collect(),
                stakes: party
                    .stakes
                    .iter()
                    .filter(|s| mine(&s.file))
                    .cloned()
                    .collect(),
                risks: party
                    .risks
                    .iter()
                    .filter(|r| mine(&r.file))
                    .cloned()
                    .collect(),
                jointly: jointly(m, parties),
                effective: a.start_date(),
                expires: expires(a),
            })
        })
        .collect()
}
