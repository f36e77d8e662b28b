//! Wording helpers: names, lists, dates, money and enum words in the document language.

use super::escape::inline;
use super::format;
use super::i18n::Messages;
use crate::model::words::{Language, TimeUnit};
use crate::model::{Agreement, Date, Duration, Frequency, Money, Quantity, Share};

/// The agreement with its messages and language, for wording.
pub struct Words<'a> {
    /// The agreement.
    pub agreement: &'a Agreement,
    /// The messages of the language.
    pub messages: &'a Messages,
    /// The language.
    pub language: Language,
}

impl<'a> Words<'a> {
    /// Bundles what wording needs.
    pub fn new(agreement: &'a Agreement, messages: &'a Messages, language: Language) -> Self {
        Self {
            agreement,
            messages,
            language,
        }
    }

    /// A message, escaped for Markdown.
    pub fn get(&self, key: &str) -> String {
        inline(&self.messages.get(key))
    }

    /// A message with escaped values filled in (values must already be escaped).
    pub fn fill(&self, key: &str, values: &[(&str, &str)]) -> String {
        super::i18n::fill(&self.get(key), values)
    }

    /// The word for an enum value: `key.word`, e.g. `obligation.result`.
    pub fn word(&self, key: &str, word: &str) -> String {
        self.get(&format!("{key}.{word}"))
    }

    /// The escaped name of a party or group (the identifier if unknown).
    pub fn name(&self, id: &str) -> String {
        if let Some(party) = self.agreement.party(id) {
            return inline(&party.name.value);
        }
        if let Some(group) = self.agreement.group(id) {
            return inline(&group.name.value);
        }
        inline(id)
    }

    /// Names joined as `A, B en C`.
    pub fn names<'s>(&self, ids: impl IntoIterator<Item = &'s str>) -> String {
        let names: Vec<String> = ids.into_iter().map(|id| self.name(id)).collect();
        self.join(&names)
    }

    /// Items joined as `A, B en C` / `A, B and C`.
    pub fn join(&self, items: &[String]) -> String {
        match items {
            [] => String::new(),
            [one] => one.clone(),
            [rest @ .., last] => format!("{} {} {last}", rest.join(", "), self.get("word.and")),
        }
    }

    /// Shares as `A (60%), B (40%)`.
    pub fn shares(&self, shares: &[Share]) -> String {
        let items: Vec<String> = shares
            .iter()
            .map(|s| {
                format!(
                    "{} ({})",
                    self.name(&s.party.value),
                    self.percent(s.percent.value)
                )
            })
            .collect();
        items.join(", ")
    }

    /// A date in words.
    pub fn date(&self, date: Date) -> String {
        format::date(date, self.language)
    }

    /// Money in the language's conventions.
    pub fn money(&self, money: Money) -> String {
        format::money(money, self.language)
    }

    /// A percentage in the language's conventions.
    pub fn percent(&self, percent: crate::model::Percent) -> String {
        inline(&format::percent(percent, self.language))
    }

    /// A goal quantity.
    pub fn quantity(&self, quantity: Quantity) -> String {
        inline(&format::quantity(quantity, self.language))
    }

    /// A duration: `6 maanden`, `1 year`.
    pub fn duration(&self, duration: Duration) -> String {
        let unit = match duration.unit {
            TimeUnit::Day => "day",
            TimeUnit::Week => "week",
            TimeUnit::Month => "month",
            TimeUnit::Year => "year",
        };
        let number = if duration.amount == 1 { "one" } else { "many" };
        format!(
            "{} {}",
            duration.amount,
            self.get(&format!("unit.{unit}.{number}"))
        )
    }

    /// A frequency: `maandelijks`, `every 2 months`.
    pub fn frequency(&self, frequency: Frequency) -> String {
        match frequency {
            Frequency::Weekly => self.get("frequency.weekly"),
            Frequency::Monthly => self.get("frequency.monthly"),
            Frequency::Quarterly => self.get("frequency.quarterly"),
            Frequency::Yearly => self.get("frequency.yearly"),
            Frequency::Every(d) => self.fill("frequency.every", &[("period", &self.duration(d))]),
        }
    }

    /// Text from the agreement, escaped.
    pub fn text(&self, text: &str) -> String {
        inline(text)
    }
}
