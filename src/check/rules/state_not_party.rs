//! C034 state-not-party: A ministry takes on money, property or risk without acting for the State.

use crate::check::Context;
use crate::check::RuleInfo;
use crate::check::registry::Aanwijzing;
use crate::diagnostics::Diagnostic;
use crate::diagnostics::Severity;
use crate::model::{Agreement, Party};

/// C034 state-not-party: its code, name, default level and explain page.
pub(crate) static RULE: RuleInfo = RuleInfo {
    code: "C034",
    name: "state-not-party",
    severity: Severity::Warning,
    summary: "A ministry takes on money, property or risk without acting for the State.",
    explain: include_str!("../../../docs/rules/C034.md"),
    run: Some(check),
    aanwijzing: Some(Aanwijzing {
        cite: "Aanwijzing 5, vierde lid",
        must: true,
    }),
};

/// What private-law stake `party` has: a contribution, an asset it owns or a risk it bears.
fn stake(a: &Agreement, party: &Party) -> Option<&'static str> {
    let id = party.id.value.as_str();
    let named = |who: &str| a.parties_of(who).contains(&id);
    if a.investment
        .iter()
        .flat_map(|i| &i.contributions)
        .any(|c| named(&c.party.value))
    {
        return Some("contributes money");
    }
    if a.assets
        .iter()
        .flat_map(|x| &x.owners)
        .any(|s| named(&s.party.value))
    {
        return Some("owns an asset");
    }
    a.risks
        .iter()
        .flat_map(|r| &r.bearers)
        .any(|s| named(&s.party.value))
        .then_some("bears a risk")
}

/// Reports C034 findings.
pub(crate) fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let a = cx.agreement;
    for party in a.national_parties().filter(|p| p.acting_for.is_none()) {
        let Some(stake) = stake(a, party) else {
            continue;
        };
        out.push(
            Diagnostic::warning(
                "C034",
                format!(
                    "{} {stake}, but does not say that it acts for the State",
                    party.describe()
                ),
                party.id.span,
            )
            .with_label("a ministry with private-law rights or duties")
            .with_help(
                "where private-law rights or obligations are involved, the State is the party, \
                 represented by the minister: `acting-for \"de Staat der Nederlanden\"`",
            ),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::check;

    fn count(party: &str) -> usize {
        let text = format!(
            "party m \"M\" {{ sector public {party} }}\ninvestment {{ m EUR 10 subsidy }}\n"
        );
        crate::check::run_rule(check, &text).1.len()
    }

    #[test]
    fn a_paying_ministry_acts_for_the_state() {
        assert_eq!(count("tier national"), 1);
        assert_eq!(
            count("tier national acting-for \"de Staat der Nederlanden\""),
            0
        );
        assert_eq!(count("tier provincial"), 0);
    }
}
