//! Today's date from the system clock (UTC), without a date library.

use std::time::{SystemTime, UNIX_EPOCH};

use crate::model::Date;

/// 1970-01-01.
const EPOCH: Date = Date {
    year: 1970,
    month: 1,
    day: 1,
};

/// Today's date in UTC; 1970-01-01 if the clock is before the epoch.
#[must_use]
pub fn today() -> Date {
    let seconds = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    i64::try_from(seconds / 86_400)
        .ok()
        .and_then(Date::from_unix_days)
        .unwrap_or(EPOCH)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn today_is_after_the_epoch() {
        assert!(today() > EPOCH);
    }
}
