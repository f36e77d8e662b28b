//! Expanding the paths on the command line into agreement files.

use std::path::{Path, PathBuf};

/// A path given on the command line that cannot be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PathError(pub String);

/// The `.covenant` files named by `paths`: files as given, folders searched
/// recursively (hidden folders and `target` skipped), sorted and without repeats.
///
/// # Errors
/// A path that does not exist or a folder that cannot be read.
pub fn collect(paths: &[PathBuf]) -> Result<Vec<PathBuf>, PathError> {
    let mut files = Vec::new();
    for path in paths {
        let metadata = std::fs::metadata(path)
            .map_err(|_| PathError(format!("{}: no such file or folder", path.display())))?;
        if metadata.is_dir() {
            walk(path, &mut files)?;
        } else {
            files.push(path.clone());
        }
    }
    files.sort();
    files.dedup();
    Ok(files)
}

fn walk(folder: &Path, files: &mut Vec<PathBuf>) -> Result<(), PathError> {
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
                walk(&path, files)?;
            }
        } else if path.extension().is_some_and(|e| e == "covenant") {
            files.push(path);
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
