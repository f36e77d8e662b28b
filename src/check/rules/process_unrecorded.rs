//! C038 process-unrecorded: Central government takes part, but the agreement does not record the legal review or why a covenant was chosen.

use crate::check::Context;
use crate::check::RuleInfo;
use crate::check::registry::Aanwijzing;
use crate::diagnostics::Diagnostic;
use crate::diagnostics::Severity;

/// C038 process-unrecorded: its code, name, default level and explain page.
pub(crate) static RULE: RuleInfo = RuleInfo {
    code: "C038",
    name: "process-unrecorded",
    severity: Severity::Warning,
    summary: "Central government takes part, but the agreement does not record the legal review or why a covenant was chosen.",
    explain: include_str!("../../../docs/rules/C038.md"),
    run: Some(check),
    aanwijzing: Some(Aanwijzing {
        cite: "Aanwijzing 3 en 22",
        must: true,
    }),
};

/// Reports C038 findings.
pub(crate) fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let a = cx.agreement;
    let Some(national) = a.national_parties().next() else {
        return;
    };
    let instrument = a
        .legal_framework
        .as_ref()
        .is_some_and(|l| l.instrument.is_some());
    let missing = match (a.header.legal_review.is_some(), instrument) {
        (true, true) => return,
        (false, false) => {
            "the legal review (`legal-review`) or why a covenant was chosen (`instrument`)"
        }
        (false, true) => "the legal review (`legal-review` in the header)",
        (true, false) => "why a covenant was chosen (`legal-framework { instrument }`)",
    };
    out.push(
        Diagnostic::warning(
            "C038",
            format!(
                "{} is central government, but the agreement does not record {missing}",
                national.describe()
            ),
            a.anchor(),
        )
        .with_label("process not recorded")
        .with_secondary(national.id.span, "tier national")
        .with_help(
            "record that the ministry's legal department reviewed the draft in time \
             (`legal-review \"DJZ, advies 2026-02-10\"`) and why a covenant rather than rules or \
             self-regulation (`instrument \"...\"` in `legal-framework`)",
        ),
    );
}

#[cfg(test)]
mod tests {
    use super::check;

    fn count(header: &str, framework: &str) -> usize {
        let text = format!(
            "covenant \"T\" {{ {header} }}\nparty m \"M\" {{ sector public tier national }}\nlegal-framework {{ {framework} }}\n"
        );
        crate::check::run_rule(check, &text).1.len()
    }

    #[test]
    fn central_government_records_review_and_instrument() {
        assert_eq!(count("", ""), 1);
        assert_eq!(count("legal-review \"DJZ\"", ""), 1);
        assert_eq!(count("legal-review \"DJZ\"", "instrument \"i\""), 0);
        let municipal = "party m \"M\" { sector public tier municipal }\n";
        assert!(crate::check::run_rule(check, municipal).1.is_empty());
    }
}
