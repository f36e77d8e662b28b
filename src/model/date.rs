//! Calendar dates.

use std::fmt;

/// A real calendar date (proleptic Gregorian).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    /// Year, 1 to 9999.
    pub year: u16,
    /// Month, 1 to 12.
    pub month: u8,
    /// Day of the month, 1 to 31.
    pub day: u8,
}

impl Date {
    /// Parses `YYYY-MM-DD`, returning `None` unless the date exists.
    #[must_use]
    pub fn parse(text: &str) -> Option<Self> {
        let bytes = text.as_bytes();
        if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
            return None;
        }
        let year: u16 = text.get(0..4)?.parse().ok()?;
        let month: u8 = text.get(5..7)?.parse().ok()?;
        let day: u8 = text.get(8..10)?.parse().ok()?;
        Self::new(year, month, day)
    }

    /// The date, if it exists.
    #[must_use]
    pub fn new(year: u16, month: u8, day: u8) -> Option<Self> {
        let valid =
            year >= 1 && (1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month);
        valid.then_some(Self { year, month, day })
    }

    /// The date `months` months later, clamped to the last day of the month.
    #[must_use]
    pub fn add_months(self, months: u32) -> Self {
        let total = u32::from(self.year) * 12 + u32::from(self.month) - 1 + months;
        let year = u16::try_from(total / 12).unwrap_or(u16::MAX).min(9999);
        let month = u8::try_from(total % 12 + 1).unwrap_or(12);
        let day = self.day.min(days_in_month(year, month));
        Self { year, month, day }
    }
}

/// Whether `year` is a leap year.
#[must_use]
pub fn is_leap_year(year: u16) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

/// The number of days in a month.
#[must_use]
pub fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        2 if is_leap_year(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl serde::Serialize for Date {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn real_dates_parse() {
        assert_eq!(Date::parse("2027-06-30"), Date::new(2027, 6, 30));
        assert!(Date::parse("2028-02-29").is_some());
    }

    #[test]
    fn impossible_dates_are_refused() {
        for text in [
            "2027-02-29",
            "2027-13-01",
            "2027-04-31",
            "2027-00-10",
            "0000-01-01",
            "2100-02-29",
        ] {
            assert_eq!(Date::parse(text), None, "{text}");
        }
    }

    #[test]
    fn months_are_added_with_clamping() {
        let date = Date::new(2027, 1, 31).unwrap_or_else(|| unreachable!());
        assert_eq!(date.add_months(1).to_string(), "2027-02-28");
        assert_eq!(date.add_months(12).to_string(), "2028-01-31");
    }
}
