//! T001 expires-before-effective: The agreement expires before it takes effect.

use crate::check::Context;
use crate::check::RuleInfo;
use crate::diagnostics::Diagnostic;
use crate::diagnostics::Severity;
use crate::model::Expiry;

/// T001 expires-before-effective: its code, name, default level and explain page.
pub(crate) static RULE: RuleInfo = RuleInfo {
    code: "T001",
    name: "expires-before-effective",
    severity: Severity::Error,
    summary: "The agreement expires before it takes effect.",
    explain: include_str!("../../../docs/rules/T001.md"),
    run: Some(check),
    aanwijzing: None,
};

/// Reports T001 findings.
pub(crate) fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let header = &cx.agreement.header;
    let (Some(effective), Some(expires)) = (&header.effective, &header.expires) else {
        return;
    };
    let Expiry::On(end) = expires.value else {
        return;
    };
    if end >= effective.value {
        return;
    }
    out.push(
        Diagnostic::error(
            "T001",
            format!("the agreement expires on {end}, before it takes effect on {}", effective.value),
            expires.span,
        )
        .with_label("expires before it starts")
        .with_secondary(effective.span, "the term starts here")
        .with_help("correct one of the two dates (a typo in the year?); `expires` must be on or after `effective`"),
    );
}
