//! N004 cost-shares-not-100: The shares of one named cost do not add up to 100%.
//!
//! Share lines (`PARTY share 39% of "COST" KIND`) are grouped by the cost they
//! name, written exactly alike; each cost's shares must add up to 100%.

use super::shares_not_100::hundredths;
use crate::check::Context;
use crate::check::RuleInfo;
use crate::diagnostics::Diagnostic;
use crate::diagnostics::Severity;
use crate::model::{CostShare, Percent};

/// N004 cost-shares-not-100: its code, name, default level and explain page.
pub(crate) static RULE: RuleInfo = RuleInfo {
    code: "N004",
    name: "cost-shares-not-100",
    severity: Severity::Warning,
    summary: "The shares of one named cost do not add up to 100%.",
    explain: include_str!("../../../docs/rules/N004.md"),
    run: Some(check),
    aanwijzing: None,
};

/// Reports N004 findings.
pub(crate) fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let Some(investment) = &cx.agreement.investment else {
        return;
    };
    let mut costs: Vec<(&str, Vec<&CostShare>)> = Vec::new();
    for share in &investment.cost_shares {
        match costs.iter_mut().find(|(c, _)| *c == share.cost.value) {
            Some((_, shares)) => shares.push(share),
            None => costs.push((&share.cost.value, vec![share])),
        }
    }
    let full = u64::from(Percent::FULL.hundredths);
    for (cost, shares) in costs {
        let total: u64 = shares
            .iter()
            .map(|s| u64::from(s.percent.value.hundredths))
            .sum();
        if total == full {
            continue;
        }
        let listed: Vec<String> = shares
            .iter()
            .map(|s| format!("{} {}", s.party.value, s.percent.value))
            .collect();
        let first = shares[0];
        let mut diagnostic = Diagnostic::warning(
            "N004",
            format!(
                "the shares of \"{cost}\" add up to {}, not 100% ({})",
                hundredths(total),
                listed.join(", ")
            ),
            first.cost.span,
        )
        .with_label(format!("{} in all", hundredths(total)))
        .with_help(
            "give every share of this cost so that they add up to 100%; a part borne outside \
             the agreement is a share of an `external`, and a cost written differently is \
             another cost",
        );
        for share in &shares[1..] {
            diagnostic = diagnostic.with_secondary(share.percent.span, "another share of it");
        }
        out.push(diagnostic);
    }
}

#[cfg(test)]
mod tests {
    use super::check;

    fn messages(lines: &str) -> Vec<String> {
        let text = format!("party a \"A\" {{}}\nparty b \"B\" {{}}\ninvestment {{\n{lines}\n}}\n");
        crate::check::run_rule(check, &text).1
    }

    #[test]
    fn shares_of_one_cost_that_add_up_are_fine() {
        assert!(
            messages("a share 39% of \"gemaal\" cash\nb share 61% of \"gemaal\" cash").is_empty()
        );
    }

    #[test]
    fn each_cost_is_summed_on_its_own() {
        assert_eq!(
            messages("a share 39% of \"gemaal\" cash\nb share 61% of \"beek\" cash"),
            [
                "the shares of \"gemaal\" add up to 39%, not 100% (a 39%)",
                "the shares of \"beek\" add up to 61%, not 100% (b 61%)"
            ]
        );
    }

    #[test]
    fn too_much_is_reported_with_the_exact_sum() {
        assert_eq!(
            messages("a share 50.5% of \"x\" cash\nb share 50% of \"x\" cash"),
            ["the shares of \"x\" add up to 100.5%, not 100% (a 50.5%, b 50%)"]
        );
    }
}
