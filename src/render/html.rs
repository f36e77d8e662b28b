//! Tree content written as HTML. Every text is escaped; nothing from the
//! agreement becomes markup, a link or an attribute.

use tera::escape_html;

use super::tree::{Align, Block, Inline, ListStyle, Table};

/// A node key as an HTML id: `lid.deliverable.fase1` becomes `lid-deliverable-fase1`.
#[must_use]
pub fn id(key: &str) -> String {
    key.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '-'
            }
        })
        .collect()
}

/// Inlines as HTML.
#[must_use]
pub fn inlines(inlines: &[Inline]) -> String {
    let mut out = String::new();
    write_inlines(inlines, &mut out);
    out
}

fn write_inlines(inlines: &[Inline], out: &mut String) {
    for inline in inlines {
        match inline {
            Inline::Text { text } => out.push_str(&escape_html(text)),
            Inline::Emphasis { inlines } => {
                out.push_str("<em>");
                write_inlines(inlines, out);
                out.push_str("</em>");
            }
            Inline::Strong { inlines } => {
                out.push_str("<strong>");
                write_inlines(inlines, out);
                out.push_str("</strong>");
            }
            Inline::Term { text, .. } => {
                out.push_str("<span class=\"term\">");
                out.push_str(&escape_html(text));
                out.push_str("</span>");
            }
            Inline::Reference { target, text } => {
                out.push_str(&format!("<a class=\"ref\" href=\"#{}\">", id(target)));
                out.push_str(&escape_html(text));
                out.push_str("</a>");
            }
            Inline::Placeholder { text } => {
                out.push_str("<span class=\"placeholder\">");
                out.push_str(&escape_html(text));
                out.push_str("</span>");
            }
            Inline::LineBreak => out.push_str("<br>"),
        }
    }
}

/// Blocks as HTML, one per line.
#[must_use]
pub fn blocks(blocks: &[Block]) -> String {
    let mut out = String::new();
    for block in blocks {
        write_block(block, &mut out);
    }
    out
}

fn write_block(block: &Block, out: &mut String) {
    match block {
        Block::Paragraph { inlines } => {
            out.push_str("<p>");
            write_inlines(inlines, out);
            out.push_str("</p>\n");
        }
        Block::List(list) => {
            let (open, close) = match list.style {
                ListStyle::Letter => ("<ol class=\"items\" type=\"a\">\n", "</ol>\n"),
                ListStyle::Number => ("<ol>\n", "</ol>\n"),
                ListStyle::Bullet => ("<ul>\n", "</ul>\n"),
            };
            out.push_str(open);
            for item in &list.items {
                match &item.key {
                    Some(key) => out.push_str(&format!("<li id=\"{}\">", id(key))),
                    None => out.push_str("<li>"),
                }
                match item.blocks.as_slice() {
                    [Block::Paragraph { inlines }] => write_inlines(inlines, out),
                    blocks => {
                        out.push('\n');
                        for b in blocks {
                            write_block(b, out);
                        }
                    }
                }
                out.push_str("</li>\n");
            }
            out.push_str(close);
        }
        Block::Table(table) => out.push_str(&self::table(table)),
    }
}

/// A table with a header, its rows keyed, the footer in `<tfoot>`.
#[must_use]
pub fn table(table: &Table) -> String {
    let class = |align: Align| match align {
        Align::Left => "",
        Align::Right => " class=\"right\"",
    };
    let mut out = format!("<table class=\"{}\">\n<thead>\n<tr>", id(&table.key));
    for column in &table.columns {
        out.push_str(&format!(
            "<th scope=\"col\"{}>{}</th>",
            class(column.align),
            escape_html(&column.heading)
        ));
    }
    out.push_str("</tr>\n</thead>\n<tbody>\n");
    let row = |cells: &[Vec<Inline>], out: &mut String, cell: &str| {
        for (i, c) in cells.iter().enumerate() {
            let align = table.columns.get(i).map_or(Align::Left, |col| col.align);
            out.push_str(&format!("<{cell}{}>", class(align)));
            write_inlines(c, out);
            out.push_str(&format!("</{cell}>"));
        }
    };
    for r in &table.rows {
        match &r.key {
            Some(key) => out.push_str(&format!("<tr id=\"{}\">", id(key))),
            None => out.push_str("<tr>"),
        }
        row(&r.cells, &mut out, "td");
        out.push_str("</tr>\n");
    }
    out.push_str("</tbody>\n");
    if let Some(footer) = &table.footer {
        out.push_str("<tfoot>\n<tr>");
        row(&footer.cells, &mut out, "td");
        out.push_str("</tr>\n</tfoot>\n");
    }
    out.push_str("</table>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_escaped_and_references_link_inside_the_document() {
        let html = inlines(&[
            Inline::text("<script>"),
            Inline::Reference {
                target: "lid.deliverable.fase1".into(),
                text: "artikel 5, tweede lid".into(),
            },
        ]);
        assert_eq!(
            html,
            "&lt;script&gt;<a class=\"ref\" href=\"#lid-deliverable-fase1\">artikel 5, tweede lid</a>"
        );
    }

    #[test]
    fn keys_become_valid_ids() {
        assert_eq!(id("row.goal.co2"), "row-goal-co2");
    }
}
