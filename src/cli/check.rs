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
    let configs = match Configs::load(args.config.as_deref(), &paths) {
        Ok(configs) => configs,
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
        .map(|path| {
            let mut levels = configs.for_file(path);
            levels.extend(&flags);
            check_file(path, &levels, &renderer)
        })
        .collect();
    let mut stdout = std::io::stdout().lock();
    if let Err(error) = output::write(args.format, &results, &mut stdout) {
        return fail(format_args!("cannot write output: {error}"));
    }
    exit_code(&results)
}

fn check_file(path: &Path, levels: &Levels, renderer: &Renderer) -> FileResult {
    let name = files::display_name(path);
    match load::load(path, &name) {
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

/// Configurations by file: one given with `--config`, or the nearest `covenant.toml`.
struct Configs {
    fixed: Option<Levels>,
    found: BTreeMap<PathBuf, Levels>,
}

impl Configs {
    fn load(given: Option<&Path>, paths: &[PathBuf]) -> Result<Self, String> {
        if let Some(path) = given {
            return Ok(Self {
                fixed: Some(read_config(path)?),
                found: BTreeMap::new(),
            });
        }
        let mut found = BTreeMap::new();
        for path in paths {
            if let Some(config) = config_path(path) {
                if let std::collections::btree_map::Entry::Vacant(entry) = found.entry(config) {
                    let levels = read_config(entry.key())?;
                    entry.insert(levels);
                }
            }
        }
        Ok(Self { fixed: None, found })
    }

    fn for_file(&self, path: &Path) -> Levels {
        if let Some(fixed) = &self.fixed {
            return fixed.clone();
        }
        config_path(path)
            .and_then(|c| self.found.get(&c).cloned())
            .unwrap_or_default()
    }
}

fn config_path(file: &Path) -> Option<PathBuf> {
    let absolute = std::fs::canonicalize(file).ok()?;
    find_config(absolute.parent()?)
}

fn read_config(path: &Path) -> Result<Levels, String> {
    let text = load::read_text(path, &path.display().to_string()).map_err(|e| e.to_string())?;
    Levels::from_toml(&text, path, |code| lookup(code).is_some())
        .map_err(|e: ConfigError| e.to_string())
}
