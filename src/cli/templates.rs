//! `covenant templates export DIR`: the built-in templates as a starting point for a house style.

use std::path::PathBuf;

use clap::{Args, Subcommand};

use super::{EXIT_OK, fail};
use crate::render::templates;

/// Arguments of `covenant templates`.
#[derive(Debug, Args)]
pub struct TemplatesArgs {
    /// What to do with the templates.
    #[command(subcommand)]
    pub action: TemplatesAction,
}

/// The `templates` actions.
#[derive(Debug, Subcommand)]
pub enum TemplatesAction {
    /// Write the built-in templates and message files into a folder.
    Export {
        /// The folder to write into (created if needed).
        dir: PathBuf,
    },
}

/// Runs the action; returns the exit code.
pub fn run(args: &TemplatesArgs) -> u8 {
    match &args.action {
        TemplatesAction::Export { dir } => match templates::export(dir) {
            Ok(files) => {
                for file in files {
                    println!("{}", file.display());
                }
                EXIT_OK
            }
            Err(e) => fail(format_args!(
                "cannot write templates to {}: {e}",
                dir.display()
            )),
        },
    }
}
