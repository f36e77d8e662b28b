//! B001 risk-without-say: A party bears risk but sits in no governance body.

use crate::check::Context;
use crate::check::RuleInfo;
use crate::diagnostics::Diagnostic;
use crate::diagnostics::Severity;

/// B001 risk-without-say: its code, name, default level and explain page.
pub(crate) static RULE: RuleInfo = RuleInfo {
    code: "B001",
    name: "risk-without-say",
    severity: Severity::Warning,
    summary: "A party bears risk but sits in no governance body.",
    explain: include_str!("../../../docs/rules/B001.md"),
    run: Some(check),
    aanwijzing: None,
};

/// Reports B001 findings.
pub(crate) fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let a = cx.agreement;
    if a.bodies().is_empty() {
        return;
    }
    let mut reported: Vec<&str> = Vec::new();
    for risk in &a.risks {
        for share in &risk.bearers {
            if !a.is_party_or_group(&share.party.value) {
                continue;
            }
            for party in a.parties_of(&share.party.value) {
                if reported.contains(&party) || a.party(party).is_none() || a.sits_in_a_body(party)
                {
                    continue;
                }
                reported.push(party);
                let through = if party == share.party.value {
                    String::new()
                } else {
                    format!(" (through group `{}`)", share.party.value)
                };
                let bodies: Vec<&str> = a.bodies().iter().map(|b| b.id.value.as_str()).collect();
                out.push(
                    Diagnostic::warning(
                        "B001",
                        format!(
                            "`{party}` bears {} of risk `{}`{through} but sits in no governance body",
                            share.percent.value, risk.id.value
                        ),
                        share.party.span,
                    )
                    .with_label("bears risk without a say")
                    .with_help(format!(
                        "add `{party}` to the members of a body ({}), so that it has a say in the decisions whose risk it bears",
                        bodies.join(", ")
                    )),
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {

    const MINIMAL: &str = include_str!("../../../tests/fixtures/valid/minimal.covenant");

    fn run(text: &str) -> Vec<String> {
        crate::check::run_rule(super::check, text).1
    }

    fn with_group(text: &str) -> String {
        text.replace(
            "recital ",
            "group builders \"Builders\" { members installer, coop }\n\nrecital ",
        )
    }

    #[test]
    fn the_minimal_agreement_is_balanced() {
        assert!(run(MINIMAL).is_empty());
    }

    #[test]
    fn a_group_bearing_risk_counts_for_each_member() {
        let text = with_group(MINIMAL)
            .replace(
                "bearers    installer 60%, coop 40%",
                "bearers    builders 100%",
            )
            .replace("members city, coop, installer", "members city, coop");
        let found = run(&text);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(
            found[0].contains("`installer`") && found[0].contains("group `builders`"),
            "{found:?}"
        );
    }

    #[test]
    fn a_seat_through_a_group_counts() {
        let text =
            with_group(MINIMAL).replace("members city, coop, installer", "members city, builders");
        assert!(run(&text).is_empty());
    }
}
