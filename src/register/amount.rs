//! Exact amounts: money in cents, shares of caps in millionths.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::model::{Money, Percent};

/// An amount of money of one kind (`cash`, `staff`... or `cap`).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Amount {
    /// The kind.
    pub kind: String,
    /// ISO 4217 code.
    pub currency: String,
    /// The amount in cents.
    pub cents: i64,
}

/// An exact amount that may have more than two decimals (a share of a cap).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Exact {
    /// ISO 4217 code.
    pub currency: String,
    /// Millionths of the currency unit.
    #[serde(skip)]
    pub millionths: i128,
    /// The amount as an exact decimal, at least two decimals: `225000.00`.
    pub amount: String,
}

impl Exact {
    /// An exact amount from millionths of the unit.
    #[must_use]
    pub fn new(currency: &str, millionths: i128) -> Self {
        Self {
            currency: currency.to_string(),
            millionths,
            amount: decimal(millionths),
        }
    }

    /// `share` of `cap`, exactly.
    #[must_use]
    pub fn share_of(cap: Money, share: Percent) -> Self {
        Self::new(
            cap.currency.as_str(),
            i128::from(cap.cents) * i128::from(share.hundredths),
        )
    }
}

/// Millionths as a decimal with at least two decimals and no trailing zeros beyond.
fn decimal(millionths: i128) -> String {
    let sign = if millionths < 0 { "-" } else { "" };
    let abs = millionths.unsigned_abs();
    let fraction = format!("{:06}", abs % 1_000_000);
    let mut fraction = fraction.trim_end_matches('0').to_string();
    while fraction.len() < 2 {
        fraction.push('0');
    }
    format!("{sign}{}.{fraction}", abs / 1_000_000)
}

/// Cents as a plain decimal for tools: `2000000.00`.
#[must_use]
pub fn plain(cents: i64) -> String {
    decimal(i128::from(cents) * 10_000)
}

/// Amounts summed by kind and currency, sorted.
#[must_use]
pub fn sum<'a>(amounts: impl IntoIterator<Item = &'a Amount>) -> Vec<Amount> {
    let mut map: BTreeMap<(String, String), i64> = BTreeMap::new();
    for a in amounts {
        let sum = map.entry((a.kind.clone(), a.currency.clone())).or_default();
        *sum = sum.saturating_add(a.cents);
    }
    map.into_iter()
        .map(|((kind, currency), cents)| Amount {
            kind,
            currency,
            cents,
        })
        .collect()
}

/// Exact amounts summed by currency, sorted.
#[must_use]
pub fn sum_exact<'a>(amounts: impl IntoIterator<Item = &'a Exact>) -> Vec<Exact> {
    let mut map: BTreeMap<String, i128> = BTreeMap::new();
    for a in amounts {
        let sum = map.entry(a.currency.clone()).or_default();
        *sum = sum.saturating_add(a.millionths);
    }
    map.into_iter()
        .map(|(currency, m)| Exact::new(&currency, m))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shares_of_caps_are_exact() {
        let cap = Money::parse("EUR 1_000_000.01").unwrap_or_else(|_| unreachable!());
        let third = Percent { hundredths: 3333 };
        assert_eq!(Exact::share_of(cap, third).amount, "333300.003333");
        assert_eq!(plain(31_250_050), "312500.50");
    }
}
