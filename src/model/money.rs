//! Money: a currency and an exact amount in cents.

use std::fmt;

use super::decimal::Decimal;

/// Active ISO 4217 currency codes.
const CURRENCIES: &[&str] = &[
    "AED", "AFN", "ALL", "AMD", "ANG", "AOA", "ARS", "AUD", "AWG", "AZN", "BAM", "BBD", "BDT",
    "BGN", "BHD", "BIF", "BMD", "BND", "BOB", "BRL", "BSD", "BTN", "BWP", "BYN", "BZD", "CAD",
    "CDF", "CHF", "CLP", "CNY", "COP", "CRC", "CUP", "CVE", "CZK", "DJF", "DKK", "DOP", "DZD",
    "EGP", "ERN", "ETB", "EUR", "FJD", "FKP", "GBP", "GEL", "GHS", "GIP", "GMD", "GNF", "GTQ",
    "GYD", "HKD", "HNL", "HTG", "HUF", "IDR", "ILS", "INR", "IQD", "IRR", "ISK", "JMD", "JOD",
    "JPY", "KES", "KGS", "KHR", "KMF", "KPW", "KRW", "KWD", "KYD", "KZT", "LAK", "LBP", "LKR",
    "LRD", "LSL", "LYD", "MAD", "MDL", "MGA", "MKD", "MMK", "MNT", "MOP", "MRU", "MUR", "MVR",
    "MWK", "MXN", "MYR", "MZN", "NAD", "NGN", "NIO", "NOK", "NPR", "NZD", "OMR", "PAB", "PEN",
    "PGK", "PHP", "PKR", "PLN", "PYG", "QAR", "RON", "RSD", "RUB", "RWF", "SAR", "SBD", "SCR",
    "SDG", "SEK", "SGD", "SHP", "SLE", "SOS", "SRD", "SSP", "STN", "SVC", "SYP", "SZL", "THB",
    "TJS", "TMT", "TND", "TOP", "TRY", "TTD", "TWD", "TZS", "UAH", "UGX", "USD", "UYU", "UZS",
    "VES", "VND", "VUV", "WST", "XAF", "XCD", "XOF", "XPF", "YER", "ZAR", "ZMW", "ZWG",
];

/// Why a money literal is not valid.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MoneyError {
    /// The code is not an ISO 4217 currency.
    UnknownCurrency,
    /// More than two decimals.
    TooManyDecimals,
    /// The amount does not fit.
    TooLarge,
}

/// An amount of money, kept exactly in cents.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Money {
    /// ISO 4217 code, e.g. `EUR`.
    pub currency: Currency,
    /// The amount in hundredths of the currency unit.
    pub cents: i64,
}

/// A three-letter ISO 4217 currency code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Currency([u8; 3]);

impl Currency {
    /// The code as text.
    #[must_use]
    pub fn as_str(&self) -> &str {
        std::str::from_utf8(&self.0).unwrap_or("???")
    }
}

impl fmt::Display for Currency {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Money {
    /// Parses `EUR 12_500.50` (code, spaces, amount).
    ///
    /// # Errors
    /// An unknown currency, more than two decimals, or an amount too large.
    pub fn parse(text: &str) -> Result<Self, MoneyError> {
        let (code, amount) = text.split_once([' ', '\t']).unwrap_or((text, ""));
        let index = CURRENCIES
            .binary_search(&code)
            .map_err(|_| MoneyError::UnknownCurrency)?;
        let bytes = CURRENCIES[index].as_bytes();
        let decimal = Decimal::parse(amount.trim()).ok_or(MoneyError::TooLarge)?;
        if decimal.scale > 2 {
            return Err(MoneyError::TooManyDecimals);
        }
        let cents = decimal
            .rescale(2)
            .and_then(|c| i64::try_from(c).ok())
            .ok_or(MoneyError::TooLarge)?;
        Ok(Self {
            currency: Currency([bytes[0], bytes[1], bytes[2]]),
            cents,
        })
    }

    /// The same currency with `cents` as amount.
    #[must_use]
    pub fn with_cents(self, cents: i64) -> Self {
        Self { cents, ..self }
    }
}

impl fmt::Display for Money {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} {}",
            self.currency,
            written_cents(i128::from(self.cents))
        )
    }
}

/// Cents written as in an agreement, with `_` between thousands and the
/// cents only when not zero: `2_000_000`, `312_500.50`, `-5`.
#[must_use]
pub fn written_cents(cents: i128) -> String {
    let sign = if cents < 0 { "-" } else { "" };
    let abs = cents.unsigned_abs();
    let digits = (abs / 100).to_string();
    let mut grouped = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            grouped.push('_');
        }
        grouped.push(c);
    }
    match abs % 100 {
        0 => format!("{sign}{grouped}"),
        rest => format!("{sign}{grouped}.{rest:02}"),
    }
}

impl serde::Serialize for Money {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut s = serializer.serialize_struct("Money", 2)?;
        s.serialize_field("currency", self.currency.as_str())?;
        s.serialize_field("cents", &self.cents)?;
        s.end()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn currencies_are_sorted_for_binary_search() {
        assert!(CURRENCIES.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn amounts_are_exact_cents() {
        assert_eq!(Money::parse("EUR 12_500.5").map(|m| m.cents), Ok(1_250_050));
        assert_eq!(
            Money::parse("EUR   2_000_000").map(|m| m.cents),
            Ok(200_000_000)
        );
        assert_eq!(
            Money::parse("EUR 0.01").map(|m| m.to_string()),
            Ok("EUR 0.01".to_string())
        );
    }

    #[test]
    fn bad_money_is_refused() {
        assert_eq!(Money::parse("EUX 10"), Err(MoneyError::UnknownCurrency));
        assert_eq!(Money::parse("EUR 10.005"), Err(MoneyError::TooManyDecimals));
        assert_eq!(
            Money::parse("EUR 99999999999999999999999"),
            Err(MoneyError::TooLarge)
        );
    }
}
