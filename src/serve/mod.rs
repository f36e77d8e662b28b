//! `covenant serve`: a local preview of the rendered document that reloads on every save.
//!
//! A small HTTP server (`tiny_http`) on 127.0.0.1 at a free port shows the document beside a
//! panel of diagnostics. A watcher (`notify`) rebuilds on every save; the page hears of it over
//! server-sent events. Only the page's own routes and files inside the agreement's repository
//! are served, each with a Content-Security-Policy that allows nothing from elsewhere.

mod build;
mod http;
mod state;
mod watch;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::lsp::uri::absolute;
use crate::model::words::Language;

/// Serves the preview of `file` until the process is stopped, printing its address first.
///
/// # Errors
/// The port cannot be opened or the files cannot be watched, in words.
pub fn run(file: &Path, language: Option<Language>) -> Result<(), String> {
    if !file.is_file() {
        return Err(format!("cannot read {}: no such file", file.display()));
    }
    let name = file.display().to_string();
    let root = repository_root(file);
    let server = tiny_http::Server::http("127.0.0.1:0")
        .map_err(|e| format!("cannot open a port on 127.0.0.1: {e}"))?;
    let port = server
        .server_addr()
        .to_ip()
        .map(|a| a.port())
        .ok_or("the server has no TCP address")?;
    let shared = Arc::new(state::Shared::default());
    let (ready, first_build) = std::sync::mpsc::channel();
    let watcher = {
        let shared = Arc::clone(&shared);
        let file = file.to_path_buf();
        std::thread::spawn(move || watch::watch(file, name, language, &shared, &ready))
    };
    if first_build.recv().is_err() {
        // The watcher ended before the first build: it could not watch the files.
        return match watcher.join() {
            Ok(result) => result,
            Err(_) => Err("the file watcher stopped unexpectedly".to_string()),
        };
    }
    println!("covenant serve: http://127.0.0.1:{port}/ (stop with Ctrl-C)");
    let site = http::Site {
        shared,
        root,
        folder: absolute(file)
            .parent()
            .map_or_else(|| PathBuf::from("."), Path::to_path_buf),
        port,
    };
    for request in server.incoming_requests() {
        if watcher.is_finished() {
            break;
        }
        site.handle(request);
    }
    match watcher.join() {
        Ok(result) => result,
        Err(_) => Err("the file watcher stopped unexpectedly".to_string()),
    }
}

/// The folder files may be served from: the nearest with `covenant.toml`, else the agreement's own.
fn repository_root(file: &Path) -> PathBuf {
    let folder = absolute(file)
        .parent()
        .map_or_else(|| PathBuf::from("."), Path::to_path_buf);
    crate::check::levels::find_config(&folder)
        .and_then(|c| c.parent().map(Path::to_path_buf))
        .unwrap_or(folder)
}
