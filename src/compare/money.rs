//! Money as reviewers read it, and the committed sums per party.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::model::money::written_cents;
use crate::model::{Agreement, Money};

/// The committed (not `up-to`) sum of one party, or of all (`party` = `total`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PartyMoney {
    /// The party or group id, or `total`.
    pub party: String,
    /// ISO 4217 code.
    pub currency: String,
    /// The old sum in cents.
    pub old_cents: i64,
    /// The new sum in cents.
    pub new_cents: i64,
    /// `new_cents - old_cents`.
    pub difference_cents: i64,
}

/// `EUR 2_450_000` or `EUR 312_500.50`: the amount grouped as in the language.
#[must_use]
pub fn format_money(money: Money) -> String {
    format!("{} {}", money.currency, format_cents(money.cents))
}

/// `+EUR 100_000`, `-EUR 50_000` or `EUR 0`.
#[must_use]
pub fn format_signed(currency: &str, cents: i64) -> String {
    let sign = match cents.signum() {
        1 => "+",
        -1 => "-",
        _ => "",
    };
    format!("{sign}{currency} {}", format_cents(cents.saturating_abs()))
}

/// Cents as a grouped amount: `2_000_000`, `312_500.50`, `-5`.
#[must_use]
pub fn format_cents(cents: i64) -> String {
    written_cents(i128::from(cents))
}

type Sums = BTreeMap<(String, String), i64>;

fn committed(agreement: &Agreement) -> Sums {
    let mut sums = Sums::new();
    let lines = agreement.investment.iter().flat_map(|i| &i.contributions);
    for line in lines.filter(|c| !c.ceiling) {
        let currency = line.amount.value.currency.as_str().to_string();
        for key in [
            (line.party.value.clone(), currency.clone()),
            ("\u{10ffff}total".to_string(), currency),
        ] {
            let sum = sums.entry(key).or_default();
            *sum = sum.saturating_add(line.amount.value.cents);
        }
    }
    sums
}

/// Committed sums per party whose sum changed, then the total per currency.
#[must_use]
pub fn committed_summary(old: &Agreement, new: &Agreement) -> Vec<PartyMoney> {
    let (old, new) = (committed(old), committed(new));
    let keys: std::collections::BTreeSet<&(String, String)> =
        old.keys().chain(new.keys()).collect();
    let mut out = Vec::new();
    for key in keys {
        let (o, n) = (
            old.get(key).copied().unwrap_or(0),
            new.get(key).copied().unwrap_or(0),
        );
        let total = key.0.starts_with('\u{10ffff}');
        if o != n || total {
            let party = if total {
                "total".to_string()
            } else {
                key.0.clone()
            };
            let difference_cents = n.saturating_sub(o);
            out.push(PartyMoney {
                party,
                currency: key.1.clone(),
                old_cents: o,
                new_cents: n,
                difference_cents,
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cents_are_grouped() {
        assert_eq!(format_cents(200_000_000), "2_000_000");
        assert_eq!(format_cents(31_250_050), "312_500.50");
        assert_eq!(format_cents(-500), "-5");
        assert_eq!(format_signed("EUR", -10_000_000), "-EUR 100_000");
    }
}
