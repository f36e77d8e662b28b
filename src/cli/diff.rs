//! `covenant diff`: what a new version of an agreement changes in meaning.

use std::io::Write;
use std::path::PathBuf;

use clap::Args;

use super::{EXIT_FAILURE, EXIT_FINDINGS, EXIT_OK, fail, files};
use crate::compare::{self, report};
use crate::diagnostics::{Renderer, Style};
use crate::model::{Loaded, load};
use crate::source::invisible::visible;

/// Arguments of `covenant diff`.
#[derive(Debug, Args)]
pub struct DiffArgs {
    /// The old version.
    pub old: PathBuf,
    /// The new version.
    pub new: PathBuf,
    /// Output format.
    #[arg(long, value_enum, default_value_t = DiffFormat::Human)]
    pub format: DiffFormat,
}

/// How the diff is printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum DiffFormat {
    /// Grouped lines for a terminal.
    Human,
    /// An array of change objects (see docs/diff.md).
    Json,
    /// A Markdown section for reviewers.
    Md,
}

/// Compares two versions; exit 0 when equal in meaning, 1 when different, 2 on errors.
pub fn run(args: &DiffArgs) -> u8 {
    let (Some(old), Some(new)) = (read(&args.old), read(&args.new)) else {
        return EXIT_FAILURE;
    };
    let diff = compare::compare(&old.agreement, &new.agreement);
    let text = match args.format {
        DiffFormat::Human => visible(&report::human(&diff)).into_owned(),
        DiffFormat::Md => visible(&report::markdown(&diff)).into_owned(),
        DiffFormat::Json => match serde_json::to_string_pretty(&diff.changes) {
            Ok(json) => json + "\n",
            Err(error) => return fail(error),
        },
    };
    if let Err(error) = std::io::stdout().lock().write_all(text.as_bytes()) {
        return fail(format_args!("cannot write output: {error}"));
    }
    if diff.is_empty() {
        EXIT_OK
    } else {
        EXIT_FINDINGS
    }
}

/// Loads a version; prints why it cannot be compared and returns `None` on errors.
fn read(path: &std::path::Path) -> Option<Loaded> {
    let name = files::display_name(path);
    let loaded = match load::load(path, &name) {
        Ok(loaded) => loaded,
        Err(error) => {
            fail(error);
            return None;
        }
    };
    let errors: Vec<_> = loaded.diagnostics.iter().filter(|d| d.is_error()).collect();
    if errors.is_empty() {
        return Some(loaded);
    }
    let renderer = Renderer::new(Style::Plain, 100);
    let mut stderr = std::io::stderr().lock();
    for diagnostic in &errors {
        let _ = stderr.write_all(renderer.render(diagnostic, &loaded.sources).as_bytes());
    }
    let _ = writeln!(
        stderr,
        "error: {name} has {} error(s); cannot compare",
        errors.len()
    );
    None
}
