//! `covenant templates export DIR`: the built-in templates as a starting point for a house style.

use std::path::{Path, PathBuf};

use clap::{Args, Subcommand};

use super::write::{writable_target, write_atomic};
use super::{EXIT_OK, fail};
use crate::render::templates::BUILTIN;
use crate::source::read::canonical;

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
        /// Replace files that already exist (a customised house style is otherwise kept).
        #[arg(long)]
        force: bool,
    },
}

/// Runs the action; returns the exit code.
pub fn run(args: &TemplatesArgs) -> u8 {
    match &args.action {
        TemplatesAction::Export { dir, force } => match export(dir, *force) {
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

/// Writes the built-in set into `dir` (created if needed) under the writing rule; returns the
/// files written. Nothing is written when a file exists and `force` is not given, or when a
/// subfolder links out of `dir`.
fn export(dir: &Path, force: bool) -> Result<Vec<PathBuf>, String> {
    let targets: Vec<(PathBuf, &str)> = BUILTIN
        .iter()
        .map(|(name, text)| (dir.join(name), *text))
        .collect();
    let existing: Vec<String> = targets
        .iter()
        .filter(|(path, _)| std::fs::symlink_metadata(path).is_ok())
        .map(|(path, _)| path.display().to_string())
        .collect();
    if !existing.is_empty() && !force {
        return Err(format!(
            "these files exist and are kept: {}; nothing was written (use --force to replace them)",
            existing.join(", ")
        ));
    }
    for (path, _) in &targets {
        writable_target(path, &[]).map_err(|e| format!("{}: {e}", path.display()))?;
    }
    std::fs::create_dir_all(dir).map_err(|e| e.to_string())?;
    let root = canonical(dir);
    for (path, _) in &targets {
        let Some(folder) = path.parent() else {
            continue;
        };
        std::fs::create_dir_all(folder).map_err(|e| format!("{}: {e}", folder.display()))?;
        if !canonical(folder).starts_with(&root) {
            return Err(format!(
                "{} links out of the folder; nothing was written",
                folder.display()
            ));
        }
    }
    let mut written = Vec::new();
    for (path, text) in targets {
        write_atomic(&path, text.as_bytes(), &[])
            .map_err(|e| format!("{}: {e}", path.display()))?;
        written.push(path);
    }
    Ok(written)
}
