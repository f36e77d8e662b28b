"""Writes a reference document with a house style of its own, for --reference-docx.

Usage: python3 make_reference.py OUT.docx
A5 portrait, 1.5 cm margins, Courier New as the Normal font, a red Heading 1,
a header and a footer.
"""

import sys

import docx
from docx.shared import Mm, RGBColor


def main(path):
    document = docx.Document()
    section = document.sections[0]
    section.page_width = Mm(148)
    section.page_height = Mm(210)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Mm(15))
    document.styles["Normal"].font.name = "Courier New"
    document.styles["Heading 1"].font.color.rgb = RGBColor(0xC0, 0x00, 0x00)
    section.header.paragraphs[0].text = "HUISSTIJL GEMEENTE ZWOLLE"
    section.footer.paragraphs[0].text = "Vertrouwelijk"
    document.add_paragraph("Deze tekst wordt niet overgenomen.")
    document.save(path)


if __name__ == "__main__":
    main(sys.argv[1])
