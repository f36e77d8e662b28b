//! The preview's routes: the page, its script and style, the document, its state and events.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use tiny_http::{Header, Method, Request, Response};

use super::state::Shared;
use crate::lsp::uri::percent_decode;

const PAGE: &str = include_str!("page.html");
const SCRIPT: &str = include_str!("page.js");
const STYLE: &str = include_str!("page.css");

/// The page and its assets: nothing but this server.
const PAGE_POLICY: &str = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; frame-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
/// The rendered document carries its CSS inline and runs no script.
const DOCUMENT_POLICY: &str = "default-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'self'";

/// Everything a request may need.
pub(crate) struct Site {
    /// The preview's state.
    pub(crate) shared: Arc<Shared>,
    /// No file outside this folder is served.
    pub(crate) root: PathBuf,
    /// Relative paths are taken from the agreement's folder.
    pub(crate) folder: PathBuf,
    /// The port, for checking the `Host` header.
    pub(crate) port: u16,
}

impl Site {
    /// Answers one request (server-sent events on a thread of their own).
    pub(crate) fn handle(&self, request: Request) {
        if !self.host_is_local(&request) {
            respond(
                request,
                text(403, "text/plain", "forbidden host".to_string()),
            );
            return;
        }
        if *request.method() != Method::Get {
            respond(request, text(405, "text/plain", "only GET".to_string()));
            return;
        }
        let path = request
            .url()
            .split(['?', '#'])
            .next()
            .unwrap_or("/")
            .to_string();
        match path.as_str() {
            "/" => respond(request, page(PAGE, "text/html; charset=utf-8")),
            "/page.js" => respond(request, page(SCRIPT, "text/javascript; charset=utf-8")),
            "/page.css" => respond(request, page(STYLE, "text/css; charset=utf-8")),
            "/document" => {
                let html = self.shared.lock().html.clone();
                let response = match html {
                    Some(html) => text(200, "text/html; charset=utf-8", html),
                    None => text(
                        503,
                        "text/plain; charset=utf-8",
                        "no document yet".to_string(),
                    ),
                };
                respond(request, with_policy(response, DOCUMENT_POLICY));
            }
            "/state.json" => {
                let json = serde_json::to_string(&*self.shared.lock()).unwrap_or_default();
                respond(request, text(200, "application/json", json));
            }
            "/events" => {
                let shared = Arc::clone(&self.shared);
                std::thread::spawn(move || events(request, &shared));
            }
            other => match self.file(other) {
                Some((bytes, kind)) => {
                    let response = header(Response::from_data(bytes), "Content-Type", kind);
                    respond(request, with_policy(response, DOCUMENT_POLICY));
                }
                None => respond(request, text(404, "text/plain", "not found".to_string())),
            },
        }
    }

    /// Whether the request names this server by a loopback name (no DNS rebinding).
    fn host_is_local(&self, request: &Request) -> bool {
        let host = request
            .headers()
            .iter()
            .find(|h| h.field.equiv("Host"))
            .map(|h| h.value.as_str().to_string());
        let port = self.port;
        host.is_some_and(|h| h == format!("127.0.0.1:{port}") || h == format!("localhost:{port}"))
    }

    /// A file inside the repository, by a path relative to the agreement's folder.
    fn file(&self, url_path: &str) -> Option<(Vec<u8>, &'static str)> {
        let relative = percent_decode(url_path.trim_start_matches('/'))?;
        let path = std::fs::canonicalize(self.folder.join(relative)).ok()?;
        let root = std::fs::canonicalize(&self.root).ok()?;
        if !path.starts_with(&root) || !path.is_file() {
            return None;
        }
        Some((std::fs::read(&path).ok()?, content_type(&path)))
    }
}

fn content_type(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()) {
        Some("png") => "image/png",
        Some("jpg" | "jpeg") => "image/jpeg",
        Some("svg") => "image/svg+xml",
        Some("gif") => "image/gif",
        Some("css") => "text/css; charset=utf-8",
        Some("html") => "text/html; charset=utf-8",
        _ => "text/plain; charset=utf-8",
    }
}

/// Streams one event per build until the browser goes away.
fn events(request: Request, shared: &Shared) {
    let mut writer = request.into_writer();
    let head = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-store\r\nConnection: keep-alive\r\n\r\n";
    let mut seen = shared.lock().version;
    if writer
        .write_all(head.as_bytes())
        .and_then(|()| writer.flush())
        .is_err()
    {
        return;
    }
    loop {
        let version = shared.wait_past(seen, Duration::from_secs(15));
        let message = if version > seen {
            format!("data: {version}\n\n")
        } else {
            // A comment keeps the connection open and finds out when it is closed.
            ": still here\n\n".to_string()
        };
        seen = version;
        if writer
            .write_all(message.as_bytes())
            .and_then(|()| writer.flush())
            .is_err()
        {
            return;
        }
    }
}

fn page(body: &str, kind: &str) -> Response<std::io::Cursor<Vec<u8>>> {
    with_policy(text(200, kind, body.to_string()), PAGE_POLICY)
}

fn text(status: u16, kind: &str, body: String) -> Response<std::io::Cursor<Vec<u8>>> {
    let response = Response::from_string(body).with_status_code(status);
    header(
        header(response, "Content-Type", kind),
        "Cache-Control",
        "no-store",
    )
}

fn with_policy<R: std::io::Read>(response: Response<R>, policy: &str) -> Response<R> {
    let response = header(response, "Content-Security-Policy", policy);
    header(response, "X-Content-Type-Options", "nosniff")
}

/// The response with one more header (the fixed ASCII names and values used here always fit).
fn header<R: std::io::Read>(response: Response<R>, name: &str, value: &str) -> Response<R> {
    match Header::from_bytes(name.as_bytes(), value.as_bytes()) {
        Ok(h) => response.with_header(h),
        Err(()) => response,
    }
}

fn respond<R: std::io::Read>(request: Request, response: Response<R>) {
    // The browser may have gone away; there is nobody to tell.
    let _ = request.respond(response);
}
