//! Exact totals of money, per currency.

use std::collections::BTreeMap;

use super::RenderError;
use crate::model::Money;
use crate::model::money::Currency;

/// Amounts summed per currency, exactly, in currency order.
///
/// # Errors
/// A sum that does not fit.
pub(crate) fn totals<'m>(
    amounts: impl Iterator<Item = &'m Money>,
) -> Result<Vec<Money>, RenderError> {
    let mut sums: BTreeMap<Currency, Money> = BTreeMap::new();
    for m in amounts {
        let entry = sums.entry(m.currency).or_insert(m.with_cents(0));
        let cents = entry.cents.checked_add(m.cents).ok_or_else(|| {
            RenderError::Data("the total of the contributions is too large".to_string())
        })?;
        *entry = entry.with_cents(cents);
    }
    Ok(sums.into_values().collect())
}
