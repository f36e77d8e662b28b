//! The creation date written into the PDF, never the clock: as for Word,
//! `SOURCE_DATE_EPOCH` when it is set, else the agreement's own date (signing,
//! else entry into force), else none.

use typst::foundations::Datetime;
use typst_pdf::Timestamp;

use crate::render::RenderError;
use crate::render::docx::{timestamp_of_date, timestamp_of_epoch};

/// The environment variable of reproducible builds: seconds since 1970 (UTC).
const SOURCE_DATE_EPOCH: &str = "SOURCE_DATE_EPOCH";

/// The creation timestamp for a document dated `date` (`YYYY-MM-DD`).
///
/// # Errors
/// A `SOURCE_DATE_EPOCH` that is not a number of seconds since 1970.
pub(crate) fn timestamp(date: Option<&str>) -> Result<Option<Timestamp>, RenderError> {
    let stamp = match std::env::var(SOURCE_DATE_EPOCH) {
        Ok(epoch) => Some(timestamp_of_epoch(&epoch)?),
        Err(_) => date.and_then(timestamp_of_date),
    };
    Ok(stamp.as_deref().and_then(datetime).map(Timestamp::new_utc))
}

/// A W3CDTF timestamp in UTC (`2024-02-29T12:34:56Z`) as a date and time.
fn datetime(stamp: &str) -> Option<Datetime> {
    let number = |range: std::ops::Range<usize>| stamp.get(range)?.parse::<u8>().ok();
    let year = stamp.get(0..4)?.parse().ok()?;
    Datetime::from_ymd_hms(
        year,
        number(5..7)?,
        number(8..10)?,
        number(11..13)?,
        number(14..16)?,
        number(17..19)?,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_w3cdtf_timestamp_becomes_a_date_and_time() {
        assert_eq!(
            datetime("2024-02-29T12:34:56Z"),
            Datetime::from_ymd_hms(2024, 2, 29, 12, 34, 56)
        );
        assert_eq!(
            timestamp_of_date("2027-03-31")
                .as_deref()
                .and_then(datetime),
            Datetime::from_ymd_hms(2027, 3, 31, 0, 0, 0)
        );
        assert_eq!(datetime("2027-02-30T00:00:00Z"), None);
        assert_eq!(datetime("31-03"), None);
    }
}
