//! Human output: each diagnostic with its source excerpt, then a summary.

use std::io::{self, Write};

use super::{FileResult, counts};

/// Writes findings for people; read errors go to standard error.
///
/// # Errors
/// Writing to `out` failed.
pub fn write(results: &[FileResult], out: &mut dyn Write) -> io::Result<()> {
    for result in results {
        if let Some(error) = &result.read_error {
            eprintln!("error: {error}");
        }
        for finding in &result.findings {
            out.write_all(finding.human.as_bytes())?;
            out.write_all(b"\n")?;
        }
    }
    writeln!(out, "{}", summary(results))
}

/// "3 errors, 2 warnings in 12 files".
#[must_use]
pub fn summary(results: &[FileResult]) -> String {
    let (errors, warnings) = counts(results);
    let plural = |n: usize, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
    let unread = results.iter().filter(|r| r.read_error.is_some()).count();
    let files = results.len() - unread;
    let mut text = if errors + warnings == 0 {
        format!("no problems in {}", plural(files, "file"))
    } else {
        format!(
            "{}, {} in {}",
            plural(errors, "error"),
            plural(warnings, "warning"),
            plural(files, "file")
        )
    };
    if unread > 0 {
        text.push_str(&format!(" ({} could not be read)", plural(unread, "file")));
    }
    text
}
