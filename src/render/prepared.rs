//! Templates and messages prepared once, then used for many agreements: what the preview, the
//! fuzz targets and every rendering function use.
//!
//! Parsing the templates and reading the message files is most of what a small document costs.
//! A [`Prepared`] set does each at most once, when a rendering first needs it: the templates of
//! one format, the messages of one language spoken of as one document kind. A single rendering
//! (the command line) therefore pays only for its own format and language.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, MutexGuard, OnceLock, PoisonError};

use serde_json::Value;
use tera::{Context, Tera};

use super::filters::{Current, Format, Shared};
use super::i18n::Messages;
use super::{Options, RenderError, Templates, build, templates, tree};
use crate::model::Agreement;
use crate::model::words::{DocumentKind, Language};

/// A template set with its engines and messages, each made once on first use.
///
/// Renderings through one `Prepared` give exactly what a fresh one gives; they may run on
/// several threads (one at a time per format).
pub struct Prepared {
    templates: Templates,
    markdown: OnceLock<Result<Engine, RenderError>>,
    html: OnceLock<Result<Engine, RenderError>>,
    #[cfg(feature = "pdf")]
    typst: OnceLock<Result<Engine, RenderError>>,
    messages: Mutex<HashMap<(Language, DocumentKind), Arc<Messages>>>,
    /// The messages as template values (`labels`), handed back by each rendering for the next:
    /// a context owns its values, and copying the whole message tree into every one was most
    /// of what rendering a small agreement cost.
    labels: Mutex<HashMap<(Language, DocumentKind), Value>>,
}

/// The parsed templates of one format, and the document their filters serve.
struct Engine {
    tera: Tera,
    current: Arc<Current>,
    /// Held for a whole rendering: `current` serves one document at a time.
    busy: Mutex<()>,
}

impl Prepared {
    /// Prepares `templates` (the built-in set, perhaps with overrides); nothing is parsed yet.
    #[must_use]
    pub fn new(templates: Templates) -> Self {
        Self {
            templates,
            markdown: OnceLock::new(),
            html: OnceLock::new(),
            #[cfg(feature = "pdf")]
            typst: OnceLock::new(),
            messages: Mutex::new(HashMap::new()),
            labels: Mutex::new(HashMap::new()),
        }
    }

    /// The templates.
    #[must_use]
    pub fn templates(&self) -> &Templates {
        &self.templates
    }

    /// The messages of `language` speaking of the document as `kind`: the template set's
    /// message file, the built-in messages for every key it does not hold.
    ///
    /// # Errors
    /// An overriding message file that is not valid.
    pub fn messages(
        &self,
        language: Language,
        kind: DocumentKind,
    ) -> Result<Arc<Messages>, RenderError> {
        let mut cache = self.messages.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(messages) = cache.get(&(language, kind)) {
            return Ok(Arc::clone(messages));
        }
        let messages = Arc::new(super::load_messages(&self.templates, language, kind)?);
        cache.insert((language, kind), Arc::clone(&messages));
        Ok(messages)
    }

    /// The agreement as a Markdown document (CommonMark with GFM tables); `options.templates`
    /// is not used (the prepared set is).
    ///
    /// # Errors
    /// A template that fails, an invalid message file, or a total too large.
    pub fn markdown(
        &self,
        agreement: &Agreement,
        options: &Options,
    ) -> Result<String, RenderError> {
        self.session(agreement, options, Format::Markdown)?
            .document()
    }

    /// The agreement as HTML: a standalone page, or with `fragment` the body alone;
    /// `options.templates` is not used (the prepared set is).
    ///
    /// # Errors
    /// A template that fails, an invalid message file, or a total too large.
    pub fn html(&self, agreement: &Agreement, options: &Options) -> Result<String, RenderError> {
        let mut session = self.session(agreement, options, Format::Html)?;
        let body = session.document()?;
        if options.fragment {
            return Ok(body);
        }
        session.context.insert("body", &body);
        let css = self.templates.get("page.css").unwrap_or_default();
        session.context.insert("css", css);
        session.render("page.html", &session.context)
    }

    /// The agreement in Typst markup, with the document tree it was written from.
    ///
    /// # Errors
    /// A template that fails, an invalid message file, or a total too large.
    #[cfg(feature = "pdf")]
    pub(crate) fn typst(
        &self,
        agreement: &Agreement,
        options: &Options,
    ) -> Result<(String, tree::Document), RenderError> {
        let mut session = self.session(agreement, options, Format::Typst)?;
        let source = session.document()?;
        Ok((source, std::mem::take(&mut session.tree)))
    }

    /// Parses the templates of `format` on a thread of their own, so that a command can load
    /// and check its agreement meanwhile; a rendering that needs them first waits for them.
    pub(crate) fn prepare_in_background(self: &Arc<Self>, format: Format) {
        let prepared = Arc::clone(self);
        // Without a thread the rendering parses them itself, as it would have anyway.
        let _ = std::thread::Builder::new()
            .name(format!("{format:?} templates"))
            .spawn(move || {
                let _ = prepared.engine(format);
            });
    }

    fn engine(&self, format: Format) -> Result<&Engine, RenderError> {
        let cell = match format {
            Format::Markdown => &self.markdown,
            Format::Html => &self.html,
            #[cfg(feature = "pdf")]
            Format::Typst => &self.typst,
        };
        cell.get_or_init(|| {
            let current = Arc::new(Current::default());
            let tera = self.templates.engine(format, Arc::clone(&current))?;
            Ok(Engine {
                tera,
                current,
                busy: Mutex::new(()),
            })
        })
        .as_ref()
        .map_err(Clone::clone)
    }

    fn session(
        &self,
        agreement: &Agreement,
        options: &Options,
        format: Format,
    ) -> Result<Session<'_>, RenderError> {
        let language = options.language_for(agreement);
        let messages = self.messages(language, super::kind_of(agreement))?;
        let document = build::build_with(agreement, options, &messages)?;
        let describe = |e: tera::Error| RenderError::Template(templates::describe(&e));
        let Value::Object(mut fields) = serde_json::to_value(&document)
            .map_err(|e| RenderError::Template(format!("the document tree: {e}")))?
        else {
            return Err(RenderError::Template(
                "the document tree is not a table".into(),
            ));
        };
        let key = (language, super::kind_of(agreement));
        let labels = self.take_labels(key, &messages);
        fields.insert("labels".into(), labels);
        let context = Context::from_value(Value::Object(fields)).map_err(describe)?;
        let engine = self.engine(format)?;
        let busy = engine.busy.lock().unwrap_or_else(PoisonError::into_inner);
        let shared = Shared::new(&document, Arc::clone(&messages), language);
        engine.current.set(Some(Arc::new(shared)));
        let mut session = Session {
            format,
            engine,
            _busy: busy,
            tree: document,
            context,
            labels: (self, key),
        };
        let texts = session.articles(&self.templates)?;
        session.context.remove("article");
        session.context.insert("article_texts", &texts);
        Ok(session)
    }

    /// The `labels` value of `key`: the one the last rendering handed back, or a new copy.
    fn take_labels(&self, key: (Language, DocumentKind), messages: &Messages) -> Value {
        let mut spare = self.labels.lock().unwrap_or_else(PoisonError::into_inner);
        spare
            .remove(&key)
            .unwrap_or_else(|| messages.tree().clone())
    }

    fn give_back_labels(&self, key: (Language, DocumentKind), labels: Value) {
        let mut spare = self.labels.lock().unwrap_or_else(PoisonError::into_inner);
        spare.insert(key, labels);
    }
}

/// One rendering: the engine of its format (held), the tree and the context of its templates.
///
/// One context serves every template of the rendering: the tree's fields and `labels`, then
/// `article` for each article template, `article_texts` for the document, `body` and `css`
/// for the page.
struct Session<'a> {
    format: Format,
    engine: &'a Engine,
    _busy: MutexGuard<'a, ()>,
    /// The document tree the context was made from (PDF metadata reads it).
    #[cfg_attr(not(feature = "pdf"), allow(dead_code))]
    tree: tree::Document,
    context: Context,
    /// Where `labels` goes back when the rendering is done.
    labels: (&'a Prepared, (Language, DocumentKind)),
}

impl Session<'_> {
    fn document(&self) -> Result<String, RenderError> {
        let name = match self.format {
            Format::Markdown => "covenant.md",
            Format::Html => "covenant.html",
            #[cfg(feature = "pdf")]
            Format::Typst => "covenant.typ",
        };
        self.render(name, &self.context)
    }

    /// Each article rendered by the template of its kind (or the generic one).
    fn articles(&mut self, templates: &Templates) -> Result<Vec<String>, RenderError> {
        let ext = self.format.extension();
        let generic = format!("articles/article{ext}");
        let mut texts = Vec::with_capacity(self.tree.articles.len());
        for article in &self.tree.articles {
            let own = format!("articles/{}{ext}", article.kind);
            let name = if templates.has(&own) {
                own
            } else {
                generic.clone()
            };
            self.context.insert("article", article);
            texts.push(self.render(&name, &self.context)?);
        }
        Ok(texts)
    }

    fn render(&self, template: &str, context: &Context) -> Result<String, RenderError> {
        super::render_template(&self.engine.tera, template, context)
    }
}

impl Drop for Session<'_> {
    fn drop(&mut self) {
        self.engine.current.set(None);
        let (prepared, key) = self.labels;
        if let Some(labels) = self.context.remove("labels") {
            prepared.give_back_labels(key, labels);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::load_text;

    fn agreement(name: &str) -> Agreement {
        let path = format!("{}/examples/{name}", env!("CARGO_MANIFEST_DIR"));
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
        load_text(std::path::Path::new(&path), name, text).agreement
    }

    #[test]
    fn one_prepared_set_renders_many_agreements_as_a_fresh_one_would() {
        let prepared = Prepared::new(Templates::builtin());
        let names = [
            "warmtenet-zwolle.covenant",
            "gemaal-grensbeek.covenant",
            "warmtenet-zwolle.covenant",
        ];
        for name in names {
            let a = agreement(name);
            for language in [Language::Nl, Language::En] {
                let options = Options {
                    language: Some(language),
                    ..Options::default()
                };
                let fresh = Prepared::new(Templates::builtin());
                assert_eq!(
                    prepared.markdown(&a, &options),
                    fresh.markdown(&a, &options),
                    "{name} {language:?} md"
                );
                assert_eq!(
                    prepared.html(&a, &options),
                    fresh.html(&a, &options),
                    "{name} {language:?} html"
                );
            }
        }
    }
}
