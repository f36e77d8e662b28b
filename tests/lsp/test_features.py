"""Hover, completion, definition, references, rename, formatting and the outline."""

import subprocess

from lsprotocol import types

from conftest import BIN, covered, open_file, position_of, replace_all


def doc(path):
    return types.TextDocumentIdentifier(uri=path.as_uri())


async def hover(client, path, position):
    result = await client.text_document_hover_async(types.HoverParams(text_document=doc(path), position=position))
    assert result is not None
    return result.contents.value


async def test_hover_explains_a_diagnostic_an_id_and_a_keyword(client, repo):
    path = repo / "warmtenet-zwolle.covenant"
    text = path.read_text() + 'deliverable extra "Extra" { by onbekend serves co2 }\n'
    await open_file(client, path, text)
    page = await hover(client, path, position_of(text, "onbekend", 2))
    assert page.startswith("# R001 unknown-party")
    party = await hover(client, path, position_of(text, "by         netbeheer", 12))
    assert "**party `netbeheer`**: Warmte Netbeheer Zwolle B.V." in party
    assert "sector private, role operator" in party
    assert "represented by A. Jansen, algemeen directeur" in party
    imported = await hover(client, path, position_of(text, "endorsed-by gemeente", 13))
    assert "Gemeente Zwolle" in imported and "J. de Vries" in imported
    goal = await hover(client, path, position_of(text, "serves     duurzaam", 12))
    assert "**goal `duurzaam`**" in goal and "indicator:" in goal and "target: 70 by 2031-12-31" in goal
    keyword = await hover(client, path, position_of(text, "sector       private", 2))
    assert keyword.startswith("`sector`: `public` | `private` | `civil` | `knowledge`")


async def complete(client, path, position):
    result = await client.text_document_completion_async(
        types.CompletionParams(text_document=doc(path), position=position)
    )
    items = result.items if hasattr(result, "items") else result
    return [i.label for i in items]


async def test_completion_offers_what_the_grammar_allows_here(client, repo):
    path = repo / "warmtenet-zwolle.covenant"
    base = path.read_text()
    text = base + 'party nieuw "Nieuw" {\n  sector \n}\ndeliverable d "D" {\n  serves \n}\ndeliverable e "E" {\n  by \n}\nrisk r "R" {\n  \n}\n'
    await open_file(client, path, text)
    sector = position_of(text, "  sector \n}", 9)
    assert await complete(client, path, sector) == ["public", "private", "civil", "knowledge"]
    serves = position_of(text, "  serves \n", 9)
    assert await complete(client, path, serves) == ["ambition", "aansluitingen", "duurzaam", "betaalbaar", "co2", "draagvlak"]
    by = position_of(text, "  by \n}", 5)
    labels = await complete(client, path, by)
    assert labels[:1] == ["gemeente"] and "netbeheer" in labels and "aansluitingen" not in labels
    risk = position_of(text, 'risk r "R" {\n  \n', 15)
    labels = await complete(client, path, risk)
    for keyword in ["category", "likelihood", "impact", "bearers", "mitigation"]:
        assert keyword in labels, labels
    assert "sector" not in labels and "indicator" not in labels


async def test_definition_crosses_into_the_imported_file(client, repo):
    path = repo / "warmtenet-zwolle.covenant"
    text = path.read_text()
    await open_file(client, path)
    result = await client.text_document_definition_async(
        types.DefinitionParams(text_document=doc(path), position=position_of(text, "endorsed-by gemeente", 14))
    )
    parties = repo / "partijen" / "gemeente-zwolle.covenant"
    assert result.uri == parties.as_uri()
    assert result.range.start == position_of(parties.read_text(), "party gemeente", 6)


async def test_references_list_the_declaration_and_every_use(client, repo):
    path = repo / "warmtenet-zwolle.covenant"
    text = path.read_text()
    await open_file(client, path)
    result = await client.text_document_references_async(
        types.ReferenceParams(
            text_document=doc(path),
            position=position_of(text, "party corporatie", 8),
            context=types.ReferenceContext(include_declaration=True),
        )
    )
    assert all(covered(text, r.range) == "corporatie" for r in result)
    lines = sorted(r.range.start.line for r in result)
    assert lines[0] == position_of(text, "party corporatie").line
    # Every line naming `corporatie` as a word outside strings and comments.
    def code_of(line):
        return "".join(line.split("//")[0].split('"')[0::2])

    expected = [i for i, l in enumerate(text.split("\n")) if "corporatie" in code_of(l).replace(",", " ").split()]
    assert sorted(set(lines)) == expected
    assert len(lines) >= 5


async def test_rename_edits_the_agreement_and_the_imported_file(client, repo):
    path = repo / "warmtenet-zwolle.covenant"
    text = path.read_text()
    await open_file(client, path)
    result = await client.text_document_rename_async(
        types.RenameParams(text_document=doc(path), position=position_of(text, "endorsed-by gemeente", 14), new_name="zwolle")
    )
    parties = repo / "partijen" / "gemeente-zwolle.covenant"
    changes = result.changes
    assert set(changes) == {path.as_uri(), parties.as_uri()}
    assert all(covered(text, e.range) == "gemeente" for e in changes[path.as_uri()])
    assert len(changes[parties.as_uri()]) == 1
    assert all(e.new_text == "zwolle" for e in changes[path.as_uri()])


async def test_rename_in_a_parties_file_reaches_the_agreements_importing_it(client, repo):
    parties = repo / "partijen" / "gemeente-zwolle.covenant"
    text = parties.read_text()
    await open_file(client, parties)
    result = await client.text_document_rename_async(
        types.RenameParams(text_document=doc(parties), position=position_of(text, "party gemeente", 7), new_name="zwolle")
    )
    agreement = repo / "warmtenet-zwolle.covenant"
    assert agreement.as_uri() in result.changes
    uses = result.changes[agreement.as_uri()]
    assert all(covered(agreement.read_text(), e.range) == "gemeente" for e in uses)
    assert len(uses) >= 3


async def test_rename_refuses_a_name_that_is_not_an_identifier(client, repo):
    path = repo / "warmtenet-zwolle.covenant"
    text = path.read_text()
    await open_file(client, path)
    try:
        await client.text_document_rename_async(
            types.RenameParams(text_document=doc(path), position=position_of(text, "party netbeheer", 7), new_name="Net Beheer")
        )
    except Exception as error:  # pygls raises the server's error response
        assert "is not an identifier" in str(error)
    else:
        raise AssertionError("the rename was accepted")


async def test_formatting_gives_what_covenant_fmt_writes(client, repo):
    path = repo / "research-consortium.covenant"
    messy = path.read_text().replace("\n  ", "\n      ", 40)
    await open_file(client, path, messy)
    edits = await client.text_document_formatting_async(
        types.DocumentFormattingParams(text_document=doc(path), options=types.FormattingOptions(tab_size=2, insert_spaces=True))
    )
    assert len(edits) == 1
    path.write_text(messy)
    subprocess.run([BIN, "fmt", str(path)], check=True, capture_output=True)
    assert edits[0].new_text == path.read_text()
    assert edits[0].new_text != messy


async def test_document_symbols_outline_the_items(client, repo):
    path = repo / "warmtenet-zwolle.covenant"
    await open_file(client, path)
    symbols = await client.text_document_document_symbol_async(types.DocumentSymbolParams(text_document=doc(path)))
    names = [s.name for s in symbols]
    assert names[:3] == ['import "partijen/gemeente-zwolle.covenant"', 'covenant "Samenwerkingsovereenkomst Warmtenet Zwolle-Zuid"', "party netbeheer"]
    party = next(s for s in symbols if s.name == "party netbeheer")
    assert [c.name for c in party.children] == ['representative "A. Jansen"']
    assert "goal duurzaam" in names and "governance" in names
