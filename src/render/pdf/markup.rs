//! Tree content written as Typst markup, with the one Typst escaper.
//!
//! Agreement text never becomes Typst code. In markup every ASCII punctuation
//! character is written behind a backslash, which Typst reads as that
//! character itself, so `#`, `$`, `*`, `_`, `<`, `@`, `` ` ``, `//`, `[`, `]`,
//! `~`, `--` and line-start markers (`=`, `-`, `+`, `1.`) are all plain text.
//! Whitespace is collapsed to single spaces (a paragraph break would change
//! the structure) and control characters are dropped. Where text must be code
//! (a label, a string argument) it is a string literal, [`string`].

use std::collections::HashMap;
use std::fmt::Write as _;

use serde_json::Value;
use tera::Tera;

use crate::render::tree::{Align, Block, Inline, List, ListStyle, Table};
use crate::render::widths::{Page, column_widths};

/// Text escaped for Typst markup.
#[must_use]
pub(crate) fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 4);
    let mut space = false;
    for c in text.chars() {
        if c.is_whitespace() {
            space = true;
            continue;
        }
        if c.is_control() {
            continue;
        }
        if space {
            // An initial ("A. Jansen") stays on the line of the name after it.
            out.push(if ends_with_initial(&out) { '~' } else { ' ' });
            space = false;
        }
        if c.is_ascii_punctuation() {
            out.push('\\');
        }
        out.push(c);
    }
    if space {
        out.push(' ');
    }
    out
}

/// Whether escaped text ends with initials: one or more times a capital letter
/// and a full stop (`A\.`, `J\.P\.`), at its start or after a space.
fn ends_with_initial(escaped: &str) -> bool {
    let mut rest = escaped;
    while let Some(before_stop) = rest.strip_suffix("\\.") {
        let mut chars = before_stop.chars();
        if !chars.next_back().is_some_and(char::is_uppercase) {
            return false;
        }
        rest = chars.as_str();
        if rest.is_empty() || rest.ends_with(' ') || rest.ends_with('~') {
            return true;
        }
    }
    false
}

/// Text as a Typst string literal, quotes included.
#[must_use]
pub(crate) fn string(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// A node key as a Typst label: `#label("lid.deliverable.fase1")`, attached to
/// the element before it.
#[must_use]
pub(crate) fn label(key: &str) -> String {
    format!("#label({})", string(key))
}

/// An invisible element carrying the label `key`, the target of references
/// to a lid, item or row.
#[must_use]
pub(crate) fn anchor(key: &str) -> String {
    format!("#metadata(none){}", label(key))
}

/// Registers the Typst filters on `tera`: `typ_str` (a string literal),
/// `label` (a node key as a label on the element before it) and `anchor` (an
/// invisible element carrying that label). Plain `{{ value }}` is escaped by
/// the engine with [`escape`].
pub(crate) fn register(tera: &mut Tera) {
    tera.register_filter("typ_str", Safe(string));
    tera.register_filter("label", Safe(label));
    tera.register_filter("anchor", Safe(anchor));
}

/// A filter writing its text argument as markup that is not escaped again.
struct Safe(fn(&str) -> String);

impl tera::Filter for Safe {
    fn filter(&self, value: &Value, _: &HashMap<String, Value>) -> tera::Result<Value> {
        let text = match value {
            Value::String(s) => s.clone(),
            Value::Number(n) => n.to_string(),
            Value::Null => String::new(),
            other => {
                return Err(tera::Error::msg(format!(
                    "not text, cannot write it as Typst: {other}"
                )));
            }
        };
        Ok(Value::String((self.0)(&text)))
    }

    fn is_safe(&self) -> bool {
        true
    }
}

/// Inlines as Typst markup.
#[must_use]
pub(crate) fn inlines(inlines: &[Inline]) -> String {
    let mut out = String::new();
    write_inlines(inlines, &mut out);
    out
}

fn write_inlines(inlines: &[Inline], out: &mut String) {
    for inline in inlines {
        match inline {
            Inline::Text { text } | Inline::Term { text, .. } => out.push_str(&escape(text)),
            Inline::Emphasis { inlines } => wrap("#emph[", inlines, out),
            Inline::Strong { inlines } => wrap("#strong[", inlines, out),
            Inline::Reference { target, text } => {
                // A link when the document labels the node once, else the text alone.
                let text = escape(text);
                let _ = write!(
                    out,
                    "#context {{ let t = label({}); \
                     if query(t).len() == 1 {{ link(t)[{text}] }} else [{text}] }}",
                    string(target)
                );
            }
            // A field to fill in is highlighted; a blank to write on (dots) is not.
            Inline::Placeholder { text } if text.chars().any(char::is_alphanumeric) => {
                out.push_str("#highlight[");
                out.push_str(&escape(text));
                out.push(']');
            }
            Inline::Placeholder { text } => out.push_str(&escape(text)),
            Inline::LineBreak => out.push_str("#linebreak()"),
        }
    }
}

fn wrap(open: &str, inlines: &[Inline], out: &mut String) {
    out.push_str(open);
    write_inlines(inlines, out);
    out.push(']');
}

/// Blocks as Typst markup, separated by paragraph breaks.
#[must_use]
pub(crate) fn blocks(blocks: &[Block]) -> String {
    let parts: Vec<String> = blocks.iter().map(block).collect();
    parts.join("\n\n")
}

fn block(block: &Block) -> String {
    match block {
        Block::Paragraph { inlines } => self::inlines(inlines),
        Block::List(list) => self::list(list),
        Block::Table(table) => self::table(table),
    }
}

/// A list: lettered and numbered items keep the tree's own markers ("a.", "1."),
/// each item labelled with its key so references to it link.
fn list(list: &List) -> String {
    let mut out = String::new();
    let item_body = |blocks: &[Block], key: Option<&str>| {
        let mut body = key.map(anchor).unwrap_or_default();
        body.push_str(&self::blocks(blocks));
        body
    };
    match list.style {
        ListStyle::Bullet => {
            out.push_str("#list(\n");
            for item in &list.items {
                let _ = writeln!(
                    out,
                    "  list.item[{}],",
                    item_body(&item.blocks, item.key.as_deref())
                );
            }
        }
        ListStyle::Letter | ListStyle::Number => {
            out.push_str("#enum(\n  numbering: n => (");
            for item in &list.items {
                out.push_str(&string(&item.label));
                out.push_str(", ");
            }
            out.push_str(").at(n - 1, default: \"\"),\n");
            for (i, item) in list.items.iter().enumerate() {
                let _ = writeln!(
                    out,
                    "  enum.item({})[{}],",
                    i + 1,
                    item_body(&item.blocks, item.key.as_deref())
                );
            }
        }
    }
    out.push(')');
    out
}

/// What an A4 page of the PDF offers a table: 453 points of 9.5-point
/// Libertinus (about 4.3 points a character) that hyphenates, 10 points of inset a cell.
const TABLE_PAGE: Page = Page {
    line: 104,
    longest_word: 16,
    padding: 3,
};

/// A table with a repeating header row, amounts right-aligned, the footer in bold.
#[must_use]
pub(crate) fn table(table: &Table) -> String {
    let side = |align: Align| match align {
        Align::Left => "left",
        Align::Right => "right",
    };
    let mut out = String::from("#table(\n  columns: (");
    for width in column_widths(table, TABLE_PAGE) {
        let _ = write!(out, "{width}fr, ");
    }
    out.push_str("),\n  align: (");
    for column in &table.columns {
        let _ = write!(out, "{}, ", side(column.align));
    }
    out.push_str("),\n  table.header(");
    for column in &table.columns {
        let _ = write!(out, "[{}], ", escape(&column.heading));
    }
    out.push_str("),\n");
    for row in &table.rows {
        out.push(' ');
        for (i, cell) in row.cells.iter().enumerate() {
            let anchor = match (&row.key, i) {
                (Some(key), 0) => self::anchor(key),
                _ => String::new(),
            };
            let _ = write!(out, " [{anchor}{}],", inlines(cell));
        }
        out.push('\n');
    }
    if let Some(footer) = &table.footer {
        out.push_str("  table.footer(repeat: false,");
        for cell in &footer.cells {
            let _ = write!(out, " [#strong[{}]],", inlines(cell));
        }
        out.push_str("),\n");
    }
    out.push(')');
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::tree::{Column, ListItem, Row};

    fn paragraph(text: &str) -> Block {
        Block::Paragraph {
            inlines: vec![Inline::text(text)],
        }
    }

    #[test]
    fn every_markup_character_is_escaped() {
        assert_eq!(
            escape("#set $x$ *b* _i_ <l> @r \\ `c` // ] [ ~ --"),
            "\\#set \\$x\\$ \\*b\\* \\_i\\_ \\<l\\> \\@r \\\\ \\`c\\` \\/\\/ \\] \\[ \\~ \\-\\-"
        );
        assert_eq!(escape("= kop"), "\\= kop");
        assert_eq!(escape("1. lid"), "1\\. lid");
    }

    #[test]
    fn an_initial_is_not_split_from_the_name() {
        assert_eq!(escape("door A. de Wit"), "door A\\.~de Wit");
        assert_eq!(escape("J.P. Mulder"), "J\\.P\\.~Mulder");
        assert_eq!(escape("NV. Mulder"), "NV\\. Mulder");
        assert_eq!(escape("M. A. Jansen"), "M\\.~A\\.~Jansen");
        assert_eq!(escape("in 2026. De"), "in 2026\\. De");
        assert_eq!(escape("fase A. Daarna"), "fase A\\.~Daarna");
    }

    #[test]
    fn whitespace_collapses_and_control_characters_go() {
        assert_eq!(escape("a \n\n  b\u{7}c "), "a bc ");
        assert_eq!(escape(" Zie"), " Zie");
    }

    #[test]
    fn strings_are_quoted_and_escaped() {
        assert_eq!(string("a\"b\\c\n"), "\"a\\\"b\\\\c\\n\"");
    }

    #[test]
    fn inlines_become_markup() {
        let text = inlines(&[
            Inline::text("Zie "),
            Inline::Reference {
                target: "lid.x".into(),
                text: "artikel 5".into(),
            },
            Inline::Strong {
                inlines: vec![Inline::text("*let op*")],
            },
            Inline::LineBreak,
            Inline::Placeholder {
                text: "[naam]".into(),
            },
            Inline::Placeholder {
                text: " ……".into()
            },
        ]);
        assert_eq!(
            text,
            "Zie #context { let t = label(\"lid.x\"); if query(t).len() == 1 \
             { link(t)[artikel 5] } else [artikel 5] }#strong[\\*let op\\*]\
             #linebreak()#highlight[\\[naam\\]] ……"
        );
    }

    #[test]
    fn a_reference_target_cannot_break_out_of_its_string() {
        let text = inlines(&[Inline::Reference {
            target: "x\"); panic(\"".into(),
            text: "t".into(),
        }]);
        assert!(text.contains("label(\"x\\\"); panic(\\\"\")"), "{text}");
    }

    #[test]
    fn the_string_filter_refuses_what_is_not_text() {
        let filter = Safe(string);
        let quoted = tera::Filter::filter(&filter, &Value::from("a\"b"), &HashMap::new());
        assert_eq!(quoted.ok(), Some(Value::from("\"a\\\"b\"")));
        let refused = tera::Filter::filter(&filter, &serde_json::json!({"a": 1}), &HashMap::new());
        assert!(refused.is_err());
    }

    #[test]
    fn lettered_items_keep_their_markers_and_keys() {
        let list = Block::List(List {
            style: ListStyle::Letter,
            items: vec![
                ListItem {
                    key: Some("item.definition.net".into()),
                    label: "a.".into(),
                    blocks: vec![paragraph("net;")],
                },
                ListItem {
                    key: None,
                    label: "b.".into(),
                    blocks: vec![paragraph("warmte.")],
                },
            ],
        });
        assert_eq!(
            blocks(&[list]),
            "#enum(\n  numbering: n => (\"a.\", \"b.\", ).at(n - 1, default: \"\"),\n  \
             enum.item(1)[#metadata(none)#label(\"item.definition.net\")net\\;],\n  \
             enum.item(2)[warmte\\.],\n)"
        );
    }

    #[test]
    fn a_table_has_a_header_keyed_rows_and_a_bold_footer() {
        let table = Table {
            key: "table.contributions".into(),
            columns: vec![
                Column {
                    role: "party".into(),
                    heading: "Partij".into(),
                    align: Align::Left,
                },
                Column {
                    role: "amount".into(),
                    heading: "Bedrag".into(),
                    align: Align::Right,
                },
            ],
            rows: vec![Row {
                key: Some("row.contribution.a".into()),
                cells: vec![vec![Inline::text("Gemeente")], vec![Inline::text("€ 10")]],
            }],
            footer: Some(Row {
                key: None,
                cells: vec![vec![Inline::text("Totaal")], vec![Inline::text("€ 10")]],
            }),
        };
        assert_eq!(
            self::table(&table),
            "#table(\n  columns: (524fr, 476fr, ),\n  align: (left, right, ),\n  \
             table.header([Partij], [Bedrag], ),\n  \
             [#metadata(none)#label(\"row.contribution.a\")Gemeente], [€ 10],\n  \
             table.footer(repeat: false, [#strong[Totaal]], [#strong[€ 10]],),\n)"
        );
    }
}
