//! Tables: data tables with a repeating header row and a total, and the
//! signature blocks as a borderless table whose rows stay whole on one page.

use super::blocks::{Body, Para};
use super::styles::{CELL, SIGNATURES, TABLE};
use crate::render::tree::{Align, Inline, SignatureBlock, Table};
use crate::render::widths::{Page, column_widths};

/// The width of the text on an A4 page with 2.5 cm margins, in twentieths of a point.
const TEXT_WIDTH: u32 = 9070;

/// What an A4 page of the Word document offers a table in 9-point Arial:
/// Word does not hyphenate, so a long word widens its column.
const TABLE_PAGE: Page = Page {
    line: 88,
    longest_word: 22,
    padding: 3,
};

/// The fixed words of a signature block.
pub(crate) struct SignatureLabels {
    /// "Plaats".
    pub(crate) place: String,
    /// "Datum".
    pub(crate) date: String,
    /// "Naam".
    pub(crate) name: String,
    /// "Functie".
    pub(crate) capacity: String,
    /// "Handtekening".
    pub(crate) signature: String,
    /// The dotted line to sign on.
    pub(crate) blank: String,
}

/// A data table: header row repeated on every page, no row split over two pages.
pub(crate) fn table(body: &mut Body<'_>, table: &Table) {
    let widths = widths(&column_widths(table, TABLE_PAGE));
    open_table(body, TABLE, &widths);
    let aligns: Vec<Align> = table.columns.iter().map(|c| c.align).collect();
    body.raw("<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>");
    for (column, width) in table.columns.iter().zip(&widths) {
        let heading = [Inline::text(column.heading.clone())];
        let para = Para::new(CELL)
            .bold(true)
            .right(column.align == Align::Right);
        cell(body, *width, para, &heading, "");
    }
    body.raw("</w:tr>");
    for row in &table.rows {
        body.raw("<w:tr><w:trPr><w:cantSplit/></w:trPr>");
        let mut first = row.key.as_deref();
        for (i, width) in widths.iter().enumerate() {
            let content = row.cells.get(i).map_or(&[][..], Vec::as_slice);
            let align = aligns.get(i).copied().unwrap_or(Align::Left);
            let mut para = Para::new(CELL).right(align == Align::Right);
            if let Some(key) = first.take() {
                para = para.key(key);
            }
            cell(body, *width, para, content, "");
        }
        body.raw("</w:tr>");
    }
    if let Some(footer) = &table.footer {
        body.raw("<w:tr><w:trPr><w:cantSplit/></w:trPr>");
        let top = r#"<w:tcBorders><w:top w:val="single" w:sz="12" w:space="0" w:color="000000"/></w:tcBorders>"#;
        for (i, width) in widths.iter().enumerate() {
            let content = footer.cells.get(i).map_or(&[][..], Vec::as_slice);
            let align = aligns.get(i).copied().unwrap_or(Align::Left);
            let para = Para::new(CELL).bold(true).right(align == Align::Right);
            cell(body, *width, para, content, top);
        }
        body.raw("</w:tr>");
    }
    body.raw("</w:tbl>");
    body.paragraph(Para::new(CELL), &[]);
}

/// The signature blocks, two side by side. Rows never split, and each row is
/// kept with the next so the blocks stay together with the closing formula.
pub(crate) fn signatures(body: &mut Body<'_>, blocks: &[SignatureBlock], labels: &SignatureLabels) {
    if blocks.is_empty() {
        return;
    }
    let widths = widths(&[1, 1]);
    open_table(body, SIGNATURES, &widths);
    let rows: Vec<&[SignatureBlock]> = blocks.chunks(2).collect();
    for (r, pair) in rows.iter().enumerate() {
        let keep = r + 1 < rows.len();
        body.raw("<w:tr><w:trPr><w:cantSplit/></w:trPr>");
        for (i, width) in widths.iter().enumerate() {
            body.raw(&format!(
                r#"<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/></w:tcPr>"#
            ));
            match pair.get(i) {
                Some(block) => signature_cell(body, block, labels, keep),
                None => body.paragraph(Para::new(CELL), &[]),
            }
            body.raw("</w:tc>");
        }
        body.raw("</w:tr>");
    }
    body.raw("</w:tbl>");
}

fn signature_cell(
    body: &mut Body<'_>,
    block: &SignatureBlock,
    labels: &SignatureLabels,
    keep_with_next_row: bool,
) {
    let para = |last: bool| {
        let p = Para::new(CELL);
        if last && !keep_with_next_row {
            p
        } else {
            p.keep_next()
        }
    };
    let party = if block.placeholder {
        vec![Inline::Placeholder {
            text: block.party.clone(),
        }]
    } else {
        vec![Inline::text(block.party.clone())]
    };
    body.paragraph(
        para(false).key(&block.key).bold(true).space_before(480),
        &party,
    );
    let count = block.signatories.len();
    for (n, signatory) in block.signatories.iter().enumerate() {
        let lines = [
            (&labels.place, &signatory.place),
            (&labels.date, &signatory.date),
        ];
        for (label, value) in lines {
            labelled(body, para(false), label, value);
        }
        body.paragraph(
            para(false).space_before(720),
            &[Inline::text(format!(
                "{}: {}",
                labels.signature, labels.blank
            ))],
        );
        labelled(body, para(false), &labels.name, &signatory.name);
        let last = n + 1 == count;
        labelled(body, para(last), &labels.capacity, &signatory.capacity);
    }
    if count == 0 {
        body.paragraph(para(true), &[]);
    }
}

fn labelled(body: &mut Body<'_>, para: Para<'_>, label: &str, value: &[Inline]) {
    let mut inlines = vec![Inline::text(format!("{label}: "))];
    inlines.extend_from_slice(value);
    body.paragraph(para, &inlines);
}

/// Column widths in proportion to `weights`, filling the text width.
fn widths(weights: &[u32]) -> Vec<u32> {
    let total: u32 = weights.iter().sum::<u32>().max(1);
    weights.iter().map(|w| TEXT_WIDTH * w / total).collect()
}

fn open_table(body: &mut Body<'_>, style: &str, widths: &[u32]) {
    body.raw(&format!(
        concat!(
            r#"<w:tbl><w:tblPr><w:tblStyle w:val="{style}"/><w:tblW w:w="5000" w:type="pct"/>"#,
            r#"<w:tblLayout w:type="autofit"/><w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="1" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/>"#,
            r#"</w:tblPr><w:tblGrid>"#
        ),
        style = style
    ));
    for width in widths {
        body.raw(&format!(r#"<w:gridCol w:w="{width}"/>"#));
    }
    body.raw("</w:tblGrid>");
}

/// A cell of `width` with one paragraph; `borders` is a `tcBorders` element or empty.
/// A right-aligned cell (an amount) never breaks inside its text: "€ 16.620.000"
/// stays on one line.
fn cell(body: &mut Body<'_>, width: u32, para: Para<'_>, content: &[Inline], borders: &str) {
    body.raw(&format!(
        r#"<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>{borders}</w:tcPr>"#
    ));
    if para.right {
        body.paragraph(para, &unbreakable(content));
    } else {
        body.paragraph(para, content);
    }
    body.raw("</w:tc>");
}

/// The inlines with every space of their text a no-break space.
fn unbreakable(inlines: &[Inline]) -> Vec<Inline> {
    inlines
        .iter()
        .map(|inline| match inline {
            Inline::Text { text } => Inline::text(text.replace(' ', "\u{a0}")),
            other => other.clone(),
        })
        .collect()
}
