//! The keywords of the language, and names of grammar rules.

use super::grammar::Rule;

/// Every keyword that can name a property, in the grammar's order.
pub const PROPERTY_KEYWORDS: &[&str] = &[
    "short-title",
    "reference",
    "version",
    "language",
    "function",
    "effective",
    "expires",
    "renewal",
    "enforceable",
    "governing-law",
    "publication",
    "signed-at",
    "sector",
    "role",
    "legal-form",
    "seat",
    "registration",
    "selected-by",
    "capacity",
    "mandate",
    "signed-on",
    "members",
    "legislation",
    "procurement",
    "competition",
    "state-aid",
    "third-parties",
    "statement",
    "endorsed-by",
    "indicator",
    "baseline",
    "target",
    "owner",
    "description",
    "by",
    "serves",
    "due",
    "obligation",
    "acceptance",
    "total",
    "kind",
    "owners",
    "operator",
    "revenue",
    "handback",
    "category",
    "likelihood",
    "impact",
    "bearers",
    "cap",
    "response",
    "mitigation",
    "cause",
    "effect",
    "chair",
    "meets",
    "decides",
    "decided-by",
    "meeting-place",
    "escalation",
    "to",
    "frequency",
    "on",
    "lead",
    "public",
    "consultation",
    "mediation",
    "arbitration",
    "court",
    "notice",
    "grounds",
    "consequences",
    "contribution",
];

/// The keywords that start a top-level item, in the grammar's order.
pub const ITEM_KEYWORDS: &[&str] = &[
    "covenant",
    "party",
    "recital",
    "define",
    "ambition",
    "goal",
    "deliverable",
    "investment",
    "asset",
    "risk",
    "governance",
    "accountability",
    "agenda",
    "disputes",
    "termination",
    "amendment",
    "accession",
    "clause",
    "legal-framework",
    "import",
    "group",
];

/// The static copy of a property keyword (`"?"` for text that is none).
#[must_use]
pub fn intern(text: &str) -> &'static str {
    PROPERTY_KEYWORDS
        .iter()
        .find(|k| **k == text)
        .copied()
        .unwrap_or("?")
}

/// Whether `line` starts (at its first byte) with a top-level item keyword.
#[must_use]
pub fn starts_item(line: &str) -> bool {
    ITEM_KEYWORDS.iter().any(|k| {
        line.strip_prefix(k).is_some_and(|rest| {
            !rest.starts_with(|c: char| c.is_ascii_alphanumeric() || c == '_' || c == '-')
        })
    })
}

/// Whether a rule is a property rule (`p_*` or an investment line).
#[must_use]
pub fn is_property(rule: Rule) -> bool {
    matches!(
        rule,
        Rule::contribution
            | Rule::p_short_title
            | Rule::p_reference
            | Rule::p_version
            | Rule::p_language
            | Rule::p_function
            | Rule::p_effective
            | Rule::p_expires
            | Rule::p_renewal
            | Rule::p_enforceable
            | Rule::p_governing_law
            | Rule::p_publication
            | Rule::p_signed_at
            | Rule::p_sector
            | Rule::p_role
            | Rule::p_legal_form
            | Rule::p_seat
            | Rule::p_registration
            | Rule::p_selected_by
            | Rule::p_capacity
            | Rule::p_mandate
            | Rule::p_signed_on
            | Rule::p_members
            | Rule::p_legislation
            | Rule::p_procurement
            | Rule::p_competition
            | Rule::p_state_aid
            | Rule::p_third_parties
            | Rule::p_statement
            | Rule::p_endorsed_by
            | Rule::p_indicator
            | Rule::p_baseline
            | Rule::p_target
            | Rule::p_owner
            | Rule::p_description
            | Rule::p_by
            | Rule::p_serves
            | Rule::p_due
            | Rule::p_obligation
            | Rule::p_acceptance
            | Rule::p_total
            | Rule::p_kind
            | Rule::p_owners
            | Rule::p_operator
            | Rule::p_revenue
            | Rule::p_handback
            | Rule::p_category
            | Rule::p_likelihood
            | Rule::p_impact
            | Rule::p_bearers
            | Rule::p_cap
            | Rule::p_response
            | Rule::p_mitigation
            | Rule::p_cause
            | Rule::p_effect
            | Rule::p_chair
            | Rule::p_meets
            | Rule::p_decides
            | Rule::p_decided_by
            | Rule::p_meeting_place
            | Rule::p_escalation
            | Rule::p_to
            | Rule::p_frequency
            | Rule::p_evaluator
            | Rule::p_on
            | Rule::p_lead
            | Rule::p_public
            | Rule::p_consultation
            | Rule::p_mediation
            | Rule::p_arbitration
            | Rule::p_court
            | Rule::p_notice
            | Rule::p_grounds
            | Rule::p_consequences
    )
}
