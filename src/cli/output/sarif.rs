//! SARIF 2.1.0 output for code-scanning tools: one run, every rule of the
//! registry with its help page, one result per diagnostic.

use std::io::{self, Write};

use serde_json::{Value, json};

use super::FileResult;
use crate::check::{RULES, RuleInfo};
use crate::diagnostics::{Located, LocatedLabel, Severity};

/// The schema named in the log.
const SCHEMA: &str = "https://json.schemastore.org/sarif-2.1.0.json";

/// Writes the whole log as one pretty-printed JSON document and a newline.
///
/// # Errors
/// Writing to `out` failed.
pub fn write(results: &[FileResult], out: &mut dyn Write) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, &log(results))?;
    out.write_all(b"\n")
}

/// The SARIF log for `results`.
fn log(results: &[FileResult]) -> Value {
    let findings: Vec<Value> = results
        .iter()
        .flat_map(|r| &r.findings)
        .map(result)
        .collect();
    let unread: Vec<Value> = results.iter().filter_map(notification).collect();
    json!({
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": { "driver": driver() },
            "invocations": [{
                "executionSuccessful": unread.is_empty(),
                "toolExecutionNotifications": unread,
            }],
            "columnKind": "unicodeCodePoints",
            "results": findings,
        }],
    })
}

fn driver() -> Value {
    let mut driver = json!({
        "name": "covenant",
        "version": env!("CARGO_PKG_VERSION"),
        "rules": RULES.iter().copied().map(rule).collect::<Vec<_>>(),
    });
    let home = [env!("CARGO_PKG_REPOSITORY"), env!("CARGO_PKG_HOMEPAGE")];
    if let Some(uri) = home.into_iter().find(|u| !u.is_empty()) {
        driver["informationUri"] = json!(uri);
    }
    driver
}

fn rule(info: &RuleInfo) -> Value {
    json!({
        "id": info.code,
        "name": info.name,
        "shortDescription": { "text": info.summary },
        "fullDescription": { "text": first_paragraph(info.explain).unwrap_or(info.summary) },
        "help": { "text": info.explain, "markdown": info.explain },
        "defaultConfiguration": { "level": level(info.severity) },
    })
}

/// The first paragraph of an explain page that is not a heading.
fn first_paragraph(page: &str) -> Option<&str> {
    page.split("\n\n")
        .map(str::trim)
        .find(|p| !p.is_empty() && !p.starts_with('#'))
}

fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
    }
}

fn result(finding: &Located) -> Value {
    let mut text = finding.message.clone();
    if let Some(help) = &finding.help {
        text.push_str("\n\nhelp: ");
        text.push_str(help);
    }
    let related: Vec<Value> = finding
        .secondary
        .iter()
        .enumerate()
        .map(|(i, label)| {
            let mut place = location(label);
            place["id"] = json!(i + 1);
            place
        })
        .collect();
    let mut value = json!({
        "ruleId": finding.code,
        "level": level(finding.severity),
        "message": { "text": text },
        "locations": [location(&finding.primary)],
    });
    if let Some(index) = RULES.iter().position(|r| r.code == finding.code) {
        value["ruleIndex"] = json!(index);
    }
    if !related.is_empty() {
        value["relatedLocations"] = json!(related);
    }
    value
}

fn location(label: &LocatedLabel) -> Value {
    let mut value = json!({
        "physicalLocation": {
            "artifactLocation": { "uri": uri(&label.file) },
            "region": {
                "startLine": label.start.line,
                "startColumn": label.start.column,
                "endLine": label.end.line,
                "endColumn": label.end.column,
            },
        },
    });
    if !label.message.is_empty() {
        value["message"] = json!({ "text": label.message });
    }
    value
}

/// A file that could not be read, as a notification of the invocation.
fn notification(result: &FileResult) -> Option<Value> {
    let error = result.read_error.as_ref()?;
    Some(json!({
        "level": "error",
        "message": { "text": error },
        "locations": [{ "physicalLocation": { "artifactLocation": { "uri": uri(&result.name) } } }],
    }))
}

/// A path as a URI reference: relative paths stay relative (with forward
/// slashes), absolute ones become `file:` URIs; other characters are escaped.
fn uri(path: &str) -> String {
    let path = path.replace('\\', "/");
    let bytes = path.as_bytes();
    let drive = bytes.len() > 2 && bytes[0].is_ascii_alphabetic() && bytes[1] == b':';
    let mut out = String::new();
    if path.starts_with('/') {
        out.push_str("file://");
    } else if drive {
        out.push_str("file:///");
    }
    for (i, byte) in bytes.iter().enumerate() {
        let keep = byte.is_ascii_alphanumeric() || b"-._~/".contains(byte) || (drive && i == 1);
        if keep {
            out.push(char::from(*byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uris_are_relative_or_file_uris() {
        assert_eq!(uri("agreements/a b.covenant"), "agreements/a%20b.covenant");
        assert_eq!(uri("dir\\x.covenant"), "dir/x.covenant");
        assert_eq!(uri("/tmp/x.covenant"), "file:///tmp/x.covenant");
        assert_eq!(uri("C:\\x\\ü.covenant"), "file:///C:/x/%C3%BC.covenant");
    }

    #[test]
    fn full_description_skips_the_heading() {
        assert_eq!(
            first_paragraph("# S002 x\n\nA date.\n\nMore."),
            Some("A date.")
        );
    }
}
