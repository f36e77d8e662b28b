//! Writing output files atomically: a temporary file in the same folder, then a rename.

use std::fs::File;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// Writes `bytes` to `path` so that readers see either the old file or the
/// complete new one; on failure an existing file is left untouched and no
/// temporary file remains. An existing file keeps its permissions.
///
/// # Errors
/// The folder cannot be written or the rename fails.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let (temp, mut file) = create_temporary(path)?;
    let result = file
        .write_all(bytes)
        .and_then(|()| file.sync_all())
        .and_then(|()| keep_permissions(path, &temp))
        .and_then(|()| std::fs::rename(&temp, path));
    drop(file);
    if result.is_err() {
        let _ = std::fs::remove_file(&temp);
    }
    result
}

/// A new, uniquely named temporary file beside `path`.
fn create_temporary(path: &Path) -> io::Result<(PathBuf, File)> {
    let folder = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let name = path.file_name().ok_or_else(|| {
        io::Error::new(io::ErrorKind::InvalidInput, "the path does not name a file")
    })?;
    let mut attempt = 0u32;
    loop {
        let candidate = folder.join(format!(
            ".{}.{}.{attempt}.tmp",
            name.to_string_lossy(),
            std::process::id()
        ));
        match std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&candidate)
        {
            Ok(file) => return Ok((candidate, file)),
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists && attempt < 100 => attempt += 1,
            Err(e) => return Err(e),
        }
    }
}

fn keep_permissions(path: &Path, temp: &Path) -> io::Result<()> {
    match std::fs::metadata(path) {
        Ok(metadata) => std::fs::set_permissions(temp, metadata.permissions()),
        Err(_) => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replaces_the_file_and_leaves_no_temporary() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let path = dir.path().join("out.md");
        std::fs::write(&path, "old").unwrap_or_else(|e| panic!("{e}"));
        write_atomic(&path, b"new").unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(std::fs::read_to_string(&path).unwrap_or_default(), "new");
        let count = std::fs::read_dir(dir.path())
            .map(Iterator::count)
            .unwrap_or(0);
        assert_eq!(count, 1);
    }

    #[test]
    fn a_missing_folder_fails_without_writing() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let path = dir.path().join("missing").join("out.md");
        assert!(write_atomic(&path, b"new").is_err());
        assert!(!path.exists());
    }
}
