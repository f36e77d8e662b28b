"""Reads a PDF's logical structure with pikepdf and prints it as JSON.

Usage: python3 structure.py FILE.pdf

Prints: whether the document is marked (tagged), its language, the tag of the
structure tree root's children, every heading (tag and title) in tag order,
the bookmark titles in order, and how often each structure type occurs.
"""

import json
import sys

import pikepdf


def walk(element, found, counts, depth=0):
    """Visits the structure elements below `element` in reading order."""
    if depth > 200:
        raise SystemExit("structure tree deeper than 200 levels")
    kids = element.get("/K")
    if kids is None:
        return
    if not isinstance(kids, pikepdf.Array):
        kids = [kids]
    for kid in kids:
        if not isinstance(kid, pikepdf.Dictionary) or "/S" not in kid:
            continue  # a marked-content id or a content reference
        tag = str(kid["/S"])[1:]
        counts[tag] = counts.get(tag, 0) + 1
        if tag in ("H", "H1", "H2", "H3", "H4", "H5", "H6"):
            title = str(kid.get("/T", ""))
            found.append([tag, title])
        walk(kid, found, counts, depth + 1)


def outlines(pdf):
    """The bookmark titles, depth first."""
    titles = []
    with pdf.open_outline() as outline:
        stack = list(reversed(outline.root))
        while stack:
            item = stack.pop()
            titles.append(item.title)
            stack.extend(reversed(item.children))
    return titles


def main():
    pdf = pikepdf.open(sys.argv[1])
    root = pdf.Root
    tree = root.get("/StructTreeRoot")
    headings, counts = [], {}
    if tree is not None:
        walk(tree, headings, counts)
    mark_info = root.get("/MarkInfo")
    print(
        json.dumps(
            {
                "struct_tree_root": tree is not None,
                "marked": bool(mark_info is not None and mark_info.get("/Marked", False)),
                "lang": str(root.get("/Lang", "")),
                "display_doc_title": bool(
                    root.get("/ViewerPreferences", {}).get("/DisplayDocTitle", False)
                ),
                "headings": headings,
                "outlines": outlines(pdf),
                "counts": counts,
            },
            ensure_ascii=False,
        )
    )


if __name__ == "__main__":
    main()
