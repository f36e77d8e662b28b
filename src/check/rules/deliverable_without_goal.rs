//! C004 deliverable-without-goal: A deliverable that serves no goal.
//!
//! Only in an agreement that has goals or an ambition (one with neither is
//! C001's business), and only for a deliverable that serves no goal, does not
//! serve the ambition and mitigates no risk.

use crate::check::Context;
use crate::check::RuleInfo;
use crate::diagnostics::Diagnostic;
use crate::diagnostics::Severity;

/// C004 deliverable-without-goal: its code, name, default level and explain page.
pub(crate) static RULE: RuleInfo = RuleInfo {
    code: "C004",
    name: "deliverable-without-goal",
    severity: Severity::Warning,
    summary: "A deliverable that serves no goal.",
    explain: include_str!("../../../docs/rules/C004.md"),
    run: Some(check),
    aanwijzing: None,
};

/// Reports C004 findings.
pub(crate) fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let a = cx.agreement;
    if a.goals.is_empty() && a.ambition.is_none() {
        return;
    }
    for deliverable in a
        .deliverables
        .iter()
        .filter(|d| d.serves.is_empty() && !d.serves_ambition && d.mitigates.is_empty())
    {
        out.push(
            Diagnostic::warning(
                "C004",
                format!(
                    "deliverable `{}` ({}) serves no goal",
                    deliverable.id.value, deliverable.title.value
                ),
                deliverable.id.span,
            )
            .with_label("no `serves`")
            .with_help(
                "name the goals it contributes to with `serves GOAL, ...`, write `serves ambition` \
                 where the agreement has no measurable goals, or `mitigates RISK` for a \
                 deliverable that reduces a risk",
            ),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::check;

    fn messages(text: &str) -> Vec<String> {
        crate::check::run_rule(check, text).1
    }

    const AMBITION: &str = "party a \"A\" {}\nambition { statement \"S\" endorsed-by a }\n";

    #[test]
    fn the_ambition_or_a_risk_is_a_purpose() {
        let text = format!(
            "{AMBITION}risk r \"R\" {{}}\ndeliverable d \"D\" {{ by a serves ambition }}\n\
             deliverable e \"E\" {{ by a mitigates r }}\n"
        );
        assert!(messages(&text).is_empty());
    }

    #[test]
    fn a_deliverable_without_purpose_is_reported() {
        let text = format!("{AMBITION}deliverable d \"D\" {{ by a }}\n");
        assert_eq!(messages(&text), ["deliverable `d` (D) serves no goal"]);
    }

    #[test]
    fn an_agreement_without_goals_or_ambition_is_left_to_c001() {
        assert!(messages("party a \"A\" {}\ndeliverable d \"D\" { by a }\n").is_empty());
    }
}
