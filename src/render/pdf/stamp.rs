//! The creation date written into the PDF, never the clock: the agreement's
//! own date (signing, else entry into force), else `SOURCE_DATE_EPOCH`, else none.

use typst::foundations::Datetime;
use typst_pdf::Timestamp;

use crate::render::RenderError;

/// The environment variable of reproducible builds: seconds since 1970 (UTC).
const SOURCE_DATE_EPOCH: &str = "SOURCE_DATE_EPOCH";

/// The creation timestamp for a document dated `date` (`YYYY-MM-DD`).
///
/// # Errors
/// A malformed date, or a `SOURCE_DATE_EPOCH` that is not a number of seconds.
pub(crate) fn timestamp(date: Option<&str>) -> Result<Option<Timestamp>, RenderError> {
    if let Some(date) = date {
        return from_date(date)
            .map(|d| Some(Timestamp::new_utc(d)))
            .ok_or_else(|| RenderError::Data(format!("the document date {date} is not a date")));
    }
    match std::env::var(SOURCE_DATE_EPOCH) {
        Ok(value) => from_epoch(&value)
            .map(|d| Some(Timestamp::new_utc(d)))
            .ok_or_else(|| {
                RenderError::Data(format!(
                    "{SOURCE_DATE_EPOCH}={value} is not a number of seconds since 1970"
                ))
            }),
        Err(_) => Ok(None),
    }
}

/// `YYYY-MM-DD` as a date.
fn from_date(date: &str) -> Option<Datetime> {
    let mut parts = date.splitn(3, '-');
    let year = parts.next()?.parse().ok()?;
    let month = parts.next()?.parse().ok()?;
    let day = parts.next()?.parse().ok()?;
    Datetime::from_ymd(year, month, day)
}

/// Seconds since 1970-01-01T00:00:00Z as a date and time (UTC).
fn from_epoch(value: &str) -> Option<Datetime> {
    let seconds: i64 = value.trim().parse().ok()?;
    let days = seconds.div_euclid(86_400);
    let time = seconds.rem_euclid(86_400);
    let (year, month, day) = civil(days);
    Datetime::from_ymd_hms(
        i32::try_from(year).ok()?,
        u8::try_from(month).ok()?,
        u8::try_from(day).ok()?,
        u8::try_from(time / 3600).ok()?,
        u8::try_from(time % 3600 / 60).ok()?,
        u8::try_from(time % 60).ok()?,
    )
}

/// The proleptic Gregorian date `days` after 1970-01-01 (Howard Hinnant's algorithm).
fn civil(days: i64) -> (i64, i64, i64) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn epoch_seconds_become_a_utc_date_and_time() {
        assert_eq!(civil(0), (1970, 1, 1));
        assert_eq!(civil(19_782), (2024, 2, 29));
        assert_eq!(civil(-1), (1969, 12, 31));
        assert_eq!(
            from_epoch("1709210096"),
            Datetime::from_ymd_hms(2024, 2, 29, 12, 34, 56)
        );
        assert_eq!(from_epoch("soon"), None);
    }

    #[test]
    fn a_document_date_is_read_and_checked() {
        assert_eq!(from_date("2027-03-31"), Datetime::from_ymd(2027, 3, 31));
        assert_eq!(from_date("2027-02-30"), None);
        assert_eq!(from_date("31-03"), None);
        assert!(timestamp(Some("2027-13-01")).is_err());
    }
}
