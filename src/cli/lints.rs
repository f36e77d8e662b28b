//! The configuration options every command that checks shares: `--config`, `-A`, `-W`, `-D`.

use std::path::PathBuf;

use clap::Args;

use crate::check::{Config, Overrides};

/// Where lint levels come from, on top of the `covenant.toml` found next to each agreement.
#[derive(Debug, Clone, Args)]
pub struct LintArgs {
    /// Use this configuration instead of the `covenant.toml` files found.
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// Drop a code's diagnostics (a code or a rule name).
    #[arg(short = 'A', long = "allow", value_name = "CODE")]
    pub allow: Vec<String>,
    /// Report a code as a warning.
    #[arg(short = 'W', long = "warn", value_name = "CODE")]
    pub warn: Vec<String>,
    /// Report a code as an error; `-D warnings` turns every warning into an error.
    #[arg(short = 'D', long = "deny", value_name = "CODE")]
    pub deny: Vec<String>,
}

impl LintArgs {
    /// The configuration of this run.
    pub(crate) fn config(&self) -> Result<Config, String> {
        let overrides = Overrides {
            allow: self.allow.clone(),
            warn: self.warn.clone(),
            deny: self.deny.clone(),
        };
        Config::new(self.config.as_deref(), &overrides)
    }
}
