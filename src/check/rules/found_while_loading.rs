//! The codes found while a file is read and parsed, before any rule runs:
//! syntax (S001-S006), invisible characters (S007) and imports (R006). Their checks live in `syntax` and `model::load`.

use crate::check::RuleInfo;
use crate::diagnostics::Severity;

/// S001 unexpected-input.
pub(crate) static UNEXPECTED_INPUT: RuleInfo = RuleInfo {
    code: "S001",
    name: "unexpected-input",
    severity: Severity::Error,
    summary: "The text does not follow the language: something else was expected here.",
    explain: include_str!("../../../docs/rules/S001.md"),
    run: None,
    aanwijzing: None,
};

/// S002 impossible-date.
pub(crate) static IMPOSSIBLE_DATE: RuleInfo = RuleInfo {
    code: "S002",
    name: "impossible-date",
    severity: Severity::Error,
    summary: "A date that does not exist in the calendar.",
    explain: include_str!("../../../docs/rules/S002.md"),
    run: None,
    aanwijzing: None,
};

/// S003 bad-money.
pub(crate) static BAD_MONEY: RuleInfo = RuleInfo {
    code: "S003",
    name: "bad-money",
    severity: Severity::Error,
    summary: "An amount with an unknown currency or more than two decimals.",
    explain: include_str!("../../../docs/rules/S003.md"),
    run: None,
    aanwijzing: None,
};

/// S004 percentage-out-of-range.
pub(crate) static PERCENTAGE_OUT_OF_RANGE: RuleInfo = RuleInfo {
    code: "S004",
    name: "percentage-out-of-range",
    severity: Severity::Error,
    summary: "A percentage above 100% or with more than two decimals.",
    explain: include_str!("../../../docs/rules/S004.md"),
    run: None,
    aanwijzing: None,
};

/// S005 given-twice.
pub(crate) static GIVEN_TWICE: RuleInfo = RuleInfo {
    code: "S005",
    name: "given-twice",
    severity: Severity::Error,
    summary: "A property given twice in one block, or an item given twice in one agreement.",
    explain: include_str!("../../../docs/rules/S005.md"),
    run: None,
    aanwijzing: None,
};

/// S006 unterminated-text.
pub(crate) static UNTERMINATED_TEXT: RuleInfo = RuleInfo {
    code: "S006",
    name: "unterminated-text",
    severity: Severity::Error,
    summary: "A string or text block that is never closed.",
    explain: include_str!("../../../docs/rules/S006.md"),
    run: None,
    aanwijzing: None,
};

/// S007 invisible-character.
pub(crate) static INVISIBLE_CHARACTER: RuleInfo = RuleInfo {
    code: "S007",
    name: "invisible-character",
    severity: Severity::Warning,
    summary: "An invisible, direction-changing or control character in the text.",
    explain: include_str!("../../../docs/rules/S007.md"),
    run: None,
    aanwijzing: None,
};

/// R006 bad-import.
pub(crate) static BAD_IMPORT: RuleInfo = RuleInfo {
    code: "R006",
    name: "bad-import",
    severity: Severity::Error,
    summary: "An import that is missing, holds more than parties, forms a cycle or points outside the repository.",
    explain: include_str!("../../../docs/rules/R006.md"),
    run: None,
    aanwijzing: None,
};
