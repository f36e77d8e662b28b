"""Reads a .docx back with python-docx and prints what the tests check, as JSON.

Usage: python3 read.py FILE.docx
"""

import json
import sys
import zipfile
import xml.dom.minidom

import docx
from docx.oxml.ns import qn


def main(path):
    # Every XML part must be well-formed on its own.
    with zipfile.ZipFile(path) as package:
        names = package.namelist()
        for name in names:
            if name.endswith(".xml") or name.endswith(".rels"):
                xml.dom.minidom.parseString(package.read(name))
    document = docx.Document(path)
    body = document.element.body
    paragraphs = []
    for p in document.paragraphs:
        num = p._p.pPr.numPr if p._p.pPr is not None else None
        paragraphs.append(
            {
                "style": p.style.name if p.style is not None else None,
                "text": p.text,
                "numId": int(num.numId.val) if num is not None and num.numId is not None else None,
                "ilvl": int(num.ilvl.val) if num is not None and num.ilvl is not None else None,
                "pageBreakBefore": bool(p.style is not None and p.style.paragraph_format.page_break_before),
            }
        )
    numbering = document.part.numbering_part.element
    levels = {}
    for abstract in numbering.findall(qn("w:abstractNum")):
        aid = abstract.get(qn("w:abstractNumId"))
        levels[aid] = [
            {
                "ilvl": int(lvl.get(qn("w:ilvl"))),
                "format": lvl.find(qn("w:numFmt")).get(qn("w:val")),
                "text": lvl.find(qn("w:lvlText")).get(qn("w:val")),
                "style": lvl.find(qn("w:pStyle")).get(qn("w:val")) if lvl.find(qn("w:pStyle")) is not None else None,
            }
            for lvl in abstract.findall(qn("w:lvl"))
        ]
    nums = {
        n.get(qn("w:numId")): n.find(qn("w:abstractNumId")).get(qn("w:val"))
        for n in numbering.findall(qn("w:num"))
    }
    instructions = [t.text for t in body.iter(qn("w:instrText"))]
    bookmarks = [b.get(qn("w:name")) for b in body.iter(qn("w:bookmarkStart"))]
    links = [h.get(qn("w:anchor")) for h in body.iter(qn("w:hyperlink"))]
    controls = [
        "".join(t.text or "" for t in sdt.iter(qn("w:t")))
        for sdt in body.iter(qn("w:sdt"))
    ]
    tables = []
    for table in document.tables:
        rows = []
        for row in table.rows:
            tr_pr = row._tr.trPr
            rows.append(
                {
                    "cells": [c.text for c in row.cells],
                    "header": tr_pr is not None and tr_pr.find(qn("w:tblHeader")) is not None,
                    "cantSplit": tr_pr is not None and tr_pr.find(qn("w:cantSplit")) is not None,
                    "keepNext": all(
                        p.paragraph_format.keep_with_next for c in row.cells for p in c.paragraphs
                    ),
                }
            )
        tables.append({"style": table.style.name if table.style is not None else None, "rows": rows})
    section = document.sections[-1]
    core = document.core_properties
    styles = document.styles
    normal = styles["Normal"]
    print(
        json.dumps(
            {
                "parts": names,
                "paragraphs": paragraphs,
                "levels": levels,
                "nums": nums,
                "instructions": instructions,
                "bookmarks": bookmarks,
                "links": links,
                "controls": controls,
                "tables": tables,
                "core": {
                    "title": core.title,
                    "subject": core.subject,
                    "language": core.language,
                    "version": core.version,
                    "created": core.created.isoformat() if core.created else None,
                },
                "page": {
                    "width": section.page_width,
                    "height": section.page_height,
                    "left": section.left_margin,
                    "top": section.top_margin,
                },
                "header": [p.text for p in section.header.paragraphs],
                "footer": [p.text for p in section.footer.paragraphs],
                "footer_fields": [
                    f.get(qn("w:instr")) for f in section.footer._element.iter(qn("w:fldSimple"))
                ],
                "normal_font": normal.font.name,
                "style_ids": sorted(s.style_id for s in styles if s.style_id),
            },
            ensure_ascii=False,
        )
    )


if __name__ == "__main__":
    main(sys.argv[1])
