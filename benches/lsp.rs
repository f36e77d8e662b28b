//! Language server latency: from an edit to the diagnostics for it, through a real server.
//!
//! The server runs on its own thread behind an in-memory connection, exactly as over stdio.
//! Each iteration sends one incremental edit of a ~400-line agreement, then a request (which
//! makes the server check at once instead of after its 40 ms debounce), and times until the
//! `publishDiagnostics` for the edited file arrives: applying the change, loading, checking
//! and converting the findings.

use std::path::Path;
use std::time::{Duration, Instant};

use criterion::{Criterion, criterion_group, criterion_main};
use lsp_server::{Connection, Message, Notification, Request, RequestId};
use lsp_types::notification::{
    DidChangeTextDocument, DidOpenTextDocument, Exit, Initialized, Notification as _,
    PublishDiagnostics,
};
use lsp_types::request::{DocumentSymbolRequest, Initialize, Request as _, Shutdown};
use serde_json::json;

const AGREEMENT: &str = "examples/jeugdzorg-netwerk.covenant";

fn send_request(client: &Connection, id: i32, method: &str, params: serde_json::Value) {
    let request = Request::new(RequestId::from(id), method.to_string(), params);
    client
        .sender
        .send(Message::Request(request))
        .expect("the server is up");
}

fn send_notification(client: &Connection, method: &str, params: serde_json::Value) {
    let n = Notification::new(method.to_string(), params);
    client
        .sender
        .send(Message::Notification(n))
        .expect("the server is up");
}

/// Receives until the response to request `id`.
fn until_response(client: &Connection, id: i32) {
    loop {
        match client.receiver.recv_timeout(Duration::from_secs(10)) {
            Ok(Message::Response(r)) if r.id == RequestId::from(id) => return,
            Ok(_) => {}
            Err(e) => panic!("no response to request {id}: {e}"),
        }
    }
}

/// Receives until diagnostics for `uri` are published; returns how many there are.
fn until_diagnostics(client: &Connection, uri: &str) -> usize {
    loop {
        match client.receiver.recv_timeout(Duration::from_secs(10)) {
            Ok(Message::Notification(n)) if n.method == PublishDiagnostics::METHOD => {
                if n.params["uri"] == uri {
                    return n.params["diagnostics"].as_array().map_or(0, Vec::len);
                }
            }
            Ok(_) => {}
            Err(e) => panic!("no diagnostics for {uri}: {e}"),
        }
    }
}

fn diagnostics_after_edit(c: &mut Criterion) {
    let path = std::fs::canonicalize(Path::new(AGREEMENT)).expect("the example exists");
    let text = std::fs::read_to_string(&path).expect("the example reads");
    let uri = format!("file://{}", path.display());
    let (server, client) = Connection::memory();
    let thread = std::thread::spawn(move || covenant::lsp::serve(&server));
    send_request(
        &client,
        1,
        Initialize::METHOD,
        json!({ "capabilities": {} }),
    );
    until_response(&client, 1);
    send_notification(&client, Initialized::METHOD, json!({}));
    send_notification(
        &client,
        DidOpenTextDocument::METHOD,
        json!({ "textDocument": { "uri": uri, "languageId": "covenant", "version": 1, "text": text } }),
    );
    until_diagnostics(&client, &uri);
    // Edits land inside the title string of the first line that has one: the text stays valid.
    let (line, column) = text
        .lines()
        .enumerate()
        .find_map(|(i, l)| l.find('"').map(|c| (i, c + 1)))
        .expect("a string in the example");
    let mut version = 1;
    let mut id = 1;
    c.bench_function("lsp/diagnostics_after_edit_390_lines", |b| {
        b.iter_custom(|iterations| {
            let mut total = Duration::ZERO;
            for _ in 0..iterations {
                version += 1;
                id += 1;
                let position = json!({ "line": line, "character": column });
                let start = Instant::now();
                send_notification(
                    &client,
                    DidChangeTextDocument::METHOD,
                    json!({
                        "textDocument": { "uri": uri, "version": version },
                        "contentChanges": [{ "range": { "start": position, "end": position }, "text": "x" }]
                    }),
                );
                send_request(
                    &client,
                    id,
                    DocumentSymbolRequest::METHOD,
                    json!({ "textDocument": { "uri": uri } }),
                );
                std::hint::black_box(until_diagnostics(&client, &uri));
                total += start.elapsed();
                until_response(&client, id);
            }
            total
        });
    });
    send_request(&client, 0, Shutdown::METHOD, json!(null));
    until_response(&client, 0);
    send_notification(&client, Exit::METHOD, json!(null));
    thread
        .join()
        .expect("the server thread ends")
        .expect("the server ends cleanly");
}

criterion_group!(benches, diagnostics_after_edit);
criterion_main!(benches);
