//! Money, dates, numbers and percentages written the way each language writes them.

use crate::model::words::Language;
use crate::model::{Date, Decimal, Money, Percent, Quantity};

const MONTHS_NL: [&str; 12] = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
];
const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// The thousands separator and decimal mark of a language.
fn marks(language: Language) -> (char, char) {
    match language {
        Language::Nl => ('.', ','),
        Language::En => (',', '.'),
    }
}

/// Digits grouped by three with the language's thousands separator.
fn group(digits: &str, separator: char) -> String {
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(separator);
        }
        out.push(c);
    }
    out
}

/// A date: `31 december 2030` or `31 December 2030`.
#[must_use]
pub fn date(value: Date, language: Language) -> String {
    let months = match language {
        Language::Nl => &MONTHS_NL,
        Language::En => &MONTHS_EN,
    };
    let month = months
        .get(usize::from(value.month).saturating_sub(1))
        .copied()
        .unwrap_or("");
    format!("{} {month} {}", value.day, value.year)
}

/// An amount of money: `€ 1.835.000`, `EUR 12,500.50`; cents only when not zero.
#[must_use]
pub fn money(value: Money, language: Language) -> String {
    exact_money(
        value.currency.as_str(),
        i128::from(value.cents) * 10_000,
        language,
    )
}

/// An exact amount in millionths of the currency unit (a share of a cap):
/// like [`money`], with as many decimals as it needs (`€ 333.300,003333`).
#[must_use]
pub fn exact_money(code: &str, millionths: i128, language: Language) -> String {
    let (thousands, decimal) = marks(language);
    let sign = if millionths < 0 { "-" } else { "" };
    let abs = millionths.unsigned_abs();
    let mut amount = group(&(abs / 1_000_000).to_string(), thousands);
    let fraction = format!("{:06}", abs % 1_000_000);
    let fraction = fraction.trim_end_matches('0');
    if !fraction.is_empty() {
        amount.push(decimal);
        amount.push_str(&format!("{fraction:0<2}"));
    }
    let symbol = match (language, code) {
        (Language::Nl, "EUR") => "€",
        _ => code,
    };
    format!("{symbol} {sign}{amount}")
}

/// A number: `1.200` or `1,200`; decimals with the language's mark (`2,5` / `2.5`).
#[must_use]
pub fn number(value: Decimal, language: Language) -> String {
    let (thousands, decimal) = marks(language);
    let (int, frac) = value.parts();
    let mut out = group(&int, thousands);
    if !frac.is_empty() {
        out.push(decimal);
        out.push_str(&frac);
    }
    out
}

/// A percentage: `12,5%` or `12.5%`.
#[must_use]
pub fn percent(value: Percent, language: Language) -> String {
    format!("{}%", number(value.decimal(), language))
}

/// A goal quantity in the language's conventions.
#[must_use]
pub fn quantity(value: Quantity, language: Language) -> String {
    match value {
        Quantity::Number(n) => number(n, language),
        Quantity::Percent(p) => percent(p, language),
        Quantity::Money(m) => money(m, language),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn eur(text: &str) -> Money {
        Money::parse(text).unwrap_or_else(|_| unreachable!())
    }

    #[test]
    fn money_in_dutch() {
        assert_eq!(money(eur("EUR 1_835_000"), Language::Nl), "€ 1.835.000");
        assert_eq!(money(eur("EUR 12_500.50"), Language::Nl), "€ 12.500,50");
        assert_eq!(money(eur("EUR 999"), Language::Nl), "€ 999");
        assert_eq!(money(eur("EUR 0.05"), Language::Nl), "€ 0,05");
        assert_eq!(money(eur("USD 1000"), Language::Nl), "USD 1.000");
    }

    #[test]
    fn money_in_english() {
        assert_eq!(money(eur("EUR 1_835_000"), Language::En), "EUR 1,835,000");
        assert_eq!(money(eur("EUR 12_500.50"), Language::En), "EUR 12,500.50");
        assert_eq!(money(eur("EUR 100_000"), Language::En), "EUR 100,000");
    }

    #[test]
    fn negative_money_keeps_its_sign() {
        assert_eq!(
            money(eur("EUR 1000").with_cents(-150_000), Language::Nl),
            "€ -1.500"
        );
    }

    #[test]
    fn dates_in_both_languages() {
        let d = Date::new(2030, 12, 31).unwrap_or_else(|| unreachable!());
        assert_eq!(date(d, Language::Nl), "31 december 2030");
        assert_eq!(date(d, Language::En), "31 December 2030");
        let d = Date::new(2027, 3, 1).unwrap_or_else(|| unreachable!());
        assert_eq!(date(d, Language::Nl), "1 maart 2027");
        assert_eq!(date(d, Language::En), "1 March 2027");
    }

    #[test]
    fn numbers_and_percentages_in_both_languages() {
        let n = Decimal::parse("1_200").unwrap_or_else(|| unreachable!());
        assert_eq!(number(n, Language::Nl), "1.200");
        assert_eq!(number(n, Language::En), "1,200");
        let n = Decimal::parse("1234567.25").unwrap_or_else(|| unreachable!());
        assert_eq!(number(n, Language::Nl), "1.234.567,25");
        assert_eq!(number(n, Language::En), "1,234,567.25");
        let p = Percent::parse("12.5%").unwrap_or_else(|_| unreachable!());
        assert_eq!(percent(p, Language::Nl), "12,5%");
        assert_eq!(percent(p, Language::En), "12.5%");
        assert_eq!(percent(Percent::FULL, Language::Nl), "100%");
    }
}
