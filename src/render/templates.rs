//! The built-in templates, overrides from a folder, and their export.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use tera::Tera;

use super::RenderError;
use super::i18n;

/// The built-in files by name: templates and message files.
pub const BUILTIN: &[(&str, &str)] = &[
    ("covenant.md", include_str!("../../templates/covenant.md")),
    ("parties.md", include_str!("../../templates/parties.md")),
    ("articles.md", include_str!("../../templates/articles.md")),
    (
        "signatures.md",
        include_str!("../../templates/signatures.md"),
    ),
    ("annexes.md", include_str!("../../templates/annexes.md")),
    ("blocks.md", include_str!("../../templates/blocks.md")),
    ("page.html", include_str!("../../templates/page.html")),
    ("page.css", include_str!("../../templates/page.css")),
    ("covenant.typ", include_str!("../../templates/covenant.typ")),
    ("i18n/nl.toml", i18n::NL),
    ("i18n/en.toml", i18n::EN),
];

/// The largest template file read from an override folder, in bytes.
const MAX_TEMPLATE_SIZE: u64 = 1024 * 1024;

/// A set of templates: the built-in ones, some perhaps overridden.
#[derive(Debug, Clone)]
pub struct Templates {
    files: BTreeMap<String, String>,
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
                .map(|(n, t)| ((*n).to_string(), (*t).to_string()))
                .collect(),
        }
    }

    /// The built-in set with every `*.md`, `*.html` and `*.typ` file in `dir` (and
    /// `i18n/nl.toml`, `i18n/en.toml`) replacing or adding to it by file name.
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
        let folder = std::fs::canonicalize(dir).map_err(|e| {
            RenderError::Io(format!(
                "cannot read template folder {}: {e}",
                dir.display()
            ))
        })?;
        let mut paths: Vec<PathBuf> = entries.filter_map(Result::ok).map(|e| e.path()).collect();
        paths.extend(["i18n/nl.toml", "i18n/en.toml"].iter().map(|n| dir.join(n)));
        paths.sort();
        for path in paths {
            let Some(name) = template_name(dir, &path) else {
                continue;
            };
            if !path.is_file() {
                continue;
            }
            if !std::fs::canonicalize(&path).is_ok_and(|real| real.starts_with(&folder)) {
                return Err(RenderError::Io(format!(
                    "cannot read template {}: it links to a file outside the template folder; \
                     copy the file into the folder instead",
                    path.display()
                )));
            }
            templates.files.insert(name, read(&path)?);
        }
        Ok(templates)
    }

    /// The text of the file `name`.
    #[must_use]
    pub fn get(&self, name: &str) -> Option<&str> {
        self.files.get(name).map(String::as_str)
    }

    /// Replaces or adds one file (used by tests and embedding tools).
    pub fn set(&mut self, name: &str, text: &str) {
        self.files.insert(name.to_string(), text.to_string());
    }

    /// A tera engine holding the Markdown and HTML templates; autoescape only on `.html`.
    ///
    /// # Errors
    /// A template that does not parse.
    pub fn engine(&self) -> Result<Tera, RenderError> {
        self.engine_for(|name| name.ends_with(".md") || name.ends_with(".html"))
    }

    /// A tera engine holding the Typst templates (`.typ`), for PDF.
    ///
    /// # Errors
    /// A template that does not parse.
    pub fn typst_engine(&self) -> Result<Tera, RenderError> {
        self.engine_for(|name| name.ends_with(".typ"))
    }

    /// A tera engine holding the templates whose names `keep` accepts.
    fn engine_for(&self, keep: impl Fn(&str) -> bool) -> Result<Tera, RenderError> {
        let mut tera = Tera::default();
        tera.autoescape_on(vec![".html"]);
        let templates = self
            .files
            .iter()
            .filter(|(n, _)| keep(n))
            .map(|(n, t)| (n.as_str(), t.as_str()));
        tera.add_raw_templates(templates)
            .map_err(|e| RenderError::Template(describe(&e)))?;
        Ok(tera)
    }
}

/// The name under which `path` in `dir` overrides a template, if it does.
fn template_name(dir: &Path, path: &Path) -> Option<String> {
    let relative = path.strip_prefix(dir).ok()?;
    let name = relative.to_str()?.replace('\\', "/");
    let is_template = !name.contains('/') && (is_template(&name) || name == "page.css");
    let is_messages = name == "i18n/nl.toml" || name == "i18n/en.toml";
    (is_template || is_messages).then_some(name)
}

/// Whether `name` is a tera template (Markdown, HTML or Typst markup).
fn is_template(name: &str) -> bool {
    name.ends_with(".md") || name.ends_with(".html") || name.ends_with(".typ")
}

fn read(path: &Path) -> Result<String, RenderError> {
    let error = |reason: String| {
        RenderError::Io(format!("cannot read template {}: {reason}", path.display()))
    };
    let size = std::fs::metadata(path)
        .map_err(|e| error(e.to_string()))?
        .len();
    if size > MAX_TEMPLATE_SIZE {
        return Err(error("it is larger than 1 MB".to_string()));
    }
    let bytes = std::fs::read(path).map_err(|e| error(e.to_string()))?;
    String::from_utf8(bytes).map_err(|_| error("it is not UTF-8 text".to_string()))
}

/// Writes the built-in set into `dir` (created if needed); returns the files written.
///
/// # Errors
/// A file or folder that cannot be written.
pub fn export(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut written = Vec::new();
    for (name, text) in BUILTIN {
        let path = dir.join(name);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)?;
        }
        std::fs::write(&path, text)?;
        written.push(path);
    }
    Ok(written)
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
