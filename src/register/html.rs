//! The register as a minimal standalone HTML page.

use super::doc::{Block, blocks};
use super::{Register, Words};
use crate::render::xml::escape;

const STYLE: &str = "body{font-family:sans-serif;max-width:70rem;margin:2rem auto;padding:0 1rem}\
table{border-collapse:collapse;margin:0 0 1rem}th,td{border:1px solid #999;padding:.2rem .4rem;text-align:left;vertical-align:top}";

fn cells(tag: &str, cells: &[String]) -> String {
    let inner: String = cells
        .iter()
        .map(|c| format!("<{tag}>{}</{tag}>", escape(c)))
        .collect();
    format!("<tr>{inner}</tr>\n")
}

/// The register as an HTML page, worded by `words`.
#[must_use]
pub fn to_html(register: &Register, words: &Words) -> String {
    let mut body = String::new();
    for block in blocks(register, words) {
        match block {
            Block::Heading(level, text) => {
                body.push_str(&format!("<h{level}>{}</h{level}>\n", escape(&text)))
            }
            Block::Paragraph(text) => body.push_str(&format!("<p>{}</p>\n", escape(&text))),
            Block::List(items) => {
                body.push_str("<ul>\n");
                for item in items {
                    body.push_str(&format!("<li>{}</li>\n", escape(&item)));
                }
                body.push_str("</ul>\n");
            }
            Block::Table(head, rows) => {
                body.push_str("<table>\n<thead>\n");
                body.push_str(&cells("th", &head));
                body.push_str("</thead>\n<tbody>\n");
                for row in rows {
                    body.push_str(&cells("td", &row));
                }
                body.push_str("</tbody>\n</table>\n");
            }
        }
    }
    format!(
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n{body}</body>\n</html>\n",
        words.language.as_str(),
        escape(&words.get("title"))
    )
}
