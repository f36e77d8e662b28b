//! Reading an agreement and the parties files it imports.

use std::cell::OnceCell;
use std::path::{Component, Path, PathBuf};

use super::agreement::{Agreement, Import};
use super::lower::{Lowerer, lower};
use crate::diagnostics::Diagnostic;
use crate::source::{FileId, Sources};
use crate::syntax::ast::ItemKind;
use crate::syntax::parse;

/// The largest file read, in bytes.
pub const MAX_FILE_SIZE: u64 = 64 * 1024 * 1024;

/// An agreement with the files it was read from and what was found on the way.
#[derive(Debug, Clone, Default)]
pub struct Loaded {
    /// The file and its imports.
    pub sources: Sources,
    /// The typed agreement.
    pub agreement: Agreement,
    /// Syntax diagnostics and R006 import diagnostics.
    pub diagnostics: Vec<Diagnostic>,
}

/// Why a file could not be read at all.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReadError {
    /// The file as named by the user.
    pub path: String,
    /// What went wrong, in words.
    pub reason: String,
}

impl std::fmt::Display for ReadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "cannot read {}: {}", self.path, self.reason)
    }
}

/// Reads a file as UTF-8 text, refusing directories, huge files and other encodings.
///
/// # Errors
/// The file is missing, unreadable, too large or not UTF-8.
pub fn read_text(path: &Path, name: &str) -> Result<String, ReadError> {
    let error = |reason: String| ReadError {
        path: name.to_string(),
        reason,
    };
    let metadata = std::fs::metadata(path).map_err(|e| error(io_reason(&e)))?;
    if metadata.is_dir() {
        return Err(error("it is a folder, not a file".to_string()));
    }
    if metadata.len() > MAX_FILE_SIZE {
        return Err(error(format!(
            "it is larger than {} MB",
            MAX_FILE_SIZE / 1024 / 1024
        )));
    }
    let bytes = std::fs::read(path).map_err(|e| error(io_reason(&e)))?;
    String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        error(format!(
            "it is not UTF-8 text (invalid byte at offset {at})"
        ))
    })
}

fn io_reason(error: &std::io::Error) -> String {
    match error.kind() {
        std::io::ErrorKind::NotFound => "no such file".to_string(),
        std::io::ErrorKind::PermissionDenied => "permission denied".to_string(),
        _ => error.to_string(),
    }
}

/// Loads the agreement in `path` (shown as `name`) with its imports.
///
/// # Errors
/// The file itself cannot be read.
pub fn load(path: &Path, name: &str) -> Result<Loaded, ReadError> {
    let text = read_text(path, name)?;
    Ok(load_text(path, name, text))
}

/// Loads an agreement from text already read from `path`.
#[must_use]
pub fn load_text(path: &Path, name: &str, text: String) -> Loaded {
    let mut loaded = Loaded::default();
    let file = loaded.sources.add(path, name, text);
    let mut stack = vec![canonical(path)];
    load_file(&mut loaded, file, &OnceCell::new(), &mut stack, true);
    loaded
}

/// Parses and lowers one file. `root` is the repository root, found on the
/// first import only (most agreements import nothing).
fn load_file(
    loaded: &mut Loaded,
    file: FileId,
    root: &OnceCell<PathBuf>,
    stack: &mut Vec<PathBuf>,
    main: bool,
) {
    let parsed = parse(file, &loaded.sources.get(file).text);
    loaded.diagnostics.extend(parsed.diagnostics);
    let mut agreement = Agreement::default();
    let mut lowerer = Lowerer {
        file,
        text: &loaded.sources.get(file).text,
        diagnostics: &mut loaded.diagnostics,
    };
    lower(&mut lowerer, &parsed.items, &mut agreement);
    if !main {
        for item in parsed
            .items
            .iter()
            .filter(|i| !matches!(i.kind, ItemKind::Party | ItemKind::Import))
        {
            loaded
                .diagnostics
                .push(not_parties_only(item.kind.keyword(), item.keyword));
        }
    }
    let imports = std::mem::take(&mut agreement.imports);
    let own_path = loaded.sources.get(file).path.clone();
    for import in &imports {
        import_parties(loaded, &own_path, import, root, stack);
    }
    if main {
        let imported = std::mem::take(&mut loaded.agreement.parties);
        agreement.parties.splice(0..0, imported);
        agreement.imports = imports;
        loaded.agreement = agreement;
    } else {
        loaded.agreement.parties.extend(agreement.parties);
    }
}

fn import_parties(
    loaded: &mut Loaded,
    importer: &Path,
    import: &Import,
    root: &OnceCell<PathBuf>,
    stack: &mut Vec<PathBuf>,
) {
    let span = import.path.span;
    let written = &import.path.value;
    let target = normalize(&importer.parent().unwrap_or(Path::new(".")).join(written));
    let reject = |reason: String, help: &str| {
        Diagnostic::error(
            "R006",
            format!("cannot import \"{written}\": {reason}"),
            span,
        )
        .with_label("this import")
        .with_help(help.to_string())
    };
    let root_dir = root.get_or_init(|| root_of_folder(stack[0].parent().unwrap_or(Path::new("."))));
    if !canonical(&target).starts_with(root_dir) {
        let help = "imports stay inside the repository (the folder holding covenant.toml, else the agreement's own folder); copy the parties file into it";
        loaded
            .diagnostics
            .push(reject("it points outside the repository".to_string(), help));
        return;
    }
    let key = canonical(&target);
    if stack.contains(&key) {
        loaded.diagnostics.push(reject(
            "it imports itself in a cycle".to_string(),
            "remove one of the imports in the cycle",
        ));
        return;
    }
    if loaded
        .sources
        .iter()
        .any(|(_, f)| canonical(&f.path) == key)
    {
        return;
    }
    let name = display_name(&target);
    match read_text(&target, &name) {
        Ok(text) => {
            let file = loaded.sources.add(&target, name, text);
            stack.push(key);
            load_file(loaded, file, root, stack, false);
            stack.pop();
        }
        Err(error) => {
            let help = "the path is relative to the importing file; check its spelling";
            loaded.diagnostics.push(reject(error.reason, help));
        }
    }
}

fn not_parties_only(keyword: &str, span: crate::source::Span) -> Diagnostic {
    Diagnostic::error(
        "R006",
        format!("an imported file holds a `{keyword}`, but may hold only parties"),
        span,
    )
    .with_label("not a party")
    .with_help("keep shared parties in a file of their own and import only that file")
}

/// The folder imports must stay in, for an agreement in `folder`: the nearest folder upward holding
/// `covenant.toml`, else the agreement's own folder.
fn root_of_folder(folder: &Path) -> PathBuf {
    find_config(folder)
        .and_then(|config| config.parent().map(Path::to_path_buf))
        .unwrap_or_else(|| folder.to_path_buf())
}

/// The nearest `covenant.toml` in `folder` or above.
#[must_use]
pub fn find_config(folder: &Path) -> Option<PathBuf> {
    folder
        .ancestors()
        .map(|dir| dir.join("covenant.toml"))
        .find(|p| p.is_file())
}

fn canonical(path: &Path) -> PathBuf {
    std::fs::canonicalize(path).unwrap_or_else(|_| {
        let absolute = std::env::current_dir()
            .map(|d| d.join(path))
            .unwrap_or_else(|_| path.to_path_buf());
        normalize(&absolute)
    })
}

/// Resolves `.` and `..` without touching the file system.
fn normalize(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for component in path.components() {
        match component {
            Component::ParentDir => {
                if !out.pop() {
                    out.push("..");
                }
            }
            Component::CurDir => {}
            other => out.push(other),
        }
    }
    out
}

fn display_name(path: &Path) -> String {
    let text = path.display().to_string();
    text.strip_prefix("./").map_or(text.clone(), str::to_string)
}
