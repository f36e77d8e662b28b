//! `covenant build`: the agreement as a Markdown, HTML or PDF document, or all of them.

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};

use clap::{Args, ValueEnum};

use super::files::display_name;
use super::write::write_atomic;
use super::{EXIT_FAILURE, EXIT_FINDINGS, EXIT_OK, fail};
use crate::check::{Levels, check};
use crate::diagnostics::{Located, Renderer, Style};
use crate::model::Agreement;
use crate::model::load::{self, Loaded};
use crate::model::words::Language;
use crate::render::{self, Options, RenderError, Templates};

/// The output format of `build`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum To {
    /// Markdown (CommonMark with GFM tables).
    Md,
    /// HTML: a standalone page with print CSS.
    Html,
    /// PDF: PDF/A-2a and PDF/UA-1 (a draft is PDF/UA-1 only).
    Pdf,
    /// Every format side by side in the folder given by `-o`, named after the agreement.
    All,
}

/// The document language, overriding the agreement's.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Lang {
    /// Dutch.
    Nl,
    /// English.
    En,
}

/// Arguments of `covenant build`.
#[derive(Debug, Args)]
pub struct BuildArgs {
    /// The agreement to render.
    pub file: PathBuf,
    /// Output format.
    #[arg(long, value_enum, default_value_t = To::Md)]
    pub to: To,
    /// Write to this file (atomically) instead of standard output; with `--to all`, a folder.
    #[arg(short = 'o', long = "output", value_name = "OUT")]
    pub output: Option<PathBuf>,
    /// HTML only: the body alone, for embedding in a larger document.
    #[arg(long)]
    pub fragment: bool,
    /// Folder whose templates override the built-in ones by file name.
    #[arg(long, value_name = "DIR")]
    pub templates: Option<PathBuf>,
    /// Document language (default: the agreement's `language`).
    #[arg(long, value_enum)]
    pub lang: Option<Lang>,
    /// Render despite errors, marked as a draft with the open issues listed.
    #[arg(long)]
    pub draft: bool,
}

/// Loads and checks `file`; on errors (unless `draft`) prints them and returns the exit code.
pub(crate) fn load_checked(file: &Path, draft: bool) -> Result<(Loaded, Vec<String>), u8> {
    let name = display_name(file);
    let loaded = load::load(file, &name).map_err(fail)?;
    let renderer = Renderer::new(Style::Plain, 100);
    let diagnostics = check(&loaded, &Levels::default());
    let errors: Vec<_> = diagnostics.iter().filter(|d| d.is_error()).collect();
    if !errors.is_empty() && !draft {
        let mut stderr = std::io::stderr().lock();
        for d in &errors {
            let _ = write!(
                stderr,
                "{}",
                Located::new(d, &loaded.sources, &renderer).human
            );
        }
        let _ = writeln!(
            stderr,
            "error: {name} has {} error(s); nothing written (use --draft to render a draft)",
            errors.len()
        );
        return Err(EXIT_FINDINGS);
    }
    let issues = diagnostics
        .iter()
        .map(|d| {
            let located = Located::new(d, &loaded.sources, &renderer);
            format!(
                "{} ({} {}:{}): {}",
                d.code,
                located.primary.file,
                located.primary.start.line,
                located.primary.start.column,
                d.message
            )
        })
        .collect();
    Ok((loaded, issues))
}

/// Writes `bytes` to `output`, or to standard output.
pub(crate) fn emit(output: Option<&Path>, bytes: &[u8]) -> u8 {
    match output {
        Some(path) => match write_atomic(path, bytes) {
            Ok(()) => EXIT_OK,
            Err(e) => fail(format_args!("cannot write {}: {e}", path.display())),
        },
        None => {
            let mut stdout = std::io::stdout().lock();
            match stdout.write_all(bytes).and_then(|()| stdout.flush()) {
                Ok(()) => EXIT_OK,
                Err(e) => fail(format_args!("cannot write output: {e}")),
            }
        }
    }
}

/// Renders the document; returns the exit code.
pub fn run(args: &BuildArgs) -> u8 {
    if args.fragment && args.to != To::Html {
        return fail("--fragment applies to --to html only");
    }
    if args.to == To::Pdf && args.output.is_none() && std::io::stdout().is_terminal() {
        return fail("a PDF is not written to a terminal: give -o FILE or redirect the output");
    }
    let templates = match &args.templates {
        Some(dir) => match Templates::with_overrides(dir) {
            Ok(t) => t,
            Err(e) => return fail(e),
        },
        None => Templates::builtin(),
    };
    let (loaded, issues) = match load_checked(&args.file, args.draft) {
        Ok(result) => result,
        Err(code) => return code,
    };
    let options = Options {
        language: args.lang.map(|l| match l {
            Lang::Nl => Language::Nl,
            Lang::En => Language::En,
        }),
        draft: args.draft.then_some(issues),
        fragment: args.fragment,
        templates,
    };
    let rendered = match args.to {
        To::Md => render::render_markdown(&loaded.agreement, &options).map(String::into_bytes),
        To::Html => render::render_html(&loaded.agreement, &options).map(String::into_bytes),
        To::Pdf => render::pdf::render(&loaded.agreement, &options),
        To::All => return build_all(args, &loaded.agreement, &options),
    };
    match rendered {
        Ok(bytes) => emit(args.output.as_deref(), &bytes),
        Err(e) => {
            eprintln!("error: {e}");
            EXIT_FAILURE
        }
    }
}

/// `--to all`: every format rendered first, then each file written atomically
/// as `DIR/STEM.EXT`; nothing is written when one format fails.
fn build_all(args: &BuildArgs, agreement: &Agreement, options: &Options) -> u8 {
    let Some(dir) = args.output.as_deref() else {
        return fail("--to all needs a folder: -o DIR/");
    };
    let Some(stem) = args.file.file_stem() else {
        return fail(format_args!("{} does not name a file", args.file.display()));
    };
    let files = match render_all(agreement, options) {
        Ok(files) => files,
        Err(e) => {
            eprintln!("error: {e}");
            return EXIT_FAILURE;
        }
    };
    if let Err(e) = std::fs::create_dir_all(dir) {
        return fail(format_args!("cannot create {}: {e}", dir.display()));
    }
    for (extension, bytes) in files {
        let mut name = stem.to_os_string();
        name.push(".");
        name.push(extension);
        let path = dir.join(name);
        if let Err(e) = write_atomic(&path, &bytes) {
            return fail(format_args!("cannot write {}: {e}", path.display()));
        }
    }
    EXIT_OK
}

/// Every format of `--to all`, by file extension.
fn render_all(
    agreement: &Agreement,
    options: &Options,
) -> Result<Vec<(&'static str, Vec<u8>)>, RenderError> {
    Ok(vec![
        (
            "md",
            render::render_markdown(agreement, options)?.into_bytes(),
        ),
        (
            "html",
            render::render_html(agreement, options)?.into_bytes(),
        ),
        ("pdf", render::pdf::render(agreement, options)?),
    ])
}
