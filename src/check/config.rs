//! The one configuration of every command: the `covenant.toml` that applies to
//! an agreement (its `profile` and `[lints]`), with the command-line overrides
//! on top. `check`, `build`, `export`, `diff` and `register` all ask here, so
//! that `build` fails exactly when `check` reports an error.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use super::levels::{Level, Levels, find_config};
use super::registry::find;
use crate::model::load;

/// Lint levels given on the command line: codes or names for `-A`, `-W` and `-D`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Overrides {
    /// Codes to drop.
    pub allow: Vec<String>,
    /// Codes to report as warnings.
    pub warn: Vec<String>,
    /// Codes to report as errors; `warnings` turns every warning into an error.
    pub deny: Vec<String>,
}

impl Overrides {
    /// The levels these overrides set, applied in the order allow, warn, deny.
    ///
    /// # Errors
    /// A code or name that no rule has.
    pub fn levels(&self) -> Result<Levels, String> {
        let mut levels = Levels::default();
        for (codes, level) in [
            (&self.allow, Level::Allow),
            (&self.warn, Level::Warn),
            (&self.deny, Level::Deny),
        ] {
            for code in codes {
                if code == "warnings" && level == Level::Deny {
                    levels.deny_warnings = true;
                } else if let Some(rule) = find(code) {
                    levels.set(rule.code, level);
                } else {
                    return Err(format!(
                        "unknown code `{code}`; `covenant explain --list` lists every code"
                    ));
                }
            }
        }
        Ok(levels)
    }
}

/// The configuration for a run over one or more agreements: a `covenant.toml`
/// given with `--config`, or else the nearest one above each agreement (each
/// folder looked up and each file read once), then the overrides.
#[derive(Debug, Clone)]
pub struct Config {
    given: Option<Levels>,
    overrides: Levels,
    by_folder: BTreeMap<PathBuf, Option<PathBuf>>,
    by_file: BTreeMap<PathBuf, Levels>,
}

impl Config {
    /// The configuration of a run: `given` is the `--config` file, if any.
    ///
    /// # Errors
    /// An unknown code among the overrides, or a `--config` file that cannot be read or used.
    pub fn new(given: Option<&Path>, overrides: &Overrides) -> Result<Self, String> {
        let overrides = overrides.levels()?;
        let given = given.map(read).transpose()?;
        Ok(Self {
            given,
            overrides,
            by_folder: BTreeMap::new(),
            by_file: BTreeMap::new(),
        })
    }

    /// The effective levels for the agreement at `path`.
    ///
    /// # Errors
    /// A `covenant.toml` that cannot be read or used, naming the file and the line.
    pub fn levels_for(&mut self, path: &Path) -> Result<Levels, String> {
        let mut levels = match &self.given {
            Some(given) => given.clone(),
            None => match self.config_file(path) {
                Some(file) => match self.by_file.get(&file) {
                    Some(levels) => levels.clone(),
                    None => {
                        let levels = read(&file)?;
                        self.by_file.insert(file, levels.clone());
                        levels
                    }
                },
                None => Levels::default(),
            },
        };
        levels.extend(&self.overrides);
        Ok(levels)
    }

    /// The `covenant.toml` that applies to `path`, looked up once per folder.
    fn config_file(&mut self, path: &Path) -> Option<PathBuf> {
        let folder = std::fs::canonicalize(path)
            .ok()
            .and_then(|p| p.parent().map(Path::to_path_buf))?;
        self.by_folder
            .entry(folder)
            .or_insert_with_key(|f| find_config(f))
            .clone()
    }
}

/// The effective lint levels for the agreement at `path`, as every command
/// computes them: the configuration `given` (else the nearest `covenant.toml`),
/// its profile and `[lints]`, then `overrides`. For tools such as a language server.
///
/// # Errors
/// An unknown code, or a configuration that cannot be read or used.
pub fn effective_levels(
    path: &Path,
    given: Option<&Path>,
    overrides: &Overrides,
) -> Result<Levels, String> {
    Config::new(given, overrides)?.levels_for(path)
}

/// Reads the `covenant.toml` at `path`.
fn read(path: &Path) -> Result<Levels, String> {
    let text = load::read_text(path, &path.display().to_string()).map_err(|e| e.to_string())?;
    Levels::from_toml(&text, path, |code| find(code).map(|r| r.code)).map_err(|e| e.to_string())
}
