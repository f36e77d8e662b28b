//! The preview's shared state: the last good document and the latest findings.

use std::sync::{Condvar, Mutex, MutexGuard};
use std::time::Duration;

use super::build::{Built, Finding};

/// What the browser is shown.
#[derive(Debug, Clone, Default, serde::Serialize)]
pub(crate) struct Snapshot {
    /// Goes up with every build.
    pub(crate) version: u64,
    /// Goes up with every build that gave a document.
    pub(crate) document_version: u64,
    /// Whether the latest build gave a document (else the one shown is older).
    pub(crate) current: bool,
    /// The findings of the latest build.
    pub(crate) findings: Vec<Finding>,
    /// The last good document.
    #[serde(skip)]
    pub(crate) html: Option<String>,
}

/// The snapshot behind a lock, with a signal for every new build.
#[derive(Default)]
pub(crate) struct Shared {
    snapshot: Mutex<Snapshot>,
    changed: Condvar,
}

impl Shared {
    /// The current snapshot (a poisoned lock still holds a usable snapshot).
    pub(crate) fn lock(&self) -> MutexGuard<'_, Snapshot> {
        self.snapshot
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// Takes in a new build, keeping the last good document when it gave none.
    pub(crate) fn update(&self, built: Built) {
        let mut s = self.lock();
        s.version += 1;
        s.findings = built.findings;
        s.current = built.html.is_some();
        if let Some(html) = built.html {
            s.html = Some(html);
            s.document_version = s.version;
        }
        drop(s);
        self.changed.notify_all();
    }

    /// Waits until the version is past `seen` or `timeout` passes; returns the version.
    pub(crate) fn wait_past(&self, seen: u64, timeout: Duration) -> u64 {
        let guard = self.lock();
        let (guard, _) = self
            .changed
            .wait_timeout_while(guard, timeout, |s| s.version <= seen)
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        guard.version
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn built(html: Option<&str>) -> Built {
        Built {
            html: html.map(str::to_string),
            findings: Vec::new(),
            files: Vec::new(),
        }
    }

    #[test]
    fn a_build_without_a_document_keeps_the_last_good_one() {
        let shared = Shared::default();
        shared.update(built(Some("<p>one</p>")));
        shared.update(built(None));
        let s = shared.lock();
        assert_eq!((s.version, s.document_version, s.current), (2, 1, false));
        assert_eq!(s.html.as_deref(), Some("<p>one</p>"));
    }

    #[test]
    fn waiting_returns_once_a_build_arrives() {
        let shared = std::sync::Arc::new(Shared::default());
        let other = std::sync::Arc::clone(&shared);
        let handle = std::thread::spawn(move || other.wait_past(0, Duration::from_secs(5)));
        std::thread::sleep(Duration::from_millis(20));
        shared.update(built(Some("x")));
        assert_eq!(handle.join().ok(), Some(1));
    }
}
