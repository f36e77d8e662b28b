//! Answers to the client's requests.

use lsp_server::{ErrorCode, Request, Response};
use lsp_types::request::{
    CodeActionRequest, Completion, DocumentSymbolRequest, Formatting, GotoDefinition, HoverRequest,
    PrepareRenameRequest, References, Rename, Request as _,
};
use lsp_types::{
    CodeActionOrCommand, CodeActionResponse, CompletionResponse, DocumentSymbolResponse,
    GotoDefinitionResponse, Position, PrepareRenameResponse, Range, TextEdit,
};

use super::analysis::Analysis;
use super::position::LineIndex;
use super::server::Server;
use super::{actions, completion, hover, navigate, outline};
use crate::format::{FormatError, format_text};
use crate::source::{FileId, Span};

/// The response to one request.
pub(crate) fn respond(server: &mut Server<'_>, request: Request) -> Response {
    let id = request.id.clone();
    let result = match request.method.as_str() {
        HoverRequest::METHOD => run::<HoverRequest>(request, |p| {
            let p = p.text_document_position_params;
            Ok(at(server, &p.text_document.uri, p.position)
                .and_then(|(a, offset)| hover::hover(a, FileId(0), offset)))
        }),
        Completion::METHOD => run::<Completion>(request, |p| {
            let p = p.text_document_position;
            let Some((a, offset)) = at(server, &p.text_document.uri, p.position) else {
                return Ok(None);
            };
            let items = completion::complete(a.text(FileId(0)), offset, &a.symbols);
            Ok(Some(CompletionResponse::Array(items)))
        }),
        GotoDefinition::METHOD => run::<GotoDefinition>(request, |p| {
            let p = p.text_document_position_params;
            let Some((a, offset)) = at(server, &p.text_document.uri, p.position) else {
                return Ok(None);
            };
            let target = a.symbols.at(Span::new(FileId(0), offset, offset));
            Ok(target
                .and_then(|t| a.symbols.declaration(t.kind, &t.name))
                .and_then(|d| a.location(d.id.span))
                .map(GotoDefinitionResponse::Scalar))
        }),
        References::METHOD => run::<References>(request, |p| {
            let with_declaration = p.context.include_declaration;
            let p = p.text_document_position;
            Ok(navigate::references(
                server,
                &p.text_document.uri,
                p.position,
                with_declaration,
            ))
        }),
        PrepareRenameRequest::METHOD => run::<PrepareRenameRequest>(request, |p| {
            let Some((a, offset)) = at(server, &p.text_document.uri, p.position) else {
                return Ok(None);
            };
            Ok(a.symbols.at(Span::new(FileId(0), offset, offset)).map(|t| {
                PrepareRenameResponse::RangeWithPlaceholder {
                    range: a.range(t.span),
                    placeholder: t.name,
                }
            }))
        }),
        Rename::METHOD => run::<Rename>(request, |p| {
            let position = p.text_document_position;
            navigate::rename(
                server,
                &position.text_document.uri,
                position.position,
                &p.new_name,
            )
        }),
        Formatting::METHOD => run::<Formatting>(request, |p| {
            let Some(doc) = server.documents.get(p.text_document.uri.as_str()) else {
                return Ok(None);
            };
            match format_text(&doc.text) {
                Ok(formatted) if formatted == doc.text => Ok(Some(Vec::new())),
                Ok(formatted) => {
                    let lines = LineIndex::new(&doc.text);
                    let end = lines.position(&doc.text, doc.text.len());
                    Ok(Some(vec![TextEdit::new(
                        Range::new(Position::new(0, 0), end),
                        formatted,
                    )]))
                }
                // The syntax errors are already shown; there is nothing to format yet.
                Err(FormatError::Syntax(_)) => Ok(None),
                Err(error) => Err(error.to_string()),
            }
        }),
        DocumentSymbolRequest::METHOD => run::<DocumentSymbolRequest>(request, |p| {
            Ok(server
                .documents
                .get(p.text_document.uri.as_str())
                .map(|doc| DocumentSymbolResponse::Nested(outline::outline(&doc.text))))
        }),
        CodeActionRequest::METHOD => run::<CodeActionRequest>(request, |p| {
            let Some(a) = server.analyses.get(p.text_document.uri.as_str()) else {
                return Ok(None);
            };
            let start = a.offset(FileId(0), p.range.start);
            let end = a.offset(FileId(0), p.range.end);
            let fixes: CodeActionResponse = actions::quick_fixes(a, FileId(0), start, end)
                .into_iter()
                .map(CodeActionOrCommand::CodeAction)
                .collect();
            Ok(Some(fixes))
        }),
        _ => {
            return Response::new_err(
                id,
                ErrorCode::MethodNotFound as i32,
                format!("covenant lsp does not answer `{}`", request.method),
            );
        }
    };
    match result {
        Ok(value) => Response::new_ok(id, value),
        Err(message) => Response::new_err(id, ErrorCode::InvalidParams as i32, message),
    }
}

/// The analysis of an open document and the byte offset of `position` in it.
fn at<'s>(
    server: &'s Server<'_>,
    uri: &lsp_types::Uri,
    position: Position,
) -> Option<(&'s Analysis, usize)> {
    let a = server.analyses.get(uri.as_str())?;
    Some((a, a.offset(FileId(0), position)))
}

/// Decodes the parameters of a request of type `R`, answers it with `f` and encodes the result.
fn run<R: lsp_types::request::Request>(
    request: Request,
    f: impl FnOnce(R::Params) -> Result<R::Result, String>,
) -> Result<serde_json::Value, String> {
    let params: R::Params = serde_json::from_value(request.params)
        .map_err(|e| format!("bad parameters for `{}`: {e}", R::METHOD))?;
    let result = f(params)?;
    serde_json::to_value(result).map_err(|e| e.to_string())
}
