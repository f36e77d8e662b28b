// Starts `covenant lsp` for .covenant files. Everything else comes from the server.
"use strict";

const vscode = require("vscode");
const { LanguageClient } = require("vscode-languageclient/node");

let client;

function activate(context) {
  const command = vscode.workspace.getConfiguration("covenant").get("path", "covenant");
  const server = { command, args: ["lsp"] };
  client = new LanguageClient(
    "covenant",
    "covenant",
    { run: server, debug: server },
    { documentSelector: [{ scheme: "file", language: "covenant" }] }
  );
  context.subscriptions.push(client);
  return client.start();
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };
