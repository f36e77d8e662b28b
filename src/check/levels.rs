//! Lint levels: `allow`, `warn` or `deny` per code, from `covenant.toml` and flags.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use super::profiles::Profile;
use crate::diagnostics::{Diagnostic, Severity};
use crate::model::words::Language;

/// What to do with a code's diagnostics.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    /// Drop them.
    Allow,
    /// Report them as warnings.
    Warn,
    /// Report them as errors.
    Deny,
}

/// Codes whose diagnostics mean the file cannot be read as an agreement; never relaxed.
const FIXED: &[&str] = &["S001", "S006"];

/// Levels per code, and whether warnings count as errors.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Levels {
    codes: BTreeMap<String, Level>,
    /// Turn every warning into an error (`--deny warnings`).
    pub deny_warnings: bool,
    /// The reader's language of `register` and `diff` (`language = "nl"` in `covenant.toml`).
    pub language: Option<Language>,
}

/// A `covenant.toml` that cannot be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigError {
    /// The file.
    pub path: PathBuf,
    /// What is wrong, with line and column where known.
    pub reason: String,
}

impl std::fmt::Display for ConfigError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "invalid configuration {}: {}",
            self.path.display(),
            self.reason
        )
    }
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct ConfigFile {
    #[serde(default)]
    profile: Option<Profile>,
    #[serde(default)]
    lints: BTreeMap<String, Level>,
    #[serde(default)]
    language: Option<String>,
}

impl Levels {
    /// Sets the level of `code` (later calls win).
    pub fn set(&mut self, code: &str, level: Level) {
        self.codes.insert(code.to_ascii_uppercase(), level);
    }

    /// The configured level of `code`, if any.
    #[must_use]
    pub fn level(&self, code: &str) -> Option<Level> {
        self.codes.get(code).copied()
    }

    /// Adds every setting of `other` on top of these.
    pub fn extend(&mut self, other: &Levels) {
        for (code, level) in &other.codes {
            self.codes.insert(code.clone(), *level);
        }
        self.deny_warnings |= other.deny_warnings;
        self.language = other.language.or(self.language);
    }

    /// Parses the text of a `covenant.toml` found at `path`: the levels of its
    /// `profile`, then its `[lints]` (a code or a rule name, resolved by `resolve`).
    ///
    /// # Errors
    /// Malformed TOML, an unknown key or profile, a level other than allow/warn/deny, or an unknown code.
    pub fn from_toml(
        text: &str,
        path: &Path,
        resolve: impl Fn(&str) -> Option<&'static str>,
    ) -> Result<Self, ConfigError> {
        let error = |reason: String| ConfigError {
            path: path.to_path_buf(),
            reason,
        };
        let file: ConfigFile =
            toml::from_str(text).map_err(|e| error(e.to_string().trim_end().to_string()))?;
        let mut levels = file.profile.map(Profile::levels).unwrap_or_default();
        if let Some(word) = &file.language {
            levels.language = Some(Language::from_word(word).ok_or_else(|| {
                error(format!("unknown language `{word}`; write \"nl\" or \"en\""))
            })?);
        }
        for (code, level) in file.lints {
            if code == "warnings" {
                levels.deny_warnings = level == Level::Deny;
            } else if let Some(known) = resolve(&code) {
                levels.set(known, level);
            } else {
                return Err(error(format!(
                    "unknown code `{code}` in [lints]; `covenant explain --list` lists them"
                )));
            }
        }
        Ok(levels)
    }

    /// Applies the levels: drops allowed codes and sets the severity of the rest.
    #[must_use]
    pub fn apply(&self, diagnostics: Vec<Diagnostic>) -> Vec<Diagnostic> {
        diagnostics
            .into_iter()
            .filter_map(|mut d| {
                if !FIXED.contains(&d.code) {
                    match self.level(d.code) {
                        Some(Level::Allow) => return None,
                        Some(Level::Warn) => d.severity = Severity::Warning,
                        Some(Level::Deny) => d.severity = Severity::Error,
                        None => {}
                    }
                }
                if self.deny_warnings {
                    d.severity = Severity::Error;
                }
                Some(d)
            })
            .collect()
    }
}

pub use crate::model::load::find_config;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::Span;

    fn warning(code: &'static str) -> Diagnostic {
        Diagnostic::warning(code, "m", Span::default())
    }

    #[test]
    fn toml_sets_levels() {
        let levels = Levels::from_toml(
            "[lints]\nC019 = \"allow\"\nc004 = \"deny\"\n",
            Path::new("x"),
            |c| Some(if c == "c004" { "C004" } else { "C019" }),
        );
        let levels = levels.unwrap_or_default();
        assert_eq!(levels.level("C019"), Some(Level::Allow));
        assert_eq!(levels.level("C004"), Some(Level::Deny));
    }

    #[test]
    fn bad_toml_is_an_error_naming_the_line() {
        let error = Levels::from_toml(
            "[lints]\nC019 = \"maybe\"\n",
            Path::new("covenant.toml"),
            |_| Some("C019"),
        );
        assert!(error.is_err_and(|e| e.reason.contains("line 2")));
    }

    #[test]
    fn unknown_codes_are_refused() {
        assert!(
            Levels::from_toml("[lints]\nX999 = \"allow\"\n", Path::new("c"), |_| None).is_err()
        );
    }

    #[test]
    fn the_readers_language_is_read_and_checked() {
        let levels = Levels::from_toml("language = \"en\"\n", Path::new("c"), |_| None);
        assert_eq!(levels.map(|l| l.language), Ok(Some(Language::En)));
        assert!(Levels::from_toml("language = \"de\"\n", Path::new("c"), |_| None).is_err());
    }

    #[test]
    fn a_lint_wins_over_the_profile() {
        let text = "profile = \"rijksoverheid\"\n[lints]\nC019 = \"allow\"\n";
        let levels = Levels::from_toml(text, Path::new("c"), |_| Some("C019")).unwrap_or_default();
        assert_eq!(levels.level("C019"), Some(Level::Allow));
        assert_eq!(levels.level("C020"), Some(Level::Deny));
        assert!(Levels::from_toml("profile = \"rijk\"\n", Path::new("c"), |_| None).is_err());
    }

    #[test]
    fn apply_drops_allowed_and_raises_denied() {
        let mut levels = Levels::default();
        levels.set("C019", Level::Allow);
        levels.set("C004", Level::Deny);
        let out = levels.apply(vec![warning("C019"), warning("C004"), warning("C011")]);
        let summary: Vec<_> = out.iter().map(|d| (d.code, d.severity)).collect();
        assert_eq!(
            summary,
            vec![("C004", Severity::Error), ("C011", Severity::Warning)]
        );
    }

    #[test]
    fn deny_warnings_raises_all() {
        let levels = Levels {
            deny_warnings: true,
            ..Levels::default()
        };
        assert!(levels.apply(vec![warning("C011")])[0].is_error());
    }
}
