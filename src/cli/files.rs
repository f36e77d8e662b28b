//! Expanding the paths on the command line into agreement files, each with the folder it must be
//! read from.

use std::path::{Path, PathBuf};

use crate::source::read::Scope;

/// A path given on the command line that cannot be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PathError(pub String);

/// One agreement file to read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Input {
    /// The path, as given or found.
    pub path: PathBuf,
    /// Where its real path must lie: the repository of a file given, or of the folder walked.
    pub scope: Scope,
}

/// The `.covenant` files named by `paths`: files as given, folders searched
/// recursively (hidden folders and `target` skipped, links to folders not
/// followed), sorted and without repeats. A file found in a folder must lie, after
/// resolving links, in that folder's repository (the folder holding
/// `covenant.toml`, else the folder itself); the reading rule enforces it.
///
/// # Errors
/// A path that does not exist or a folder that cannot be read.
pub fn collect(paths: &[PathBuf]) -> Result<Vec<Input>, PathError> {
    let mut files = Vec::new();
    for path in paths {
        let metadata = std::fs::metadata(path)
            .map_err(|_| PathError(format!("{}: no such file or folder", path.display())))?;
        if metadata.is_dir() {
            let scope = Scope::repository_at(path);
            walk(path, &scope, &mut files)?;
        } else {
            files.push(Input {
                path: path.clone(),
                scope: Scope::repository_of(path),
            });
        }
    }
    files.sort_by(|a, b| a.path.cmp(&b.path));
    files.dedup_by(|a, b| a.path == b.path);
    Ok(files)
}

fn walk(folder: &Path, scope: &Scope, files: &mut Vec<Input>) -> Result<(), PathError> {
    let entries = std::fs::read_dir(folder)
        .map_err(|e| PathError(format!("{}: cannot read folder: {e}", folder.display())))?;
    let mut entries: Vec<_> = entries.filter_map(Result::ok).collect();
    entries.sort_by_key(std::fs::DirEntry::file_name);
    for entry in entries {
        let path = entry.path();
        let name = entry.file_name();
        let name = name.to_string_lossy();
        let Ok(kind) = entry.file_type() else {
            continue;
        };
        if kind.is_dir() {
            if !name.starts_with('.') && name != "target" && name != "node_modules" {
                walk(&path, scope, files)?;
            }
        } else if path.extension().is_some_and(|e| e == "covenant") {
            files.push(Input {
                path,
                scope: scope.clone(),
            });
        }
    }
    Ok(())
}

/// The name shown for a path: as given, without a leading `./`.
#[must_use]
pub fn display_name(path: &Path) -> String {
    let text = path.display().to_string();
    text.strip_prefix("./").map_or(text.clone(), str::to_string)
}
