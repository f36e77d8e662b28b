//! Output formats of `covenant check`.

mod github;
mod human;
mod json;
mod sarif;

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
    /// A JSON array of diagnostics, documented in `docs/json.md`.
    Json,
    /// SARIF 2.1.0, for code-scanning tools.
    Sarif,
    /// GitHub Actions workflow commands, shown as annotations on a pull request.
    Github,
}

/// Writes the results in `format`. Machine formats also report files that
/// could not be read on standard error, so a person reading the log sees them.
///
/// # Errors
/// Writing to `out` failed.
pub fn write(format: Format, results: &[FileResult], out: &mut dyn Write) -> io::Result<()> {
    if format != Format::Human {
        for error in results.iter().filter_map(|r| r.read_error.as_ref()) {
            eprintln!("error: {error}");
        }
    }
    match format {
        Format::Human => human::write(results, out),
        Format::Json => json::write(results, out),
        Format::Sarif => sarif::write(results, out),
        Format::Github => github::write(results, out),
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
