//! References and rename, across the file, its imports and the files importing them.

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

use lsp_types::{Location, Position, TextEdit, Uri, WorkspaceEdit};
use pest::Parser as _;

use super::analysis::Analysis;
use super::server::Server;
use super::symbols::Target;
use super::uri::absolute;
use crate::check::Levels;
use crate::check::levels::find_config;
use crate::source::read::Scope;
use crate::source::walk::walk;
use crate::source::{FileId, Span};
use crate::syntax::grammar::{CovenantParser, Rule};

/// How deep below the repository root agreements importing a file are looked for.
const MAX_DEPTH: usize = 8;

/// Every place the id at `position` is written.
pub(crate) fn references(
    server: &Server<'_>,
    uri: &Uri,
    position: Position,
    with_declaration: bool,
) -> Option<Vec<Location>> {
    occurrences(server, uri, position, with_declaration).map(|(_, found)| found)
}

/// The edits renaming the id at `position` to `new_name` wherever it is written.
pub(crate) fn rename(
    server: &Server<'_>,
    uri: &Uri,
    position: Position,
    new_name: &str,
) -> Result<Option<WorkspaceEdit>, String> {
    if !is_ident(new_name) {
        return Err(format!(
            "`{new_name}` is not an identifier: start with a lower-case letter, then a-z, 0-9, `_` or `-`"
        ));
    }
    let Some((_, found)) = occurrences(server, uri, position, true) else {
        return Ok(None);
    };
    Ok(Some(workspace_edit(found.into_iter().map(|location| {
        (
            location.uri,
            TextEdit::new(location.range, new_name.to_string()),
        )
    }))))
}

/// Edits grouped by the file they change. (`Uri` is keyed by its text; clippy's
/// mutable-key lint is about a cache inside it that never changes the hash.)
pub(crate) fn workspace_edit(edits: impl IntoIterator<Item = (Uri, TextEdit)>) -> WorkspaceEdit {
    let mut by_file: BTreeMap<String, (Uri, Vec<TextEdit>)> = BTreeMap::new();
    for (uri, edit) in edits {
        by_file
            .entry(uri.as_str().to_string())
            .or_insert_with(|| (uri, Vec::new()))
            .1
            .push(edit);
    }
    WorkspaceEdit::new(by_file.into_values().collect())
}

/// Whether `name` is an identifier of the language, as the grammar defines it.
pub(crate) fn is_ident(name: &str) -> bool {
    CovenantParser::parse(Rule::ident, name)
        .ok()
        .and_then(|mut pairs| pairs.next())
        .is_some_and(|pair| pair.as_span().end() == name.len())
}

fn occurrences(
    server: &Server<'_>,
    uri: &Uri,
    position: Position,
    with_declaration: bool,
) -> Option<(Target, Vec<Location>)> {
    let a = server.analyses.get(uri.as_str())?;
    let offset = a.offset(FileId(0), position);
    let target = a.symbols.at(Span::new(FileId(0), offset, offset))?;
    let declared_in = a
        .symbols
        .declaration(target.kind, &target.name)
        .map(|d| absolute(a.path(d.id.span.file)));
    let mut found: Vec<Location> = Vec::new();
    let mut add = |analysis: &Analysis| {
        let here = analysis
            .symbols
            .declaration(target.kind, &target.name)
            .map(|d| absolute(analysis.path(d.id.span.file)));
        if here != declared_in {
            return;
        }
        for span in analysis.symbols.occurrences(&target, with_declaration) {
            if let Some(location) = analysis.location(span)
                && !found.contains(&location)
            {
                found.push(location);
            }
        }
    };
    add(a);
    if let Some(file) = &declared_in {
        for importer in importers(server, file, &absolute(a.path(FileId(0)))) {
            add(&importer);
        }
    }
    Some((target, found))
}

/// The agreements in the repository of `file` that import it (other than `skip`),
/// each loaded from the editor's text when it is open.
fn importers(server: &Server<'_>, file: &Path, skip: &Path) -> Vec<Analysis> {
    let folder = file.parent().unwrap_or(Path::new("."));
    let root = find_config(folder)
        .and_then(|c| c.parent().map(Path::to_path_buf))
        .or_else(|| server.root.clone().filter(|r| file.starts_with(r)))
        .unwrap_or_else(|| folder.to_path_buf());
    let open: HashMap<PathBuf, (&str, &Uri)> = server
        .documents
        .values()
        .map(|d| (absolute(&d.path), (d.text.as_str(), &d.uri)))
        .collect();
    let mut found = Vec::new();
    // A folder that cannot be read ends the walk; the agreements found before it still count.
    let _ = walk(&root, &Scope::repository_at(&root), MAX_DEPTH, &mut found);
    let mut out = Vec::new();
    for input in found {
        let path = absolute(&input.path);
        if path == file || path == skip {
            continue;
        }
        let (text, uri) = match open.get(&path) {
            Some((text, uri)) => ((*text).to_string(), Some((*uri).clone())),
            None => match input.scope.read_text(&path, &path.display().to_string()) {
                Ok(text) => (text, None),
                Err(_) => continue,
            },
        };
        if !text.contains("import") {
            continue;
        }
        let analysis = Analysis::new(&path, text, &Levels::default(), uri);
        if analysis.file_of(file).is_some_and(|id| id != FileId(0)) {
            out.push(analysis);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::is_ident;

    #[test]
    fn new_names_must_be_identifiers() {
        assert!(is_ident("gemeente-zwolle_2"));
        assert!(!is_ident("Gemeente"));
        assert!(!is_ident("two words"));
        assert!(!is_ident(""));
    }
}
