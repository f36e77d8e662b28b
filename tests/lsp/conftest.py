"""Drives the real `covenant lsp` binary over stdio with pytest-lsp.

The binary comes from COVENANT_BIN (set by tests/lsp_e2e.rs from Cargo's build).
Each test works on a fresh copy of the examples in a temporary folder.
"""

import asyncio
import json
import os
import pathlib
import shutil
import subprocess

import pytest
import pytest_lsp
from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient, client_capabilities

BIN = os.environ["COVENANT_BIN"]
EXAMPLES = pathlib.Path(__file__).resolve().parents[2] / "examples"


@pytest.fixture
def repo(tmp_path):
    """A copy of the examples, as a repository of its own."""
    target = tmp_path / "repo"
    shutil.copytree(EXAMPLES, target)
    return target


@pytest_lsp.fixture(config=ClientServerConfig(server_command=[BIN, "lsp"]))
async def client(lsp_client: LanguageClient, repo):
    params = types.InitializeParams(
        capabilities=client_capabilities("visual-studio-code"),
        workspace_folders=[types.WorkspaceFolder(uri=repo.as_uri(), name="repo")],
    )
    await lsp_client.initialize_session(params)
    yield
    await lsp_client.shutdown_session()


async def settled(client, uri, timeout=10.0):
    """Waits until diagnostics for `uri` arrive (after they were cleared) and returns them."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while uri not in client.diagnostics:
        if loop.time() > deadline:
            raise AssertionError(f"no diagnostics for {uri} within {timeout}s")
        await asyncio.sleep(0.01)
    return list(client.diagnostics[uri])


async def open_file(client, path, text=None):
    """Opens `path` (with `text`, else its content) and returns its diagnostics."""
    uri = path.as_uri()
    client.diagnostics.pop(uri, None)
    client.text_document_did_open(
        types.DidOpenTextDocumentParams(
            text_document=types.TextDocumentItem(
                uri=uri,
                language_id="covenant",
                version=1,
                text=path.read_text() if text is None else text,
            )
        )
    )
    return await settled(client, uri)


async def replace_all(client, path, text, version):
    """Replaces the whole text of an open document and returns its new diagnostics."""
    uri = path.as_uri()
    client.diagnostics.pop(uri, None)
    client.text_document_did_change(
        types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=version),
            content_changes=[types.TextDocumentContentChangeWholeDocument(text=text)],
        )
    )
    return await settled(client, uri)


def position_of(text, needle, delta=0):
    """The LSP position (UTF-16 columns) of the first `needle` in `text`, moved by `delta` characters."""
    index = text.index(needle) + delta
    line = text.count("\n", 0, index)
    start = text.rfind("\n", 0, index) + 1
    column = len(text[start:index].encode("utf-16-le")) // 2
    return types.Position(line=line, character=column)


def covered(text, range_):
    """The text an LSP range covers."""
    lines = text.split("\n")

    def offset(pos):
        line = lines[pos.line]
        units = line.encode("utf-16-le")[: pos.character * 2].decode("utf-16-le")
        return sum(len(l) + 1 for l in lines[: pos.line]) + len(units)

    return text[offset(range_.start) : offset(range_.end)]


def apply_edits(text, edits):
    """`text` with LSP text edits applied (from the last to the first)."""
    lines = text.split("\n")

    def offset(pos):
        line = lines[pos.line] if pos.line < len(lines) else ""
        units = line.encode("utf-16-le")[: pos.character * 2].decode("utf-16-le")
        return sum(len(l) + 1 for l in lines[: pos.line]) + len(units)

    spans = sorted(((offset(e.range.start), offset(e.range.end), e.new_text) for e in edits), reverse=True)
    for start, end, new in spans:
        text = text[:start] + new + text[end:]
    return text


def check_json(path):
    """The findings of `covenant check --format json` on a file."""
    result = subprocess.run([BIN, "check", "--format", "json", str(path)], capture_output=True, text=True)
    assert result.returncode in (0, 1), result.stderr
    return json.loads(result.stdout)
