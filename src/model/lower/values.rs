//! Converting syntax values into typed values, with S002–S004 on the way.

use crate::diagnostics::Diagnostic;
use crate::model::agreement::{Id, Share, Spanned, Text};
use crate::model::date::Date;
use crate::model::decimal::Decimal;
use crate::model::money::{Money, MoneyError};
use crate::model::quantity::{Duration, Frequency, Percent, PercentError, Quantity};
use crate::source::FileId;
use crate::syntax::ast::{Item, Property, Value, ValueKind};

/// Lowering state for one file: its text and the diagnostics found.
pub struct Lowerer<'a> {
    /// The file being lowered.
    pub file: FileId,
    /// Its text.
    pub text: &'a str,
    /// Diagnostics found while lowering.
    pub diagnostics: &'a mut Vec<Diagnostic>,
}

impl Lowerer<'_> {
    /// The source text of a value.
    pub fn raw(&self, value: &Value) -> &str {
        self.text.get(value.span.range()).unwrap_or("")
    }

    /// A string, text block or identifier as text.
    pub fn text(&self, value: &Value) -> Text {
        let text = value
            .text()
            .map_or_else(|| self.raw(value).to_string(), str::to_string);
        Spanned::new(text, value.span)
    }

    /// An identifier.
    pub fn id(&self, value: &Value) -> Id {
        Spanned::new(self.raw(value).to_string(), value.span)
    }

    /// A word from a closed set.
    pub fn word<T>(&self, value: &Value, from_word: fn(&str) -> Option<T>) -> Option<Spanned<T>> {
        from_word(self.raw(value)).map(|v| Spanned::new(v, value.span))
    }

    /// `yes` or `no`.
    pub fn yes(&self, value: &Value) -> Spanned<bool> {
        Spanned::new(self.raw(value) == "yes", value.span)
    }

    /// A calendar date; S002 when it does not exist.
    pub fn date(&mut self, value: &Value) -> Option<Spanned<Date>> {
        let raw = self.raw(value);
        if let Some(date) = Date::parse(raw) {
            return Some(Spanned::new(date, value.span));
        }
        let message = format!("{raw} is not a date in the calendar");
        self.diagnostics.push(
            Diagnostic::error("S002", message, value.span)
                .with_label("no such day")
                .with_help(date_help(raw)),
        );
        None
    }

    /// An amount of money; S003 when the currency or the decimals are wrong.
    pub fn money(&mut self, value: &Value) -> Option<Spanned<Money>> {
        let raw = self.raw(value);
        let (message, label, help) = match Money::parse(raw) {
            Ok(money) => return Some(Spanned::new(money, value.span)),
            Err(MoneyError::UnknownCurrency) => (
                format!(
                    "`{}` is not a currency code",
                    raw.split_whitespace().next().unwrap_or(raw)
                ),
                "unknown currency",
                "use an ISO 4217 code such as EUR, USD or GBP",
            ),
            Err(MoneyError::TooManyDecimals) => (
                format!("`{raw}` has more than two decimals"),
                "too many decimals",
                "amounts are exact to the cent: write at most two decimals, e.g. EUR 12_500.50",
            ),
            Err(MoneyError::TooLarge) => (
                format!("`{raw}` is too large an amount"),
                "too large",
                "amounts up to 92 quadrillion are supported; check the number of digits",
            ),
        };
        self.diagnostics.push(
            Diagnostic::error("S003", message, value.span)
                .with_label(label)
                .with_help(help),
        );
        None
    }

    /// A percentage; S004 outside 0–100 or with more than two decimals.
    pub fn percent(&mut self, value: &Value) -> Option<Spanned<Percent>> {
        let raw = self.raw(value);
        let (message, help) = match Percent::parse(raw) {
            Ok(p) => return Some(Spanned::new(p, value.span)),
            Err(PercentError::OutOfRange) => (
                format!("{raw} is more than 100%"),
                "a share or percentage lies between 0% and 100%",
            ),
            Err(PercentError::TooPrecise) => (
                format!("{raw} has more than two decimals"),
                "percentages are exact to two decimals, e.g. 33.33%",
            ),
        };
        self.diagnostics.push(
            Diagnostic::error("S004", message, value.span)
                .with_label("percentage out of range")
                .with_help(help),
        );
        None
    }

    /// A goal quantity: number, percentage or money.
    pub fn quantity(&mut self, value: &Value) -> Option<Spanned<Quantity>> {
        let quantity = match value.kind {
            ValueKind::Money => Quantity::Money(self.money(value)?.value),
            ValueKind::Percent => Quantity::Percent(self.percent(value)?.value),
            _ => Quantity::Number(self.or_too_large(value, Decimal::parse(self.raw(value)))?),
        };
        Some(Spanned::new(quantity, value.span))
    }

    /// A count of one or more (`originals 7`); S001 when it is zero or too large.
    pub fn count(&mut self, value: &Value) -> Option<Spanned<u32>> {
        let digits = self.raw(value).replace('_', "");
        let count = self.or_too_large(value, digits.parse::<u32>().ok())?;
        if count == 0 {
            let message = format!("`{}` is a count of none", self.raw(value));
            self.diagnostics.push(
                Diagnostic::error("S001", message, value.span)
                    .with_label("zero")
                    .with_help("write at least 1, or leave the property out"),
            );
            return None;
        }
        Some(Spanned::new(count, value.span))
    }

    /// A duration.
    pub fn duration(&mut self, value: &Value) -> Option<Spanned<Duration>> {
        let duration = self.or_too_large(value, Duration::parse(self.raw(value)))?;
        let duration = self.not_empty(value, duration)?;
        Some(Spanned::new(duration, value.span))
    }

    /// `duration`, or an S001 when it is zero long (`notice 0 months`, `every 0 months`).
    fn not_empty(&mut self, value: &Value, duration: Duration) -> Option<Duration> {
        if duration.amount > 0 {
            return Some(duration);
        }
        let message = format!("`{}` is a period of no length", self.raw(value));
        self.diagnostics.push(
            Diagnostic::error("S001", message, value.span)
                .with_label("zero")
                .with_help("a period is at least 1 (day, week, month or year); leave the property out if there is none"),
        );
        None
    }

    /// `parsed`, or an S001 saying the number in `value` is too large.
    ///
    /// The grammar accepts only well-formed numbers, so a value that does not
    /// convert has more digits than the model can hold.
    fn or_too_large<T>(&mut self, value: &Value, parsed: Option<T>) -> Option<T> {
        if parsed.is_none() {
            let message = format!("`{}` holds too large a number", self.raw(value));
            self.diagnostics.push(
                Diagnostic::error("S001", message, value.span)
                    .with_label("too large")
                    .with_help("write a smaller number; counts and periods must fit in 32 bits, goal figures in 38 digits"),
            );
        }
        parsed
    }

    /// A frequency.
    pub fn frequency(&mut self, value: &Value) -> Option<Spanned<Frequency>> {
        let words = self
            .raw(value)
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        let frequency = match self.or_too_large(value, Frequency::parse(&words))? {
            Frequency::Every(duration) => Frequency::Every(self.not_empty(value, duration)?),
            other => other,
        };
        Some(Spanned::new(frequency, value.span))
    }

    /// The id and title of an item written `KEYWORD id "Title"`.
    pub fn id_and_title(&self, item: &Item) -> (Id, Text) {
        let id = item
            .args
            .first()
            .map_or_else(|| self.empty_text(item), |v| self.id(v));
        let title = item
            .args
            .get(1)
            .map_or_else(|| self.empty_text(item), |v| self.text(v));
        (id, title)
    }

    /// An empty text at the item's keyword, for parts the grammar guarantees.
    pub fn empty_text(&self, item: &Item) -> Text {
        Spanned::new(String::new(), item.keyword)
    }

    /// The first value of a property as text.
    pub fn first_text(&self, property: &Property) -> Option<Text> {
        property.values.first().map(|v| self.text(v))
    }

    /// The first value of a property as an identifier.
    pub fn first_id(&self, property: &Property) -> Option<Id> {
        property.values.first().map(|v| self.id(v))
    }

    /// The shares listed in a property: `a 60%, b 40%`.
    pub fn shares(&mut self, property: &Property) -> Vec<Share> {
        let mut shares = Vec::new();
        for pair in property.values.chunks(2) {
            if let [party, percent] = pair
                && let Some(percent) = self.percent(percent)
            {
                shares.push(Share {
                    party: self.id(party),
                    percent,
                });
            }
        }
        shares
    }

    /// All identifier values of a property.
    pub fn ids(&self, property: &Property) -> Vec<Id> {
        property
            .values
            .iter()
            .filter(|v| v.kind == ValueKind::Ident)
            .map(|v| self.id(v))
            .collect()
    }
}

fn date_help(raw: &str) -> String {
    let month = raw
        .get(5..7)
        .and_then(|m| m.parse::<u8>().ok())
        .unwrap_or(0);
    if raw.get(0..4) == Some("0000") {
        "years run from 0001; dates are written year-month-day, e.g. 2027-06-30".to_string()
    } else if (1..=12).contains(&month) {
        let year = raw
            .get(0..4)
            .and_then(|y| y.parse::<u16>().ok())
            .unwrap_or(2000);
        let last = crate::model::date::days_in_month(year, month);
        format!("this month has {last} days; dates are written year-month-day")
    } else {
        "months run from 01 to 12; dates are written year-month-day, e.g. 2027-06-30".to_string()
    }
}
