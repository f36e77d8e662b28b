//! `covenant check`: many files, in parallel, with stable output.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use clap::Args;
use rayon::prelude::*;

use super::color::ColorChoice;
use super::output::{self, FileResult, Format};
use super::{EXIT_FAILURE, EXIT_FINDINGS, EXIT_OK, fail, files};
use crate::check::levels::{ConfigError, find_config};
use crate::check::{Level, Levels, check, lookup};
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
    /// Use this configuration instead of the `covenant.toml` files found.
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// Drop a code's diagnostics.
    #[arg(short = 'A', long = "allow", value_name = "CODE")]
    pub allow: Vec<String>,
    /// Report a code as a warning.
    #[arg(short = 'W', long = "warn", value_name = "CODE")]
    pub warn: Vec<String>,
    /// Report a code as an error; `-D warnings` turns every warning into an error.
    #[arg(short = 'D', long = "deny", value_name = "CODE")]
    pub deny: Vec<String>,
}

/// Checks every file and prints the findings; returns the exit code.
pub fn run(args: &CheckArgs, color: ColorChoice) -> u8 {
    let paths = match files::collect(&args.paths) {
        Ok(paths) => paths,
        Err(error) => return fail(error.0),
    };
    let flags = match flag_levels(args) {
        Ok(flags) => flags,
        Err(message) => return fail(message),
    };
    let levels = match levels_per_file(args.config.as_deref(), &paths, &flags) {
        Ok(levels) => levels,
        Err(error) => return fail(error),
    };
    let style = if color.enabled() && args.format == Format::Human {
        Style::Color
    } else {
        Style::Plain
    };
    let renderer = Renderer::new(style, 100);
    let results: Vec<FileResult> = paths
        .par_iter()
        .zip(&levels)
        .map(|(input, levels)| check_file(input, levels, &renderer))
        .collect();
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

/// The levels set by `-A`, `-W` and `-D`, applied in that order.
fn flag_levels(args: &CheckArgs) -> Result<Levels, String> {
    let mut levels = Levels::default();
    for (codes, level) in [
        (&args.allow, Level::Allow),
        (&args.warn, Level::Warn),
        (&args.deny, Level::Deny),
    ] {
        for code in codes {
            if code == "warnings" && level == Level::Deny {
                levels.deny_warnings = true;
            } else if lookup(code).is_some() {
                levels.set(code, level);
            } else {
                return Err(format!(
                    "unknown code `{code}`; `covenant explain --list` lists every code"
                ));
            }
        }
    }
    Ok(levels)
}

/// The levels for each file, in the order of `paths`: the configuration given
/// with `--config`, else the nearest `covenant.toml` (each folder looked up and
/// each file read once), with the command-line flags on top.
fn levels_per_file(
    given: Option<&Path>,
    paths: &[files::Input],
    flags: &Levels,
) -> Result<Vec<Levels>, String> {
    let with_flags = |mut levels: Levels| {
        levels.extend(flags);
        levels
    };
    if let Some(path) = given {
        let levels = with_flags(read_config(path)?);
        return Ok(vec![levels; paths.len()]);
    }
    let mut by_folder: BTreeMap<PathBuf, Option<PathBuf>> = BTreeMap::new();
    let mut by_config: BTreeMap<PathBuf, Levels> = BTreeMap::new();
    let mut out = Vec::with_capacity(paths.len());
    for input in paths {
        let folder = std::fs::canonicalize(&input.path)
            .ok()
            .and_then(|p| p.parent().map(Path::to_path_buf));
        let config = match folder {
            Some(folder) => by_folder
                .entry(folder)
                .or_insert_with_key(|f| find_config(f))
                .clone(),
            None => None,
        };
        let levels = match config {
            Some(config) => match by_config.get(&config) {
                Some(levels) => levels.clone(),
                None => {
                    let levels = with_flags(read_config(&config)?);
                    by_config.insert(config, levels.clone());
                    levels
                }
            },
            None => with_flags(Levels::default()),
        };
        out.push(levels);
    }
    Ok(out)
}

fn read_config(path: &Path) -> Result<Levels, String> {
    let text = load::read_text(path, &path.display().to_string()).map_err(|e| e.to_string())?;
    Levels::from_toml(&text, path, |code| lookup(code).is_some())
        .map_err(|e: ConfigError| e.to_string())
}
