//! `covenant lsp`: a language server over standard input and output.
//!
//! Built on `lsp-server` and `lsp-types` (the synchronous scaffold of
//! rust-analyzer): one thread, no async runtime. Every answer comes from the
//! library's own pipeline: [`crate::model::load_text`], [`crate::check::check`]
//! and [`crate::format::format_text`].

mod actions;
mod analysis;
mod completion;
pub(crate) mod config;
mod document;
mod hover;
mod navigate;
mod outline;
mod position;
mod requests;
mod server;
mod symbols;
pub(crate) mod uri;

use lsp_server::Connection;
use lsp_types::{
    CodeActionKind, CodeActionOptions, CodeActionProviderCapability, CompletionOptions,
    HoverProviderCapability, InitializeParams, OneOf, PositionEncodingKind, RenameOptions,
    ServerCapabilities, TextDocumentSyncCapability, TextDocumentSyncKind, TextDocumentSyncOptions,
    TextDocumentSyncSaveOptions,
};

/// Serves one client over standard input and output until it exits.
///
/// # Errors
/// The connection fails or the client breaks the protocol, in words.
pub fn run() -> Result<(), String> {
    let (connection, threads) = Connection::stdio();
    serve(&connection)?;
    drop(connection);
    threads
        .join()
        .map_err(|e| format!("the connection closed badly: {e}"))
}

/// Serves one client over `connection` (standard I/O, or memory in benchmarks) until it
/// asks to shut down: the `initialize` handshake, then every request and notification.
///
/// # Errors
/// The client breaks the protocol, in words.
pub fn serve(connection: &Connection) -> Result<(), String> {
    let capabilities =
        serde_json::to_value(capabilities()).map_err(|e| format!("capabilities: {e}"))?;
    let params = connection
        .initialize(capabilities)
        .map_err(|e| format!("initialisation failed: {e}"))?;
    let params: InitializeParams =
        serde_json::from_value(params).map_err(|e| format!("bad initialize params: {e}"))?;
    server::Server::new(connection, &params).serve()
}

fn capabilities() -> ServerCapabilities {
    ServerCapabilities {
        position_encoding: Some(PositionEncodingKind::UTF16),
        text_document_sync: Some(TextDocumentSyncCapability::Options(
            TextDocumentSyncOptions {
                open_close: Some(true),
                change: Some(TextDocumentSyncKind::INCREMENTAL),
                save: Some(TextDocumentSyncSaveOptions::Supported(true)),
                ..TextDocumentSyncOptions::default()
            },
        )),
        hover_provider: Some(HoverProviderCapability::Simple(true)),
        completion_provider: Some(CompletionOptions {
            trigger_characters: Some(vec![" ".to_string(), ",".to_string()]),
            ..CompletionOptions::default()
        }),
        definition_provider: Some(OneOf::Left(true)),
        references_provider: Some(OneOf::Left(true)),
        rename_provider: Some(OneOf::Right(RenameOptions {
            prepare_provider: Some(true),
            work_done_progress_options: lsp_types::WorkDoneProgressOptions::default(),
        })),
        document_formatting_provider: Some(OneOf::Left(true)),
        document_symbol_provider: Some(OneOf::Left(true)),
        code_action_provider: Some(CodeActionProviderCapability::Options(CodeActionOptions {
            code_action_kinds: Some(vec![CodeActionKind::QUICKFIX]),
            ..CodeActionOptions::default()
        })),
        ..ServerCapabilities::default()
    }
}
