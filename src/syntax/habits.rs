//! Numbers written the Dutch way, where the grammar wants the international
//! form: thousand separators `.` (`EUR 4.000.000`), a decimal comma
//! (`EUR 12,50`, `8,5%`) and a space before `%` (`100 %`). Each gets an S001
//! that names the value and shows how to write it, instead of a parse error at
//! its second half.

use crate::diagnostics::Diagnostic;
use crate::source::{FileId, Span};

/// The S001 for a Dutch-style number at or around the parse failure at `at`, if there is one.
#[must_use]
pub(crate) fn diagnostic(file: FileId, text: &str, at: usize) -> Option<Diagnostic> {
    let bytes = text.as_bytes();
    let in_number = |b: u8| b.is_ascii_digit() || matches!(b, b'.' | b',' | b'_');
    let mut start = at.min(bytes.len());
    while start > 0 && in_number(bytes[start - 1]) {
        start -= 1;
    }
    let mut end = at.min(bytes.len());
    while end < bytes.len() && in_number(bytes[end]) {
        end += 1;
    }
    while end > start && matches!(bytes[end - 1], b'.' | b',' | b'_') {
        end -= 1;
    }
    let run = text.get(start..end)?;
    if !run.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let currency = currency_before(text, start);
    let rest = &text[end..];
    let span = Span::new(file, start, end);
    let shown = |number: &str, suffix: &str| match currency {
        Some(code) => format!("{code} {number}{suffix}"),
        None => format!("{number}{suffix}"),
    };
    if has_decimal_comma(run) {
        let percent = rest.starts_with('%');
        let fixed = run.replace('.', "_").replace(',', ".");
        let suffix = if percent { "%" } else { "" };
        let what = if percent {
            "a percentage"
        } else if currency.is_some() {
            "an amount"
        } else {
            "a number"
        };
        return Some(
            Diagnostic::error(
                "S001",
                format!(
                    "`{}` has a decimal comma; {what} is written with a decimal point",
                    shown(run, suffix)
                ),
                span,
            )
            .with_label("`,` is not a decimal point here")
            .with_help(if percent {
                format!("write {fixed}%; `.` is the decimal point")
            } else {
                format!(
                    "write {}; `.` is the decimal point and `_` may separate thousands",
                    shown(&fixed, "")
                )
            }),
        );
    }
    if run.matches('.').count() >= 2 {
        let fixed = run.replace('.', "_");
        let plain = run.replace('.', "");
        return Some(
            Diagnostic::error(
                "S001",
                format!("`{}` uses `.` to separate thousands", shown(run, "")),
                span,
            )
            .with_label("`.` is the decimal point, not a thousand separator")
            .with_help(format!(
                "write {} or {}; `.` is the decimal point",
                shown(&fixed, ""),
                shown(&plain, "")
            )),
        );
    }
    let spaced = rest.trim_start_matches([' ', '\t']);
    if spaced.len() < rest.len() && spaced.starts_with('%') {
        let gap = rest.len() - spaced.len();
        return Some(
            Diagnostic::error(
                "S001",
                format!("a space between `{run}` and `%`"),
                Span::new(file, start, end + gap + 1),
            )
            .with_label("no space before `%`")
            .with_help(format!("write {run}% without a space")),
        );
    }
    None
}

/// A digit, a comma and a digit: `12,50`, `8,5`.
fn has_decimal_comma(run: &str) -> bool {
    run.as_bytes()
        .windows(3)
        .any(|w| w[0].is_ascii_digit() && w[1] == b',' && w[2].is_ascii_digit())
}

/// The currency code written just before the amount that starts at `start` (`EUR 12`).
fn currency_before(text: &str, start: usize) -> Option<&str> {
    let before = text.get(..start)?;
    let trimmed = before.trim_end_matches([' ', '\t']);
    if trimmed.len() == before.len() || trimmed.len() < 3 {
        return None;
    }
    let code = trimmed.get(trimmed.len() - 3..)?;
    let boundary = trimmed[..trimmed.len() - 3]
        .chars()
        .next_back()
        .is_none_or(|c| !c.is_ascii_alphanumeric());
    (boundary && code.bytes().all(|b| b.is_ascii_uppercase())).then_some(code)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn message_and_help(text: &str, at: usize) -> Option<(String, String)> {
        diagnostic(FileId(0), text, at).map(|d| (d.message, d.help.unwrap_or_default()))
    }

    #[test]
    fn thousand_dots_in_money() {
        let (message, help) = message_and_help("a EUR 4.000.000 cash", 11).unwrap_or_default();
        assert_eq!(message, "`EUR 4.000.000` uses `.` to separate thousands");
        assert_eq!(
            help,
            "write EUR 4_000_000 or EUR 4000000; `.` is the decimal point"
        );
    }

    #[test]
    fn decimal_comma_in_money_and_percent() {
        let (_, help) = message_and_help("a EUR 4.000,50 cash", 11).unwrap_or_default();
        assert!(help.starts_with("write EUR 4_000.50;"), "{help}");
        let (message, help) = message_and_help("bearers a 8,5%, b 91.5%", 10).unwrap_or_default();
        assert!(
            message.starts_with("`8,5%` has a decimal comma"),
            "{message}"
        );
        assert!(help.starts_with("write 8.5%;"), "{help}");
    }

    #[test]
    fn space_before_percent() {
        let (message, help) = message_and_help("bearers a 100 %", 10).unwrap_or_default();
        assert_eq!(message, "a space between `100` and `%`");
        assert_eq!(help, "write 100% without a space");
    }

    #[test]
    fn other_failures_are_left_alone() {
        assert!(diagnostic(FileId(0), "members a,,b", 10).is_none());
        assert!(diagnostic(FileId(0), "target 10 by", 10).is_none());
        assert!(diagnostic(FileId(0), "EUR 12_500.50 cahs", 14).is_none());
    }
}
