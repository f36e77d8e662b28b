//! The server's state and main loop: open documents, debounced checks, published diagnostics.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use crossbeam_channel::RecvTimeoutError;
use lsp_server::{Connection, Message, Notification, Request};
use lsp_types::notification::{
    DidChangeTextDocument, DidCloseTextDocument, DidOpenTextDocument, DidSaveTextDocument,
    Notification as _, PublishDiagnostics, ShowMessage,
};
use lsp_types::{
    DidChangeTextDocumentParams, DidCloseTextDocumentParams, DidOpenTextDocumentParams,
    DidSaveTextDocumentParams, InitializeParams, MessageType, PublishDiagnosticsParams,
    ShowMessageParams, Uri,
};

use super::analysis::Analysis;
use super::config::levels_for;
use super::document::Document;
use super::uri;
use crate::source::read::canonical;

/// How long after the last change a document is checked.
const DEBOUNCE: Duration = Duration::from_millis(40);

/// Everything the server knows.
pub(crate) struct Server<'c> {
    connection: &'c Connection,
    /// Open documents, by URI.
    pub(crate) documents: HashMap<String, Document>,
    /// The latest analysis of each open document, by URI.
    pub(crate) analyses: HashMap<String, Analysis>,
    /// What each document's analysis says about each file, by document and file URI.
    contributions: HashMap<String, BTreeMap<String, (Uri, Vec<lsp_types::Diagnostic>)>>,
    /// Documents changed since their last analysis.
    dirty: HashSet<String>,
    /// When the dirty documents are due to be checked.
    due: Option<Instant>,
    /// The workspace folder the client opened, if any.
    pub(crate) root: Option<PathBuf>,
}

impl<'c> Server<'c> {
    /// A server for a connection that has been initialised with `params`.
    pub(crate) fn new(connection: &'c Connection, params: &InitializeParams) -> Self {
        let root = params
            .workspace_folders
            .as_ref()
            .and_then(|f| f.first())
            .and_then(|f| uri::to_path(&f.uri));
        Self {
            connection,
            documents: HashMap::new(),
            analyses: HashMap::new(),
            contributions: HashMap::new(),
            dirty: HashSet::new(),
            due: None,
            root,
        }
    }

    /// Handles messages until the client asks to shut down and exit.
    pub(crate) fn serve(&mut self) -> Result<(), String> {
        loop {
            let message = match self.due {
                Some(due) => {
                    let wait = due.saturating_duration_since(Instant::now());
                    match self.connection.receiver.recv_timeout(wait) {
                        Ok(message) => Some(message),
                        Err(RecvTimeoutError::Timeout) => None,
                        Err(RecvTimeoutError::Disconnected) => return Ok(()),
                    }
                }
                None => match self.connection.receiver.recv() {
                    Ok(message) => Some(message),
                    Err(_) => return Ok(()),
                },
            };
            match message {
                None => self.flush(),
                Some(Message::Request(request)) => {
                    if self
                        .connection
                        .handle_shutdown(&request)
                        .map_err(|e| e.to_string())?
                    {
                        return Ok(());
                    }
                    self.flush();
                    let response = self.respond(request);
                    self.send(Message::Response(response));
                }
                Some(Message::Notification(notification)) => self.notified(notification),
                Some(Message::Response(_)) => {}
            }
        }
    }

    fn respond(&mut self, request: Request) -> lsp_server::Response {
        super::requests::respond(self, request)
    }

    fn notified(&mut self, n: Notification) {
        match n.method.as_str() {
            DidOpenTextDocument::METHOD => {
                if let Ok(p) = n.extract::<DidOpenTextDocumentParams>(DidOpenTextDocument::METHOD) {
                    let uri = p.text_document.uri;
                    let levels = self.levels(&uri);
                    let key = uri.as_str().to_string();
                    self.documents.insert(
                        key.clone(),
                        Document::new(uri, p.text_document.text, levels),
                    );
                    self.analyse(&key);
                }
            }
            DidChangeTextDocument::METHOD => {
                if let Ok(p) =
                    n.extract::<DidChangeTextDocumentParams>(DidChangeTextDocument::METHOD)
                {
                    let key = p.text_document.uri.as_str().to_string();
                    if let Some(doc) = self.documents.get_mut(&key) {
                        doc.apply(p.content_changes);
                        // Agreements importing this file see its unsaved text.
                        let importers = self.importers_of(&key);
                        self.dirty.extend(importers);
                        self.dirty.insert(key);
                        self.due = Some(Instant::now() + DEBOUNCE);
                    }
                }
            }
            DidSaveTextDocument::METHOD => {
                if let Ok(p) = n.extract::<DidSaveTextDocumentParams>(DidSaveTextDocument::METHOD) {
                    let key = p.text_document.uri.as_str().to_string();
                    let levels = self.levels(&p.text_document.uri);
                    if let Some(doc) = self.documents.get_mut(&key) {
                        doc.levels = levels;
                    }
                    // Agreements importing a saved parties file see its new text.
                    let keys: Vec<String> = self.documents.keys().cloned().collect();
                    self.dirty.extend(keys);
                    self.flush();
                }
            }
            DidCloseTextDocument::METHOD => {
                if let Ok(p) = n.extract::<DidCloseTextDocumentParams>(DidCloseTextDocument::METHOD)
                {
                    let key = p.text_document.uri.as_str().to_string();
                    // Agreements importing this file go back to its text on disk.
                    let importers = self.importers_of(&key);
                    self.documents.remove(&key);
                    self.analyses.remove(&key);
                    self.dirty.remove(&key);
                    let old = self.contributions.remove(&key).unwrap_or_default();
                    self.publish(old.into_values().map(|(uri, _)| uri).collect());
                    self.dirty.extend(importers);
                    self.flush();
                }
            }
            _ => {}
        }
    }

    /// The levels for a document, telling the user when its `covenant.toml` is unusable.
    fn levels(&self, uri: &Uri) -> crate::check::Levels {
        let Some(path) = uri::to_path(uri) else {
            return crate::check::Levels::default();
        };
        match levels_for(&path) {
            Ok(levels) => levels,
            Err(message) => {
                self.notify::<ShowMessage>(ShowMessageParams {
                    typ: MessageType::ERROR,
                    message: format!("{message}; checking with the default levels"),
                });
                crate::check::Levels::default()
            }
        }
    }

    /// Checks every document changed since its last check.
    pub(crate) fn flush(&mut self) {
        self.due = None;
        let dirty: Vec<String> = self.dirty.drain().collect();
        for key in dirty {
            self.analyse(&key);
        }
    }

    /// The open documents whose last analysis imported the document `key`.
    fn importers_of(&self, key: &str) -> Vec<String> {
        let Some(doc) = self.documents.get(key) else {
            return Vec::new();
        };
        let path = canonical(&doc.path);
        self.analyses
            .iter()
            .filter(|(other, analysis)| {
                other.as_str() != key
                    && analysis
                        .loaded
                        .sources
                        .iter()
                        .skip(1)
                        .any(|(_, file)| canonical(&file.path) == path)
            })
            .map(|(other, _)| other.clone())
            .collect()
    }

    fn analyse(&mut self, key: &str) {
        let Some(doc) = self.documents.get(key) else {
            return;
        };
        let open: Vec<(PathBuf, &str)> = self
            .documents
            .values()
            .filter(|other| other.uri != doc.uri)
            .map(|other| (canonical(&other.path), other.text.as_str()))
            .collect();
        let held = |path: &Path| {
            open.iter()
                .find(|(p, _)| p == path)
                .map(|(_, text)| (*text).to_string())
        };
        let analysis = Analysis::with_open(
            &doc.path,
            doc.text.clone(),
            &doc.levels,
            Some(doc.uri.clone()),
            &held,
        );
        let new = analysis.published();
        let old = self.contributions.insert(key.to_string(), new.clone());
        self.analyses.insert(key.to_string(), analysis);
        let mut touched: Vec<Uri> = new.into_values().map(|(uri, _)| uri).collect();
        touched.extend(old.unwrap_or_default().into_values().map(|(uri, _)| uri));
        self.publish(touched);
    }

    /// Publishes, for each file, what every open document's analysis says about it.
    fn publish(&self, files: Vec<Uri>) {
        let mut seen = HashSet::new();
        for file in files {
            if !seen.insert(file.as_str().to_string()) {
                continue;
            }
            let mut found: Vec<lsp_types::Diagnostic> = Vec::new();
            for by_file in self.contributions.values() {
                for d in by_file
                    .get(file.as_str())
                    .map(|(_, d)| d)
                    .into_iter()
                    .flatten()
                {
                    if !found.contains(d) {
                        found.push(d.clone());
                    }
                }
            }
            self.notify::<PublishDiagnostics>(PublishDiagnosticsParams::new(file, found, None));
        }
    }

    fn notify<N: lsp_types::notification::Notification>(&self, params: N::Params) {
        self.send(Message::Notification(Notification::new(
            N::METHOD.to_string(),
            params,
        )));
    }

    fn send(&self, message: Message) {
        // A closed channel means the client is gone; the main loop ends on the next receive.
        let _ = self.connection.sender.send(message);
    }
}
