//! C039 no-first-consultation: Dispute resolution that does not start with consultation.

use crate::check::Context;
use crate::check::RuleInfo;
use crate::check::registry::Aanwijzing;
use crate::diagnostics::Diagnostic;
use crate::diagnostics::Severity;
use crate::model::DisputeStep;

/// C039 no-first-consultation: its code, name, default level and explain page.
pub(crate) static RULE: RuleInfo = RuleInfo {
    code: "C039",
    name: "no-first-consultation",
    severity: Severity::Warning,
    summary: "Dispute resolution that does not start with consultation.",
    explain: include_str!("../../../docs/rules/C039.md"),
    run: Some(check),
    aanwijzing: Some(Aanwijzing {
        cite: "Aanwijzing 16, derde lid",
        must: false,
    }),
};

/// Reports C039 findings.
pub(crate) fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let Some(first) = cx.agreement.disputes.as_ref().and_then(|d| d.steps.first()) else {
        return;
    };
    if matches!(first.value, DisputeStep::Consultation(_)) {
        return;
    }
    out.push(
        Diagnostic::warning(
            "C039",
            "dispute resolution does not start with consultation between the parties",
            first.span,
        )
        .with_label("the first step")
        .with_help(
            "consider a period of consultation first: \
             `disputes { consultation 30 days  then mediation  then court \"...\" }`",
        ),
    );
}

#[cfg(test)]
mod tests {
    use super::check;

    #[test]
    fn fires_when_the_first_step_is_not_consultation() {
        let court = "disputes { court \"Rechtbank Gelderland\" }\n";
        assert_eq!(crate::check::run_rule(check, court).1.len(), 1);
        let talks = "disputes { consultation 30 days  then court \"Rechtbank Gelderland\" }\n";
        assert!(crate::check::run_rule(check, talks).1.is_empty());
    }
}
