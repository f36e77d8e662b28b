//! The one rule for every file covenant reads: agreements given or found, imports, configuration
//! and templates.
//!
//! A file is read only when it is a regular file (a FIFO, device or socket is refused before it is
//! opened), its real path (links resolved) lies inside the [`Scope`], and it holds at most the
//! scope's limit in bytes actually read (never trusting the size the file system reports). The
//! text is UTF-8; a byte-order mark at the start is dropped and CRLF line ends become LF, so a file
//! saved on Windows reads exactly like the plain one.

use std::borrow::Cow;
use std::io::Read as _;
use std::path::{Component, Path, PathBuf};

/// The largest file read, in bytes.
pub const MAX_FILE_SIZE: u64 = 64 * 1024 * 1024;

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

/// Where files may be read from, and how much of each.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Scope {
    /// The folder every real path must lie in (resolved).
    root: PathBuf,
    /// What the folder is, in words ("the repository", "the template folder").
    what: &'static str,
    /// The largest file, in bytes.
    limit: u64,
}

impl Scope {
    /// The repository of `file`: the nearest folder upward from the file's folder holding
    /// `covenant.toml`, else the file's own folder.
    #[must_use]
    pub fn repository_of(file: &Path) -> Self {
        Self::repository_at(parent_folder(file))
    }

    /// The repository of `folder`: the nearest folder upward holding `covenant.toml`, else
    /// `folder` itself (the boundary of a folder walk).
    #[must_use]
    pub fn repository_at(folder: &Path) -> Self {
        let root = find_config(folder)
            .and_then(|config| config.parent().map(Path::to_path_buf))
            .unwrap_or_else(|| folder.to_path_buf());
        Self {
            root: canonical(&root),
            what: "the repository",
            limit: MAX_FILE_SIZE,
        }
    }

    /// Exactly `folder`, described as `what`, with files of at most `limit` bytes.
    #[must_use]
    pub fn folder(folder: &Path, what: &'static str, limit: u64) -> Self {
        Self {
            root: canonical(folder),
            what,
            limit,
        }
    }

    /// The resolved folder files must lie in.
    #[must_use]
    pub fn root(&self) -> &Path {
        &self.root
    }

    /// Whether the real path of `path` (links resolved) lies inside the scope.
    #[must_use]
    pub fn contains(&self, path: &Path) -> bool {
        canonical(path).starts_with(&self.root)
    }

    /// Reads `path` (shown as `name`) as text under the rule of this module.
    ///
    /// # Errors
    /// The file is missing, not a regular file, outside the scope, unreadable, too large or not
    /// UTF-8.
    pub fn read_text(&self, path: &Path, name: &str) -> Result<String, ReadError> {
        self.read_source(path, name).map(plain_text)
    }

    /// Takes text held elsewhere than on disk (an editor's unsaved file) under
    /// the same size limit as a file read.
    ///
    /// # Errors
    /// The text is larger than the limit.
    pub fn held_text(&self, text: String, name: &str) -> Result<String, ReadError> {
        if text.len() as u64 > self.limit {
            return Err(ReadError {
                path: name.to_string(),
                reason: format!("it is larger than {}", size_in_words(self.limit)),
            });
        }
        Ok(plain_text(text))
    }

    /// Reads `path` like [`Scope::read_text`] but keeps a byte-order mark and CRLF line ends
    /// (for `fmt`, which rewrites them).
    ///
    /// # Errors
    /// As [`Scope::read_text`].
    pub fn read_source(&self, path: &Path, name: &str) -> Result<String, ReadError> {
        let error = |reason: String| ReadError {
            path: name.to_string(),
            reason,
        };
        let bytes = self.read_bytes(path).map_err(error)?;
        String::from_utf8(bytes).map_err(|e| {
            let at = e.utf8_error().valid_up_to();
            error(format!(
                "it is not UTF-8 text (invalid byte at offset {at})"
            ))
        })
    }

    fn read_bytes(&self, path: &Path) -> Result<Vec<u8>, String> {
        let metadata = std::fs::metadata(path).map_err(|e| io_reason(&e))?;
        refuse_kind(&metadata.file_type())?;
        if !self.contains(path) {
            return Err(format!(
                "it links to a file outside {} ({}); copy the file into it instead",
                self.what,
                self.root.display()
            ));
        }
        let file = open_without_blocking(path).map_err(|e| io_reason(&e))?;
        // The file may have been swapped between the check and the open: check what was opened.
        let opened = file.metadata().map_err(|e| io_reason(&e))?;
        refuse_kind(&opened.file_type())?;
        let mut bytes = Vec::new();
        file.take(self.limit.saturating_add(1))
            .read_to_end(&mut bytes)
            .map_err(|e| io_reason(&e))?;
        if bytes.len() as u64 > self.limit {
            return Err(format!("it is larger than {}", size_in_words(self.limit)));
        }
        Ok(bytes)
    }
}

/// Refuses anything but a regular file, in words naming what it is.
fn refuse_kind(kind: &std::fs::FileType) -> Result<(), String> {
    if kind.is_file() {
        return Ok(());
    }
    if kind.is_dir() {
        return Err("it is a folder, not a file".to_string());
    }
    Err(format!(
        "it is {}, not a regular file; covenant reads only regular files",
        special_kind(kind)
    ))
}

#[cfg(unix)]
fn special_kind(kind: &std::fs::FileType) -> &'static str {
    use std::os::unix::fs::FileTypeExt as _;
    if kind.is_fifo() {
        "a named pipe (FIFO)"
    } else if kind.is_char_device() || kind.is_block_device() {
        "a device"
    } else if kind.is_socket() {
        "a socket"
    } else {
        "a special file"
    }
}

#[cfg(not(unix))]
fn special_kind(_kind: &std::fs::FileType) -> &'static str {
    "a special file"
}

/// Opens for reading without waiting for a writer, should the path have become a FIFO.
#[cfg(unix)]
fn open_without_blocking(path: &Path) -> std::io::Result<std::fs::File> {
    use std::os::unix::fs::OpenOptionsExt as _;
    std::fs::OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NONBLOCK)
        .open(path)
}

#[cfg(not(unix))]
fn open_without_blocking(path: &Path) -> std::io::Result<std::fs::File> {
    std::fs::File::open(path)
}

fn size_in_words(bytes: u64) -> String {
    const MIB: u64 = 1024 * 1024;
    if bytes >= MIB && bytes.is_multiple_of(MIB) {
        format!("{} MB", bytes / MIB)
    } else {
        format!("{bytes} bytes")
    }
}

fn io_reason(error: &std::io::Error) -> String {
    match error.kind() {
        std::io::ErrorKind::NotFound => "no such file".to_string(),
        std::io::ErrorKind::PermissionDenied => "permission denied".to_string(),
        _ => error.to_string(),
    }
}

/// The text without a leading byte-order mark and with CRLF line ends as LF, so that a file
/// saved by Windows tools gives the same tokens, lines and columns as the plain file. A lone CR
/// is kept.
#[must_use]
pub fn plain_text(text: String) -> String {
    let changed = match plain(&text) {
        Cow::Borrowed(body) if body.len() == text.len() => None,
        other => Some(other.into_owned()),
    };
    changed.unwrap_or(text)
}

/// [`plain_text`] of borrowed text, copying only when something changes.
#[must_use]
pub fn plain(text: &str) -> Cow<'_, str> {
    let body = text.strip_prefix('\u{feff}').unwrap_or(text);
    if body.contains("\r\n") {
        Cow::Owned(body.replace("\r\n", "\n"))
    } else {
        Cow::Borrowed(body)
    }
}

/// The nearest `covenant.toml` in `folder` or above.
#[must_use]
pub fn find_config(folder: &Path) -> Option<PathBuf> {
    folder
        .ancestors()
        .map(|dir| dir.join("covenant.toml"))
        .find(|p| p.is_file())
}

/// The folder holding `file`; `.` for a bare file name.
#[must_use]
pub fn parent_folder(file: &Path) -> &Path {
    match file.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    }
}

/// The real path of `path`; for a path that does not exist, the absolute path with `.` and `..`
/// resolved.
#[must_use]
pub fn canonical(path: &Path) -> PathBuf {
    std::fs::canonicalize(path).unwrap_or_else(|_| {
        let absolute = std::env::current_dir()
            .map(|d| d.join(path))
            .unwrap_or_else(|_| path.to_path_buf());
        normalize(&absolute)
    })
}

/// Resolves `.` and `..` without touching the file system.
#[must_use]
pub fn normalize(path: &Path) -> PathBuf {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bom_and_crlf_are_read_as_plain_text() {
        let text = plain_text("\u{feff}a\r\nb\rc\r\n".to_string());
        assert_eq!(text, "a\nb\rc\n");
    }

    #[test]
    fn a_bom_before_lf_line_ends_is_dropped_too() {
        assert_eq!(plain_text("\u{feff}a\nb\n".to_string()), "a\nb\n");
        assert_eq!(plain_text("a\nb\n".to_string()), "a\nb\n");
    }

    #[test]
    fn the_limit_counts_bytes_read() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let path = dir.path().join("a.covenant");
        std::fs::write(&path, "12345").unwrap_or_else(|e| panic!("{e}"));
        let scope = Scope::folder(dir.path(), "the folder", 4);
        let error = scope.read_text(&path, "a.covenant").err();
        assert_eq!(
            error.map(|e| e.reason),
            Some("it is larger than 4 bytes".to_string())
        );
        let scope = Scope::folder(dir.path(), "the folder", 5);
        assert_eq!(scope.read_text(&path, "a").ok().as_deref(), Some("12345"));
    }
}
