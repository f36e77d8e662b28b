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

    /// The date `days` days later, stopping at the last day of year 9999.
    #[must_use]
    pub fn add_days(self, days: u32) -> Self {
        Self::from_day_number(self.day_number().saturating_add(i64::from(days)))
    }

    /// The day before, stopping at the first day of year 1.
    #[must_use]
    pub fn previous_day(self) -> Self {
        Self::from_day_number(self.day_number() - 1)
    }

    /// The date `duration` later: calendar months for months and years, days for days and weeks.
    #[must_use]
    pub fn after(self, duration: crate::model::Duration) -> Self {
        use crate::model::words::TimeUnit;
        match duration.unit {
            TimeUnit::Day => self.add_days(duration.amount),
            TimeUnit::Week => self.add_days(duration.amount.saturating_mul(7)),
            TimeUnit::Month => self.add_months(duration.amount),
            TimeUnit::Year => self.add_months(duration.amount.saturating_mul(12)),
        }
    }

    /// The last day of a term of `duration` that starts on this date
    /// (a term of one year from 2026-01-01 ends on 2026-12-31).
    #[must_use]
    pub fn last_day_of(self, duration: crate::model::Duration) -> Self {
        if duration.amount == 0 {
            return self;
        }
        self.after(duration).previous_day()
    }

    /// The date `days` days after 1970-01-01 (as a clock counts them), if it falls in the
    /// years 1 to 9999.
    #[must_use]
    pub fn from_unix_days(days: i64) -> Option<Self> {
        let number = days.checked_add(UNIX_EPOCH_DAY_NUMBER)?;
        let date = Self::from_day_number(number);
        (date.day_number() == number).then_some(date)
    }

    /// Days since 0000-03-01 in the proleptic Gregorian calendar.
    fn day_number(self) -> i64 {
        let (y, m, d) = (
            i64::from(self.year),
            i64::from(self.month),
            i64::from(self.day),
        );
        let y = if m <= 2 { y - 1 } else { y };
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let mp = (m + 9) % 12;
        let doy = (153 * mp + 2) / 5 + d - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe
    }

    /// The date of a day number, clamped to the years 1 to 9999.
    fn from_day_number(number: i64) -> Self {
        let first = Self {
            year: 1,
            month: 1,
            day: 1,
        };
        let last = Self {
            year: 9999,
            month: 12,
            day: 31,
        };
        let number = number.clamp(first.day_number(), last.day_number());
        let era = number.div_euclid(146_097);
        let doe = number - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = doy - (153 * mp + 2) / 5 + 1;
        let month = if mp < 10 { mp + 3 } else { mp - 9 };
        let year = yoe + era * 400 + i64::from(month <= 2);
        Self {
            year: u16::try_from(year).unwrap_or(9999),
            month: u8::try_from(month).unwrap_or(12),
            day: u8::try_from(day).unwrap_or(1),
        }
    }
}

/// The day number of 1970-01-01 (see `Date::day_number`).
const UNIX_EPOCH_DAY_NUMBER: i64 = 719_468;

/// Whether `year` is a leap year.
#[must_use]
pub fn is_leap_year(year: u16) -> bool {
    (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400)
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
    fn clock_days_become_dates() {
        let day = |d| Date::from_unix_days(d).map(|d| d.to_string());
        assert_eq!(day(0).as_deref(), Some("1970-01-01"));
        assert_eq!(day(11_016).as_deref(), Some("2000-02-29"));
        assert_eq!(day(20_454).as_deref(), Some("2026-01-01"));
        assert_eq!(day(-719_162).as_deref(), Some("0001-01-01"));
        assert_eq!(day(2_932_896).as_deref(), Some("9999-12-31"));
        assert_eq!(day(2_932_897), None);
        assert_eq!(day(-719_163), None);
        assert_eq!(day(i64::MAX), None);
    }

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

    #[test]
    fn days_cross_months_years_and_leap_days() {
        let date = |t: &str| Date::parse(t).unwrap_or_else(|| panic!("{t}"));
        assert_eq!(date("2028-02-28").add_days(1).to_string(), "2028-02-29");
        assert_eq!(date("2027-12-31").add_days(1).to_string(), "2028-01-01");
        assert_eq!(date("2026-03-01").previous_day().to_string(), "2026-02-28");
        assert_eq!(date("2026-01-01").add_days(365).to_string(), "2027-01-01");
        assert_eq!(date("0001-01-01").previous_day().to_string(), "0001-01-01");
    }

    #[test]
    fn a_term_ends_the_day_before_its_anniversary() {
        let start = Date::parse("2026-01-01").unwrap_or_else(|| panic!("date"));
        let years = |n| crate::model::Duration {
            amount: n,
            unit: crate::model::words::TimeUnit::Year,
        };
        assert_eq!(start.last_day_of(years(30)).to_string(), "2055-12-31");
        assert_eq!(start.last_day_of(years(0)).to_string(), "2026-01-01");
    }
}
