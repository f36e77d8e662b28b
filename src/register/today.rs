//! Today's date from the system clock (UTC), without a date library.

use std::time::{SystemTime, UNIX_EPOCH};

use crate::model::Date;

/// Today's date in UTC; 1970-01-01 if the clock is before the epoch.
#[must_use]
pub fn today() -> Date {
    let seconds = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    from_days(i64::try_from(seconds / 86_400).unwrap_or(0))
}

/// The civil date `days` days after 1970-01-01 (H. Hinnant's algorithm).
#[must_use]
pub fn from_days(days: i64) -> Date {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    let fallback = Date {
        year: 1970,
        month: 1,
        day: 1,
    };
    let (Ok(year), Ok(month), Ok(day)) =
        (u16::try_from(year), u8::try_from(month), u8::try_from(day))
    else {
        return fallback;
    };
    Date::new(year, month, day).unwrap_or(fallback)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_days() {
        assert_eq!(from_days(0).to_string(), "1970-01-01");
        assert_eq!(from_days(11_016).to_string(), "2000-02-29");
        assert_eq!(from_days(20_454).to_string(), "2026-01-01");
    }
}
