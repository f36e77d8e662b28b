//! Finding agreement files: the paths given on a command line, and the folder walk the command
//! line and the language server share. Each file found carries the [`Scope`] it must be read
//! from, so the reading rule applies to it.

use std::path::{Path, PathBuf};

use super::read::Scope;

/// A path that cannot be used: missing, or a folder that cannot be read.
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
/// recursively ([`walk`]), sorted and without repeats. A file found in a folder must lie, after
/// resolving links, in that folder's repository (the folder holding `covenant.toml`, else the
/// folder itself); the reading rule enforces it.
///
/// # Errors
/// A path that does not exist or a folder that cannot be read.
pub fn collect(paths: &[PathBuf]) -> Result<Vec<Input>, PathError> {
    let mut files = Vec::new();
    for path in paths {
        let metadata = std::fs::metadata(path)
            .map_err(|_| PathError(format!("{}: no such file or folder", path.display())))?;
        if metadata.is_dir() {
            walk(path, &Scope::repository_at(path), usize::MAX, &mut files)?;
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

/// Adds the `*.covenant` files under `folder` to `files`, in name order, each to be read within
/// `scope`: hidden folders, `target` and `node_modules` skipped, links to folders not followed,
/// at most `depth` folders deep.
///
/// # Errors
/// A folder that cannot be read (the files found before it stay in `files`).
pub fn walk(
    folder: &Path,
    scope: &Scope,
    depth: usize,
    files: &mut Vec<Input>,
) -> Result<(), PathError> {
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
            if depth > 0 && !name.starts_with('.') && name != "target" && name != "node_modules" {
                walk(&path, scope, depth - 1, files)?;
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_walk_skips_hidden_and_build_folders_and_stops_at_its_depth() {
        let dir = tempfile::tempdir().expect("temp dir");
        for folder in ["a/b", ".git", "target", "node_modules"] {
            std::fs::create_dir_all(dir.path().join(folder)).expect("folder");
        }
        for file in [
            "z.covenant",
            "a/y.covenant",
            "a/b/x.covenant",
            "a/notes.md",
            ".git/h.covenant",
            "target/t.covenant",
            "node_modules/n.covenant",
        ] {
            std::fs::write(dir.path().join(file), "").expect("file");
        }
        let scope = Scope::repository_at(dir.path());
        let found = |depth| {
            let mut files = Vec::new();
            walk(dir.path(), &scope, depth, &mut files).expect("walk");
            files
                .iter()
                .map(|f| f.path.strip_prefix(dir.path()).expect("inside").to_owned())
                .collect::<Vec<_>>()
        };
        let all: Vec<PathBuf> = ["a/b/x.covenant", "a/y.covenant", "z.covenant"]
            .iter()
            .map(PathBuf::from)
            .collect();
        assert_eq!(found(usize::MAX), all);
        assert_eq!(found(1), all[1..]);
        assert_eq!(found(0), all[2..]);
    }
}
