"""Diagnostics: on open, on change, in imported files, and after many rapid edits."""

import random

from lsprotocol import types

from conftest import apply_edits, check_json, covered, open_file, position_of, replace_all, settled


def summary(findings):
    return sorted((d.code, d.severity, d.range.start.line, d.range.start.character) for d in findings)


def check_summary(findings):
    severity = {"error": types.DiagnosticSeverity.Error, "warning": types.DiagnosticSeverity.Warning}
    return sorted((f["code"], severity[f["severity"]], f["line"] - 1, f["column"] - 1) for f in findings)


async def test_an_example_opens_clean_and_so_does_its_import(client, repo):
    path = repo / "warmtenet-zwolle.covenant"
    assert await open_file(client, path) == []
    imported = (repo / "partijen" / "gemeente-zwolle.covenant").as_uri()
    assert await settled(client, imported) == []
    assert check_json(path) == []


async def test_an_unknown_party_is_r001_at_its_utf16_range(client, repo):
    path = repo / "warmtenet-zwolle.covenant"
    text = path.read_text()
    await open_file(client, path)
    # "ë" and "€" stand before the id on its line: columns are UTF-16 units, not bytes.
    line = 'deliverable extra "Coöperatie-overleg ë € 5" { by onbekend serves co2 }\n'
    edited = text + line
    found = await replace_all(client, path, edited, 2)
    r001 = [d for d in found if d.code == "R001"]
    assert len(r001) == 1, found
    d = r001[0]
    assert d.severity == types.DiagnosticSeverity.Error
    assert d.range.start == position_of(edited, "onbekend serves")
    assert covered(edited, d.range) == "onbekend"
    assert "no party or group `onbekend` is declared" in d.message
    assert "help: " in d.message
    # The same finding as `covenant check` on the same text.
    path.write_text(edited)
    [expected] = [f for f in check_json(path) if f["code"] == "R001"]
    assert expected["message"] in d.message and expected["help"] in d.message
    assert (expected["line"] - 1, expected["end_line"] - 1) == (d.range.start.line, d.range.end.line)
    assert d.range.end.character - d.range.start.character == expected["end_column"] - expected["column"]


async def test_errors_in_an_imported_file_are_published_for_that_file(client, repo):
    parties = repo / "partijen" / "gemeente-zwolle.covenant"
    parties.write_text(parties.read_text().replace("sector     public", "sector     publik"))
    path = repo / "warmtenet-zwolle.covenant"
    own = await open_file(client, path)
    assert [d.code for d in own] == [], own
    theirs = await settled(client, parties.as_uri())
    assert [d.code for d in theirs] == ["S001"], theirs
    assert covered(parties.read_text(), theirs[0].range) == "publik"


async def test_an_unsaved_parties_file_is_what_its_importers_see(client, repo):
    parties = repo / "partijen" / "gemeente-zwolle.covenant"
    path = repo / "warmtenet-zwolle.covenant"
    assert await open_file(client, path) == []
    await open_file(client, parties)
    renamed = parties.read_text().replace("party gemeente ", "party gemeente_zwolle ")
    client.diagnostics.pop(path.as_uri(), None)
    await replace_all(client, parties, renamed, 2)
    # Not saved: the agreement is checked against the editor's text of its import.
    found = await settled(client, path.as_uri())
    assert "R001" in [d.code for d in found], found
    assert "gemeente_zwolle" not in parties.read_text()
    # Closed without saving: the agreement goes back to the file on disk.
    client.diagnostics.pop(path.as_uri(), None)
    client.text_document_did_close(
        types.DidCloseTextDocumentParams(text_document=types.TextDocumentIdentifier(uri=parties.as_uri()))
    )
    assert await settled(client, path.as_uri()) == []


async def test_lint_levels_come_from_covenant_toml(client, repo):
    path = repo / "warmtenet-zwolle.covenant"
    text = path.read_text() + 'deliverable extra "Extra" { by onbekend serves co2 }\n'
    (repo / "covenant.toml").write_text('[lints]\nR001 = "warn"\n')
    found = await open_file(client, path, text)
    [r001] = [d for d in found if d.code == "R001"]
    assert r001.severity == types.DiagnosticSeverity.Warning


async def test_two_hundred_rapid_edits_end_as_check_does(client, repo):
    path = repo / "warmtenet-zwolle.covenant"
    text = path.read_text()
    await open_file(client, path)
    rng = random.Random(12)
    insert_at = position_of(text, "ambition {")
    typed = 'party nieuw "Nieuwe partij ë" {\n  sector private\n  role partner\n}\n\n'
    version = 1
    for i in range(200):
        version += 1
        if i < len(typed):
            # Type the new party one character at a time, in UTF-16 columns.
            before = typed[:i]
            line = insert_at.line + before.count("\n")
            last = before.rsplit("\n", 1)[-1]
            column = len(last.encode("utf-16-le")) // 2 if "\n" in before else insert_at.character + len(last.encode("utf-16-le")) // 2
            pos = types.Position(line=line, character=column)
            change = types.TextDocumentContentChangePartial(range=types.Range(start=pos, end=pos), text=typed[i])
        else:
            # Then type and delete noise at random places.
            lines = text.split("\n")
            line = rng.randrange(len(lines))
            column = rng.randrange(len(lines[line]) + 1)
            pos = types.Position(line=line, character=len(lines[line][:column].encode("utf-16-le")) // 2)
            if rng.random() < 0.5:
                change = types.TextDocumentContentChangePartial(range=types.Range(start=pos, end=pos), text=rng.choice(["x", " ", "{", "\"", "é"]))
            else:
                end = types.Position(line=line, character=min(pos.character + 1, len(lines[line].encode("utf-16-le")) // 2))
                change = types.TextDocumentContentChangePartial(range=types.Range(start=pos, end=end), text="")
        text = apply_edits(text, [types.TextEdit(range=change.range, new_text=change.text)])
        client.text_document_did_change(
            types.DidChangeTextDocumentParams(
                text_document=types.VersionedTextDocumentIdentifier(uri=path.as_uri(), version=version),
                content_changes=[change],
            )
        )
    # A request is answered only after the pending check, and the server's messages keep
    # their order: once the answer is in, the last diagnostics received are the final ones.
    symbols = await client.text_document_document_symbol_async(
        types.DocumentSymbolParams(text_document=types.TextDocumentIdentifier(uri=path.as_uri()))
    )
    assert symbols is not None
    found = client.diagnostics[path.as_uri()]
    path.write_text(text)
    expected = [f for f in check_json(path) if f["file"] == str(path)]
    assert summary(found) == check_summary(expected)
    assert len(found) > 0
