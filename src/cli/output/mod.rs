//! Output formats of `covenant check`.

mod human;

use std::io::{self, Write};

use crate::diagnostics::Located;

/// The findings for one file.
#[derive(Debug, Clone)]
pub struct FileResult {
    /// The file as shown.
    pub name: String,
    /// Its diagnostics, sorted by position.
    pub findings: Vec<Located>,
    /// Why the file could not be read, if it could not.
    pub read_error: Option<String>,
}

/// How findings are printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// For people: source excerpts and a summary line.
    Human,
}

/// Writes the results in `format`.
///
/// # Errors
/// Writing to `out` failed.
pub fn write(format: Format, results: &[FileResult], out: &mut dyn Write) -> io::Result<()> {
    match format {
        Format::Human => human::write(results, out),
    }
}

/// Counts of errors and warnings over all results.
#[must_use]
pub fn counts(results: &[FileResult]) -> (usize, usize) {
    let findings = results.iter().flat_map(|r| &r.findings);
    let errors = findings
        .clone()
        .filter(|f| f.severity.as_str() == "error")
        .count();
    let warnings = findings.count() - errors;
    (errors, warnings)
}
