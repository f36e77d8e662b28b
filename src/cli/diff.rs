//! `covenant diff`: what a new version of an agreement changes in meaning.

use std::io::Write;
use std::path::{Path, PathBuf};

use clap::Args;

use super::build::Lang;
use super::lints::LintArgs;
use super::{EXIT_FAILURE, EXIT_FINDINGS, EXIT_OK, fail, files};
use crate::check::{Config, check};
use crate::compare::{self, Reader, report};
use crate::diagnostics::{Renderer, Style};
use crate::model::words::Language;
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
    /// The reader's language (default: `language` in `covenant.toml`, else the new version's).
    #[arg(long, value_enum)]
    pub lang: Option<Lang>,
    /// Compare even when a version has errors under `covenant check` (never with syntax errors).
    #[arg(long)]
    pub allow_errors: bool,
    /// Configuration and lint levels, as for `check`.
    #[command(flatten)]
    pub lints: LintArgs,
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

/// A version, loaded and checked.
struct Version {
    loaded: Loaded,
    name: String,
    errors: usize,
    /// The reader's language `covenant.toml` sets, if any.
    language: Option<Language>,
}

/// Compares two versions; exit 0 when equal in meaning, 1 when different, 2 on
/// errors in either version (unless `--allow-errors`) or when a file cannot be read.
pub fn run(args: &DiffArgs) -> u8 {
    let mut config = match args.lints.config() {
        Ok(config) => config,
        Err(error) => return fail(error),
    };
    let (Some(old), Some(new)) = (
        read(&args.old, &mut config, args.allow_errors),
        read(&args.new, &mut config, args.allow_errors),
    ) else {
        return EXIT_FAILURE;
    };
    let diff = compare::compare(&old.loaded.agreement, &new.loaded.agreement);
    let language = match args.lang {
        Some(Lang::Nl) => Language::Nl,
        Some(Lang::En) => Language::En,
        None => new.language.unwrap_or_else(|| {
            new.loaded
                .agreement
                .header
                .language
                .as_ref()
                .map_or(Language::Nl, |l| l.value)
        }),
    };
    let reader = match Reader::new(&old.loaded.agreement, &new.loaded.agreement, language) {
        Ok(reader) => reader,
        Err(error) => return fail(error),
    };
    let failing: Vec<&Version> = [&old, &new].into_iter().filter(|v| v.errors > 0).collect();
    for v in &failing {
        eprintln!(
            "warning: {} has {} error(s) under `covenant check`; what it states is not agreed",
            visible(&v.name),
            v.errors
        );
    }
    let notes: Vec<String> = failing
        .iter()
        .map(|v| {
            let form = if v.errors == 1 { "one" } else { "many" };
            reader.fill(
                &format!("errors_note.{form}"),
                &[("file", &visible(&v.name)), ("n", &v.errors.to_string())],
            )
        })
        .collect();
    let mut text = match args.format {
        DiffFormat::Human => visible(&report::human(&diff, &reader)).into_owned(),
        DiffFormat::Md => visible(&report::markdown(&diff, &reader)).into_owned(),
        DiffFormat::Json => match serde_json::to_string_pretty(&diff.changes) {
            Ok(json) => json + "\n",
            Err(error) => return fail(error),
        },
    };
    let warning = reader.get("warning");
    for note in notes.iter().rev() {
        match args.format {
            DiffFormat::Human => text.insert_str(0, &format!("{warning}: {note}\n\n")),
            DiffFormat::Md => text.insert_str(0, &format!("> **{warning}:** {note}.\n\n")),
            DiffFormat::Json => {}
        }
    }
    if let Err(error) = std::io::stdout().lock().write_all(text.as_bytes()) {
        return fail(format_args!("cannot write output: {error}"));
    }
    if diff.is_empty() {
        EXIT_OK
    } else {
        EXIT_FINDINGS
    }
}

/// Loads and checks a version; prints its errors and returns `None` when it
/// cannot be compared: unreadable, syntax errors, or errors not allowed.
fn read(path: &Path, config: &mut Config, allow_errors: bool) -> Option<Version> {
    let name = files::display_name(path);
    let levels = match config.levels_for(path) {
        Ok(levels) => levels,
        Err(error) => {
            fail(error);
            return None;
        }
    };
    let loaded = match load::load(path, &name) {
        Ok(loaded) => loaded,
        Err(error) => {
            fail(error);
            return None;
        }
    };
    let found = check(&loaded, &levels);
    let errors: Vec<_> = found.iter().filter(|d| d.is_error()).collect();
    let unreadable = errors.iter().any(|d| d.code.starts_with('S'));
    if errors.is_empty() || (allow_errors && !unreadable) {
        let errors = errors.len();
        return Some(Version {
            loaded,
            name,
            errors,
            language: levels.language,
        });
    }
    let renderer = Renderer::new(Style::Plain, 100);
    let mut stderr = std::io::stderr().lock();
    for diagnostic in &errors {
        let _ = stderr.write_all(renderer.render(diagnostic, &loaded.sources).as_bytes());
    }
    let hint = if unreadable {
        "syntax errors must be fixed first"
    } else {
        "fix them, or pass --allow-errors to compare anyway"
    };
    let _ = writeln!(
        stderr,
        "error: {name} has {} error(s); cannot compare ({hint})",
        errors.len()
    );
    None
}
