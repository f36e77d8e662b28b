//! The command line: argument parsing and one module per subcommand.

mod build;
mod check;
mod color;
mod diff;
mod explain;
mod export;
mod files;
mod fmt;
mod init;
mod lints;
mod lsp;
pub mod output;
mod register;
mod serve;
mod templates;
pub mod write;

use std::process::ExitCode;

use clap::{Parser, Subcommand};

/// Exit code: nothing wrong.
pub const EXIT_OK: u8 = 0;
/// Exit code: errors found in the agreements.
pub const EXIT_FINDINGS: u8 = 1;
/// Exit code: bad usage or a file that cannot be read or written.
pub const EXIT_FAILURE: u8 = 2;

/// covenant: check and render collaboration agreements.
#[derive(Debug, Parser)]
#[command(name = "covenant", version, about, long_about = None, propagate_version = true)]
pub struct Cli {
    /// When to colour output.
    #[arg(long, global = true, value_enum, default_value_t = color::ColorChoice::Auto)]
    pub color: color::ColorChoice,
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check agreements for syntax, completeness and consistency.
    Check(check::CheckArgs),
    /// Explain a diagnostic code, or list them all.
    Explain(explain::ExplainArgs),
    /// Render an agreement as a Markdown or HTML document.
    Build(build::BuildArgs),
    /// Export the checked model of an agreement as JSON.
    Export(export::ExportArgs),
    /// Work with the document templates.
    Templates(templates::TemplatesArgs),
    /// Rewrite agreements in the canonical layout, keeping every comment.
    Fmt(fmt::FmtArgs),
    /// Show what a new version of an agreement changes in meaning.
    Diff(diff::DiffArgs),
    /// Write one overview of many agreements and their parties.
    Register(register::RegisterArgs),
    /// Write a starting agreement with every section to fill in.
    Init(init::InitArgs),
    /// Run the language server for editors (over standard input and output).
    Lsp(lsp::LspArgs),
    /// Preview the rendered document in a browser, reloading on every save.
    Serve(serve::ServeArgs),
}

/// Runs the command line and returns the process exit code.
#[must_use]
pub fn run() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(error) => {
            let code = if error.use_stderr() {
                EXIT_FAILURE
            } else {
                EXIT_OK
            };
            let _ = error.print();
            return ExitCode::from(code);
        }
    };
    let code = match cli.command {
        Command::Check(args) => check::run(&args, cli.color),
        Command::Explain(args) => explain::run(&args),
        Command::Fmt(args) => fmt::run(&args),
        Command::Init(args) => init::run(&args),
        Command::Build(args) => build::run(&args),
        Command::Export(args) => export::run(&args),
        Command::Templates(args) => templates::run(&args),
        Command::Diff(args) => diff::run(&args),
        Command::Register(args) => register::run(&args),
        Command::Lsp(args) => lsp::run(&args),
        Command::Serve(args) => serve::run(&args),
    };
    ExitCode::from(code)
}

/// Prints an error about usage or I/O to standard error.
pub(crate) fn fail(message: impl std::fmt::Display) -> u8 {
    let message = message.to_string();
    eprintln!("error: {}", crate::source::invisible::visible(&message));
    EXIT_FAILURE
}
