//! The registry: every code, its rule, default severity and summary.

use super::Context;
use super::rules;
use crate::diagnostics::{Diagnostic, Severity};

/// A rule function: adds its findings to the list.
pub type RuleFn = fn(&Context<'_>, &mut Vec<Diagnostic>);

/// One entry of the registry.
#[derive(Debug, Clone, Copy)]
pub struct RuleInfo {
    /// Stable code, never renumbered or reused.
    pub code: &'static str,
    /// Short kebab-case name.
    pub name: &'static str,
    /// Severity unless configured otherwise.
    pub severity: Severity,
    /// One line saying what is found.
    pub summary: &'static str,
    /// The `covenant explain` page (Markdown).
    pub explain: &'static str,
    /// The check, for rules run over the model (syntax and import codes are found while loading).
    pub run: Option<RuleFn>,
    /// The paragraph of the *Aanwijzingen voor convenanten* the rule serves, if any.
    pub aanwijzing: Option<Aanwijzing>,
}

/// Where a rule comes from in the *Aanwijzingen voor convenanten* (2003 numbering,
/// see `docs/rules/aanwijzingen.md`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Aanwijzing {
    /// The citation as a drafter writes it: "Aanwijzing 19, eerste lid".
    pub cite: &'static str,
    /// Whether the paragraph says *must* (a duty) rather than *consider*;
    /// the profiles raise or relax exactly these rules.
    pub must: bool,
}

/// Every rule, in code order within its family; each is declared in its own file.
pub static RULES: &[&RuleInfo] = &[
    &rules::found_while_loading::UNEXPECTED_INPUT,
    &rules::found_while_loading::IMPOSSIBLE_DATE,
    &rules::found_while_loading::BAD_MONEY,
    &rules::found_while_loading::PERCENTAGE_OUT_OF_RANGE,
    &rules::found_while_loading::GIVEN_TWICE,
    &rules::found_while_loading::UNTERMINATED_TEXT,
    &rules::found_while_loading::INVISIBLE_CHARACTER,
    &rules::unknown_party::RULE,
    &rules::unknown_goal::RULE,
    &rules::duplicate_identifier::RULE,
    &rules::unknown_body_or_group::RULE,
    &rules::listed_twice::RULE,
    &rules::found_while_loading::BAD_IMPORT,
    &rules::unknown_reference::RULE,
    &rules::shares_not_100::RULE,
    &rules::total_mismatch::RULE,
    &rules::mixed_currencies::RULE,
    &rules::cost_shares_not_100::RULE,
    &rules::expires_before_effective::RULE,
    &rules::date_outside_term::RULE,
    &rules::operation_outlives_agreement::RULE,
    &rules::date_tied_to_legislation::RULE,
    &rules::ambition_not_endorsed::RULE,
    &rules::goal_not_measurable::RULE,
    &rules::goal_not_served::RULE,
    &rules::deliverable_without_goal::RULE,
    &rules::free_rider::RULE,
    &rules::no_mandate::RULE,
    &rules::asset_without_owner_or_operator::RULE,
    &rules::risks_not_allocated::RULE,
    &rules::risk_category_missing::RULE,
    &rules::no_governance::RULE,
    &rules::no_accountability::RULE,
    &rules::no_dispute_resolution::RULE,
    &rules::no_term::RULE,
    &rules::no_termination::RULE,
    &rules::too_few_parties::RULE,
    &rules::ambition_too_long::RULE,
    &rules::closed_agenda::RULE,
    &rules::unused_definition::RULE,
    &rules::no_recital::RULE,
    &rules::not_published::RULE,
    &rules::legal_framework_incomplete::RULE,
    &rules::no_renewal::RULE,
    &rules::deliverable_without_due_date::RULE,
    &rules::enforceability_unstated::RULE,
    &rules::risk_without_say::RULE,
    &rules::duration_unstated::RULE,
    &rules::obligation_without_party::RULE,
    &rules::evaluation_incomplete::RULE,
    &rules::publication_incomplete::RULE,
    &rules::termination_incomplete::RULE,
    &rules::accession_unstated::RULE,
    &rules::enforceability_unstated_per_deliverable::RULE,
    &rules::eu_implementation_incomplete::RULE,
    &rules::powers_unguarded::RULE,
    &rules::state_not_party::RULE,
    &rules::confidentiality_limits_disclosure::RULE,
    &rules::no_amendment::RULE,
    &rules::legislative_commitment::RULE,
    &rules::process_unrecorded::RULE,
    &rules::no_first_consultation::RULE,
    &rules::placeholder_unfilled::RULE,
    &rules::chair_not_member::RULE,
];

/// The rule with code `code` (case-insensitive).
#[must_use]
pub fn lookup(code: &str) -> Option<&'static RuleInfo> {
    RULES
        .iter()
        .copied()
        .find(|r| r.code.eq_ignore_ascii_case(code))
}

/// The rule with code or name `word` (`C005` or `free-rider`, case-insensitive).
#[must_use]
pub fn find(word: &str) -> Option<&'static RuleInfo> {
    lookup(word).or_else(|| {
        RULES
            .iter()
            .copied()
            .find(|r| r.name.eq_ignore_ascii_case(word))
    })
}
