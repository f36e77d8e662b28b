//! Watching the agreement's files and rebuilding when one is saved.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::mpsc::{Receiver, RecvTimeoutError, Sender, channel};
use std::time::Duration;

use notify::event::ModifyKind;
use notify::{EventKind, RecommendedWatcher, RecursiveMode, Watcher};

use super::build::build;
use super::state::Shared;
use crate::lsp::uri::absolute;
use crate::model::words::Language;
use crate::render::{Prepared, Templates};

/// How long to let a burst of file events settle before rebuilding.
const SETTLE: Duration = Duration::from_millis(20);

/// Builds `file`, says so on `ready`, then rebuilds on every change to it, its imports or
/// `covenant.toml` until the watcher fails. Runs on its own thread. The agreement's folder is
/// watched before the first build, so no save is missed.
///
/// # Errors
/// The file system cannot be watched.
pub(crate) fn watch(
    file: PathBuf,
    name: String,
    language: Option<Language>,
    shared: &Arc<Shared>,
    ready: &Sender<()>,
) -> Result<(), String> {
    let (tx, rx) = channel();
    let mut watcher: RecommendedWatcher =
        notify::recommended_watcher(tx).map_err(|e| format!("cannot watch files: {e}"))?;
    let folder = folder_of(&absolute(&file));
    watcher
        .watch(&folder, RecursiveMode::NonRecursive)
        .map_err(|e| format!("cannot watch {}: {e}", folder.display()))?;
    let mut watched: BTreeSet<PathBuf> = BTreeSet::from([folder]);
    // The templates are parsed at the first build and reused for every rebuild.
    let prepared = Prepared::new(Templates::builtin());
    let mut files = rebuild(&file, &name, language, shared, &prepared);
    // The page may be served from now on; a closed channel only means nobody waits.
    let _ = ready.send(());
    loop {
        let folders: BTreeSet<PathBuf> = files.iter().map(|f| folder_of(f)).collect();
        for folder in folders.difference(&watched) {
            watcher
                .watch(folder, RecursiveMode::NonRecursive)
                .map_err(|e| format!("cannot watch {}: {e}", folder.display()))?;
        }
        for folder in watched.difference(&folders) {
            let _ = watcher.unwatch(folder);
        }
        watched = folders;
        if !wait_for_change(&rx, &files) {
            return Ok(());
        }
        files = rebuild(&file, &name, language, shared, &prepared);
    }
}

/// Builds `file` into `shared` with the `prepared` templates; returns the files to watch.
fn rebuild(
    file: &Path,
    name: &str,
    language: Option<Language>,
    shared: &Shared,
    prepared: &Prepared,
) -> Vec<PathBuf> {
    let built = build(file, name, language, prepared);
    let mut files: Vec<PathBuf> = built.files.iter().map(|f| absolute(f)).collect();
    if let Some(config) = crate::check::levels::find_config(&folder_of(&absolute(file))) {
        files.push(config);
    }
    shared.update(built);
    files
}

/// Blocks until an event touches one of `files`; `false` when the watcher is gone.
fn wait_for_change(rx: &Receiver<notify::Result<notify::Event>>, files: &[PathBuf]) -> bool {
    let names: BTreeSet<&std::ffi::OsStr> = files.iter().filter_map(|f| f.file_name()).collect();
    // Reading a file (as every build does) is an access event, not a change.
    let touches = |event: &notify::Result<notify::Event>| {
        event.as_ref().is_ok_and(|e| {
            matches!(
                e.kind,
                EventKind::Create(_) | EventKind::Remove(_) | EventKind::Modify(_)
            ) && !matches!(e.kind, EventKind::Modify(ModifyKind::Metadata(_)))
                && e.paths
                    .iter()
                    .any(|p| p.file_name().is_some_and(|n| names.contains(n)))
        })
    };
    loop {
        let Ok(event) = rx.recv() else { return false };
        if !touches(&event) {
            continue;
        }
        // Editors save in several steps (write, rename, chmod): let them finish.
        loop {
            match rx.recv_timeout(SETTLE) {
                Ok(_) => {}
                Err(RecvTimeoutError::Timeout) => return true,
                Err(RecvTimeoutError::Disconnected) => return false,
            }
        }
    }
}

fn folder_of(file: &Path) -> PathBuf {
    file.parent()
        .filter(|p| !p.as_os_str().is_empty())
        .map_or_else(|| PathBuf::from("."), Path::to_path_buf)
}
