"""Each quick fix: offered for its diagnostic, and applying it removes the diagnostic."""

import pytest
from lsprotocol import types

from conftest import apply_edits, open_file, replace_all


async def fix(client, path, text, code):
    """Opens `text`, applies the quick fix for its `code` diagnostic and returns the new
    text and its diagnostics."""
    found = await open_file(client, path, text)
    [d] = [d for d in found if d.code == code]
    actions = await client.text_document_code_action_async(
        types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=path.as_uri()),
            range=d.range,
            context=types.CodeActionContext(diagnostics=[d]),
        )
    )
    [action] = [a for a in actions if a.diagnostics and a.diagnostics[0].code == code]
    assert action.kind == types.CodeActionKind.QuickFix
    assert set(action.edit.changes) == {path.as_uri()}
    fixed = apply_edits(text, action.edit.changes[path.as_uri()])
    after = await replace_all(client, path, fixed, 2)
    return action.title, fixed, after


CASES = {
    "C006": ('party nieuw "Nieuw" {\n  sector private\n  role partner\n}\n', "Add a representative to `nieuw`"),
    "R001": ('deliverable extra "Extra" { by netbeheeer serves co2 }\n', "Change to `netbeheer`"),
    "R002": ('deliverable extra "Extra" { by netbeheer serves duurzam }\n', "Change to `duurzaam`"),
}


@pytest.mark.parametrize("code", sorted(CASES))
async def test_a_quick_fix_clears_its_diagnostic(client, repo, code):
    path = repo / "warmtenet-zwolle.covenant"
    addition, title = CASES[code]
    text = path.read_text() + addition
    got_title, fixed, after = await fix(client, path, text, code)
    assert got_title == title
    assert code not in [d.code for d in after], after


async def test_c006_adds_a_representative_skeleton(client, repo):
    path = repo / "warmtenet-zwolle.covenant"
    text = path.read_text() + CASES["C006"][0]
    _, fixed, _ = await fix(client, path, text, "C006")
    assert fixed.endswith(
        'party nieuw "Nieuw" {\n  sector private\n  role partner\n'
        '  representative "..." {\n    capacity "..."\n    mandate  "..."\n  }\n}\n'
    )


async def test_c001_adds_the_party_to_endorsed_by(client, repo):
    path = repo / "warmtenet-zwolle.covenant"
    text = path.read_text().replace(", aannemer\n", "\n", 1)
    title, fixed, after = await fix(client, path, text, "C001")
    assert title == "Add `aannemer` to endorsed-by"
    assert "endorsed-by gemeente, netbeheer, corporatie, cooperatie, aannemer\n" in fixed
    assert "C001" not in [d.code for d in after]


async def test_n002_writes_the_computed_total(client, repo):
    path = repo / "warmtenet-zwolle.covenant"
    text = path.read_text().replace("total      EUR 16_620_000", "total      EUR 16_000_000")
    title, fixed, after = await fix(client, path, text, "N002")
    assert title == "Write `total EUR 16_620_000`"
    assert "total      EUR 16_620_000" in fixed
    assert "N002" not in [d.code for d in after]


async def test_r004_points_a_report_at_the_nearest_body(client, repo):
    path = repo / "warmtenet-zwolle.covenant"
    text = path.read_text().replace("to        klankbord", "to        klankbort", 1)
    title, fixed, after = await fix(client, path, text, "R004")
    assert title == "Change to `klankbord`"
    assert "R004" not in [d.code for d in after]
