//! `covenant fmt`: rewrite agreements in the canonical layout.

use std::io::Write as _;
use std::path::{Path, PathBuf};

use clap::Args;

use super::write::write_atomic;
use super::{EXIT_FAILURE, EXIT_FINDINGS, EXIT_OK, fail, files};
use crate::diagnostics::{Renderer, Style};
use crate::format::{FormatError, format_text};
use crate::model::load::load_text;
use crate::source::Sources;
use crate::source::read::plain;

/// Arguments of `covenant fmt`.
#[derive(Debug, Args)]
pub struct FmtArgs {
    /// Files and folders to format (folders are searched for `*.covenant`).
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// Change nothing; list the files that would change and exit 1 if any.
    #[arg(long)]
    pub check: bool,
    /// Print a unified diff of each change (implies `--check`).
    #[arg(long)]
    pub diff: bool,
}

/// What happened to one file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Outcome {
    Unchanged,
    Changed,
    Refused,
    Failed,
}

/// Formats (or checks) every file; returns the exit code.
pub fn run(args: &FmtArgs) -> u8 {
    let paths = match files::collect(&args.paths) {
        Ok(paths) => paths,
        Err(error) => return fail(error.0),
    };
    let check = args.check || args.diff;
    let worst = paths
        .iter()
        .map(|input| format_file(input, check, args.diff))
        .max();
    match worst.unwrap_or(Outcome::Unchanged) {
        Outcome::Failed => EXIT_FAILURE,
        Outcome::Refused => EXIT_FINDINGS,
        Outcome::Changed if check => EXIT_FINDINGS,
        Outcome::Changed | Outcome::Unchanged => EXIT_OK,
    }
}

fn format_file(input: &files::Input, check: bool, diff: bool) -> Outcome {
    let path = input.path.as_path();
    let name = files::display_name(path);
    let source = match input.scope.read_source(path, &name) {
        Ok(source) => source,
        Err(error) => {
            fail(error);
            return Outcome::Failed;
        }
    };
    let text = plain(&source).into_owned();
    let formatted = match format_text(&text) {
        Ok(formatted) => formatted,
        Err(FormatError::Syntax(found)) => return refuse(path, &name, text, &found),
        Err(error) => {
            fail(format_args!("{name}: {error}; the file is left unchanged"));
            return Outcome::Failed;
        }
    };
    if formatted == source {
        return Outcome::Unchanged;
    }
    if !same_meaning(path, &name, &text, &formatted) {
        fail(format_args!(
            "{name}: formatting would change its meaning; the file is left unchanged"
        ));
        return Outcome::Failed;
    }
    if check {
        println!("would reformat: {name}");
        if diff {
            print_diff(&name, &source, &formatted);
        }
        return Outcome::Changed;
    }
    // The one command that rewrites its input, on purpose.
    match write_atomic(path, formatted.as_bytes(), &[]) {
        Ok(()) => {
            println!("formatted: {name}");
            Outcome::Changed
        }
        Err(error) => {
            fail(format_args!("cannot write {name}: {error}"));
            Outcome::Failed
        }
    }
}

/// Shows the syntax errors of a file that is not formatted.
fn refuse(
    path: &Path,
    name: &str,
    text: String,
    found: &[crate::diagnostics::Diagnostic],
) -> Outcome {
    let mut sources = Sources::new();
    sources.add(path, name, text);
    let renderer = Renderer::new(Style::Plain, 100);
    for diagnostic in found {
        eprintln!("{}", renderer.render(diagnostic, &sources));
    }
    eprintln!("error: {name} has syntax errors and is not formatted");
    Outcome::Refused
}

/// Whether both texts give the same agreement.
fn same_meaning(path: &Path, name: &str, before: &str, after: &str) -> bool {
    let model =
        |text: &str| serde_json::to_value(&load_text(path, name, text.to_string()).agreement).ok();
    let before = model(before);
    before.is_some() && before == model(after)
}

fn print_diff(name: &str, before: &str, after: &str) {
    let diff = similar::TextDiff::from_lines(before, after);
    let text = diff
        .unified_diff()
        .context_radius(3)
        .header(name, name)
        .to_string();
    let mut stdout = std::io::stdout().lock();
    let _ = stdout.write_all(text.as_bytes());
}
