//! Hover: a diagnostic's explain page, what an id names, a keyword's line of the reference.

use lsp_types::{Hover, HoverContents, MarkupContent, MarkupKind};

use super::analysis::Analysis;
use super::symbols::Kind;
use crate::check::lookup;
use crate::model::Agreement;
use crate::source::{FileId, Span};
use crate::syntax::ast::Item;
use crate::syntax::parse;

/// The language reference, for keyword hovers.
const REFERENCE: &str = include_str!("../../docs/language.md");

/// What to show for the cursor at byte `offset` of `file`.
pub(crate) fn hover(analysis: &Analysis, file: FileId, offset: usize) -> Option<Hover> {
    let at = Span::new(file, offset, offset);
    let (text, span) = diagnostic_page(analysis, at)
        .or_else(|| id_summary(analysis, at))
        .or_else(|| keyword_line(analysis.text(file), file, offset))?;
    Some(Hover {
        contents: HoverContents::Markup(MarkupContent {
            kind: MarkupKind::Markdown,
            value: text,
        }),
        range: Some(analysis.range(span)),
    })
}

fn covers(span: Span, at: Span) -> bool {
    span.file == at.file && span.start <= at.start && at.start <= span.end
}

fn diagnostic_page(analysis: &Analysis, at: Span) -> Option<(String, Span)> {
    let d = analysis
        .diagnostics
        .iter()
        .find(|d| covers(d.primary.span, at))?;
    let info = lookup(d.code)?;
    Some((info.explain.to_string(), d.primary.span))
}

fn id_summary(analysis: &Analysis, at: Span) -> Option<(String, Span)> {
    let target = analysis.symbols.at(at)?;
    let a = &analysis.loaded.agreement;
    let text = describe(a, analysis, target.kind, &target.name)
        .unwrap_or_else(|| format!("`{}` is not declared", target.name));
    Some((text, target.span))
}

/// A Markdown summary of what `name` (a `kind`) stands for.
fn describe(a: &Agreement, analysis: &Analysis, kind: Kind, name: &str) -> Option<String> {
    let slice = |span: Span| analysis.loaded.sources.slice(span).to_string();
    match kind {
        Kind::Actor => {
            if let Some(p) = a.party(name) {
                let mut out = format!("**party `{name}`**: {}", p.name.value);
                let facts: Vec<String> = [
                    p.sector.as_ref().map(|s| format!("sector {}", s.value)),
                    p.role.as_ref().map(|r| format!("role {}", r.value)),
                    p.selected_by
                        .as_ref()
                        .map(|s| format!("selected by {}", s.value)),
                ]
                .into_iter()
                .flatten()
                .collect();
                if !facts.is_empty() {
                    out.push_str(&format!("\n\n{}", facts.join(", ")));
                }
                for r in &p.representatives {
                    out.push_str(&format!("\n\n- represented by {}", r.name.value));
                    if let Some(c) = &r.capacity {
                        out.push_str(&format!(", {}", c.value));
                    }
                    if let Some(m) = &r.mandate {
                        out.push_str(&format!("; mandate: {}", slice(m.span)));
                    }
                }
                return Some(out);
            }
            let g = a.group(name)?;
            let members: Vec<&str> = g.members.iter().map(|m| m.value.as_str()).collect();
            Some(format!(
                "**group `{name}`**: {}\n\nmembers {}",
                g.name.value,
                members.join(", ")
            ))
        }
        Kind::Goal => {
            let g = a.goals.iter().find(|g| g.id.value == name)?;
            let mut out = format!("**goal `{name}`**: {}", g.title.value);
            if let Some(i) = &g.indicator {
                out.push_str(&format!("\n\nindicator: {}", i.value));
            }
            if let Some(t) = &g.target {
                out.push_str(&format!("\n\ntarget: {}", slice(t.span)));
                if let Some(d) = &g.deadline {
                    out.push_str(&format!(" by {}", d.value));
                }
            }
            Some(out)
        }
        Kind::Body => {
            let b = a.body(name)?;
            let members: Vec<&str> = b.members.iter().map(|m| m.value.as_str()).collect();
            Some(format!(
                "**body `{name}`**: {}\n\nmembers {}",
                b.name.value,
                members.join(", ")
            ))
        }
        Kind::Other => {
            let d = analysis.symbols.declaration(kind, name)?;
            let item = analysis.loaded.sources.slice(d.id.span);
            Some(format!("**{} `{item}`**", d.keyword))
        }
    }
}

/// The reference's line for the keyword at `offset`: a property's table row, an item's heading.
fn keyword_line(text: &str, file: FileId, offset: usize) -> Option<(String, Span)> {
    let parsed = parse(file, text);
    let top = parsed
        .items
        .iter()
        .find(|i| i.span.start as usize <= offset && offset <= i.span.end as usize)?;
    let (keyword, span) = keyword_in(top, offset)?;
    let section = section_of(top.kind.keyword());
    let line = row_for(section, keyword)
        .or_else(|| row_for(REFERENCE, keyword))
        .or_else(|| heading_for(keyword))?;
    Some((line, span))
}

/// The keyword (of an item or property) written at `offset` within `item`.
fn keyword_in(item: &Item, offset: usize) -> Option<(&'static str, Span)> {
    let inside = |span: Span| span.start as usize <= offset && offset <= span.end as usize;
    if inside(item.keyword) {
        return Some((item.kind.keyword(), item.keyword));
    }
    if let Some(p) = item
        .properties()
        .iter()
        .find(|p| inside(p.key_span) && p.key != "contribution")
    {
        return Some((p.key, p.key_span));
    }
    item.items()
        .iter()
        .find(|i| inside(i.span))
        .and_then(|i| keyword_in(i, offset))
}

/// The part of the reference about a top-level item, from its heading to the next.
fn section_of(keyword: &str) -> &'static str {
    let heading = format!("### `{keyword}`");
    let Some(start) = REFERENCE.find(&heading) else {
        return "";
    };
    let rest = &REFERENCE[start + heading.len()..];
    let end = rest
        .find("\n## ")
        .into_iter()
        .chain(rest.find("\n### "))
        .min();
    &REFERENCE[start..start + heading.len() + end.unwrap_or(rest.len())]
}

/// The table row of `keyword` in `text`, as "`keyword`: value. Example: ...".
fn row_for(text: &str, keyword: &str) -> Option<String> {
    let start = format!("| `{keyword}` |");
    let row = text.lines().find(|l| l.starts_with(&start))?;
    let cells: Vec<String> = row
        .trim_matches('|')
        .split(" | ")
        .map(|cell| cell.trim().replace("\\|", "|"))
        .collect();
    Some(match cells.as_slice() {
        [key, value, example] => format!("{key}: {value}\n\nexample: {example}"),
        [key, example] => format!("{key}\n\nexample: {example}"),
        _ => row.to_string(),
    })
}

/// An item's heading and its form line.
fn heading_for(keyword: &str) -> Option<String> {
    let section = section_of(keyword);
    let mut lines = section.lines().filter(|l| !l.trim().is_empty());
    let heading = lines.next()?.trim_start_matches('#').trim();
    let form = lines.next().unwrap_or("");
    Some(format!("{heading}\n\n{form}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn property_rows_come_from_their_item_section() {
        let line = row_for(section_of("party"), "sector").expect("a row");
        assert!(
            line.starts_with("`sector`: `public` | `private` | `civil`"),
            "{line}"
        );
        assert!(line.contains("example: `sector public`"), "{line}");
    }

    #[test]
    fn item_keywords_show_their_heading() {
        let line = heading_for("goal").expect("a heading");
        assert!(line.starts_with("`goal`: a measurable goal"), "{line}");
    }

    #[test]
    fn the_keyword_under_the_cursor_is_found_in_nested_items() {
        let text = "party a \"A\" {\n  representative \"R\" {\n    mandate statutory\n  }\n}\n";
        let at = text.find("mandate").unwrap_or_default() + 2;
        let (line, span) = keyword_line(text, FileId(0), at).expect("a hover");
        assert_eq!(&text[span.range()], "mandate");
        assert!(line.starts_with("`mandate`"), "{line}");
    }
}
