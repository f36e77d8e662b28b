//! The register: one overview of many agreements and of every party across them.
//!
//! Parties are matched across agreements by name and, where given, by
//! registration. Money is kept exactly in cents; a party's share of a risk
//! cap exactly in millionths of the currency unit.

mod amount;
mod build;
mod csv_out;
mod doc;
mod html;
mod identity;
mod markdown;
mod mentions;
mod today;
mod words;

pub use amount::{Amount, Exact};
pub use build::{Input, build};
pub use csv_out::{HEADER as CSV_HEADER, to_csv};
pub use html::to_html;
pub use markdown::to_markdown;
pub use today::today;
pub use words::Words;

use serde::Serialize;

use crate::model::Date;

/// The whole register.
#[derive(Debug, Clone, Serialize)]
pub struct Register {
    /// The reference date.
    pub today: Date,
    /// The end of the 12-month window for deliverables due.
    pub due_until: Date,
    /// One entry per agreement, in file order.
    pub agreements: Vec<AgreementEntry>,
    /// One entry per party or group across all agreements, by name.
    pub parties: Vec<PartyEntry>,
    /// Per public party and agreement: the fields a Dutch municipality reports.
    pub affiliations: Vec<Affiliation>,
}

/// One agreement.
#[derive(Debug, Clone, Serialize)]
pub struct AgreementEntry {
    /// The file.
    pub file: String,
    /// The title.
    pub title: Option<String>,
    /// The reference.
    pub reference: Option<String>,
    /// The function of the partnership.
    pub function: Option<String>,
    /// The names of its parties.
    pub parties: Vec<String>,
    /// Entry into force.
    pub effective: Option<Date>,
    /// End of the term (`never` for an indefinite term).
    pub expires: Option<String>,
    /// Errors found by `covenant check`.
    pub errors: usize,
    /// Warnings found by `covenant check`.
    pub warnings: usize,
    /// The committed contributions, summed by kind and currency.
    pub committed: Vec<Amount>,
    /// The `up-to` ceilings, summed by kind and currency.
    pub ceilings: Vec<Amount>,
}

/// A party (or group) across agreements.
#[derive(Debug, Clone, Serialize)]
pub struct PartyEntry {
    /// The name.
    pub name: String,
    /// Whether this is a group of parties rather than a party.
    pub group: bool,
    /// Registration number, where given.
    pub registration: Option<String>,
    /// Legal form, where given.
    pub legal_form: Option<String>,
    /// Seat, where given.
    pub seat: Option<String>,
    /// Sector, where given.
    pub sector: Option<String>,
    /// The partnerships it is in.
    pub memberships: Vec<Membership>,
    /// Every contribution line.
    pub contributions: Vec<ContributionLine>,
    /// Every share of a named cost, apart from the amounts.
    pub cost_shares: Vec<CostShareLine>,
    /// Its stakes in entities the agreements create.
    pub stakes: Vec<Stake>,
    /// Committed money by kind and currency, over all agreements.
    pub committed: Vec<Amount>,
    /// `up-to` ceilings by kind and currency, over all agreements.
    pub ceilings: Vec<Amount>,
    /// Risks borne.
    pub risks: Vec<RiskBorne>,
    /// Its share of risk caps, per currency, over all agreements.
    pub risk_total: Vec<Exact>,
    /// Deliverables due within 12 months of the reference date.
    pub due: Vec<Due>,
    /// Seats in governance bodies.
    pub seats: Vec<Seat>,
}

/// A party's place in one agreement.
#[derive(Debug, Clone, Serialize)]
pub struct Membership {
    /// The file.
    pub file: String,
    /// The agreement's title.
    pub title: Option<String>,
    /// The party's id there.
    pub id: String,
    /// Its role there.
    pub role: Option<String>,
    /// Whether it takes part without signing (an `external`: a funder, an observer).
    pub external: bool,
    /// Its representatives: name and capacity.
    pub representatives: Vec<String>,
    /// The groups it belongs to there.
    pub groups: Vec<String>,
}

/// One contribution of a party in one agreement.
#[derive(Debug, Clone, Serialize)]
pub struct ContributionLine {
    /// The file.
    pub file: String,
    /// A ceiling (`up-to`) rather than a commitment.
    pub ceiling: bool,
    /// The kind and amount.
    pub amount: Amount,
}

/// A party's share of a named cost in one agreement (`share 39% of "..."`).
#[derive(Debug, Clone, Serialize)]
pub struct CostShareLine {
    /// The file.
    pub file: String,
    /// The cost, by name.
    pub cost: String,
    /// The party's share, in percent.
    pub share: String,
    /// In what form.
    pub kind: String,
}

/// Shares held in an entity an agreement creates: the municipal register of affiliated parties.
#[derive(Debug, Clone, Serialize)]
pub struct Stake {
    /// The file.
    pub file: String,
    /// The entity's id.
    pub entity: String,
    /// The entity's name.
    pub name: String,
    /// Its legal form.
    pub legal_form: Option<String>,
    /// The share held, in percent.
    pub share: String,
    /// The group through which the shares are held jointly, if any.
    pub through: Option<String>,
}

/// A risk borne by a party.
#[derive(Debug, Clone, Serialize)]
pub struct RiskBorne {
    /// The file.
    pub file: String,
    /// The risk's id.
    pub id: String,
    /// Its title.
    pub title: String,
    /// Its category.
    pub category: Option<String>,
    /// The party's share, in percent.
    pub share: String,
    /// The cap for all bearers.
    pub cap: Option<Amount>,
    /// The party's part of the cap: cap × share, exact.
    pub borne: Option<Exact>,
}

/// A deliverable due soon.
#[derive(Debug, Clone, Serialize)]
pub struct Due {
    /// The file.
    pub file: String,
    /// The deliverable's id.
    pub id: String,
    /// Its title.
    pub title: String,
    /// Its due date.
    pub due: Date,
    /// Result or effort.
    pub obligation: Option<String>,
}

/// A seat in a governance body.
#[derive(Debug, Clone, Serialize)]
pub struct Seat {
    /// The file.
    pub file: String,
    /// The body's id.
    pub body: String,
    /// The body's name.
    pub name: String,
    /// Whether the party chairs it.
    pub chair: bool,
    /// How the body decides.
    pub decides: Option<String>,
    /// Whether the seat carries a vote (the body is not advisory).
    pub votes: bool,
}

/// What a Dutch municipality reports about one partnership it takes part in.
#[derive(Debug, Clone, Serialize)]
pub struct Affiliation {
    /// The public party.
    pub party: String,
    /// The file.
    pub file: String,
    /// The partnership's name (the agreement's title).
    pub partnership: Option<String>,
    /// Its function.
    pub function: Option<String>,
    /// Where it meets.
    pub meeting_place: Option<String>,
    /// The public interest served: the ambition statement.
    pub public_interest: Option<String>,
    /// How the interest is held: seats and votes in bodies.
    pub held: Vec<Seat>,
    /// Who represents the party.
    pub represented_by: Vec<String>,
    /// The financial interest: its committed contributions.
    pub financial_interest: Vec<Amount>,
    /// Its `up-to` ceilings.
    pub ceilings: Vec<Amount>,
    /// Its shares of named costs, apart from the amounts.
    pub cost_shares: Vec<CostShareLine>,
    /// Its stakes in entities the agreement creates.
    pub stakes: Vec<Stake>,
    /// The risks that matter: risks it bears, with its part of the cap.
    pub risks: Vec<RiskBorne>,
    /// What it holds jointly through groups: per group, its seats, money and risks.
    pub jointly: Vec<Joint>,
    /// Entry into force.
    pub effective: Option<Date>,
    /// End of the term.
    pub expires: Option<String>,
}

/// What a group holds in one agreement on behalf of its members.
#[derive(Debug, Clone, Serialize)]
pub struct Joint {
    /// The group's name.
    pub group: String,
    /// Its seats in bodies.
    pub seats: Vec<Seat>,
    /// Its contribution lines.
    pub contributions: Vec<ContributionLine>,
    /// The risks it bears.
    pub risks: Vec<RiskBorne>,
}
