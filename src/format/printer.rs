//! Writing the syntax tree back as text in the canonical layout, with the
//! comments found between its nodes put back in place.

use super::trivia::{Comment, comments};
use super::values::{value_text, values};
use crate::syntax::ast::{Block, Item, ItemKind, Property};

/// Spaces per block level.
const INDENT: usize = 2;

/// Builds the formatted text of one file.
pub(super) struct Printer<'s> {
    source: &'s str,
    out: String,
}

/// The comments in the space between two nodes: one on the line where the
/// first node ends, and the ones on lines of their own.
struct Gap<'s> {
    trailing: Option<Comment<'s>>,
    leading: Vec<Comment<'s>>,
}

/// A property or nested item of a block.
#[derive(Clone, Copy)]
enum Entry<'a> {
    Property(&'a Property),
    Item(&'a Item),
}

impl Entry<'_> {
    fn start(self) -> usize {
        match self {
            Entry::Property(p) => p.span.range().start,
            Entry::Item(i) => i.span.range().start,
        }
    }

    fn end(self) -> usize {
        match self {
            Entry::Property(p) => property_end(p),
            Entry::Item(i) => i.span.range().end,
        }
    }
}

impl<'s> Printer<'s> {
    /// A printer for `source`.
    pub fn new(source: &'s str) -> Self {
        Self {
            source,
            out: String::with_capacity(source.len() + 64),
        }
    }

    /// The formatted file: the top-level `items` one blank line apart.
    pub fn file(mut self, items: &[Item]) -> String {
        let mut previous: Option<usize> = None;
        for item in items {
            let start = item.span.range().start;
            let gap = self.gap(previous.unwrap_or(0), start, previous.is_some());
            self.trail(gap.trailing);
            if previous.is_some() {
                self.out.push('\n');
            }
            self.comment_lines(&gap.leading, 0);
            if let Some(last) = gap.leading.last()
                && self.blank_between(last.end, start)
            {
                self.out.push('\n');
            }
            self.item(item, 0);
            previous = Some(item.span.range().end);
        }
        let gap = self.gap(previous.unwrap_or(0), self.source.len(), previous.is_some());
        self.trail(gap.trailing);
        if let (Some(end), Some(first)) = (previous, gap.leading.first())
            && self.blank_between(end, first.start)
        {
            self.out.push('\n');
        }
        self.comment_lines(&gap.leading, 0);
        self.out
    }

    fn item(&mut self, item: &Item, indent: usize) {
        let range = item.span.range();
        let header_end = item
            .block
            .as_ref()
            .map_or(range.end, |b| b.span.range().start);
        let inside = comments(self.source, range.start..header_end);
        self.comment_lines(&inside, indent);
        let mut header = self
            .source
            .get(item.keyword.range())
            .unwrap_or("")
            .to_string();
        for arg in &item.args {
            header.push(' ');
            header.push_str(&value_text(self.source, arg, indent));
        }
        match &item.block {
            Some(block) => self.block(block, indent, header, item.kind == ItemKind::Disputes),
            None => self.line(indent, &header),
        }
    }

    fn block(&mut self, block: &Block, indent: usize, header: String, disputes: bool) {
        let range = block.span.range();
        let (open, close) = (
            range.start + 1,
            range.end.saturating_sub(1).max(range.start + 1),
        );
        let mut entries: Vec<Entry<'_>> = block.properties.iter().map(Entry::Property).collect();
        entries.extend(block.items.iter().map(Entry::Item));
        entries.sort_by_key(|e| e.start());
        if entries.is_empty() && comments(self.source, open..close).is_empty() {
            self.line(indent, &format!("{header} {{}}"));
            return;
        }
        self.line(indent, &format!("{header} {{"));
        let widths = self.key_widths(&entries, disputes);
        let mut previous = open;
        for (i, entry) in entries.iter().enumerate() {
            let gap = self.gap(previous, entry.start(), true);
            self.trail(gap.trailing);
            self.comment_lines(&gap.leading, indent + INDENT);
            match *entry {
                Entry::Property(p) => {
                    self.property(p, indent + INDENT, widths[i], disputes && i > 0);
                }
                Entry::Item(nested) => self.item(nested, indent + INDENT),
            }
            previous = entry.end();
        }
        let gap = self.gap(previous, close, true);
        self.trail(gap.trailing);
        self.comment_lines(&gap.leading, indent + INDENT);
        self.line(indent, "}");
    }

    /// For each entry, the width its key is padded to: the longest key among
    /// the consecutive properties around it that have values (nested items
    /// break the run).
    fn key_widths(&self, entries: &[Entry<'_>], disputes: bool) -> Vec<usize> {
        let keys: Vec<Option<usize>> = entries
            .iter()
            .enumerate()
            .map(|(i, e)| match e {
                Entry::Property(p) => Some(
                    self.key(p, disputes && i > 0).chars().count() * usize::from(has_values(p)),
                ),
                Entry::Item(_) => None,
            })
            .collect();
        let mut widths = vec![0; entries.len()];
        let mut run_start = 0;
        for i in 0..=keys.len() {
            if keys.get(i).copied().flatten().is_none() {
                let width = keys[run_start..i]
                    .iter()
                    .flatten()
                    .max()
                    .copied()
                    .unwrap_or(0);
                widths[run_start..i].fill(width);
                run_start = i + 1;
            }
        }
        widths
    }

    /// The key of a property as written: the party of an investment line,
    /// preceded by `then` for a later step of dispute resolution.
    fn key(&self, property: &Property, then: bool) -> String {
        let span = match (property.key, property.values.first()) {
            ("contribution", Some(party)) => party.span,
            _ => property.key_span,
        };
        let key = self.source.get(span.range()).unwrap_or(property.key);
        if then {
            format!("then {key}")
        } else {
            key.to_string()
        }
    }

    fn property(&mut self, property: &Property, indent: usize, width: usize, then: bool) {
        let inside = comments(
            self.source,
            property.span.range().start..property_end(property),
        );
        self.comment_lines(&inside, indent);
        let key = self.key(property, then);
        let rest = match property.key {
            "contribution" => property.values.get(1..).unwrap_or(&[]),
            _ => &property.values[..],
        };
        let written = values(self.source, property.key, rest, indent);
        if written.is_empty() {
            self.line(indent, &key);
        } else {
            // Padded by hand: `format!`'s width stops at 65,535 and an id may be longer.
            let padding = width.saturating_sub(key.chars().count());
            let line = format!("{key}{} {written}", " ".repeat(padding));
            self.line(indent, &line);
        }
    }

    /// Splits the comments between `from` and `to`; a comment on the line
    /// where `from` is counts as trailing when `attach` is set.
    fn gap(&self, from: usize, to: usize, attach: bool) -> Gap<'s> {
        let mut leading = comments(self.source, from..to);
        let same_line = |c: &Comment<'_>| {
            !self
                .source
                .get(from..c.start)
                .unwrap_or("\n")
                .contains('\n')
        };
        let trailing = match leading.first() {
            Some(first) if attach && same_line(first) => Some(leading.remove(0)),
            _ => None,
        };
        Gap { trailing, leading }
    }

    /// Comments on lines of their own; one blank line kept between paragraphs.
    fn comment_lines(&mut self, list: &[Comment<'_>], indent: usize) {
        for (i, comment) in list.iter().enumerate() {
            if i > 0 && self.blank_between(list[i - 1].end, comment.start) {
                self.out.push('\n');
            }
            self.line(indent, comment.text);
        }
    }

    /// Whether a blank line separates the two offsets in the source.
    fn blank_between(&self, from: usize, to: usize) -> bool {
        self.source
            .get(from..to)
            .is_some_and(|s| s.matches('\n').count() >= 2)
    }

    /// Puts a trailing comment at the end of the last line written.
    fn trail(&mut self, comment: Option<Comment<'_>>) {
        let Some(comment) = comment else { return };
        if self.out.ends_with('\n') {
            self.out.pop();
            self.out.push(' ');
        }
        self.out.push_str(comment.text);
        self.out.push('\n');
    }

    fn line(&mut self, indent: usize, text: &str) {
        self.out.extend(std::iter::repeat_n(' ', indent));
        self.out.push_str(text.trim_end());
        self.out.push('\n');
    }
}

/// Where a property's own text ends: its last value, else its key. The parser's span also
/// holds the whitespace and comments it skipped looking for another value, and a comment
/// there belongs to what follows.
fn property_end(property: &Property) -> usize {
    property
        .values
        .iter()
        .map(|v| v.span.range().end)
        .chain([property.key_span.range().end])
        .max()
        .unwrap_or(property.span.range().end)
        .min(property.span.range().end)
}

/// Whether a property has values after its key (an investment line always has).
fn has_values(property: &Property) -> bool {
    property.values.len() > usize::from(property.key == "contribution")
}
