//! GitHub Actions workflow commands: `::error file=F,line=L,col=C,...,title=CODE::message`,
//! which the runner turns into annotations on the pull request.

use std::io::{self, Write};

use super::FileResult;
use crate::diagnostics::{Located, Severity};

/// Writes one workflow command per diagnostic and per unreadable file.
///
/// # Errors
/// Writing to `out` failed.
pub fn write(results: &[FileResult], out: &mut dyn Write) -> io::Result<()> {
    for result in results {
        if let Some(error) = &result.read_error {
            writeln!(
                out,
                "::error file={}::{}",
                property(&result.name),
                data(error)
            )?;
        }
        for finding in &result.findings {
            writeln!(out, "{}", command(finding))?;
        }
    }
    Ok(())
}

/// The command for one diagnostic. Columns are given only for a single-line
/// place (GitHub ignores them otherwise); `endColumn` is inclusive.
fn command(finding: &Located) -> String {
    let kind = match finding.severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
    };
    let place = &finding.primary;
    let mut properties = format!("file={},line={}", property(&place.file), place.start.line);
    if place.start.line == place.end.line {
        let end_column = place.end.column.saturating_sub(1).max(place.start.column);
        properties.push_str(&format!(
            ",col={},endLine={},endColumn={end_column}",
            place.start.column, place.end.line
        ));
    } else {
        properties.push_str(&format!(",endLine={}", place.end.line));
    }
    properties.push_str(&format!(",title={}", property(finding.code)));
    let mut message = finding.message.clone();
    if let Some(help) = &finding.help {
        message.push_str("\nhelp: ");
        message.push_str(help);
    }
    format!("::{kind} {properties}::{}", data(&message))
}

/// Escapes the message part of a command; other control characters are made visible.
fn data(text: &str) -> String {
    let escaped = text
        .replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A");
    crate::source::invisible::visible(&escaped).into_owned()
}

/// Escapes a property value, which also may not contain `:` or `,`.
fn property(text: &str) -> String {
    data(text).replace(':', "%3A").replace(',', "%2C")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_data_and_properties() {
        assert_eq!(data("50%\r\nnext: a,b"), "50%25%0D%0Anext: a,b");
        assert_eq!(property("C:\\a,b%"), "C%3A\\a%2Cb%25");
    }
}
