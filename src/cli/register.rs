//! `covenant register`: one overview of many agreements.

use std::path::PathBuf;

use clap::Args;

/// Arguments of `covenant register`.
#[derive(Debug, Args)]
pub struct RegisterArgs {
    /// Files and folders.
    pub paths: Vec<PathBuf>,
}

/// Writes the register.
pub fn run(_args: &RegisterArgs) -> u8 {
    super::EXIT_FAILURE
}
