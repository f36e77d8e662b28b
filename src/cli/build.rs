//! `covenant build`: the agreement as a Markdown, HTML or Word document.

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};

use clap::{Args, ValueEnum};

use super::files::display_name;
use super::lints::LintArgs;
use super::write::write_atomic;
use super::{EXIT_FINDINGS, EXIT_OK, fail};
use crate::check::check;
use crate::diagnostics::{Located, Renderer, Style};
use crate::model::load::{self, Loaded};
use crate::model::words::Language;
use crate::render::{self, Issue, Options, Templates};
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
    /// Write to this file (atomically) instead of standard output.
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
        .map(|d| Issue {
            code: d.code.to_string(),
            line: Located::new(d, &loaded.sources, &renderer)
                .primary
                .start
                .line,
            message: d.message.clone(),
        })
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
    if args.reference_docx.is_some() && args.to != To::Docx {
        return fail("--reference-docx applies to --to docx only");
    }
    if args.to == To::Docx && args.output.is_none() && std::io::stdout().is_terminal() {
        return fail("--to docx writes a binary file: give -o FILE or redirect the output");
    }
    let docx = match args.to {
        To::Docx => match docx_settings(args.reference_docx.as_deref()) {
            Ok(settings) => Some(settings),
            Err(e) => return fail(e),
        },
        _ => None,
    };
    let templates = match &args.templates {
        Some(dir) => match Templates::with_overrides(dir) {
            Ok(t) => t,
            Err(e) => return fail(e),
        },
        None => Templates::builtin(),
    };
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
        To::Md => render::render_markdown(&loaded.agreement, &options).map(String::into_bytes),
        To::Html => render::render_html(&loaded.agreement, &options).map(String::into_bytes),
        To::Docx => render::docx::render(&loaded.agreement, &options, &docx.unwrap_or_default()),
    };
    match rendered {
        Ok(bytes) => emit(args.output.as_deref(), &bytes, &loaded.sources),
        // A total too large is a finding in the agreement (exit 1), not a failure of the tool.
        Err(e @ render::RenderError::Data(_)) => {
            fail(format_args!(
                "{}: {e}; nothing written",
                display_name(&args.file)
            ));
            EXIT_FINDINGS
        }
        Err(e) => fail(e),
    }
}
