//! One build of the preview: load, check and render the agreement.

use std::path::{Path, PathBuf};

use crate::check::check;
use crate::diagnostics::{Located, Renderer, Style};
use crate::lsp::config::levels_for;
use crate::model::load;
use crate::model::words::Language;
use crate::render::{Issue, Options, Prepared};

/// A finding as the diagnostics panel shows it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub(crate) struct Finding {
    /// Code such as `S001`, or `read` for a file that cannot be read.
    pub(crate) code: String,
    /// `error` or `warning`.
    pub(crate) severity: &'static str,
    /// The file.
    pub(crate) file: String,
    /// 1-based line.
    pub(crate) line: usize,
    /// 1-based column, in characters.
    pub(crate) column: usize,
    /// What is wrong.
    pub(crate) message: String,
    /// How to fix it.
    pub(crate) help: Option<String>,
}

/// What one build gives.
#[derive(Debug, Clone)]
pub(crate) struct Built {
    /// The rendered page, unless the agreement could not be read, parsed or rendered.
    pub(crate) html: Option<String>,
    /// Every finding.
    pub(crate) findings: Vec<Finding>,
    /// The files the agreement was read from, to watch.
    pub(crate) files: Vec<PathBuf>,
}

/// Loads, checks and renders `file` with the `prepared` templates. An agreement with syntax
/// errors gives no page, so the last good one stays; one with other errors is rendered as a
/// draft listing them.
pub(crate) fn build(
    file: &Path,
    name: &str,
    language: Option<Language>,
    prepared: &Prepared,
) -> Built {
    let loaded = match load::load(file, name) {
        Ok(loaded) => loaded,
        Err(error) => {
            return Built {
                html: None,
                findings: vec![failure("read", name, error.to_string())],
                files: vec![file.to_path_buf()],
            };
        }
    };
    let files = loaded.sources.iter().map(|(_, f)| f.path.clone()).collect();
    let mut findings = Vec::new();
    let levels = match levels_for(file) {
        Ok(levels) => levels,
        Err(message) => {
            findings.push(failure("config", name, message));
            crate::check::Levels::default()
        }
    };
    let diagnostics = check(&loaded, &levels);
    let renderer = Renderer::new(Style::Plain, 100);
    findings.extend(diagnostics.iter().map(|d| {
        let located = Located::new(d, &loaded.sources, &renderer);
        Finding {
            code: d.code.to_string(),
            severity: d.severity.as_str(),
            file: located.primary.file,
            line: located.primary.start.line,
            column: located.primary.start.column,
            message: d.message.clone(),
            help: d.help.clone(),
        }
    }));
    if diagnostics.iter().any(|d| d.code.starts_with('S')) {
        return Built {
            html: None,
            findings,
            files,
        };
    }
    let errors: Vec<Issue> = diagnostics
        .iter()
        .filter(|d| d.is_error())
        .map(|d| Issue::of(d, &loaded.sources))
        .collect();
    let options = Options {
        language,
        draft: (!errors.is_empty()).then_some(errors),
        fragment: false,
        toc: None,
        ..Options::default()
    };
    match prepared.html(&loaded.agreement, &options) {
        Ok(html) => Built {
            html: Some(html),
            findings,
            files,
        },
        Err(error) => {
            findings.push(failure("render", name, error.to_string()));
            Built {
                html: None,
                findings,
                files,
            }
        }
    }
}

fn failure(code: &str, file: &str, message: String) -> Finding {
    Finding {
        code: code.to_string(),
        severity: "error",
        file: file.to_string(),
        line: 1,
        column: 1,
        message,
        help: None,
    }
}
