//! C027 evaluation-incomplete: An evaluation that does not say who evaluates, or when.

use crate::check::Context;
use crate::check::RuleInfo;
use crate::check::registry::Aanwijzing;
use crate::diagnostics::Diagnostic;
use crate::diagnostics::Severity;

/// C027 evaluation-incomplete: its code, name, default level and explain page.
pub(crate) static RULE: RuleInfo = RuleInfo {
    code: "C027",
    name: "evaluation-incomplete",
    severity: Severity::Error,
    summary: "An evaluation that does not say who evaluates, or when.",
    explain: include_str!("../../../docs/rules/C027.md"),
    run: Some(check),
    aanwijzing: Some(Aanwijzing {
        cite: "Aanwijzing 18, tweede lid",
        must: true,
    }),
};

/// Reports C027 findings.
pub(crate) fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let Some(evaluation) = cx
        .agreement
        .accountability
        .as_ref()
        .and_then(|a| a.evaluation.as_ref())
    else {
        return;
    };
    let when = evaluation.on.is_some() || evaluation.after.is_some();
    let missing = match (evaluation.by.is_some(), when) {
        (true, true) => return,
        (false, false) => "who evaluates (`by`) and when (`on` or `after`)",
        (false, true) => "who evaluates (`by`)",
        (true, false) => "when it takes place (`on` or `after`)",
    };
    out.push(
        Diagnostic::error(
            "C027",
            format!("the evaluation does not say {missing}"),
            head(evaluation.span),
        )
        .with_label("incomplete evaluation")
        .with_help(
            "an evaluation clause names at least the evaluator and the date: \
             `evaluation { by \"independent bureau\"  on 2029-06-30 }`",
        ),
    );
}

/// The `evaluation` keyword at the start of the block.
fn head(span: crate::source::Span) -> crate::source::Span {
    crate::source::Span {
        end: span.end.min(span.start + 10),
        ..span
    }
}

#[cfg(test)]
mod tests {
    use super::check;

    fn messages(evaluation: &str) -> Vec<String> {
        let text = format!("accountability {{ evaluation {{ {evaluation} }} }}\n");
        crate::check::run_rule(check, &text).1
    }

    #[test]
    fn one_finding_names_what_is_missing() {
        assert_eq!(
            messages(""),
            vec!["the evaluation does not say who evaluates (`by`) and when (`on` or `after`)"]
        );
        assert_eq!(
            messages("by \"bureau\""),
            vec!["the evaluation does not say when it takes place (`on` or `after`)"]
        );
        assert!(messages("by \"bureau\"  on 2029-06-30").is_empty());
    }
}
