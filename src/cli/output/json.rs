//! JSON output: one flat, stable array of diagnostics (see `docs/json.md`).

use std::io::{self, Write};

use serde::Serialize;

use super::FileResult;
use crate::check::lookup;
use crate::diagnostics::{Located, LocatedLabel};

/// One entry of the array: a diagnostic, or a file that could not be read.
#[derive(Debug, Serialize)]
struct Entry<'a> {
    file: &'a str,
    line: Option<usize>,
    column: Option<usize>,
    end_line: Option<usize>,
    end_column: Option<usize>,
    code: Option<&'a str>,
    rule: Option<&'a str>,
    severity: &'a str,
    message: &'a str,
    label: &'a str,
    help: Option<&'a str>,
    labels: Vec<Label<'a>>,
}

/// A secondary place.
#[derive(Debug, Serialize)]
struct Label<'a> {
    file: &'a str,
    line: usize,
    column: usize,
    end_line: usize,
    end_column: usize,
    message: &'a str,
}

/// Writes every result as one pretty-printed JSON array and a newline.
///
/// # Errors
/// Writing to `out` failed.
pub fn write(results: &[FileResult], out: &mut dyn Write) -> io::Result<()> {
    let entries: Vec<Entry<'_>> = results.iter().flat_map(entries).collect();
    serde_json::to_writer_pretty(&mut *out, &entries)?;
    out.write_all(b"\n")
}

fn entries(result: &FileResult) -> Vec<Entry<'_>> {
    let unread = result.read_error.as_deref().map(|error| Entry {
        file: &result.name,
        line: None,
        column: None,
        end_line: None,
        end_column: None,
        code: None,
        rule: None,
        severity: "error",
        message: error,
        label: "",
        help: None,
        labels: Vec::new(),
    });
    unread
        .into_iter()
        .chain(result.findings.iter().map(finding))
        .collect()
}

fn finding(located: &Located) -> Entry<'_> {
    let primary = &located.primary;
    Entry {
        file: &primary.file,
        line: Some(primary.start.line),
        column: Some(primary.start.column),
        end_line: Some(primary.end.line),
        end_column: Some(primary.end.column),
        code: Some(located.code),
        rule: lookup(located.code).map(|r| r.name),
        severity: located.severity.as_str(),
        message: &located.message,
        label: &primary.message,
        help: located.help.as_deref(),
        labels: located.secondary.iter().map(label).collect(),
    }
}

fn label(label: &LocatedLabel) -> Label<'_> {
    Label {
        file: &label.file,
        line: label.start.line,
        column: label.start.column,
        end_line: label.end.line,
        end_column: label.end.column,
        message: &label.message,
    }
}
