//! The agreement's own text as tree content: `[[id]]` references kept for
//! resolution, defined terms recognised, Markdown text blocks parsed.

use std::collections::HashMap;

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

use crate::model::Agreement;
use crate::model::references::{Piece, pieces};
use crate::render::tree::{Block, Inline, List, ListItem, ListStyle};

use super::say::merge;

/// The defined terms, found by their first word in constant time.
pub(crate) struct Terms {
    by_first_word: HashMap<String, Vec<(Vec<String>, usize)>>,
    terms: Vec<(String, String)>,
}

impl Terms {
    /// The terms of `a`, by lower-cased first word.
    pub fn new(a: &Agreement) -> Self {
        let mut by_first_word: HashMap<String, Vec<(Vec<String>, usize)>> = HashMap::new();
        let mut terms = Vec::with_capacity(a.definitions.len());
        for (i, d) in a.definitions.iter().enumerate() {
            let words: Vec<String> = words(&d.term.value)
                .map(|(_, w)| w.to_lowercase())
                .collect();
            if let Some(first) = words.first() {
                by_first_word
                    .entry(first.clone())
                    .or_default()
                    .push((words.clone(), i));
            }
            terms.push((d.id.value.clone(), d.term.value.clone()));
        }
        for candidates in by_first_word.values_mut() {
            candidates.sort_by_key(|(w, _)| std::cmp::Reverse(w.len()));
        }
        Self {
            by_first_word,
            terms,
        }
    }

    /// Plain text with the defined terms it uses marked, written as defined.
    fn mark(&self, text: &str, out: &mut Vec<Inline>) {
        if self.by_first_word.is_empty() {
            out.push(Inline::text(text));
            return;
        }
        let found: Vec<(usize, &str)> = words(text).collect();
        let mut plain_from = 0;
        let mut i = 0;
        while i < found.len() {
            let (start, word) = found[i];
            let hit = self
                .by_first_word
                .get(&word.to_lowercase())
                .and_then(|candidates| {
                    candidates.iter().find(|(term_words, _)| {
                        term_words.len() <= found.len() - i
                            && term_words
                                .iter()
                                .zip(&found[i..])
                                .all(|(t, (_, w))| *t == w.to_lowercase())
                    })
                });
            if let Some((term_words, index)) = hit {
                let (last_start, last) = found[i + term_words.len() - 1];
                let end = last_start + last.len();
                if start > plain_from {
                    out.push(Inline::text(&text[plain_from..start]));
                }
                let (id, term) = &self.terms[*index];
                out.push(Inline::Term {
                    id: id.clone(),
                    text: term.clone(),
                });
                plain_from = end;
                i += term_words.len();
            } else {
                i += 1;
            }
        }
        if plain_from < text.len() {
            out.push(Inline::text(&text[plain_from..]));
        }
    }
}

/// The words of `text` with their byte offsets: letters, digits and inner hyphens.
fn words(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let base = text.as_ptr() as usize;
    text.split(|c: char| !(c.is_alphanumeric() || c == '-'))
        .map(move |w| {
            // Where the part lies in `text`: separators may be longer than a byte ("€", "’").
            let start = w.as_ptr() as usize - base;
            let trimmed = w.trim_matches('-');
            let lead = w.len() - w.trim_start_matches('-').len();
            (start + lead, trimmed)
        })
        .filter(|(_, w)| !w.is_empty())
}

/// Text as the reader sees it: runs of white space made one space.
pub(crate) fn squash(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut space = false;
    for c in text.chars() {
        if c.is_whitespace() {
            space = true;
        } else {
            if space && !out.is_empty() {
                out.push(' ');
            }
            space = false;
            out.push(c);
        }
    }
    out
}

/// One line of the agreement's text: references left to resolve, terms marked.
pub(crate) fn inlines(text: &str, terms: &Terms) -> Vec<Inline> {
    let mut out = Vec::new();
    run(&squash(text), terms, &mut out);
    merge(out)
}

/// Text (already squashed or Markdown text) into `out`.
fn run(text: &str, terms: &Terms, out: &mut Vec<Inline>) {
    for piece in pieces(text) {
        match piece {
            Piece::Text(t) => terms.mark(t, out),
            Piece::Reference(r) => out.push(Inline::Reference {
                target: r.id.to_string(),
                text: String::new(),
            }),
        }
    }
}

/// A Markdown text block as blocks: paragraphs, lists, emphasis. Raw HTML
/// and code are text, a link is its text, an image its alt text, a heading
/// a strong paragraph. A thematic break is kept as the text it was written
/// with (a rule means nothing in an agreement, and no character is dropped).
pub(crate) fn markdown(text: &str, terms: &Terms) -> Vec<Block> {
    let mut parser = Markdown {
        terms,
        stack: vec![Frame::Blocks(Vec::new())],
        text: String::new(),
    };
    for (event, range) in Parser::new_ext(text, Options::empty()).into_offset_iter() {
        match event {
            Event::Rule => parser.event(Event::Text(text[range].trim().into())),
            event => parser.event(event),
        }
    }
    parser.flush();
    parser.finish()
}

/// What is being built while events arrive.
enum Frame {
    /// Blocks: the document, or a list item.
    Blocks(Vec<Block>),
    /// A list and its items.
    List(ListStyle, Vec<ListItem>),
    /// Inlines: a paragraph, emphasis, strong.
    Inlines(InlineKind, Vec<Inline>),
}

#[derive(Clone, Copy)]
enum InlineKind {
    Paragraph,
    Emphasis,
    Strong,
}

struct Markdown<'t> {
    terms: &'t Terms,
    stack: Vec<Frame>,
    text: String,
}

impl Markdown<'_> {
    fn event(&mut self, event: Event) {
        match event {
            Event::Text(t) | Event::Code(t) | Event::Html(t) | Event::InlineHtml(t) => {
                self.text.push_str(&t);
            }
            Event::SoftBreak => self.text.push(' '),
            Event::HardBreak => {
                self.flush();
                self.push_inline(Inline::LineBreak);
            }
            Event::FootnoteReference(t) => self.text.push_str(&t),
            Event::Start(tag) => self.start(tag),
            Event::End(tag) => self.end(tag),
            _ => {}
        }
    }

    fn start(&mut self, tag: Tag) {
        self.flush();
        let starts_block = matches!(
            tag,
            Tag::Paragraph
                | Tag::Heading { .. }
                | Tag::CodeBlock(_)
                | Tag::HtmlBlock
                | Tag::List(_)
                | Tag::Item
                | Tag::BlockQuote(_)
        );
        while starts_block && matches!(self.stack.last(), Some(Frame::Inlines(..))) {
            self.close_inlines();
        }
        match tag {
            Tag::Paragraph | Tag::Heading { .. } | Tag::CodeBlock(_) | Tag::HtmlBlock => {
                let kind = if matches!(tag, Tag::Heading { .. }) {
                    InlineKind::Strong
                } else {
                    InlineKind::Paragraph
                };
                if matches!(kind, InlineKind::Strong) {
                    self.stack
                        .push(Frame::Inlines(InlineKind::Paragraph, Vec::new()));
                }
                self.stack.push(Frame::Inlines(kind, Vec::new()));
            }
            Tag::Emphasis => self
                .stack
                .push(Frame::Inlines(InlineKind::Emphasis, Vec::new())),
            Tag::Strong => self
                .stack
                .push(Frame::Inlines(InlineKind::Strong, Vec::new())),
            Tag::List(first) => {
                let style = if first.is_some() {
                    ListStyle::Number
                } else {
                    ListStyle::Bullet
                };
                self.stack.push(Frame::List(style, Vec::new()));
            }
            Tag::Item => self.stack.push(Frame::Blocks(Vec::new())),
            _ => {}
        }
    }

    fn end(&mut self, tag: TagEnd) {
        self.flush();
        match tag {
            TagEnd::Heading(_) => {
                self.close_inlines();
                self.close_inlines();
            }
            TagEnd::Paragraph
            | TagEnd::CodeBlock
            | TagEnd::HtmlBlock
            | TagEnd::Emphasis
            | TagEnd::Strong => self.close_inlines(),
            TagEnd::Item => {
                self.close_inlines();
                if let Some(Frame::Blocks(blocks)) = self.stack.pop()
                    && let Some(Frame::List(style, items)) = self.stack.last_mut()
                {
                    let label = match style {
                        ListStyle::Number => format!("{}.", items.len() + 1),
                        _ => String::new(),
                    };
                    items.push(ListItem {
                        key: None,
                        label,
                        blocks,
                    });
                }
            }
            TagEnd::List(_) => {
                if let Some(Frame::List(style, items)) = self.stack.pop() {
                    self.push_block(Block::List(List { style, items }));
                }
            }
            _ => {}
        }
    }

    /// Text gathered so far, as inlines of the current frame.
    fn flush(&mut self) {
        if self.text.is_empty() {
            return;
        }
        let text = std::mem::take(&mut self.text);
        if !matches!(self.stack.last(), Some(Frame::Inlines(..))) {
            self.stack
                .push(Frame::Inlines(InlineKind::Paragraph, Vec::new()));
        }
        let mut inlines = Vec::new();
        run(&text, self.terms, &mut inlines);
        for inline in inlines {
            self.push_inline(inline);
        }
    }

    fn push_inline(&mut self, inline: Inline) {
        if !matches!(self.stack.last(), Some(Frame::Inlines(..))) {
            self.stack
                .push(Frame::Inlines(InlineKind::Paragraph, Vec::new()));
        }
        if let Some(Frame::Inlines(_, inlines)) = self.stack.last_mut() {
            inlines.push(inline);
        }
    }

    /// Ends the innermost run of inlines, if one is open.
    fn close_inlines(&mut self) {
        if !matches!(self.stack.last(), Some(Frame::Inlines(..))) {
            return;
        }
        let Some(Frame::Inlines(kind, inlines)) = self.stack.pop() else {
            return;
        };
        let inlines = merge(inlines);
        match kind {
            InlineKind::Paragraph => {
                if !inlines.is_empty() {
                    self.push_block(Block::Paragraph { inlines });
                }
            }
            InlineKind::Emphasis => self.push_inline(Inline::Emphasis { inlines }),
            InlineKind::Strong => self.push_inline(Inline::Strong { inlines }),
        }
    }

    fn push_block(&mut self, block: Block) {
        if matches!(self.stack.last(), Some(Frame::Inlines(..))) {
            self.close_inlines();
        }
        match self.stack.last_mut() {
            Some(Frame::Blocks(blocks)) => blocks.push(block),
            Some(Frame::List(..)) | Some(Frame::Inlines(..)) | None => {}
        }
    }

    fn finish(mut self) -> Vec<Block> {
        while self.stack.len() > 1 {
            if matches!(self.stack.last(), Some(Frame::Inlines(..))) {
                self.close_inlines();
            } else {
                self.stack.pop();
            }
        }
        match self.stack.pop() {
            Some(Frame::Blocks(blocks)) => blocks,
            _ => Vec::new(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::tree::plain;

    fn no_terms() -> Terms {
        Terms::new(&Agreement::default())
    }

    #[test]
    fn markdown_keeps_paragraphs_lists_and_emphasis_but_no_links_or_html() {
        let blocks = markdown(
            "First *line*\nsecond.\n\n- one\n- two\n\n<img src=x> [link](javascript:x) ![alt](y.png)",
            &no_terms(),
        );
        assert_eq!(blocks.len(), 3, "{blocks:?}");
        let Block::Paragraph { inlines } = &blocks[0] else {
            panic!("{blocks:?}")
        };
        assert!(inlines.contains(&Inline::Emphasis {
            inlines: vec![Inline::text("line")]
        }));
        assert_eq!(plain(inlines), "First line second.");
        assert!(
            matches!(&blocks[1], Block::List(l) if l.items.len() == 2 && l.style == ListStyle::Bullet)
        );
        let Block::Paragraph { inlines } = &blocks[2] else {
            panic!("{blocks:?}")
        };
        assert_eq!(plain(inlines), "<img src=x> link alt");
    }

    #[test]
    fn references_survive_markdown() {
        let blocks = markdown("See [[fase1]] now.", &no_terms());
        let Block::Paragraph { inlines } = &blocks[0] else {
            panic!("{blocks:?}")
        };
        assert!(inlines.contains(&Inline::Reference {
            target: "fase1".into(),
            text: String::new()
        }));
    }

    #[test]
    fn words_know_where_they_are_after_separators_longer_than_a_byte() {
        let text = "€ 5 – de Stuurgroep’s leden\u{fffd}\u{fffd}x";
        let found: Vec<(usize, &str)> = words(text).collect();
        for (start, word) in &found {
            assert_eq!(&text[*start..*start + word.len()], *word);
        }
        let words: Vec<&str> = found.iter().map(|(_, w)| *w).collect();
        assert_eq!(words, ["5", "de", "Stuurgroep", "s", "leden", "x"]);
    }

    #[test]
    fn squash_makes_white_space_one_space() {
        assert_eq!(squash("  a\n  b\t c "), "a b c");
    }
}
