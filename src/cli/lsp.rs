//! `covenant lsp`: the language server, for editors.

use clap::Args;

use super::{EXIT_OK, fail};

/// Arguments of `covenant lsp`.
#[derive(Debug, Args)]
pub struct LspArgs {
    /// Talk over standard input and output (the only transport; accepted for editors that pass it).
    #[arg(long)]
    pub stdio: bool,
}

/// Serves one editor over standard input and output; returns the exit code.
pub fn run(_args: &LspArgs) -> u8 {
    match crate::lsp::run() {
        Ok(()) => EXIT_OK,
        Err(message) => fail(message),
    }
}
