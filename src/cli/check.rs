//! `covenant check`: many files, in parallel, with stable output.

use std::path::PathBuf;

use clap::Args;
use rayon::prelude::*;

use super::color::ColorChoice;
use super::lints::LintArgs;
use super::output::{self, FileResult, Format};
use super::{EXIT_FAILURE, EXIT_FINDINGS, EXIT_OK, fail, files};
use crate::check::{Levels, check};
use crate::diagnostics::{Located, Renderer, Style};
use crate::model::load;

/// Arguments of `covenant check`.
#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Files and folders to check (folders are searched for `*.covenant`).
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub format: Format,
    /// Configuration and lint levels.
    #[command(flatten)]
    pub lints: LintArgs,
}

/// Checks every file and prints the findings; returns the exit code.
pub fn run(args: &CheckArgs, color: ColorChoice) -> u8 {
    let paths = match files::collect(&args.paths) {
        Ok(paths) => paths,
        Err(error) => return fail(error.0),
    };
    let levels = match levels_per_file(&args.lints, &paths) {
        Ok(levels) => levels,
        Err(error) => return fail(error),
    };
    let style = if color.enabled() && args.format == Format::Human {
        Style::Color
    } else {
        Style::Plain
    };
    let renderer = Renderer::new(style, 100);
    let check_one = |(input, levels)| check_file(input, levels, &renderer);
    // One file is checked on this thread: starting the thread pool costs more than it saves.
    let results: Vec<FileResult> = if paths.len() == 1 {
        paths.iter().zip(&levels).map(check_one).collect()
    } else {
        paths.par_iter().zip(&levels).map(check_one).collect()
    };
    let mut stdout = std::io::stdout().lock();
    if let Err(error) = output::write(args.format, &results, &mut stdout) {
        return fail(format_args!("cannot write output: {error}"));
    }
    exit_code(&results)
}

fn check_file(input: &files::Input, levels: &Levels, renderer: &Renderer) -> FileResult {
    let name = files::display_name(&input.path);
    match load::load_within(&input.path, &name, &input.scope) {
        Ok(loaded) => {
            let findings = check(&loaded, levels)
                .iter()
                .map(|d| Located::new(d, &loaded.sources, renderer))
                .collect();
            FileResult {
                name,
                findings,
                read_error: None,
            }
        }
        Err(error) => FileResult {
            name,
            findings: Vec::new(),
            read_error: Some(error.to_string()),
        },
    }
}

fn exit_code(results: &[FileResult]) -> u8 {
    if results.iter().any(|r| r.read_error.is_some()) {
        EXIT_FAILURE
    } else if results
        .iter()
        .flat_map(|r| &r.findings)
        .any(|f| f.severity.as_str() == "error")
    {
        EXIT_FINDINGS
    } else {
        EXIT_OK
    }
}

/// The levels for each file, in the order of `paths`, from the one configuration loader.
fn levels_per_file(lints: &LintArgs, paths: &[files::Input]) -> Result<Vec<Levels>, String> {
    let mut config = lints.config()?;
    paths
        .iter()
        .map(|input| config.levels_for(&input.path))
        .collect()
}
