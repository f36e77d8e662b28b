//! Documents: the agreement as a document tree ([`tree::build`]), written to
//! Markdown, HTML and (for PDF) Typst markup by tera templates, and to Word.
//!
//! The tree is built once from the typed model; every format is written from
//! it. Templates receive tree nodes (articles with their leden and typed
//! data) and write their format directly: `.md` templates Markdown, escaped
//! with [`escape`]; `.html` templates HTML, autoescaped; `.typ` templates
//! Typst markup, autoescaped with the Typst escaper. One template per
//! article kind (`articles/KIND.md`), else `articles/article.md`.

mod build;
pub mod docx;
pub mod escape;
mod filters;
pub mod format;
pub mod html;
pub mod i18n;
pub mod markdown;
#[cfg(feature = "pdf")]
pub mod pdf;
pub mod prepared;
mod recursion;
pub mod templates;
mod totals;
pub mod tree;
mod widths;
pub(crate) mod xml;

use std::fmt;

use tera::Context;

pub(crate) use build::say::duration_in;
pub(crate) use filters::Format;
pub use prepared::Prepared;
pub use templates::Templates;

use crate::model::Agreement;
use crate::model::words::{DocumentKind, Language};
use i18n::Messages;

/// Why a document could not be made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RenderError {
    /// A template does not parse or fails while rendering.
    Template(String),
    /// A message file is not valid.
    Messages(String),
    /// Something in the agreement cannot be computed (a total too large).
    Data(String),
    /// A template folder or file cannot be read.
    Io(String),
}

impl fmt::Display for RenderError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RenderError::Template(m) => write!(f, "template error: {m}"),
            RenderError::Messages(m) => write!(f, "message file error: {m}"),
            RenderError::Data(m) => write!(f, "cannot render: {m}"),
            RenderError::Io(m) => f.write_str(m),
        }
    }
}

impl std::error::Error for RenderError {}

/// An open issue of a draft: a finding of `check`, listed in the document's
/// language by what its code means and the line it is on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Issue {
    /// The code (`C005`).
    pub code: String,
    /// The line in the agreement, from 1.
    pub line: usize,
    /// The checker's own message, shown where the message file has no entry for the code.
    pub message: String,
}

impl Issue {
    /// The open issue a finding of `check` stands for, on the line its main place starts.
    #[must_use]
    pub fn of(
        diagnostic: &crate::diagnostics::Diagnostic,
        sources: &crate::source::Sources,
    ) -> Self {
        let span = diagnostic.primary.span;
        let (line, _) = sources.get(span.file).line_col(span.start as usize);
        Self {
            code: diagnostic.code.to_string(),
            line,
            message: diagnostic.message.clone(),
        }
    }
}

/// How to render.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// The document language; by default the agreement's own, else Dutch.
    pub language: Option<Language>,
    /// Open issues to list in a draft; `None` renders a final document.
    pub draft: Option<Vec<Issue>>,
    /// For HTML: the body alone, without the page around it.
    pub fragment: bool,
    /// A table of contents; by default shown from 12 articles.
    pub toc: Option<bool>,
    /// The templates to use.
    pub templates: Templates,
}

impl Options {
    /// The language the document is written in.
    #[must_use]
    pub fn language_for(&self, agreement: &Agreement) -> Language {
        self.language
            .or_else(|| agreement.header.language.as_ref().map(|l| l.value))
            .unwrap_or(Language::Nl)
    }
}

/// The messages of the document language: an overriding file if given,
/// the built-in messages for every key it does not hold, speaking of the
/// document as the agreement's `kind` says (an agreement by default).
///
/// # Errors
/// An overriding message file that is not valid.
pub fn messages(options: &Options, agreement: &Agreement) -> Result<Messages, RenderError> {
    let language = options.language_for(agreement);
    load_messages(&options.templates, language, kind_of(agreement))
}

/// What the agreement calls itself (an agreement unless its header says otherwise).
fn kind_of(agreement: &Agreement) -> DocumentKind {
    agreement
        .header
        .kind
        .as_ref()
        .map_or(DocumentKind::Agreement, |k| k.value)
}

/// The messages of `language` in `templates` (the built-in ones for every key they lack),
/// speaking of the document as `kind`.
fn load_messages(
    templates: &Templates,
    language: Language,
    kind: DocumentKind,
) -> Result<Messages, RenderError> {
    let name = format!("i18n/{}.toml", language.as_str());
    let builtin = Messages::builtin(language).map_err(RenderError::Messages)?;
    // The built-in message files are read above from their JSON form, compiled by `build.rs`.
    let messages = match templates.own(&name) {
        Some(text) => Messages::parse(text)
            .map(|own| own.or(&builtin))
            .map_err(|e| RenderError::Messages(format!("{name}: {e}")))?,
        None => builtin,
    };
    Ok(messages.for_kind(kind.as_str()))
}

/// The agreement as a Markdown document (CommonMark with GFM tables). To render many, prepare
/// the templates once with [`Prepared`].
///
/// # Errors
/// A template that fails, an invalid message file, or a total too large.
pub fn render_markdown(agreement: &Agreement, options: &Options) -> Result<String, RenderError> {
    Prepared::new(options.templates.clone()).markdown(agreement, options)
}

/// The agreement as HTML: a standalone page, or with `fragment` the body alone. To render
/// many, prepare the templates once with [`Prepared`].
///
/// # Errors
/// A template that fails, an invalid message file, or a total too large.
pub fn render_html(agreement: &Agreement, options: &Options) -> Result<String, RenderError> {
    Prepared::new(options.templates.clone()).html(agreement, options)
}

/// `template` rendered with `context`, tidied.
fn render_template(
    tera: &tera::Tera,
    template: &str,
    context: &Context,
) -> Result<String, RenderError> {
    let text = tera
        .render(template, context)
        .map_err(|e| RenderError::Template(templates::describe(&e)))?;
    Ok(tidy(&text))
}

/// Trailing spaces removed, runs of blank lines collapsed, one final newline.
fn tidy(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut blank = true;
    for line in text.lines() {
        let line = line.trim_end();
        if line.is_empty() {
            if !blank {
                out.push('\n');
            }
            blank = true;
        } else {
            out.push_str(line);
            out.push('\n');
            blank = false;
        }
    }
    while out.ends_with("\n\n") {
        out.pop();
    }
    out
}
