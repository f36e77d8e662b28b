//! `covenant build`: the agreement as a Markdown, HTML, Word or PDF document, or all of them.

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use clap::{Args, ValueEnum};

use super::files::display_name;
use super::lints::LintArgs;
use super::write::write_atomic;
use super::{EXIT_FINDINGS, EXIT_OK, fail};
use crate::check::check;
use crate::diagnostics::{Located, Renderer, Style};
use crate::model::Agreement;
use crate::model::load::{self, Loaded};
use crate::model::words::Language;
use crate::render::{self, Format, Issue, Options, Prepared, RenderError, Templates};
use crate::source::Sources;

/// The output format of `build`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum To {
    /// Markdown (CommonMark with GFM tables).
    Md,
    /// HTML: a standalone page with print CSS.
    Html,
    /// Word (.docx), to negotiate in.
    Docx,
    /// PDF: PDF/A-2a and PDF/UA-1 (a draft is PDF/UA-1 only).
    #[cfg(feature = "pdf")]
    Pdf,
    /// Every format side by side in the folder given by `-o`, named after the agreement.
    All,
}

impl To {
    /// The formats whose templates this output renders.
    fn template_formats(self) -> &'static [Format] {
        match self {
            To::Md => &[Format::Markdown],
            To::Html => &[Format::Html],
            To::Docx => &[],
            #[cfg(feature = "pdf")]
            To::Pdf => &[Format::Typst],
            #[cfg(feature = "pdf")]
            To::All => &[Format::Markdown, Format::Html, Format::Typst],
            #[cfg(not(feature = "pdf"))]
            To::All => &[Format::Markdown, Format::Html],
        }
    }

    /// The name of a binary format (never written to a terminal), `None` for text.
    fn binary(self) -> Option<&'static str> {
        match self {
            To::Md | To::Html | To::All => None,
            To::Docx => Some("docx"),
            #[cfg(feature = "pdf")]
            To::Pdf => Some("pdf"),
        }
    }
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
    /// Configuration and lint levels, as for `check`.
    #[command(flatten)]
    pub lints: LintArgs,
    /// Show a table of contents (shown by default from 12 articles).
    #[arg(long, conflicts_with = "no_toc")]
    pub toc: bool,
    /// Leave the table of contents out, however many articles there are.
    #[arg(long)]
    pub no_toc: bool,
    /// Word only: take styles, page size, margins, headers and footers from this .docx.
    #[arg(long, value_name = "FILE")]
    pub reference_docx: Option<PathBuf>,
}

/// Loads and checks `file` under the configuration `check` would use; on
/// errors (unless `draft`) prints them and returns the exit code.
pub(crate) fn load_checked(
    file: &Path,
    draft: bool,
    lints: &LintArgs,
) -> Result<(Loaded, Vec<Issue>), u8> {
    let name = display_name(file);
    let levels = lints
        .config()
        .and_then(|mut c| c.levels_for(file))
        .map_err(fail)?;
    let loaded = load::load(file, &name).map_err(fail)?;
    let renderer = Renderer::new(Style::Plain, 100);
    let diagnostics = check(&loaded, &levels);
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
        .map(|d| Issue::of(d, &loaded.sources))
        .collect();
    Ok((loaded, issues))
}

/// Writes `bytes` to `output`, or to standard output; never onto one of the files in `sources`.
pub(crate) fn emit(output: Option<&Path>, bytes: &[u8], sources: &Sources) -> u8 {
    match output {
        Some(path) => match write_atomic(path, bytes, &sources.paths()) {
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

/// The Word settings: the reference document's house style and the creation
/// date from `SOURCE_DATE_EPOCH`, when set.
fn docx_settings(reference: Option<&Path>) -> Result<render::docx::Settings, render::RenderError> {
    let reference = reference.map(render::docx::Reference::read).transpose()?;
    let created = match std::env::var("SOURCE_DATE_EPOCH") {
        Ok(epoch) => Some(render::docx::timestamp_of_epoch(&epoch)?),
        Err(_) => None,
    };
    Ok(render::docx::Settings { reference, created })
}

/// Renders the document; returns the exit code.
pub fn run(args: &BuildArgs) -> u8 {
    if args.fragment && args.to != To::Html {
        return fail("--fragment applies to --to html only");
    }
    if args.reference_docx.is_some() && !matches!(args.to, To::Docx | To::All) {
        return fail("--reference-docx applies to --to docx only (and to --to all)");
    }
    if let Some(format) = args.to.binary()
        && args.output.is_none()
        && std::io::stdout().is_terminal()
    {
        return fail(format_args!(
            "--to {format} writes a binary file: give -o FILE or redirect the output"
        ));
    }
    if args.to == To::All && args.output.is_none() {
        return fail("--to all needs a folder: -o DIR/");
    }
    let docx = match args.to {
        To::Docx | To::All => match docx_settings(args.reference_docx.as_deref()) {
            Ok(settings) => settings,
            Err(e) => return fail(e),
        },
        _ => render::docx::Settings::default(),
    };
    let templates = match &args.templates {
        Some(dir) => match Templates::with_overrides(dir) {
            Ok(t) => t,
            Err(e) => return fail(e),
        },
        None => Templates::builtin(),
    };
    // The templates parse while the agreement is read and checked.
    let prepared = Arc::new(Prepared::new(templates.clone()));
    for &format in args.to.template_formats() {
        prepared.prepare_in_background(format);
    }
    let (loaded, issues) = match load_checked(&args.file, args.draft, &args.lints) {
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
        toc: match (args.toc, args.no_toc) {
            (true, _) => Some(true),
            (_, true) => Some(false),
            _ => None,
        },
        templates,
    };
    let rendered = match args.to {
        To::All => {
            return match render_all(&prepared, &loaded.agreement, &options, &docx) {
                Ok(files) => write_all(args, &files, &loaded.sources),
                Err(e) => not_rendered(&args.file, &e),
            };
        }
        To::Md => prepared
            .markdown(&loaded.agreement, &options)
            .map(String::into_bytes),
        To::Html => prepared
            .html(&loaded.agreement, &options)
            .map(String::into_bytes),
        To::Docx => render::docx::render_with(&prepared, &loaded.agreement, &options, &docx),
        #[cfg(feature = "pdf")]
        To::Pdf => render::pdf::render_with(&prepared, &loaded.agreement, &options),
    };
    match rendered {
        Ok(bytes) => emit(args.output.as_deref(), &bytes, &loaded.sources),
        Err(e) => not_rendered(&args.file, &e),
    }
}

/// Reports a document that could not be made; returns the exit code.
fn not_rendered(file: &Path, error: &RenderError) -> u8 {
    match error {
        // A total too large is a finding in the agreement (exit 1), not a failure of the tool.
        RenderError::Data(_) => {
            fail(format_args!(
                "{}: {error}; nothing written",
                display_name(file)
            ));
            EXIT_FINDINGS
        }
        _ => fail(error),
    }
}

/// Every format of `--to all`, by file extension, all rendered before any is written.
fn render_all(
    prepared: &Prepared,
    agreement: &Agreement,
    options: &Options,
    docx: &render::docx::Settings,
) -> Result<Vec<(&'static str, Vec<u8>)>, RenderError> {
    #[cfg_attr(not(feature = "pdf"), allow(unused_mut))]
    let mut files = vec![
        ("md", prepared.markdown(agreement, options)?.into_bytes()),
        ("html", prepared.html(agreement, options)?.into_bytes()),
        (
            "docx",
            render::docx::render_with(prepared, agreement, options, docx)?,
        ),
    ];
    #[cfg(feature = "pdf")]
    files.push((
        "pdf",
        render::pdf::render_with(prepared, agreement, options)?,
    ));
    Ok(files)
}

/// `--to all`: each file written atomically as `DIR/STEM.EXT`, one stem for all of them.
fn write_all(args: &BuildArgs, files: &[(&str, Vec<u8>)], sources: &Sources) -> u8 {
    let Some(dir) = args.output.as_deref() else {
        return fail("--to all needs a folder: -o DIR/");
    };
    let Some(stem) = args.file.file_stem() else {
        return fail(format_args!("{} does not name a file", args.file.display()));
    };
    if let Err(e) = std::fs::create_dir_all(dir) {
        return fail(format_args!("cannot create {}: {e}", dir.display()));
    }
    for (extension, bytes) in files {
        let mut name = stem.to_os_string();
        name.push(".");
        name.push(extension);
        let path = dir.join(name);
        if let Err(e) = write_atomic(&path, bytes, &sources.paths()) {
            return fail(format_args!("cannot write {}: {e}", path.display()));
        }
    }
    EXIT_OK
}
