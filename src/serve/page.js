// The preview page: shows the latest findings and reloads the document after each build.
"use strict";

const frame = document.getElementById("document");
const status = document.getElementById("status");
const list = document.getElementById("findings");
let shownDocument = null;

function finding(f) {
  const item = document.createElement("li");
  item.className = f.severity;
  const code = document.createElement("span");
  code.className = "code";
  code.textContent = f.code;
  const where = document.createElement("span");
  where.className = "where";
  where.textContent = " " + f.file + ":" + f.line + ":" + f.column + " ";
  item.append(code, where, document.createTextNode(f.message));
  if (f.help) {
    const help = document.createElement("p");
    help.className = "help";
    help.textContent = "help: " + f.help;
    item.append(help);
  }
  return item;
}

async function refresh() {
  const response = await fetch("/state.json", { cache: "no-store" });
  const state = await response.json();
  list.replaceChildren(...state.findings.map(finding));
  const errors = state.findings.filter((f) => f.severity === "error").length;
  if (!state.current) {
    status.textContent = "The agreement does not read; the last good document is shown.";
    status.className = "stale";
  } else {
    status.textContent = state.findings.length === 0 ? "No findings." : errors + " error(s), " + (state.findings.length - errors) + " warning(s).";
    status.className = "";
  }
  document.body.dataset.version = String(state.version);
  if (state.document_version !== shownDocument && state.document_version > 0) {
    shownDocument = state.document_version;
    frame.src = "/document?v=" + state.document_version;
  }
}

const events = new EventSource("/events");
events.onmessage = refresh;
refresh();
