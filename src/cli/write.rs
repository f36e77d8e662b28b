//! The one rule for every file covenant writes: atomically (a temporary file in the same folder,
//! then a rename), never onto one of its inputs, never onto anything but a regular file, never
//! through a link out of the target's folder, and never leaving a temporary file behind on
//! failure, SIGINT, SIGTERM or SIGHUP.

use std::fs::File;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::{Mutex, Once, PoisonError};

use crate::source::read::{canonical, parent_folder};

/// Writes `bytes` to `path` so that readers see either the old file or the complete new one; on
/// failure an existing file is left untouched and no temporary file remains. An existing file
/// keeps its permissions; a link to a file in the same folder is written through (the link
/// stays). `inputs` are the files the output was made from: none of them is ever replaced.
///
/// # Errors
/// The target is one of `inputs`, a folder, a device, FIFO or socket, a link out of its folder or
/// to nothing; the folder cannot be written or the rename fails.
pub fn write_atomic(path: &Path, bytes: &[u8], inputs: &[&Path]) -> io::Result<()> {
    let target = writable_target(path, inputs)?;
    let (temp, mut file) = create_temporary(&target)?;
    let result = file
        .write_all(bytes)
        .and_then(|()| file.sync_all())
        .and_then(|()| keep_permissions(&target, &temp));
    drop(file);
    let result = result.and_then(|()| {
        // Renamed and forgotten under the lock, so a signal handler never removes a temporary
        // file that has just become the output, nor misses one.
        let mut live = live_temporaries();
        let renamed = std::fs::rename(&temp, &target);
        live.retain(|p| p != &temp);
        renamed
    });
    if result.is_err() {
        let _ = std::fs::remove_file(&temp);
        live_temporaries().retain(|p| p != &temp);
    }
    result
}

fn refused(reason: String) -> io::Error {
    io::Error::new(io::ErrorKind::InvalidInput, reason)
}

/// The regular file to replace for `path`: `path` itself, or the file a link in the same folder
/// points to. Refuses anything else, as [`write_atomic`] would.
///
/// # Errors
/// The target is one of `inputs`, a folder, a device, FIFO or socket, or a link out of its folder
/// or to nothing.
pub(crate) fn writable_target(path: &Path, inputs: &[&Path]) -> io::Result<PathBuf> {
    if path.file_name().is_none() {
        return Err(refused("the path does not name a file".to_string()));
    }
    let metadata = match std::fs::symlink_metadata(path) {
        Ok(metadata) => metadata,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(path.to_path_buf()),
        Err(e) => return Err(e),
    };
    let target = if metadata.file_type().is_symlink() {
        let real = std::fs::canonicalize(path)
            .map_err(|_| refused("it is a link to a file that does not exist".to_string()))?;
        let folder = canonical(parent_folder(path));
        if real.parent() != Some(folder.as_path()) {
            return Err(refused(format!(
                "it is a link to {}, outside its folder; covenant does not write through it",
                real.display()
            )));
        }
        real
    } else {
        path.to_path_buf()
    };
    let metadata = std::fs::metadata(&target)?;
    if metadata.is_dir() {
        return Err(refused("it is a folder, not a file".to_string()));
    }
    if !metadata.is_file() {
        return Err(refused(
            "it is not a regular file (a device, FIFO or socket); covenant writes only regular files"
                .to_string(),
        ));
    }
    if inputs
        .iter()
        .any(|input| same_file(&target, &metadata, input))
    {
        return Err(refused(
            "it is an input of this command; covenant never overwrites its input".to_string(),
        ));
    }
    Ok(target)
}

/// Whether `input` is the file `target` (same real path, or the same inode by a hard link).
fn same_file(target: &Path, metadata: &std::fs::Metadata, input: &Path) -> bool {
    if canonical(target) == canonical(input) {
        return true;
    }
    std::fs::metadata(input).is_ok_and(|other| same_inode(metadata, &other))
}

#[cfg(unix)]
fn same_inode(a: &std::fs::Metadata, b: &std::fs::Metadata) -> bool {
    use std::os::unix::fs::MetadataExt as _;
    a.dev() == b.dev() && a.ino() == b.ino()
}

#[cfg(not(unix))]
fn same_inode(_a: &std::fs::Metadata, _b: &std::fs::Metadata) -> bool {
    false
}

/// A new, uniquely named temporary file beside `path`, `.NAME.PID.N.tmp`, registered for removal
/// on a signal. Temporary files of `path` left by processes that no longer run (killed by
/// SIGKILL, which cannot be caught) are removed first.
fn create_temporary(path: &Path) -> io::Result<(PathBuf, File)> {
    let folder = parent_folder(path).to_path_buf();
    let name = path
        .file_name()
        .ok_or_else(|| refused("the path does not name a file".to_string()))?
        .to_string_lossy()
        .into_owned();
    remove_stale(&folder, &name);
    install_signal_handler();
    let mut attempt = 0u32;
    loop {
        let candidate = folder.join(temporary_name(&name, std::process::id(), attempt));
        let mut live = live_temporaries();
        match std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&candidate)
        {
            Ok(file) => {
                live.push(candidate.clone());
                return Ok((candidate, file));
            }
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists && attempt < 100 => attempt += 1,
            Err(e) => return Err(e),
        }
    }
}

fn temporary_name(name: &str, pid: u32, attempt: u32) -> String {
    format!(".{name}.{pid}.{attempt}.tmp")
}

/// Removes `.NAME.PID.N.tmp` files in `folder` whose process is gone. Only where running
/// processes can be seen (`/proc`); elsewhere nothing is removed.
fn remove_stale(folder: &Path, name: &str) {
    if !Path::new("/proc/self").exists() {
        return;
    }
    let Ok(entries) = std::fs::read_dir(folder) else {
        return;
    };
    let prefix = format!(".{name}.");
    for entry in entries.filter_map(Result::ok) {
        let file = entry.file_name();
        let Some(rest) = file
            .to_str()
            .and_then(|f| f.strip_prefix(&prefix))
            .and_then(|r| r.strip_suffix(".tmp"))
        else {
            continue;
        };
        let Some((pid, attempt)) = rest.split_once('.') else {
            continue;
        };
        let (Ok(pid), Ok(_)) = (pid.parse::<u32>(), attempt.parse::<u32>()) else {
            continue;
        };
        let is_file = entry.file_type().is_ok_and(|t| t.is_file());
        if is_file && !Path::new(&format!("/proc/{pid}")).exists() {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

fn keep_permissions(path: &Path, temp: &Path) -> io::Result<()> {
    match std::fs::metadata(path) {
        Ok(metadata) => std::fs::set_permissions(temp, metadata.permissions()),
        Err(_) => Ok(()),
    }
}

/// Temporary files being written now.
static LIVE: Mutex<Vec<PathBuf>> = Mutex::new(Vec::new());

fn live_temporaries() -> std::sync::MutexGuard<'static, Vec<PathBuf>> {
    LIVE.lock().unwrap_or_else(PoisonError::into_inner)
}

/// Removes every temporary file being written and returns how many there were. Called on a
/// signal; the lock stays held by the caller's guard until the process ends.
fn remove_live(live: &mut Vec<PathBuf>) -> usize {
    let count = live.len();
    for temp in live.drain(..) {
        let _ = std::fs::remove_file(temp);
    }
    count
}

/// On the first temporary file: a thread that, on SIGINT, SIGTERM or SIGHUP, removes the live
/// temporary files and then ends the process as the signal would have.
#[cfg(unix)]
fn install_signal_handler() {
    static INSTALLED: Once = Once::new();
    INSTALLED.call_once(|| {
        use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
        let Ok(mut signals) = signal_hook::iterator::Signals::new([SIGINT, SIGTERM, SIGHUP]) else {
            return;
        };
        std::thread::spawn(move || {
            if let Some(signal) = signals.forever().next() {
                let mut live = live_temporaries();
                remove_live(&mut live);
                let _ = signal_hook::low_level::emulate_default_handler(signal);
                std::process::exit(128 + signal);
            }
        });
    });
}

#[cfg(not(unix))]
fn install_signal_handler() {}

#[cfg(test)]
mod tests {
    use super::*;

    fn temp_dir() -> tempfile::TempDir {
        tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"))
    }

    fn names(dir: &Path) -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(dir)
            .map(|entries| {
                entries
                    .filter_map(Result::ok)
                    .map(|e| e.file_name().to_string_lossy().into_owned())
                    .collect()
            })
            .unwrap_or_default();
        names.sort();
        names
    }

    #[test]
    fn replaces_the_file_and_leaves_no_temporary() {
        let dir = temp_dir();
        let path = dir.path().join("out.md");
        std::fs::write(&path, "old").unwrap_or_else(|e| panic!("{e}"));
        write_atomic(&path, b"new", &[]).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(std::fs::read_to_string(&path).unwrap_or_default(), "new");
        assert_eq!(names(dir.path()), ["out.md"]);
    }

    #[test]
    fn a_missing_folder_fails_without_writing() {
        let dir = temp_dir();
        let path = dir.path().join("missing").join("out.md");
        assert!(write_atomic(&path, b"new", &[]).is_err());
        assert!(!path.exists());
    }

    #[test]
    fn the_signal_cleanup_removes_live_temporaries() {
        let dir = temp_dir();
        let path = dir.path().join("out.md");
        let (temp, file) = create_temporary(&path).unwrap_or_else(|e| panic!("{e}"));
        drop(file);
        assert!(temp.exists());
        let mut live = live_temporaries();
        assert!(live.contains(&temp));
        let mine: Vec<PathBuf> = live.iter().filter(|p| **p == temp).cloned().collect();
        live.retain(|p| *p != temp);
        drop(live);
        let mut mine = mine;
        assert_eq!(remove_live(&mut mine), 1);
        assert!(!temp.exists());
        assert_eq!(names(dir.path()), Vec::<String>::new());
    }

    #[test]
    fn stale_temporaries_of_dead_processes_are_removed() {
        let dir = temp_dir();
        let path = dir.path().join("out.md");
        // Beyond the largest process id Linux hands out (2^22).
        let stale = dir.path().join(temporary_name("out.md", 999_999_999, 0));
        let alive = dir
            .path()
            .join(temporary_name("out.md", std::process::id(), 7));
        let other = dir.path().join(temporary_name("other.md", 999_999_999, 0));
        for file in [&stale, &alive, &other] {
            std::fs::write(file, "partial").unwrap_or_else(|e| panic!("{e}"));
        }
        write_atomic(&path, b"new", &[]).unwrap_or_else(|e| panic!("{e}"));
        assert!(!stale.exists(), "a dead process's temporary file stayed");
        assert!(
            alive.exists(),
            "a running process's temporary file was removed"
        );
        assert!(other.exists(), "another file's temporary file was removed");
    }

    #[test]
    fn refuses_an_input_a_folder_and_a_link_out() {
        let dir = temp_dir();
        let input = dir.path().join("a.covenant");
        std::fs::write(&input, "agreement").unwrap_or_else(|e| panic!("{e}"));
        let error = write_atomic(&input, b"x", &[&input])
            .err()
            .map(|e| e.to_string());
        assert!(error.is_some_and(|e| e.contains("input")));
        let hard = dir.path().join("hard.md");
        std::fs::hard_link(&input, &hard).unwrap_or_else(|e| panic!("{e}"));
        assert!(write_atomic(&hard, b"x", &[&input]).is_err());
        assert!(write_atomic(dir.path(), b"x", &[]).is_err());
        assert_eq!(
            std::fs::read_to_string(&input).unwrap_or_default(),
            "agreement"
        );
    }
}
