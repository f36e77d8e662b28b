//! C005 free-rider: A party that contributes nothing: no deliverable, investment or risk.
//!
//! A party contributes when it delivers something, has a line in the investment
//! (an `up-to` ceiling such as a guarantee, or a share of a named cost, counts),
//! bears a share of a risk or holds shares in an entity the agreement creates,
//! directly or through a group it belongs to. Externals do not sign and are
//! never free riders.

use crate::check::Context;
use crate::check::RuleInfo;
use crate::diagnostics::Diagnostic;
use crate::diagnostics::Severity;

/// C005 free-rider: its code, name, default level and explain page.
pub(crate) static RULE: RuleInfo = RuleInfo {
    code: "C005",
    name: "free-rider",
    severity: Severity::Error,
    summary: "A party that contributes nothing: no deliverable, investment or risk.",
    explain: include_str!("../../../docs/rules/C005.md"),
    run: Some(check),
    aanwijzing: None,
};

/// Reports C005 findings.
pub(crate) fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let agreement = cx.agreement;
    for party in &agreement.parties {
        let id = party.id.value.as_str();
        if agreement.delivers(id)
            || agreement.invests(id)
            || agreement.bears_risk(id)
            || agreement.index().holds_shares(id)
        {
            continue;
        }
        out.push(
            Diagnostic::error(
                "C005",
                format!(
                    "{} contributes nothing: no deliverable, no investment, no risk borne",
                    party.describe()
                ),
                party.id.span,
            )
            .with_label("contributes nothing")
            .with_help(format!(
                "make `{id}` deliver something (`by {id}`), commit resources in `investment`, \
                 or bear a share of a risk; a party without a stake does not belong in the agreement"
            )),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::check;

    fn codes(text: &str) -> Vec<String> {
        let (loaded, messages) = crate::check::run_rule(check, text);
        assert_eq!(loaded.agreement.parties.len(), 3);
        messages
    }

    const PARTIES: &str = r#"
        party a "A" { sector public }
        party b "B" { sector private }
        party c "C" { sector civil }
        group ab "A and B" { members a, b }
    "#;

    #[test]
    fn a_group_deliverable_counts_for_its_members() {
        let text =
            format!("{PARTIES}\ndeliverable d \"D\" {{ by ab }}\ninvestment {{ c EUR 10 cash }}\n");
        assert!(codes(&text).is_empty());
    }

    #[test]
    fn a_group_investment_and_risk_count_for_members() {
        let text = format!(
            "{PARTIES}\ninvestment {{ ab EUR 10 cash }}\nrisk r \"R\" {{ bearers c 100% }}\n"
        );
        assert!(codes(&text).is_empty());
    }

    #[test]
    fn a_ceiling_counts_as_a_contribution() {
        let text =
            format!("{PARTIES}\ninvestment {{ ab EUR 10 cash\n c up-to EUR 5 guarantee }}\n");
        assert!(codes(&text).is_empty());
    }

    #[test]
    fn shares_in_an_entity_and_of_a_cost_count_for_members() {
        let text = format!(
            "{PARTIES}\nentity e \"E B.V.\" {{ shareholders ab 100% }}\n\
             investment {{ c share 100% of \"kosten\" cash }}\n"
        );
        assert!(codes(&text).is_empty());
    }

    #[test]
    fn a_party_outside_the_group_that_gives_nothing_is_reported() {
        let text = format!("{PARTIES}\ndeliverable d \"D\" {{ by ab }}\n");
        assert_eq!(
            codes(&text),
            ["party `c` (C) contributes nothing: no deliverable, no investment, no risk borne"]
        );
    }
}
