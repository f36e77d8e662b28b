//! N002 total-mismatch: The stated total differs from the sum of the committed contributions.

use crate::check::Context;
use crate::check::RuleInfo;
use crate::diagnostics::Diagnostic;
use crate::diagnostics::Severity;
use crate::model::money::written_cents;
use crate::model::{Contribution, Money};

/// N002 total-mismatch: its code, name, default level and explain page.
pub(crate) static RULE: RuleInfo = RuleInfo {
    code: "N002",
    name: "total-mismatch",
    severity: Severity::Error,
    summary: "The stated total differs from the sum of the committed contributions.",
    explain: include_str!("../../../docs/rules/N002.md"),
    run: Some(check),
    aanwijzing: None,
};

/// Reports N002 findings.
pub(crate) fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let Some(investment) = &cx.agreement.investment else {
        return;
    };
    let Some(total) = &investment.total else {
        return;
    };
    let committed: Vec<&Contribution> = investment
        .contributions
        .iter()
        .filter(|c| !c.ceiling)
        .collect();
    if committed
        .iter()
        .any(|c| c.amount.value.currency != total.value.currency)
    {
        return;
    }
    let sum: i128 = committed
        .iter()
        .map(|c| i128::from(c.amount.value.cents))
        .sum();
    let stated = i128::from(total.value.cents);
    if sum == stated {
        return;
    }
    let currency = total.value.currency;
    let ceilings = investment
        .contributions
        .iter()
        .filter(|c| c.ceiling)
        .count();
    let note = match ceilings {
        0 => String::new(),
        1 => " (the `up-to` ceiling is not counted)".to_string(),
        n => format!(" (the {n} `up-to` ceilings are not counted)"),
    };
    out.push(
        Diagnostic::error(
            "N002",
            format!(
                "the stated total {} differs from the sum of the {} committed contributions, {}{note}",
                written(total.value),
                committed.len(),
                amount(currency.as_str(), sum)
            ),
            total.span,
        )
        .with_label(format!("{} {}", amount(currency.as_str(), (stated - sum).abs()), if stated > sum { "too high" } else { "too low" }))
        .with_secondary(investment.span, "the contributions are listed here")
        .with_help(format!(
            "write `total {}`, or correct the contribution that is wrong",
            amount(currency.as_str(), sum)
        )),
    );
}

/// An amount in cents written as in the language: `EUR 11_850_000` or `EUR 312_500.50`.
#[must_use]
pub fn amount(currency: &str, cents: i128) -> String {
    format!("{currency} {}", written_cents(cents))
}

/// The money as written in the language.
#[must_use]
pub fn written(money: Money) -> String {
    amount(money.currency.as_str(), i128::from(money.cents))
}

#[cfg(test)]
mod tests {
    use super::amount;

    #[test]
    fn amounts_are_written_with_digit_groups() {
        assert_eq!(amount("EUR", 1_185_000_000), "EUR 11_850_000");
        assert_eq!(amount("EUR", 31_250_050), "EUR 312_500.50");
        assert_eq!(amount("EUR", 99_900), "EUR 999");
        assert_eq!(amount("EUR", 5), "EUR 0.05");
    }
}
