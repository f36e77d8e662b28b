//! The register as Markdown (GitHub-flavoured tables).

use super::doc::{Block, blocks};
use super::{Register, Words};
use crate::render::escape::inline as escape;

fn row(cells: &[String]) -> String {
    let cells: Vec<String> = cells.iter().map(|c| escape(c)).collect();
    format!("| {} |\n", cells.join(" | "))
}

/// The register as a Markdown document, worded by `words`.
#[must_use]
pub fn to_markdown(register: &Register, words: &Words) -> String {
    let mut out = String::new();
    for block in blocks(register, words) {
        match block {
            Block::Heading(level, text) => {
                out.push_str(&format!(
                    "{} {}\n\n",
                    "#".repeat(usize::from(level)),
                    escape(&text)
                ));
            }
            Block::Paragraph(text) => out.push_str(&format!("{}\n\n", escape(&text))),
            Block::List(items) => {
                for item in items {
                    out.push_str(&format!("- {}\n", escape(&item)));
                }
                out.push('\n');
            }
            Block::Table(head, rows) => {
                out.push_str(&row(&head));
                out.push_str(&format!("|{}\n", " --- |".repeat(head.len())));
                for cells in rows {
                    out.push_str(&row(&cells));
                }
                out.push('\n');
            }
        }
    }
    out.truncate(out.trim_end().len());
    out.push('\n');
    out
}
