//! C029 termination-incomplete: A termination clause without a notice period or grounds.
//!
//! The indefinite term without notice is C013's. The manner defaults to "in writing", which the
//! document's notice lid says, so a missing `manner` is a help line only, like missing consequences
//! (Aanwijzing 20, derde lid, is a recommendation).

use crate::check::Context;
use crate::check::RuleInfo;
use crate::check::registry::Aanwijzing;
use crate::diagnostics::Diagnostic;
use crate::diagnostics::Severity;

/// C029 termination-incomplete: its code, name, default level and explain page.
pub(crate) static RULE: RuleInfo = RuleInfo {
    code: "C029",
    name: "termination-incomplete",
    severity: Severity::Warning,
    summary: "A termination clause without a notice period or grounds.",
    explain: include_str!("../../../docs/rules/C029.md"),
    run: Some(check),
    aanwijzing: Some(Aanwijzing {
        cite: "Aanwijzing 20, eerste lid",
        must: true,
    }),
};

/// Reports C029 findings.
pub(crate) fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let agreement = cx.agreement;
    let Some(termination) = &agreement.termination else {
        return;
    };
    let indefinite = agreement
        .header
        .expires
        .as_ref()
        .is_some_and(|e| e.value == crate::model::Expiry::Never);
    let notice = termination.notice.is_some() || indefinite;
    let missing = match (notice, termination.grounds.is_some()) {
        (true, true) => return,
        (false, false) => "a notice period (`notice`) or grounds (`grounds`)",
        (false, true) => "a notice period (`notice`)",
        (true, false) => "the grounds on which a party may terminate (`grounds`)",
    };
    let mut help = String::from(
        "say as clearly as possible when and how a party may leave: \
         `termination { notice 6 months  grounds \"...\" }`",
    );
    if termination.manner.is_none() {
        help.push_str(
            "; the document says notice is given in writing: add `manner \"...\"` to say to whom and how",
        );
    }
    if termination.consequences.is_none() {
        help.push_str(
            "; consider also what happens to the others (`consequences continue` or `dissolve`)",
        );
    }
    out.push(
        Diagnostic::warning(
            "C029",
            format!("the termination clause does not state {missing}"),
            termination.head(),
        )
        .with_label("incomplete termination clause")
        .with_help(help),
    );
}

#[cfg(test)]
mod tests {
    use super::check;

    fn messages(header: &str, termination: &str) -> Vec<String> {
        let text = format!("covenant \"T\" {{ {header} }}\ntermination {{ {termination} }}\n");
        crate::check::run_rule(check, &text).1
    }

    #[test]
    fn names_what_is_missing_and_leaves_the_indefinite_term_to_c013() {
        assert_eq!(
            messages("expires 2030-01-01", "grounds \"x\""),
            vec!["the termination clause does not state a notice period (`notice`)"]
        );
        assert!(messages("expires never", "grounds \"x\"").is_empty());
        assert!(messages("expires 2030-01-01", "notice 3 months  grounds \"x\"").is_empty());
        assert_eq!(messages("expires never", "").len(), 1);
    }
}
