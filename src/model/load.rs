//! Reading an agreement and the parties files it imports.

use std::cell::OnceCell;
use std::path::{Path, PathBuf};

use super::agreement::{Agreement, Import};
use super::lower::{Lowerer, lower};
use crate::diagnostics::Diagnostic;
use crate::source::read::{Scope, canonical, normalize, plain_text};
use crate::source::{FileId, Sources};
use crate::syntax::ast::ItemKind;
use crate::syntax::parse;

pub use crate::source::read::{MAX_FILE_SIZE, ReadError, find_config};

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

/// Reads a file of the repository holding it as text, under the one reading rule
/// ([`crate::source::read`]).
///
/// # Errors
/// The file is missing, not a regular file, links out of its repository, is too large or not
/// UTF-8.
pub fn read_text(path: &Path, name: &str) -> Result<String, ReadError> {
    Scope::repository_of(path).read_text(path, name)
}

/// Loads the agreement in `path` (shown as `name`) with its imports; the file must lie in its
/// own repository.
///
/// # Errors
/// The file itself cannot be read.
pub fn load(path: &Path, name: &str) -> Result<Loaded, ReadError> {
    load_within(path, name, &Scope::repository_of(path))
}

/// Loads the agreement in `path`, which must lie in `scope` (a folder walk's boundary).
///
/// # Errors
/// The file itself cannot be read.
pub fn load_within(path: &Path, name: &str, scope: &Scope) -> Result<Loaded, ReadError> {
    let text = scope.read_text(path, name)?;
    Ok(load_text(path, name, text))
}

/// Loads an agreement from text already read from `path`.
#[must_use]
pub fn load_text(path: &Path, name: &str, text: String) -> Loaded {
    load_text_with(path, name, text, &|_| None)
}

/// Loads an agreement from text already read from `path`, taking an imported
/// file's text from `open` where it gives one (an editor's unsaved text, by the
/// file's canonical path) and from disk otherwise. The import rules apply alike.
#[must_use]
pub fn load_text_with(path: &Path, name: &str, text: String, open: OpenText<'_>) -> Loaded {
    let mut loaded = Loaded::default();
    let file = loaded.sources.add(path, name, plain_text(text));
    let mut stack = vec![canonical(path)];
    let mut cx = Imports {
        root: OnceCell::new(),
        stack: &mut stack,
        open,
    };
    load_file(&mut loaded, file, &mut cx, true);
    loaded
}

/// The text of a file held elsewhere than on disk, by canonical path.
pub type OpenText<'a> = &'a dyn Fn(&Path) -> Option<String>;

/// What following imports needs: the repository root (found on the first
/// import only; most agreements import nothing), the files being loaded (for
/// cycles) and the texts held open.
struct Imports<'a> {
    root: OnceCell<Scope>,
    stack: &'a mut Vec<PathBuf>,
    open: OpenText<'a>,
}

/// Parses and lowers one file, then the files it imports.
fn load_file(loaded: &mut Loaded, file: FileId, cx: &mut Imports<'_>, main: bool) {
    let parsed = parse(file, &loaded.sources.get(file).text);
    loaded.diagnostics.extend(parsed.diagnostics);
    loaded
        .diagnostics
        .extend(super::invisible::find(file, &loaded.sources.get(file).text));
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
        import_parties(loaded, &own_path, import, cx);
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

fn import_parties(loaded: &mut Loaded, importer: &Path, import: &Import, cx: &mut Imports<'_>) {
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
    let scope = cx.root.get_or_init(|| Scope::repository_of(&cx.stack[0]));
    if !scope.contains(&target) {
        let help = "imports stay inside the repository (the folder holding covenant.toml, else the agreement's own folder); copy the parties file into it";
        loaded
            .diagnostics
            .push(reject("it points outside the repository".to_string(), help));
        return;
    }
    let key = canonical(&target);
    if cx.stack.contains(&key) {
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
    let read = match (cx.open)(&key) {
        Some(text) => scope.held_text(text, &name),
        None => scope.read_text(&target, &name),
    };
    match read {
        Ok(text) => {
            let file = loaded.sources.add(&target, name, text);
            cx.stack.push(key);
            load_file(loaded, file, cx, false);
            cx.stack.pop();
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

fn display_name(path: &Path) -> String {
    let text = path.display().to_string();
    text.strip_prefix("./").map_or(text.clone(), str::to_string)
}
