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

/// The key a property keyword stands for (`Rule::k_short_title` is `short-title`).
#[must_use]
pub fn key_of(rule: Rule) -> &'static str {
    match rule {
        Rule::k_short_title => "short-title",
        Rule::k_reference => "reference",
        Rule::k_version => "version",
        Rule::k_language => "language",
        Rule::k_function => "function",
        Rule::k_effective => "effective",
        Rule::k_expires => "expires",
        Rule::k_renewal => "renewal",
        Rule::k_enforceable => "enforceable",
        Rule::k_governing_law => "governing-law",
        Rule::k_publication => "publication",
        Rule::k_signed_at => "signed-at",
        Rule::k_sector => "sector",
        Rule::k_role => "role",
        Rule::k_legal_form => "legal-form",
        Rule::k_seat => "seat",
        Rule::k_registration => "registration",
        Rule::k_selected_by => "selected-by",
        Rule::k_capacity => "capacity",
        Rule::k_mandate => "mandate",
        Rule::k_signed_on => "signed-on",
        Rule::k_legislation => "legislation",
        Rule::k_procurement => "procurement",
        Rule::k_competition => "competition",
        Rule::k_state_aid => "state-aid",
        Rule::k_third_parties => "third-parties",
        Rule::k_statement => "statement",
        Rule::k_endorsed_by => "endorsed-by",
        Rule::k_indicator => "indicator",
        Rule::k_baseline => "baseline",
        Rule::k_target => "target",
        Rule::k_owner => "owner",
        Rule::k_by => "by",
        Rule::k_serves => "serves",
        Rule::k_due => "due",
        Rule::k_obligation => "obligation",
        Rule::k_acceptance => "acceptance",
        Rule::k_description => "description",
        Rule::k_total => "total",
        Rule::k_kind => "kind",
        Rule::k_owners => "owners",
        Rule::k_operator => "operator",
        Rule::k_revenue => "revenue",
        Rule::k_handback => "handback",
        Rule::k_category => "category",
        Rule::k_likelihood => "likelihood",
        Rule::k_impact => "impact",
        Rule::k_bearers => "bearers",
        Rule::k_cap => "cap",
        Rule::k_response => "response",
        Rule::k_mitigation => "mitigation",
        Rule::k_cause => "cause",
        Rule::k_effect => "effect",
        Rule::k_members => "members",
        Rule::k_chair => "chair",
        Rule::k_meets => "meets",
        Rule::k_decides => "decides",
        Rule::k_decided_by => "decided-by",
        Rule::k_meeting_place => "meeting-place",
        Rule::k_escalation => "escalation",
        Rule::k_to => "to",
        Rule::k_frequency => "frequency",
        Rule::k_on => "on",
        Rule::k_lead => "lead",
        Rule::k_public => "public",
        Rule::k_consultation => "consultation",
        Rule::k_mediation => "mediation",
        Rule::k_arbitration => "arbitration",
        Rule::k_court => "court",
        Rule::k_notice => "notice",
        Rule::k_grounds => "grounds",
        Rule::k_consequences => "consequences",
        _ => "?",
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_property_keyword_is_the_key_of_its_rule() {
        for key in PROPERTY_KEYWORDS.iter().filter(|k| **k != "contribution") {
            let name = format!("k_{}", key.replace('-', "_"));
            let rule = Rule::all_rules().iter().find(|r| format!("{r:?}") == name);
            assert_eq!(rule.map(|r| key_of(*r)), Some(*key), "{name}");
        }
    }
}
