//! Percentages, durations, frequencies and goal quantities.

use std::fmt;

use super::decimal::Decimal;
use super::money::Money;
use super::words::TimeUnit;

/// A percentage from 0 to 100, exact to two decimals.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Percent {
    /// Hundredths of a percent: 12.5% is 1250.
    pub hundredths: u32,
}

/// Why a percentage is not valid.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PercentError {
    /// Above 100%.
    OutOfRange,
    /// More than two decimals.
    TooPrecise,
}

impl Percent {
    /// All of it.
    pub const FULL: Percent = Percent { hundredths: 10_000 };

    /// Parses `12.5%` (the percent sign is optional).
    ///
    /// # Errors
    /// A value above 100 or with more than two decimals.
    pub fn parse(text: &str) -> Result<Self, PercentError> {
        let decimal = Decimal::parse(text.trim_end_matches('%')).ok_or(PercentError::OutOfRange)?;
        let hundredths = decimal.rescale(2).ok_or(PercentError::TooPrecise)?;
        match u32::try_from(hundredths) {
            Ok(h) if h <= 10_000 => Ok(Self { hundredths: h }),
            _ => Err(PercentError::OutOfRange),
        }
    }

    /// The value as a decimal number of percent.
    #[must_use]
    pub fn decimal(self) -> Decimal {
        Decimal {
            units: u128::from(self.hundredths),
            scale: 2,
        }
    }
}

impl fmt::Display for Percent {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}%", self.decimal())
    }
}

impl serde::Serialize for Percent {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(&self.decimal())
    }
}

/// A length of time such as six months.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
pub struct Duration {
    /// How many units.
    pub amount: u32,
    /// Which unit.
    pub unit: TimeUnit,
}

impl Duration {
    /// Parses `30 days`, `1 year`, `6 months`.
    #[must_use]
    pub fn parse(text: &str) -> Option<Self> {
        let mut words = text.split_whitespace();
        let amount = Decimal::parse(words.next()?)?;
        if amount.scale != 0 {
            return None;
        }
        let unit = TimeUnit::from_word(words.next()?.trim_end_matches('s'))?;
        Some(Self {
            amount: u32::try_from(amount.units).ok()?,
            unit,
        })
    }
}

impl fmt::Display for Duration {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let plural = if self.amount == 1 { "" } else { "s" };
        write!(f, "{} {}{plural}", self.amount, self.unit)
    }
}

/// How often something happens.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Frequency {
    /// Once a week.
    Weekly,
    /// Once a month.
    Monthly,
    /// Once a quarter.
    Quarterly,
    /// Once a year.
    Yearly,
    /// Once every given period.
    Every(Duration),
}

impl Frequency {
    /// Parses `monthly`, `yearly`, `every 2 months` and the like.
    #[must_use]
    pub fn parse(text: &str) -> Option<Self> {
        match text {
            "weekly" => Some(Frequency::Weekly),
            "monthly" => Some(Frequency::Monthly),
            "quarterly" => Some(Frequency::Quarterly),
            "yearly" | "annually" => Some(Frequency::Yearly),
            _ => Duration::parse(text.strip_prefix("every")?.trim()).map(Frequency::Every),
        }
    }
}

impl fmt::Display for Frequency {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Frequency::Weekly => f.write_str("weekly"),
            Frequency::Monthly => f.write_str("monthly"),
            Frequency::Quarterly => f.write_str("quarterly"),
            Frequency::Yearly => f.write_str("yearly"),
            Frequency::Every(d) => write!(f, "every {d}"),
        }
    }
}

/// A goal's baseline or target: a number, a percentage or money.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Quantity {
    /// A plain number.
    Number(Decimal),
    /// A percentage.
    Percent(Percent),
    /// An amount of money.
    Money(Money),
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percentages_are_exact_and_bounded() {
        assert_eq!(Percent::parse("12.5%").map(|p| p.hundredths), Ok(1250));
        assert_eq!(Percent::parse("100%"), Ok(Percent::FULL));
        assert_eq!(Percent::parse("100.01%"), Err(PercentError::OutOfRange));
        assert_eq!(Percent::parse("33.333%"), Err(PercentError::TooPrecise));
    }

    #[test]
    fn durations_and_frequencies() {
        assert_eq!(
            Duration::parse("6 months").map(|d| d.to_string()),
            Some("6 months".to_string())
        );
        assert_eq!(
            Duration::parse("1 year").map(|d| d.to_string()),
            Some("1 year".to_string())
        );
        assert_eq!(
            Frequency::parse("every 2 months").map(|f| f.to_string()),
            Some("every 2 months".to_string())
        );
        assert_eq!(Frequency::parse("quarterly"), Some(Frequency::Quarterly));
    }
}
