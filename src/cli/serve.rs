//! `covenant serve`: a live preview of the rendered document.

use std::path::PathBuf;

use clap::Args;

use super::build::Lang;
use super::{EXIT_OK, fail};
use crate::model::words::Language;

/// Arguments of `covenant serve`.
#[derive(Debug, Args)]
pub struct ServeArgs {
    /// The agreement to preview.
    pub file: PathBuf,
    /// Document language (default: the agreement's `language`).
    #[arg(long, value_enum)]
    pub lang: Option<Lang>,
}

/// Serves the preview until stopped; returns the exit code.
pub fn run(args: &ServeArgs) -> u8 {
    let language = args.lang.map(|l| match l {
        Lang::Nl => Language::Nl,
        Lang::En => Language::En,
    });
    match crate::serve::run(&args.file, language) {
        Ok(()) => EXIT_OK,
        Err(message) => fail(message),
    }
}
