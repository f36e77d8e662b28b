//! `covenant init`: write a starting agreement to fill in.

use std::io::Write as _;
use std::path::{Path, PathBuf};

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

/// The profile to write into a new `covenant.toml` (see docs/configuration.md).
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum InitProfile {
    /// Central government: the Aanwijzingen voor convenanten as binding (`rijksoverheid`).
    #[value(alias = "rijksoverheid")]
    Rijk,
    /// Provinces, municipalities, water boards: the Aanwijzingen as guidance.
    Decentraal,
}

impl InitProfile {
    /// The `covenant.toml` that selects this profile.
    fn config(self) -> &'static str {
        match self {
            Self::Rijk => {
                "# Aanwijzingen voor convenanten as binding: their duties are errors.\n\
                 profile = \"rijksoverheid\"\n\n[lints]\n"
            }
            Self::Decentraal => {
                "# Aanwijzingen voor convenanten as guidance: their duties are warnings.\n\
                 profile = \"decentraal\"\n\n[lints]\n"
            }
        }
    }
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
    /// Also write a `covenant.toml` with this profile next to the file (an existing one is kept).
    #[arg(long, value_enum)]
    pub profile: Option<InitProfile>,
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
    if let Some(profile) = args.profile {
        let folder = args.path.parent().unwrap_or_else(|| Path::new(""));
        let config = folder.join("covenant.toml");
        match std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&config)
        {
            Ok(mut file) => {
                if let Err(error) = file.write_all(profile.config().as_bytes()) {
                    return fail(format_args!("cannot write {}: {error}", config.display()));
                }
                println!("wrote {}", config.display());
            }
            Err(error) if error.kind() == std::io::ErrorKind::AlreadyExists => {
                println!(
                    "kept the existing {}; add the profile to it yourself",
                    config.display()
                );
            }
            Err(error) => return fail(format_args!("cannot create {}: {error}", config.display())),
        }
    }
    println!("wrote {name}: fill in the placeholders, then run `covenant check {name}`");
    EXIT_OK
}
