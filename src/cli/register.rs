//! `covenant register`: one overview of many agreements and their parties.

use std::io::Write;
use std::path::{Path, PathBuf};

use clap::Args;

use super::build::Lang;
use super::lints::LintArgs;
use super::{EXIT_OK, fail, files, write};
use crate::model::words::Language;
use crate::model::{Date, load};
use crate::register::{self, Input, Words};
use crate::source::invisible::visible;

/// Arguments of `covenant register`.
#[derive(Debug, Args)]
pub struct RegisterArgs {
    /// Files and folders (folders are searched for `*.covenant`).
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = RegisterFormat::Md)]
    pub to: RegisterFormat,
    /// Write to this file (atomically) instead of standard output.
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// The reference date for deliverables due in the next 12 months (default: today).
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub today: Option<String>,
    /// The reader's language (default: `language` in `covenant.toml`, else the agreements' own).
    #[arg(long, value_enum)]
    pub lang: Option<Lang>,
    /// Configuration and lint levels for the error and warning counts, as for `check`.
    #[command(flatten)]
    pub lints: LintArgs,
}

/// The output formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum RegisterFormat {
    /// Markdown, for people.
    Md,
    /// A standalone HTML page, for people.
    Html,
    /// JSON, for tools.
    Json,
    /// One CSV table with a `section` column, for spreadsheets.
    Csv,
}

/// Builds and writes the register; exit 0, or 2 when a file cannot be read or written.
pub fn run(args: &RegisterArgs) -> u8 {
    let today = match &args.today {
        Some(text) => match Date::parse(text) {
            Some(date) => date,
            None => {
                return fail(format_args!(
                    "--today {text}: expected a date like 2027-06-30"
                ));
            }
        },
        None => register::today(),
    };
    let paths = match files::collect(&args.paths) {
        Ok(paths) => paths,
        Err(error) => return fail(error.0),
    };
    let mut config = match args.lints.config() {
        Ok(config) => config,
        Err(error) => return fail(error),
    };
    let mut inputs = Vec::new();
    for input in &paths {
        let file = shown(&input.path, &args.paths);
        let levels = match config.levels_for(&input.path) {
            Ok(levels) => levels,
            Err(error) => return fail(error),
        };
        match load::load_within(&input.path, &file, &input.scope) {
            Ok(loaded) => inputs.push(Input {
                file,
                loaded,
                levels,
            }),
            Err(error) => return fail(error),
        }
    }
    let built = register::build(&inputs, today);
    let words = match Words::new(language(args.lang, &inputs)) {
        Ok(words) => words,
        Err(error) => return fail(error),
    };
    let text = match args.to {
        RegisterFormat::Md => visible(&register::to_markdown(&built, &words)).into_owned(),
        RegisterFormat::Html => register::to_html(&built, &words),
        RegisterFormat::Json => match serde_json::to_string_pretty(&built) {
            Ok(json) => json + "\n",
            Err(error) => return fail(error),
        },
        RegisterFormat::Csv => match register::to_csv(&built) {
            Ok(csv) => csv,
            Err(error) => return fail(error),
        },
    };
    let destination = args
        .output
        .as_ref()
        .map_or_else(|| "output".to_string(), |p| p.display().to_string());
    let written = match &args.output {
        Some(path) => {
            let read: Vec<&std::path::Path> = inputs
                .iter()
                .flat_map(|i| i.loaded.sources.paths())
                .collect();
            write::write_atomic(path, text.as_bytes(), &read)
        }
        None => std::io::stdout().lock().write_all(text.as_bytes()),
    };
    match written {
        Ok(()) => EXIT_OK,
        Err(error) => fail(format_args!("cannot write {destination}: {error}")),
    }
}

/// The language asked for, else the one `covenant.toml` sets, else the one
/// most agreements state (Dutch on a tie or when none does).
fn language(asked: Option<Lang>, inputs: &[Input]) -> Language {
    if let Some(lang) = asked {
        return match lang {
            Lang::Nl => Language::Nl,
            Lang::En => Language::En,
        };
    }
    if let Some(configured) = inputs.iter().find_map(|i| i.levels.language) {
        return configured;
    }
    let stated = |l: Language| {
        inputs
            .iter()
            .filter(|i| i.loaded.agreement.header.language.as_ref().map(|x| x.value) == Some(l))
            .count()
    };
    if stated(Language::En) > stated(Language::Nl) {
        Language::En
    } else {
        Language::Nl
    }
}

/// The name a file is listed under: relative to the folder given when one folder is given.
fn shown(path: &Path, given: &[PathBuf]) -> String {
    match given {
        [folder] if folder.is_dir() => path
            .strip_prefix(folder)
            .map_or_else(|_| files::display_name(path), files::display_name),
        _ => files::display_name(path),
    }
}
