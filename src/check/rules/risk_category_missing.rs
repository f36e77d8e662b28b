//! C009 risk-category-missing: None of the risks is financial, administrative or policy.
//!
//! One warning per category missing from the risks. An agreement with no risks at
//! all is C008's business.

use crate::check::Context;
use crate::check::RuleInfo;
use crate::diagnostics::Diagnostic;
use crate::diagnostics::Severity;
use crate::model::words::Category;

/// The categories every agreement should consider.
const EXPECTED: [Category; 3] = [
    Category::Financial,
    Category::Administrative,
    Category::Policy,
];

/// C009 risk-category-missing: its code, name, default level and explain page.
pub(crate) static RULE: RuleInfo = RuleInfo {
    code: "C009",
    name: "risk-category-missing",
    severity: Severity::Warning,
    summary: "None of the risks is financial, administrative or policy.",
    explain: include_str!("../../../docs/rules/C009.md"),
    run: Some(check),
    aanwijzing: None,
};

/// Reports C009 findings.
pub(crate) fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let agreement = cx.agreement;
    if agreement.risks.is_empty() {
        return;
    }
    for category in EXPECTED {
        let present = agreement
            .risks
            .iter()
            .any(|r| r.category.as_ref().is_some_and(|c| c.value == category));
        if present {
            continue;
        }
        out.push(
            Diagnostic::warning(
                "C009",
                format!("none of the risks is {category}"),
                agreement.anchor(),
            )
            .with_label(format!("no {category} risk in this agreement"))
            .with_help(format!(
                "consider the {category} risks of the partnership and add one with \
                 `category {category}`, its bearers and mitigation"
            )),
        );
    }
}
