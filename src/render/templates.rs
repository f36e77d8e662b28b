//! The built-in templates, overrides from a folder, and their export.

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use std::sync::Arc;

use tera::Tera;

use super::RenderError;
use super::filters::{self, Current, Format};
use super::i18n;
use crate::source::read::Scope;

/// The built-in files by name: templates and message files.
pub const BUILTIN: &[(&str, &str)] = &[
    ("covenant.md", include_str!("../../templates/covenant.md")),
    ("parties.md", include_str!("../../templates/parties.md")),
    ("contents.md", include_str!("../../templates/contents.md")),
    (
        "signatures.md",
        include_str!("../../templates/signatures.md"),
    ),
    ("annexes.md", include_str!("../../templates/annexes.md")),
    (
        "articles/article.md",
        include_str!("../../templates/articles/article.md"),
    ),
    (
        "articles/commitments.md",
        include_str!("../../templates/articles/commitments.md"),
    ),
    (
        "articles/contributions.md",
        include_str!("../../templates/articles/contributions.md"),
    ),
    (
        "articles/definitions.md",
        include_str!("../../templates/articles/definitions.md"),
    ),
    (
        "articles/goals.md",
        include_str!("../../templates/articles/goals.md"),
    ),
    (
        "articles/risks.md",
        include_str!("../../templates/articles/risks.md"),
    ),
    (
        "covenant.html",
        include_str!("../../templates/covenant.html"),
    ),
    ("parties.html", include_str!("../../templates/parties.html")),
    (
        "contents.html",
        include_str!("../../templates/contents.html"),
    ),
    (
        "signatures.html",
        include_str!("../../templates/signatures.html"),
    ),
    ("annexes.html", include_str!("../../templates/annexes.html")),
    (
        "articles/article.html",
        include_str!("../../templates/articles/article.html"),
    ),
    (
        "articles/commitments.html",
        include_str!("../../templates/articles/commitments.html"),
    ),
    (
        "articles/contributions.html",
        include_str!("../../templates/articles/contributions.html"),
    ),
    (
        "articles/definitions.html",
        include_str!("../../templates/articles/definitions.html"),
    ),
    (
        "articles/goals.html",
        include_str!("../../templates/articles/goals.html"),
    ),
    (
        "articles/risks.html",
        include_str!("../../templates/articles/risks.html"),
    ),
    ("page.html", include_str!("../../templates/page.html")),
    ("page.css", include_str!("../../templates/page.css")),
    ("covenant.typ", include_str!("../../templates/covenant.typ")),
    ("parties.typ", include_str!("../../templates/parties.typ")),
    ("contents.typ", include_str!("../../templates/contents.typ")),
    (
        "signatures.typ",
        include_str!("../../templates/signatures.typ"),
    ),
    ("annexes.typ", include_str!("../../templates/annexes.typ")),
    (
        "articles/article.typ",
        include_str!("../../templates/articles/article.typ"),
    ),
    ("i18n/nl.toml", i18n::NL),
    ("i18n/en.toml", i18n::EN),
];

/// The largest template file read from an override folder, in bytes.
const MAX_TEMPLATE_SIZE: u64 = 1024 * 1024;

/// A set of templates: the built-in ones, some perhaps overridden.
#[derive(Debug, Clone)]
pub struct Templates {
    /// By name; the built-in texts are borrowed, so a copy of the set copies no template.
    files: BTreeMap<String, Cow<'static, str>>,
}

impl Default for Templates {
    fn default() -> Self {
        Self::builtin()
    }
}

impl Templates {
    /// The built-in set.
    #[must_use]
    pub fn builtin() -> Self {
        Self {
            files: BUILTIN
                .iter()
                .map(|(n, t)| ((*n).to_string(), Cow::Borrowed(*t)))
                .collect(),
        }
    }

    /// The built-in set with every `*.md`, `*.html` and `*.typ` file in `dir`
    /// and in `dir/articles` (and `i18n/nl.toml`, `i18n/en.toml`) replacing or
    /// adding to it by file name.
    ///
    /// # Errors
    /// The folder or one of its templates cannot be read, or a template is a
    /// link to a file outside the folder.
    pub fn with_overrides(dir: &Path) -> Result<Self, RenderError> {
        let mut templates = Self::builtin();
        let entries = std::fs::read_dir(dir).map_err(|e| {
            RenderError::Io(format!(
                "cannot read template folder {}: {e}",
                dir.display()
            ))
        })?;
        let mut paths: Vec<PathBuf> = entries.filter_map(Result::ok).map(|e| e.path()).collect();
        if let Ok(articles) = std::fs::read_dir(dir.join("articles")) {
            paths.extend(articles.filter_map(Result::ok).map(|e| e.path()));
        }
        paths.extend(["i18n/nl.toml", "i18n/en.toml"].iter().map(|n| dir.join(n)));
        paths.sort();
        let scope = Scope::folder(dir, "the template folder", MAX_TEMPLATE_SIZE);
        for path in paths {
            let Some(name) = template_name(dir, &path) else {
                continue;
            };
            // Absent message files and folders named like templates are not overrides; anything
            // else (a FIFO, a device, a link out of the folder) is refused by the reading rule.
            if std::fs::metadata(&path).map_or(true, |m| m.is_dir()) {
                continue;
            }
            let text = scope
                .read_text(&path, &path.display().to_string())
                .map_err(|e| {
                    RenderError::Io(format!("cannot read template {}: {}", e.path, e.reason))
                })?;
            templates.files.insert(name, Cow::Owned(text));
        }
        let sources = templates
            .files
            .iter()
            .filter(|(n, _)| is_template(n))
            .map(|(n, t)| (n.as_str(), t.as_ref()));
        if let Some(recursion) = super::recursion::find_recursion(sources) {
            return Err(RenderError::Template(format!(
                "{recursion} (in {})",
                dir.display()
            )));
        }
        Ok(templates)
    }

    /// The text of the file `name`.
    #[must_use]
    pub fn get(&self, name: &str) -> Option<&str> {
        self.files.get(name).map(AsRef::as_ref)
    }

    /// The text of the file `name` when it replaces or adds to the built-in set, so a caller
    /// need not read a built-in file again that it has already read in another form.
    #[must_use]
    pub(crate) fn own(&self, name: &str) -> Option<&str> {
        match self.files.get(name)? {
            Cow::Owned(text) => Some(text),
            Cow::Borrowed(_) => None,
        }
    }

    /// Replaces or adds one file (used by tests and embedding tools).
    pub fn set(&mut self, name: &str, text: &str) {
        self.files
            .insert(name.to_string(), Cow::Owned(text.to_string()));
    }

    /// Whether a template `name` is in the set.
    #[must_use]
    pub fn has(&self, name: &str) -> bool {
        self.files.contains_key(name)
    }

    /// A tera engine holding the templates of `format`, with covenant's filters
    /// for it; autoescape on `.html` (HTML) and on `.typ` (Typst markup).
    ///
    /// # Errors
    /// A template that does not parse.
    pub(crate) fn engine(&self, format: Format, shared: Arc<Current>) -> Result<Tera, RenderError> {
        let mut tera = Tera::default();
        tera.autoescape_on(vec![".html"]);
        #[cfg(feature = "pdf")]
        if format == Format::Typst {
            tera.autoescape_on(vec![".typ"]);
            tera.set_escape_fn(super::pdf::markup::escape);
        }
        filters::register(&mut tera, format, shared);
        let templates = self
            .files
            .iter()
            .filter(|(n, _)| n.ends_with(format.extension()))
            .map(|(n, t)| (n.as_str(), t.as_ref()));
        tera.add_raw_templates(templates)
            .map_err(|e| RenderError::Template(describe(&e)))?;
        Ok(tera)
    }
}

/// The name under which `path` in `dir` overrides a template, if it does.
fn template_name(dir: &Path, path: &Path) -> Option<String> {
    let relative = path.strip_prefix(dir).ok()?;
    let name = relative.to_str()?.replace('\\', "/");
    let folder_ok = match name.split_once('/') {
        None => true,
        Some((folder, rest)) => folder == "articles" && !rest.contains('/'),
    };
    let is_template = folder_ok && (is_template(&name) || name == "page.css");
    let is_messages = name == "i18n/nl.toml" || name == "i18n/en.toml";
    (is_template || is_messages).then_some(name)
}

/// Whether `name` is a tera template (Markdown, HTML or Typst markup).
fn is_template(name: &str) -> bool {
    name.ends_with(".md") || name.ends_with(".html") || name.ends_with(".typ")
}

/// A tera error with its causes, on one line each.
pub fn describe(error: &tera::Error) -> String {
    let mut text = error.to_string();
    let mut source = std::error::Error::source(error);
    while let Some(cause) = source {
        text.push_str(": ");
        text.push_str(&cause.to_string());
        source = cause.source();
    }
    text
}

#[cfg(test)]
mod tests {
    use super::Templates;

    #[test]
    fn only_a_replaced_or_added_file_is_its_own() {
        let mut templates = Templates::builtin();
        assert!(templates.get("i18n/nl.toml").is_some());
        assert_eq!(templates.own("i18n/nl.toml"), None);
        templates.set("i18n/nl.toml", "[kind.covenant]\n");
        assert_eq!(templates.own("i18n/nl.toml"), Some("[kind.covenant]\n"));
        templates.set("extra.md", "x");
        assert_eq!(templates.own("extra.md"), Some("x"));
        assert_eq!(templates.own("absent.md"), None);
    }
}
