//! The typed agreement: everything the checks and documents work from.

use serde::Serialize;

use super::date::Date;
use super::money::Money;
use super::procedures::{Accession, Amendment, Confidentiality, Publication};
use super::quantity::{Duration, Frequency, Percent, Quantity};
use super::words::{
    AssetKind, Category, Consequence, DecisionRule, Function, InvestmentKind, Language, Level,
    Obligation, Response, Role, Sector, Tier,
};
use crate::source::Span;

/// A value and where it was written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Spanned<T> {
    /// The value.
    pub value: T,
    /// Where it was written.
    pub span: Span,
}

impl<T> Spanned<T> {
    /// Pairs a value with its span.
    pub fn new(value: T, span: Span) -> Self {
        Self { value, span }
    }
}

impl<T: Serialize> Serialize for Spanned<T> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.value.serialize(serializer)
    }
}

/// A text value with its span.
pub type Text = Spanned<String>;
/// An identifier with its span.
pub type Id = Spanned<String>;

/// A whole agreement.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Agreement {
    /// Title and general facts.
    pub header: Header,
    /// The parties, imported ones included, in order of appearance.
    pub parties: Vec<Party>,
    /// Groups of parties acting together.
    pub groups: Vec<Group>,
    /// The recitals (considerations).
    pub recitals: Vec<Text>,
    /// How the agreement relates to the law.
    pub legal_framework: Option<LegalFramework>,
    /// Defined terms.
    pub definitions: Vec<Definition>,
    /// The shared ambition.
    pub ambition: Option<Ambition>,
    /// Measurable goals.
    pub goals: Vec<Goal>,
    /// What the parties deliver.
    pub deliverables: Vec<Deliverable>,
    /// Contributions and their total.
    pub investment: Option<Investment>,
    /// Assets: ownership and operation.
    pub assets: Vec<Asset>,
    /// Risks and who bears them.
    pub risks: Vec<Risk>,
    /// Bodies and how they decide.
    pub governance: Option<Governance>,
    /// Reports and evaluation.
    pub accountability: Option<Accountability>,
    /// The public agenda.
    pub agenda: Option<Agenda>,
    /// How disputes are resolved.
    pub disputes: Option<Disputes>,
    /// How a party can leave.
    pub termination: Option<Termination>,
    /// How the agreement is changed.
    pub amendment: Option<Amendment>,
    /// How new parties join.
    pub accession: Option<Accession>,
    /// Free clauses.
    pub clauses: Vec<Clause>,
    /// Files whose parties were brought in.
    pub imports: Vec<Import>,
    /// Actors that take part without signing (funders, approvers, observers).
    pub externals: Vec<External>,
    /// Legal persons the agreement creates.
    pub entities: Vec<Entity>,
    /// What the agreement covers and excludes.
    pub scope: Option<Scope>,
    /// Documents that are part of the agreement (a map, a budget, a plan).
    pub annexes: Vec<Annex>,
    // Building blocks (issue 14).
    /// Contact persons and addresses for notices.
    pub notices: Option<super::provisions::Notices>,
    /// Liability between the parties.
    pub liability: Option<super::provisions::Liability>,
    /// What counts as force majeure and what follows.
    pub force_majeure: Option<Text>,
    /// The penalty clause of the agreement.
    pub penalty: Option<Text>,
    /// What the parties keep confidential, and within what law.
    pub confidentiality: Option<Confidentiality>,
    /// How compliance with the agreement is monitored and enforced.
    pub compliance: Option<Text>,
    /// Lookups, built on the first query (an agreement is not changed after loading).
    #[serde(skip)]
    pub(crate) index: std::sync::OnceLock<super::index::Index>,
}

/// The header: `covenant "Title" { ... }`.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Header {
    /// Where the header is (none when missing).
    #[serde(skip)]
    pub span: Option<Span>,
    /// The title.
    pub title: Option<Text>,
    /// The short title by which it may be cited.
    pub short_title: Option<Text>,
    /// A reference number.
    pub reference: Option<Text>,
    /// A version label.
    pub version: Option<Text>,
    /// The language of the documents.
    pub language: Option<Spanned<Language>>,
    /// The function of the partnership.
    pub function: Option<Spanned<Function>>,
    /// Entry into force on a date.
    pub effective: Option<Spanned<Date>>,
    /// Entry into force when a condition is met (`effective upon ...`).
    pub effective_upon: Option<Condition>,
    /// End of the term on a date, or `Never`.
    pub expires: Option<Spanned<Expiry>>,
    /// The length of the term, counted from entry into force (`expires after 30 years`).
    pub term: Option<Spanned<Duration>>,
    /// Whether and how the term is extended, in words.
    pub renewal: Option<Text>,
    /// Tacit renewal for this period each time, unless notice is given (`renewal tacit 10 years`).
    pub tacit_renewal: Option<Spanned<Duration>>,
    /// Date of signing for every signatory without a date of its own.
    pub signed_on: Option<Spanned<Date>>,
    /// The earlier agreement this one replaces.
    pub supersedes: Option<Text>,
    /// The earlier agreement this one changes.
    pub amends: Option<Text>,
    /// The languages whose texts are equally authentic.
    pub authentic: Vec<Text>,
    /// Whether obligations can be enforced in court: all, none, or as each deliverable says.
    #[serde(serialize_with = "super::enforceability::serialize")]
    pub enforceable: Option<Spanned<super::words::Enforceability>>,
    /// The law that governs the agreement.
    pub governing_law: Option<Text>,
    /// Where and how the agreement is published.
    pub publication: Option<Publication>,
    /// Where it is signed.
    pub signed_at: Option<Text>,
    // Building blocks (issue 14).
    /// What the document calls itself (`kind covenant`); an agreement by default.
    pub kind: Option<Spanned<super::words::DocumentKind>>,
    /// A condition precedent: entry into force waits until it is met.
    pub condition: Option<Text>,
    /// The number of originals signed.
    pub originals: Option<Spanned<u32>>,
    /// When and by whom the legal department reviewed the draft (a record, not printed).
    pub legal_review: Option<Text>,
}

/// Entry into force on a condition: `effective upon TEXT [after DURATION]`.
#[derive(Debug, Clone, Serialize)]
pub struct Condition {
    /// The condition.
    pub upon: Text,
    /// How long after the condition is met the agreement enters into force.
    pub after: Option<Spanned<Duration>>,
    /// The whole property.
    #[serde(skip)]
    pub span: Span,
}

/// The end of the term.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Expiry {
    /// Ends on a date.
    On(Date),
    /// An indefinite term.
    Never,
}

/// A party to the agreement.
#[derive(Debug, Clone, Serialize)]
pub struct Party {
    /// Identifier used in the agreement.
    pub id: Id,
    /// Legal name.
    pub name: Text,
    /// Public, private, civil or knowledge.
    pub sector: Option<Spanned<Sector>>,
    /// Its role.
    pub role: Option<Spanned<Role>>,
    /// Legal form.
    pub legal_form: Option<Text>,
    /// Seat.
    pub seat: Option<Text>,
    /// Registration number (e.g. Chamber of Commerce).
    pub registration: Option<Text>,
    /// The tender that selects this party, if it is not yet known.
    pub selected_by: Option<Text>,
    /// The legal person it also acts for (a minister for the State).
    pub acting_for: Option<Text>,
    /// The legal person a section without legal personality belongs to.
    pub part_of: Option<Text>,
    /// Who was heard before the decision to join.
    pub consulted: Option<Text>,
    /// How it is called in the text ("de Provincie").
    pub short_name: Option<Text>,
    /// The level of government of a public party.
    pub tier: Option<Spanned<Tier>>,
    /// Its say over the subject of the agreement: its task, power or property.
    pub competence: Option<Text>,
    /// The people who sign for it.
    pub representatives: Vec<Representative>,
    /// The whole item.
    #[serde(skip)]
    pub span: Span,
}

impl Party {
    /// Whether the party is still to be chosen by a tender.
    #[must_use]
    pub fn is_tendered(&self) -> bool {
        self.selected_by.is_some()
    }
}

/// A person signing for a party.
#[derive(Debug, Clone, Serialize)]
pub struct Representative {
    /// Name.
    pub name: Text,
    /// Capacity (function).
    pub capacity: Option<Text>,
    /// Where the authority comes from.
    pub mandate: Option<Spanned<Mandate>>,
    /// Date of signature, once signed.
    pub signed_on: Option<Spanned<Date>>,
    /// Place of signature (overrides the header's `signed-at`).
    pub signed_at: Option<Text>,
    /// The whole item.
    #[serde(skip)]
    pub span: Span,
}

/// The authority of a representative.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Mandate {
    /// A decision or power of attorney, described.
    Decision(String),
    /// Authority from law or the articles of association.
    Statutory,
}

/// Parties acting together.
#[derive(Debug, Clone, Serialize)]
pub struct Group {
    /// Identifier.
    pub id: Id,
    /// Name.
    pub name: Text,
    /// Member parties.
    pub members: Vec<Id>,
    /// The whole item.
    #[serde(skip)]
    pub span: Span,
}

/// How the agreement relates to the law.
#[derive(Debug, Clone, Default, Serialize)]
pub struct LegalFramework {
    /// Relevant legislation.
    pub legislation: Option<Text>,
    /// Procurement law.
    pub procurement: Option<Text>,
    /// Competition law.
    pub competition: Option<Text>,
    /// State aid.
    pub state_aid: Option<Text>,
    /// Interests of third parties.
    pub third_parties: Option<Text>,
    /// The statute that fixes the agreement's content and procedure.
    pub basis: Option<Text>,
    /// The public-law powers the agreement concerns.
    pub powers: Option<Text>,
    /// Public-law decisions stay subject to their statutory procedures.
    pub reservation: Option<Text>,
    /// Notification to the European Commission or others.
    pub notification: Option<Text>,
    /// The EU act the agreement implements.
    pub implements: Option<Text>,
    /// Why a covenant and not rules or self-regulation.
    pub instrument: Option<Text>,
    /// The whole item.
    #[serde(skip)]
    pub span: Span,
}

/// A defined term.
#[derive(Debug, Clone, Serialize)]
pub struct Definition {
    /// Identifier.
    pub id: Id,
    /// The term as it appears in the text.
    pub term: Text,
    /// What it means.
    pub meaning: Text,
    /// The whole item.
    #[serde(skip)]
    pub span: Span,
}

/// The shared ambition.
#[derive(Debug, Clone, Serialize)]
pub struct Ambition {
    /// The ambition in a sentence or two.
    pub statement: Option<Text>,
    /// Parties (or groups) that endorse it.
    pub endorsed_by: Vec<Id>,
    /// The whole item.
    #[serde(skip)]
    pub span: Span,
}

/// A measurable goal.
#[derive(Debug, Clone, Serialize)]
pub struct Goal {
    /// Identifier.
    pub id: Id,
    /// Title.
    pub title: Text,
    /// What is measured.
    pub indicator: Option<Text>,
    /// Where the indicator stands now.
    pub baseline: Option<Spanned<Quantity>>,
    /// Where it should be.
    pub target: Option<Spanned<Quantity>>,
    /// By when.
    pub deadline: Option<Spanned<Date>>,
    /// The party that monitors the goal.
    pub owner: Option<Id>,
    /// Further explanation.
    pub description: Option<Text>,
    /// Interim targets, in the order written.
    pub milestones: Vec<Milestone>,
    /// The whole item.
    #[serde(skip)]
    pub span: Span,
}

/// An interim target of a goal: `milestone QUANTITY by DATE`.
#[derive(Debug, Clone, Serialize)]
pub struct Milestone {
    /// Where the indicator should stand.
    pub target: Spanned<Quantity>,
    /// By when.
    pub by: Spanned<Date>,
    /// The whole property.
    #[serde(skip)]
    pub span: Span,
}

/// Something a party delivers.
#[derive(Debug, Clone, Serialize)]
pub struct Deliverable {
    /// Identifier.
    pub id: Id,
    /// Title.
    pub title: Text,
    /// The party (or group) that delivers.
    pub by: Option<Id>,
    /// The goals it serves.
    pub serves: Vec<Id>,
    /// Where it serves the ambition (`serves ambition`).
    #[serde(skip)]
    pub serves_ambition_at: Option<Span>,
    /// Whether it serves the ambition itself.
    pub serves_ambition: bool,
    /// The risks it reduces.
    pub mitigates: Vec<Id>,
    /// A continuing duty for the whole term or a period.
    pub during: Option<Spanned<During>>,
    /// Co-deliverers; `by` stays the one responsible.
    pub with: Vec<Id>,
    /// Due date.
    pub due: Option<Spanned<Date>>,
    /// Result or effort.
    pub obligation: Option<Spanned<Obligation>>,
    /// How delivery is accepted.
    pub acceptance: Option<Text>,
    /// Further explanation.
    pub description: Option<Text>,
    /// What the deliverer owes when it fails to deliver.
    pub penalty: Option<Text>,
    /// Whether this obligation can be enforced in court (`enforceable partly` in the header).
    pub enforceable: Option<Spanned<bool>>,
    /// Whether it promises to make, change or repeal rules.
    pub legislative: Option<Spanned<bool>>,
    /// What follows when it is not delivered.
    pub remedy: Option<Text>,
    /// The whole item.
    #[serde(skip)]
    pub span: Span,
}

/// When a continuing duty runs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum During {
    /// The whole term of the agreement.
    Term,
    /// From one date until another.
    Period {
        /// First day.
        from: Spanned<Date>,
        /// Last day.
        until: Spanned<Date>,
    },
}

/// The contributions of the parties.
#[derive(Debug, Clone, Serialize)]
pub struct Investment {
    /// One line per contribution of an amount.
    pub contributions: Vec<Contribution>,
    /// One line per share of a named cost (`share 39% of "..."`), never in the total.
    pub cost_shares: Vec<CostShare>,
    /// The stated total of the committed contributions.
    pub total: Option<Spanned<Money>>,
    /// When contributions are paid.
    pub payment: Option<Text>,
    /// How amounts follow prices.
    pub indexation: Option<Text>,
    /// The whole item.
    #[serde(skip)]
    pub span: Span,
}

/// One contribution of a party or group.
#[derive(Debug, Clone, Serialize)]
pub struct Contribution {
    /// Who contributes.
    pub party: Id,
    /// A ceiling (`up-to`) rather than a commitment.
    pub ceiling: bool,
    /// How much.
    pub amount: Spanned<Money>,
    /// In what form.
    pub kind: Spanned<InvestmentKind>,
    /// What it is for.
    pub note: Option<Text>,
    /// When this contribution is paid.
    pub payment: Option<Text>,
    /// How this amount follows prices.
    pub indexation: Option<Text>,
    /// The whole line.
    #[serde(skip)]
    pub span: Span,
}

/// A share of a named cost: `PARTY share PERCENT of "COST" KIND ["note"]`.
#[derive(Debug, Clone, Serialize)]
pub struct CostShare {
    /// Who contributes.
    pub party: Id,
    /// Which part of the cost.
    pub percent: Spanned<Percent>,
    /// The cost, by name.
    pub cost: Text,
    /// In what form.
    pub kind: Spanned<InvestmentKind>,
    /// What it is for.
    pub note: Option<Text>,
    /// The whole line.
    #[serde(skip)]
    pub span: Span,
}

/// A party's or group's share.
#[derive(Debug, Clone, Serialize)]
pub struct Share {
    /// Who.
    pub party: Id,
    /// How much.
    pub percent: Spanned<Percent>,
}

/// Something built or developed together.
#[derive(Debug, Clone, Serialize)]
pub struct Asset {
    /// Identifier.
    pub id: Id,
    /// Title.
    pub title: Text,
    /// What kind.
    pub kind: Option<Spanned<AssetKind>>,
    /// Who owns it, in shares.
    pub owners: Vec<Share>,
    /// Where the owners are listed.
    #[serde(skip)]
    pub owners_span: Option<Span>,
    /// Who operates it, and when.
    pub operator: Option<Operation>,
    /// Who earns from it.
    pub revenue: Option<Revenue>,
    /// What happens to it when the agreement ends.
    pub handback: Option<Text>,
    /// The whole item.
    #[serde(skip)]
    pub span: Span,
}

/// The operation of an asset.
#[derive(Debug, Clone, Serialize)]
pub struct Operation {
    /// The operator.
    pub party: Id,
    /// Start of operation.
    pub from: Option<Spanned<Date>>,
    /// End of operation.
    pub until: Option<Spanned<Date>>,
    /// The whole property.
    #[serde(skip)]
    pub span: Span,
}

/// Who earns from an asset.
#[derive(Debug, Clone, Serialize)]
pub struct Revenue {
    /// The party that earns.
    pub party: Id,
    /// From what.
    pub note: Option<Text>,
}

/// A risk and how it is borne.
#[derive(Debug, Clone, Serialize)]
pub struct Risk {
    /// Identifier.
    pub id: Id,
    /// Title.
    pub title: Text,
    /// Category.
    pub category: Option<Spanned<Category>>,
    /// Likelihood.
    pub likelihood: Option<Spanned<Level>>,
    /// Impact.
    pub impact: Option<Spanned<Level>>,
    /// Who bears it, in shares.
    pub bearers: Vec<Share>,
    /// Where the bearers are listed.
    #[serde(skip)]
    pub bearers_span: Option<Span>,
    /// The most the bearers pay together.
    pub cap: Option<Spanned<Money>>,
    /// Who bears what exceeds the cap, in shares.
    pub above_cap: Vec<Share>,
    /// Where those shares are listed.
    #[serde(skip)]
    pub above_cap_span: Option<Span>,
    /// The response.
    pub response: Option<Spanned<Response>>,
    /// What is done about it.
    pub mitigation: Option<Text>,
    /// What causes it.
    pub cause: Option<Text>,
    /// What it does.
    pub effect: Option<Text>,
    /// The whole item.
    #[serde(skip)]
    pub span: Span,
}

/// Bodies and meeting place.
#[derive(Debug, Clone, Serialize)]
pub struct Governance {
    /// The bodies.
    pub bodies: Vec<Body>,
    /// Where the partnership meets.
    pub meeting_place: Option<Text>,
    /// How conflicts are escalated.
    pub escalation: Option<Text>,
    /// The whole item.
    #[serde(skip)]
    pub span: Span,
}

/// A governing body.
#[derive(Debug, Clone, Serialize)]
pub struct Body {
    /// Identifier.
    pub id: Id,
    /// Name.
    pub name: Text,
    /// Member parties or groups.
    pub members: Vec<Id>,
    /// The chair.
    pub chair: Option<Id>,
    /// Whether the members chair in turn (`chair rotating`).
    pub chair_rotates: bool,
    /// Parties or externals with a seat and no vote.
    pub observers: Vec<Id>,
    /// The entity whose organ this body is.
    pub of: Option<Id>,
    /// How often it meets.
    pub meets: Option<Spanned<Frequency>>,
    /// How it decides.
    pub decides: Option<Spanned<DecisionRule>>,
    /// For an advisory body: the party that decides.
    pub decided_by: Option<Id>,
    /// The whole item.
    #[serde(skip)]
    pub span: Span,
}

/// Reports and evaluation.
#[derive(Debug, Clone, Serialize)]
pub struct Accountability {
    /// Periodic reports.
    pub reports: Vec<Report>,
    /// The evaluation.
    pub evaluation: Option<Evaluation>,
    /// The whole item.
    #[serde(skip)]
    pub span: Span,
}

/// A periodic report.
#[derive(Debug, Clone, Serialize)]
pub struct Report {
    /// Identifier.
    pub id: Id,
    /// Title.
    pub title: Text,
    /// Who reports.
    pub by: Option<Id>,
    /// To whom (a body or a party).
    pub to: Option<Id>,
    /// How often.
    pub frequency: Option<Spanned<Frequency>>,
    /// The whole item.
    #[serde(skip)]
    pub span: Span,
}

/// The evaluation of the partnership.
#[derive(Debug, Clone, Serialize)]
pub struct Evaluation {
    /// Who evaluates.
    pub by: Option<Spanned<Evaluator>>,
    /// When.
    pub on: Option<Spanned<Date>>,
    /// How long after entry into force.
    pub after: Option<Spanned<Duration>>,
    /// What the parties do with the outcome.
    pub follow_up: Option<Text>,
    /// The whole item.
    #[serde(skip)]
    pub span: Span,
}

/// Who evaluates.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Evaluator {
    /// A party of the agreement.
    Party(String),
    /// Someone outside, described.
    Named(String),
}

/// The public agenda.
#[derive(Debug, Clone, Serialize)]
pub struct Agenda {
    /// Its themes.
    pub themes: Vec<Theme>,
    /// The whole item.
    #[serde(skip)]
    pub span: Span,
}

/// A theme on the agenda.
#[derive(Debug, Clone, Serialize)]
pub struct Theme {
    /// Identifier.
    pub id: Id,
    /// Title.
    pub title: Text,
    /// The party that leads it.
    pub lead: Option<Id>,
    /// Whether it is public.
    pub public: Option<Spanned<bool>>,
    /// The whole item.
    #[serde(skip)]
    pub span: Span,
}

/// How disputes are resolved.
#[derive(Debug, Clone, Serialize)]
pub struct Disputes {
    /// The steps, in order.
    pub steps: Vec<Spanned<DisputeStep>>,
    /// The whole item.
    #[serde(skip)]
    pub span: Span,
}

/// One step of dispute resolution.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum DisputeStep {
    /// Talks between the parties for a period.
    Consultation(Duration),
    /// Mediation, optionally by a named mediator.
    Mediation(Option<String>),
    /// Binding arbitration by an institute.
    Arbitration(String),
    /// The competent court.
    Court(String),
}

/// Termination by one party.
#[derive(Debug, Clone, Serialize)]
pub struct Termination {
    /// Notice period.
    pub notice: Option<Spanned<Duration>>,
    /// Whether notice is given before the end of a term and ends the agreement then.
    pub before_expiry: bool,
    /// Grounds for termination.
    pub grounds: Option<Text>,
    /// What happens to the others.
    pub consequences: Option<Spanned<Consequence>>,
    /// How notice is given (in writing, to whom).
    pub manner: Option<Text>,
    /// The whole item.
    #[serde(skip)]
    pub span: Span,
}

/// A free clause.
#[derive(Debug, Clone, Serialize)]
pub struct Clause {
    /// Identifier.
    pub id: Id,
    /// Title.
    pub title: Text,
    /// The text (Markdown).
    pub text: Text,
    /// The whole item.
    #[serde(skip)]
    pub span: Span,
}

/// An `import` of a parties file.
#[derive(Debug, Clone, Serialize)]
pub struct Import {
    /// The path as written.
    pub path: Text,
    /// The whole item.
    #[serde(skip)]
    pub span: Span,
}

/// An actor that takes part without signing: `external ID "Name" { ... }`.
#[derive(Debug, Clone, Serialize)]
pub struct External {
    /// Identifier.
    pub id: Id,
    /// Name.
    pub name: Text,
    /// Public, private, civil or knowledge.
    pub sector: Option<Spanned<Sector>>,
    /// Its role.
    pub role: Option<Spanned<Role>>,
    /// Legal form.
    pub legal_form: Option<Text>,
    /// Seat.
    pub seat: Option<Text>,
    /// What it does in the agreement.
    pub description: Option<Text>,
    /// The whole item.
    #[serde(skip)]
    pub span: Span,
}

/// A legal person the agreement creates: `entity ID "Name" { ... }`.
#[derive(Debug, Clone, Serialize)]
pub struct Entity {
    /// Identifier.
    pub id: Id,
    /// Name.
    pub name: Text,
    /// Legal form.
    pub legal_form: Option<Text>,
    /// Seat.
    pub seat: Option<Text>,
    /// Registration number.
    pub registration: Option<Text>,
    /// Who holds its shares.
    pub shareholders: Vec<Share>,
    /// Where the shareholders are listed.
    #[serde(skip)]
    pub shareholders_span: Option<Span>,
    /// What it is for.
    pub purpose: Option<Text>,
    /// The whole item.
    #[serde(skip)]
    pub span: Span,
}

/// What the agreement covers and excludes.
#[derive(Debug, Clone, Serialize)]
pub struct Scope {
    /// What it covers.
    pub covers: Option<Text>,
    /// What it excludes.
    pub excludes: Option<Text>,
    /// The whole item.
    #[serde(skip)]
    pub span: Span,
}

/// A document that is part of the agreement: `annex ID "Title" { document "..." }`.
#[derive(Debug, Clone, Serialize)]
pub struct Annex {
    /// Identifier.
    pub id: Id,
    /// Title.
    pub title: Text,
    /// The document itself.
    pub document: Option<Text>,
    /// Further explanation.
    pub description: Option<Text>,
    /// The whole item.
    #[serde(skip)]
    pub span: Span,
}
