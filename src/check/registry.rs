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
}

/// Every rule, in code order within its family.
pub static RULES: &[RuleInfo] = &[
    RuleInfo { code: "S001", name: "unexpected-input", severity: Severity::Error, summary: "The text does not follow the language: something else was expected here.", explain: include_str!("../../docs/rules/S001.md"), run: None },
    RuleInfo { code: "S002", name: "impossible-date", severity: Severity::Error, summary: "A date that does not exist in the calendar.", explain: include_str!("../../docs/rules/S002.md"), run: None },
    RuleInfo { code: "S003", name: "bad-money", severity: Severity::Error, summary: "An amount with an unknown currency or more than two decimals.", explain: include_str!("../../docs/rules/S003.md"), run: None },
    RuleInfo { code: "S004", name: "percentage-out-of-range", severity: Severity::Error, summary: "A percentage above 100% or with more than two decimals.", explain: include_str!("../../docs/rules/S004.md"), run: None },
    RuleInfo { code: "S005", name: "given-twice", severity: Severity::Error, summary: "A property given twice in one block, or an item given twice in one agreement.", explain: include_str!("../../docs/rules/S005.md"), run: None },
    RuleInfo { code: "S006", name: "unterminated-text", severity: Severity::Error, summary: "A string or text block that is never closed.", explain: include_str!("../../docs/rules/S006.md"), run: None },
    RuleInfo { code: "R001", name: "unknown-party", severity: Severity::Error, summary: "A reference to a party (or group) that is not declared.", explain: include_str!("../../docs/rules/R001.md"), run: Some(rules::r001::check) },
    RuleInfo { code: "R002", name: "unknown-goal", severity: Severity::Error, summary: "A deliverable serves a goal that is not declared.", explain: include_str!("../../docs/rules/R002.md"), run: Some(rules::r002::check) },
    RuleInfo { code: "R003", name: "duplicate-identifier", severity: Severity::Error, summary: "Two items of the same kind share an identifier.", explain: include_str!("../../docs/rules/R003.md"), run: Some(rules::r003::check) },
    RuleInfo { code: "R004", name: "unknown-body-or-group", severity: Severity::Error, summary: "A reference to an undeclared governance body, or a group with fewer than two members.", explain: include_str!("../../docs/rules/R004.md"), run: Some(rules::r004::check) },
    RuleInfo { code: "R005", name: "listed-twice", severity: Severity::Error, summary: "The same party appears twice in one list.", explain: include_str!("../../docs/rules/R005.md"), run: Some(rules::r005::check) },
    RuleInfo { code: "R006", name: "bad-import", severity: Severity::Error, summary: "An import that is missing, holds more than parties, forms a cycle or points outside the repository.", explain: include_str!("../../docs/rules/R006.md"), run: None },
    RuleInfo { code: "N001", name: "shares-not-100", severity: Severity::Error, summary: "Shares of owners or bearers do not add up to 100%.", explain: include_str!("../../docs/rules/N001.md"), run: Some(rules::n001::check) },
    RuleInfo { code: "N002", name: "total-mismatch", severity: Severity::Error, summary: "The stated total differs from the sum of the committed contributions.", explain: include_str!("../../docs/rules/N002.md"), run: Some(rules::n002::check) },
    RuleInfo { code: "N003", name: "mixed-currencies", severity: Severity::Warning, summary: "More than one currency in one agreement.", explain: include_str!("../../docs/rules/N003.md"), run: Some(rules::n003::check) },
    RuleInfo { code: "T001", name: "expires-before-effective", severity: Severity::Error, summary: "The agreement expires before it takes effect.", explain: include_str!("../../docs/rules/T001.md"), run: Some(rules::t001::check) },
    RuleInfo { code: "T002", name: "date-outside-term", severity: Severity::Error, summary: "A due date, target date or evaluation falls outside the term.", explain: include_str!("../../docs/rules/T002.md"), run: Some(rules::t002::check) },
    RuleInfo { code: "T003", name: "operation-outlives-agreement", severity: Severity::Warning, summary: "An asset is operated beyond the end of the agreement without a handback provision.", explain: include_str!("../../docs/rules/T003.md"), run: Some(rules::t003::check) },
    RuleInfo { code: "C001", name: "ambition-not-endorsed", severity: Severity::Error, summary: "No ambition, or a party that does not endorse it.", explain: include_str!("../../docs/rules/C001.md"), run: Some(rules::c001::check) },
    RuleInfo { code: "C002", name: "goal-not-measurable", severity: Severity::Error, summary: "A goal without indicator, target or deadline.", explain: include_str!("../../docs/rules/C002.md"), run: Some(rules::c002::check) },
    RuleInfo { code: "C003", name: "goal-not-served", severity: Severity::Error, summary: "A goal that no deliverable serves.", explain: include_str!("../../docs/rules/C003.md"), run: Some(rules::c003::check) },
    RuleInfo { code: "C004", name: "deliverable-without-goal", severity: Severity::Warning, summary: "A deliverable that serves no goal.", explain: include_str!("../../docs/rules/C004.md"), run: Some(rules::c004::check) },
    RuleInfo { code: "C005", name: "free-rider", severity: Severity::Error, summary: "A party that contributes nothing: no deliverable, investment or risk.", explain: include_str!("../../docs/rules/C005.md"), run: Some(rules::c005::check) },
    RuleInfo { code: "C006", name: "no-mandate", severity: Severity::Error, summary: "A known party without a representative, or a representative without a mandate.", explain: include_str!("../../docs/rules/C006.md"), run: Some(rules::c006::check) },
    RuleInfo { code: "C007", name: "asset-without-owner-or-operator", severity: Severity::Error, summary: "An asset without owners or without an operator.", explain: include_str!("../../docs/rules/C007.md"), run: Some(rules::c007::check) },
    RuleInfo { code: "C008", name: "risks-not-allocated", severity: Severity::Error, summary: "No risks, or a risk without bearers or mitigation.", explain: include_str!("../../docs/rules/C008.md"), run: Some(rules::c008::check) },
    RuleInfo { code: "C009", name: "risk-category-missing", severity: Severity::Warning, summary: "None of the risks is financial, administrative or policy.", explain: include_str!("../../docs/rules/C009.md"), run: Some(rules::c009::check) },
    RuleInfo { code: "C010", name: "no-governance", severity: Severity::Error, summary: "No governance body, or a body without members or decision rule.", explain: include_str!("../../docs/rules/C010.md"), run: Some(rules::c010::check) },
    RuleInfo { code: "C011", name: "no-accountability", severity: Severity::Warning, summary: "No report or no evaluation.", explain: include_str!("../../docs/rules/C011.md"), run: Some(rules::c011::check) },
    RuleInfo { code: "C012", name: "no-dispute-resolution", severity: Severity::Error, summary: "An enforceable agreement without dispute resolution.", explain: include_str!("../../docs/rules/C012.md"), run: Some(rules::c012::check) },
    RuleInfo { code: "C013", name: "no-term", severity: Severity::Error, summary: "No effective date, or an indefinite term without termination notice.", explain: include_str!("../../docs/rules/C013.md"), run: Some(rules::c013::check) },
    RuleInfo { code: "C014", name: "no-termination", severity: Severity::Warning, summary: "No termination provision.", explain: include_str!("../../docs/rules/C014.md"), run: Some(rules::c014::check) },
    RuleInfo { code: "C015", name: "too-few-parties", severity: Severity::Error, summary: "Fewer than two parties.", explain: include_str!("../../docs/rules/C015.md"), run: Some(rules::c015::check) },
    RuleInfo { code: "C016", name: "ambition-too-long", severity: Severity::Warning, summary: "An ambition statement longer than 40 words.", explain: include_str!("../../docs/rules/C016.md"), run: Some(rules::c016::check) },
    RuleInfo { code: "C017", name: "closed-agenda", severity: Severity::Warning, summary: "An agenda theme that is not public.", explain: include_str!("../../docs/rules/C017.md"), run: Some(rules::c017::check) },
    RuleInfo { code: "C018", name: "unused-definition", severity: Severity::Warning, summary: "A defined term that no text uses.", explain: include_str!("../../docs/rules/C018.md"), run: Some(rules::c018::check) },
    RuleInfo { code: "C019", name: "no-recital", severity: Severity::Warning, summary: "No recital.", explain: include_str!("../../docs/rules/C019.md"), run: Some(rules::c019::check) },
    RuleInfo { code: "C020", name: "not-published", severity: Severity::Warning, summary: "A public party takes part, but no publication is stated.", explain: include_str!("../../docs/rules/C020.md"), run: Some(rules::c020::check) },
    RuleInfo { code: "C021", name: "legal-framework-incomplete", severity: Severity::Warning, summary: "A public party without legal framework, public money without a state-aid statement, or a tender without a procurement statement.", explain: include_str!("../../docs/rules/C021.md"), run: Some(rules::c021::check) },
    RuleInfo { code: "C022", name: "no-renewal", severity: Severity::Warning, summary: "A fixed term without a renewal statement.", explain: include_str!("../../docs/rules/C022.md"), run: Some(rules::c022::check) },
    RuleInfo { code: "C023", name: "deliverable-without-due-date", severity: Severity::Warning, summary: "A deliverable without a due date.", explain: include_str!("../../docs/rules/C023.md"), run: Some(rules::c023::check) },
    RuleInfo { code: "C024", name: "enforceability-unstated", severity: Severity::Warning, summary: "No statement whether obligations can be enforced in court.", explain: include_str!("../../docs/rules/C024.md"), run: Some(rules::c024::check) },
    RuleInfo { code: "B001", name: "risk-without-say", severity: Severity::Warning, summary: "A party bears risk but sits in no governance body.", explain: include_str!("../../docs/rules/B001.md"), run: Some(rules::b001::check) },
    RuleInfo { code: "B002", name: "chair-not-member", severity: Severity::Error, summary: "A body's chair is not one of its members.", explain: include_str!("../../docs/rules/B002.md"), run: Some(rules::b002::check) },
];

/// The rule with code `code` (case-insensitive).
#[must_use]
pub fn lookup(code: &str) -> Option<&'static RuleInfo> {
    RULES.iter().find(|r| r.code.eq_ignore_ascii_case(code))
}
