//! The register's wording in the reader's language: the `register` messages
//! of the document message files, money, dates and percentages written by the
//! document's own formatters, enum values as words.

use super::amount::{Amount, Exact};
use crate::model::words::Language;
use crate::model::{Date, Decimal, Duration};
use crate::render::i18n::Messages;
use crate::render::{duration_in, format};

/// Wording for the register in one language.
#[derive(Debug, Clone)]
pub struct Words {
    messages: Messages,
    /// The language.
    pub language: Language,
}

impl Words {
    /// The built-in wording of `language`.
    ///
    /// # Errors
    /// Never for the shipped message files.
    pub fn new(language: Language) -> Result<Self, String> {
        Ok(Self {
            messages: Messages::builtin(language)?,
            language,
        })
    }

    /// The message `register.KEY`.
    #[must_use]
    pub fn get(&self, key: &str) -> String {
        self.messages.get(&format!("register.{key}"))
    }

    /// The message `register.KEY` with its `{name}`s filled.
    #[must_use]
    pub fn fill(&self, key: &str, values: &[(&str, &str)]) -> String {
        self.messages.fill(&format!("register.{key}"), values)
    }

    /// A count with its noun, singular or plural: "1 overeenkomst", "3 overeenkomsten".
    #[must_use]
    pub fn count(&self, noun: &str, n: usize) -> String {
        let form = if n == 1 { "one" } else { "many" };
        self.fill(&format!("count.{noun}.{form}"), &[("n", &n.to_string())])
    }

    /// An enum value as a word from `table` (`kind`, `register.role`); the value itself if the table lacks it.
    #[must_use]
    pub fn word(&self, table: &str, value: &str) -> String {
        let key = format!("{table}.{value}");
        let word = self.messages.get(&key);
        if word == format!("[{key}]") {
            value.to_string()
        } else {
            word
        }
    }

    /// An amount of money: "€ 1.900.000".
    #[must_use]
    pub fn money(&self, amount: &Amount) -> String {
        format::exact_money(
            &amount.currency,
            i128::from(amount.cents) * 10_000,
            self.language,
        )
    }

    /// An exact amount (a part of a cap), with the decimals it needs.
    #[must_use]
    pub fn exact(&self, exact: &Exact) -> String {
        format::exact_money(&exact.currency, exact.millionths, self.language)
    }

    /// A date in words: "31 december 2027".
    #[must_use]
    pub fn date(&self, date: Date) -> String {
        format::date(date, self.language)
    }

    /// A percentage given as a decimal ("33.33"): "33,33%".
    #[must_use]
    pub fn percent(&self, share: &str) -> String {
        match Decimal::parse(share) {
            Some(d) => format!("{}%", format::number(d, self.language)),
            None => format!("{share}%"),
        }
    }

    /// The end of a term as the register holds it (a date, `never`, `after DURATION`) in words.
    #[must_use]
    pub fn expires(&self, expires: &str) -> String {
        if expires == "never" {
            return self.get("never");
        }
        if let Some(date) = Date::parse(expires) {
            return self.date(date);
        }
        match expires.strip_prefix("after ") {
            Some(period) => {
                let period = Duration::parse(period)
                    .map_or_else(|| period.to_string(), |d| duration_in(&self.messages, d));
                self.fill("after", &[("period", &period)])
            }
            None => expires.to_string(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dutch() -> Words {
        Words::new(Language::Nl).unwrap_or_else(|e| panic!("{e}"))
    }

    #[test]
    fn counts_take_the_right_form() {
        let nl = dutch();
        assert_eq!(nl.count("agreement", 1), "1 overeenkomst");
        assert_eq!(nl.count("agreement", 3), "3 overeenkomsten");
    }

    #[test]
    fn money_dates_and_shares_are_written_as_in_the_documents() {
        let nl = dutch();
        let amount = Amount {
            kind: "cash".to_string(),
            currency: "EUR".to_string(),
            cents: 190_000_000,
        };
        assert_eq!(nl.money(&amount), "€ 1.900.000");
        assert_eq!(
            nl.exact(&Exact::new("EUR", 333_300_003_333)),
            "€ 333.300,003333"
        );
        assert_eq!(nl.expires("2027-12-31"), "31 december 2027");
        assert_eq!(nl.expires("never"), "onbepaalde tijd");
        assert_eq!(nl.percent("33.33"), "33,33%");
        assert_eq!(nl.word("kind", "staff"), "personele inzet");
    }
}
