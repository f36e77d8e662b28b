//! Documents: the agreement rendered to Markdown and HTML with tera templates.
//!
//! Works from the typed model only. The view model ([`context::Document`])
//! holds everything already worded, numbered, formatted and escaped; the
//! templates lay it out. HTML is made from the Markdown with pulldown-cmark.

mod annexes;
mod articles;
pub mod context;
pub mod escape;
pub mod format;
pub mod html;
pub mod i18n;
mod parties;
pub mod pdf;
pub mod templates;
pub mod tree;
mod words;

use std::fmt;

use tera::Context;

pub use context::Document;
pub use templates::Templates;

use crate::model::Agreement;
use crate::model::words::Language;
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

/// How to render.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// The document language; by default the agreement's own, else Dutch.
    pub language: Option<Language>,
    /// Open issues to list in a draft; `None` renders a final document.
    pub draft: Option<Vec<String>>,
    /// For HTML: the body alone, without the page around it.
    pub fragment: bool,
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

/// The messages of the document language (an overriding file if given).
///
/// # Errors
/// An overriding message file that is not valid.
pub fn messages(options: &Options, language: Language) -> Result<Messages, RenderError> {
    let name = format!("i18n/{}.toml", language.as_str());
    match options.templates.get(&name) {
        Some(text) => {
            Messages::parse(text).map_err(|e| RenderError::Messages(format!("{name}: {e}")))
        }
        None => Messages::builtin(language).map_err(RenderError::Messages),
    }
}

/// The view model the templates receive.
///
/// # Errors
/// An invalid message file or a total too large to compute.
pub fn document(agreement: &Agreement, options: &Options) -> Result<Document, RenderError> {
    let language = options.language_for(agreement);
    let messages = messages(options, language)?;
    context::document(agreement, &messages, language, options.draft.as_deref())
        .map_err(RenderError::Data)
}

/// The agreement as a Markdown document (CommonMark with GFM tables).
///
/// # Errors
/// A template that fails, an invalid message file, or a total too large.
pub fn render_markdown(agreement: &Agreement, options: &Options) -> Result<String, RenderError> {
    Session::new(agreement, options)?.markdown()
}

/// The agreement as HTML: a standalone page, or with `fragment` the body alone.
///
/// # Errors
/// A template that fails, an invalid message file, or a total too large.
pub fn render_html(agreement: &Agreement, options: &Options) -> Result<String, RenderError> {
    let mut session = Session::new(agreement, options)?;
    let markdown = session.markdown()?;
    let breaks = [
        session.messages.get("doc.signatures"),
        format!("{} ", session.messages.get("doc.annex")),
    ];
    let body = html::to_html(&markdown, &breaks);
    if options.fragment {
        return Ok(body);
    }
    session.context.insert("body", &body);
    session
        .context
        .insert("css", options.templates.get("page.css").unwrap_or_default());
    session.render("page.html")
}

/// What one rendering needs, prepared once: messages, templates and the view model.
struct Session {
    messages: Messages,
    tera: tera::Tera,
    context: Context,
}

impl Session {
    fn new(agreement: &Agreement, options: &Options) -> Result<Self, RenderError> {
        let language = options.language_for(agreement);
        let messages = messages(options, language)?;
        let document = context::document(agreement, &messages, language, options.draft.as_deref())
            .map_err(RenderError::Data)?;
        let context = Context::from_serialize(&document)
            .map_err(|e| RenderError::Template(templates::describe(&e)))?;
        Ok(Self {
            messages,
            tera: options.templates.engine()?,
            context,
        })
    }

    fn markdown(&self) -> Result<String, RenderError> {
        self.render("covenant.md")
    }

    fn render(&self, template: &str) -> Result<String, RenderError> {
        let text = self
            .tera
            .render(template, &self.context)
            .map_err(|e| RenderError::Template(templates::describe(&e)))?;
        Ok(tidy(&text))
    }
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
