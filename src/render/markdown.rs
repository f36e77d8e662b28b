//! Tree content written as Markdown (CommonMark with GFM tables), every
//! text escaped with the one escaper, so agreement text cannot change the
//! document's structure.

use super::escape;
use super::tree::{Align, Block, Inline, ListStyle, Table};

/// Inlines as Markdown.
#[must_use]
pub fn inlines(inlines: &[Inline]) -> String {
    let mut out = String::new();
    write_inlines(inlines, &mut out);
    out
}

fn write_inlines(inlines: &[Inline], out: &mut String) {
    for inline in inlines {
        match inline {
            Inline::Text { text }
            | Inline::Term { text, .. }
            | Inline::Reference { text, .. }
            | Inline::Placeholder { text } => out.push_str(&escape::piece(text)),
            Inline::Emphasis { inlines } => wrap(inlines, "*", out),
            Inline::Strong { inlines } => wrap(inlines, "**", out),
            Inline::LineBreak => out.push_str("\\\n"),
        }
    }
}

/// Emphasis around the inlines, its spaces kept outside the markers.
fn wrap(inlines: &[Inline], marker: &str, out: &mut String) {
    let inner = self::inlines(inlines);
    let trimmed = inner.trim();
    if trimmed.is_empty() {
        out.push_str(&inner);
        return;
    }
    let lead = &inner[..inner.len() - inner.trim_start().len()];
    let tail = &inner[inner.trim_end().len()..];
    out.push_str(lead);
    out.push_str(marker);
    out.push_str(trimmed);
    out.push_str(marker);
    out.push_str(tail);
}

/// Blocks as Markdown, separated by blank lines.
#[must_use]
pub fn blocks(blocks: &[Block]) -> String {
    let parts: Vec<String> = blocks.iter().map(block).collect();
    parts.join("\n\n")
}

fn block(block: &Block) -> String {
    match block {
        Block::Paragraph { inlines } => self::inlines(inlines),
        Block::List(list) => {
            let items: Vec<String> = list
                .items
                .iter()
                .map(|item| {
                    let content = self::blocks(&item.blocks).replace("\n\n", " ");
                    match list.style {
                        ListStyle::Letter | ListStyle::Number => {
                            format!("{} {content}", item.label)
                        }
                        ListStyle::Bullet => format!("- {content}"),
                    }
                })
                .collect();
            match list.style {
                ListStyle::Letter => items.join("\\\n"),
                ListStyle::Number | ListStyle::Bullet => items.join("\n"),
            }
        }
        Block::Table(table) => self::table(table),
    }
}

/// A GFM table; the footer is its last row, in bold.
#[must_use]
pub fn table(table: &Table) -> String {
    let mut out = String::new();
    out.push('|');
    for column in &table.columns {
        out.push(' ');
        out.push_str(&escape::inline(&column.heading));
        out.push_str(" |");
    }
    out.push_str("\n|");
    for column in &table.columns {
        out.push_str(match column.align {
            Align::Left => " --- |",
            Align::Right => " ---: |",
        });
    }
    for row in &table.rows {
        out.push_str("\n|");
        for cell in &row.cells {
            out.push(' ');
            out.push_str(inlines(cell).replace("\\\n", " ").trim());
            out.push_str(" |");
        }
    }
    if let Some(footer) = &table.footer {
        out.push_str("\n|");
        for cell in &footer.cells {
            let text = inlines(cell).replace("\\\n", " ");
            let text = text.trim();
            if text.is_empty() {
                out.push_str("  |");
            } else {
                out.push_str(&format!(" **{text}** |"));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::tree::{List, ListItem};

    #[test]
    fn agreement_text_is_escaped_and_spaces_survive_between_runs() {
        let text = inlines(&[
            Inline::text("Zie "),
            Inline::Reference {
                target: "lid.deliverable.fase1".into(),
                text: "artikel 5, tweede lid".into(),
            },
            Inline::text(" | <b>"),
        ]);
        assert_eq!(text, "Zie artikel 5, tweede lid \\| \\<b\\>");
    }

    #[test]
    fn lettered_items_are_lines_of_one_paragraph() {
        let list = Block::List(List {
            style: ListStyle::Letter,
            items: vec![
                ListItem {
                    key: None,
                    label: "a.".into(),
                    blocks: vec![Block::Paragraph {
                        inlines: vec![Inline::text("een;")],
                    }],
                },
                ListItem {
                    key: None,
                    label: "b.".into(),
                    blocks: vec![Block::Paragraph {
                        inlines: vec![Inline::text("twee.")],
                    }],
                },
            ],
        });
        assert_eq!(blocks(&[list]), "a. een;\\\nb. twee.");
    }
}
