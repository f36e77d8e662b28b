//! `covenant init`: write a starting agreement to fill in.

use std::io::Write as _;
use std::path::PathBuf;

use clap::{Args, ValueEnum};

use super::{EXIT_OK, fail};

/// The Dutch starting agreement.
const DUTCH: &str = include_str!("../../templates/init/nl.covenant");
/// The English starting agreement.
const ENGLISH: &str = include_str!("../../templates/init/en.covenant");

/// The language of the starting agreement.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Lang {
    /// Dutch.
    Nl,
    /// English.
    En,
}

/// Arguments of `covenant init`.
#[derive(Debug, Args)]
pub struct InitArgs {
    /// The file to create; an existing file is never overwritten.
    #[arg(default_value = "agreement.covenant")]
    pub path: PathBuf,
    /// The language of the wording and the rendered document.
    #[arg(long, value_enum, default_value_t = Lang::Nl)]
    pub lang: Lang,
}

/// The starting agreement in `lang`.
#[must_use]
pub fn template(lang: Lang) -> &'static str {
    match lang {
        Lang::Nl => DUTCH,
        Lang::En => ENGLISH,
    }
}

/// Writes the starting agreement; returns the exit code.
pub fn run(args: &InitArgs) -> u8 {
    let name = super::files::display_name(&args.path);
    let file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&args.path);
    let mut file = match file {
        Ok(file) => file,
        Err(error) if error.kind() == std::io::ErrorKind::AlreadyExists => {
            return fail(format_args!("{name} already exists; it is not overwritten"));
        }
        Err(error) => return fail(format_args!("cannot create {name}: {error}")),
    };
    if let Err(error) = file
        .write_all(template(args.lang).as_bytes())
        .and_then(|()| file.sync_all())
    {
        return fail(format_args!("cannot write {name}: {error}"));
    }
    println!("wrote {name}: fill in the placeholders, then run `covenant check {name}`");
    EXIT_OK
}
