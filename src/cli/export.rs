//! `covenant export`: the checked model as JSON for other tools.

use std::path::PathBuf;

use clap::{Args, ValueEnum};

use super::build::{emit, load_checked};
use super::fail;
use super::lints::LintArgs;

/// The export format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    /// Pretty-printed JSON with a stable key order.
    Json,
}

/// Arguments of `covenant export`.
#[derive(Debug, Args)]
pub struct ExportArgs {
    /// The agreement to export.
    pub file: PathBuf,
    /// Output format.
    #[arg(long, value_enum, default_value_t = ExportFormat::Json)]
    pub to: ExportFormat,
    /// Write to this file (atomically) instead of standard output.
    #[arg(short = 'o', long = "output", value_name = "OUT")]
    pub output: Option<PathBuf>,
    /// Export despite errors in the agreement.
    #[arg(long)]
    pub draft: bool,
    /// Configuration and lint levels, as for `check`.
    #[command(flatten)]
    pub lints: LintArgs,
}

/// Exports the model; returns the exit code.
pub fn run(args: &ExportArgs) -> u8 {
    let (loaded, _) = match load_checked(&args.file, args.draft, &args.lints) {
        Ok(result) => result,
        Err(code) => return code,
    };
    match args.to {
        ExportFormat::Json => match serde_json::to_string_pretty(&loaded.agreement) {
            Ok(mut json) => {
                json.push('\n');
                emit(args.output.as_deref(), json.as_bytes(), &loaded.sources)
            }
            Err(e) => fail(format_args!("cannot serialise the agreement: {e}")),
        },
    }
}
