//! `tree::build`: the document tree made from the model, once, in linear time.
//!
//! Articles are built in the customary order (one file per kind under
//! `articles/`), empty ones left out, then numbered; a single lid is not
//! numbered. References are resolved last, on the numbered tree.

mod annexes;
mod articles;
mod parties;
mod resolve;
pub(crate) mod say;
pub(crate) mod text;

use crate::model::Agreement;
use crate::render::i18n::Messages;
use crate::render::tree::{
    Article, Block, Document, Draft, Inline, Lid, List, ListItem, ListStyle, Meta,
};
use crate::render::{Issue, Options, RenderError, messages};

use say::{Say, close};
use text::Terms;

/// From how many articles a table of contents is shown unless asked otherwise.
pub const TOC_FROM: usize = 12;

/// What building needs: wording, terms and the anchors found so far.
pub(crate) struct Ctx<'a> {
    /// Wording.
    pub say: Say<'a>,
    /// The defined terms.
    pub terms: Terms,
    /// `(id, key, text)`: an id that `[[id]]` may name, its node and, when
    /// it is not the node's place ("artikel 5"), what a reference reads.
    pub anchors: Vec<(String, String, Option<String>)>,
}

impl Ctx<'_> {
    /// Agreement text as inlines (references and terms kept).
    pub fn text(&self, text: &str) -> Vec<Inline> {
        text::inlines(text, &self.terms)
    }

    /// Records that `[[id]]` names the node `key`, read as its place.
    pub fn anchor(&mut self, id: &str, key: &str) {
        self.anchors.push((id.to_string(), key.to_string(), None));
    }

    /// Records that `[[id]]` names the node `key`, read as `text`.
    pub fn anchor_as(&mut self, id: &str, key: &str, text: String) {
        self.anchors
            .push((id.to_string(), key.to_string(), Some(text)));
    }
}

/// An article before it is numbered.
pub(crate) struct Part {
    /// The kind (`commitments`, `clause`).
    pub kind: &'static str,
    /// The key (`article.commitments`).
    pub key: String,
    /// The title.
    pub title: String,
    /// The leden.
    pub leden: Vec<Lid>,
    /// The typed data for templates.
    pub data: serde_json::Value,
}

impl Part {
    /// An article of `kind` keyed `article.KIND`, titled by `article.KIND_WITH_UNDERSCORES`.
    pub fn new(
        c: &Ctx,
        kind: &'static str,
        leden: Vec<Lid>,
        data: serde_json::Value,
    ) -> Option<Self> {
        if leden.is_empty() {
            return None;
        }
        Some(Self {
            kind,
            key: format!("article.{kind}"),
            title: c.say.get(&format!("article.{}", kind.replace('-', "_"))),
            leden,
            data,
        })
    }
}

/// A lid keyed `key` holding `blocks`; numbered when its article is.
pub(crate) fn lid(key: String, blocks: Vec<Block>) -> Lid {
    Lid {
        key,
        number: None,
        blocks,
    }
}

/// A paragraph.
pub(crate) fn para(inlines: Vec<Inline>) -> Block {
    Block::Paragraph { inlines }
}

/// Sub-items "a.", "b.", ... each closed with `;`, the last with `.`.
pub(crate) fn letters(items: Vec<(Option<String>, Vec<Inline>)>) -> Block {
    let count = items.len();
    let items = items
        .into_iter()
        .enumerate()
        .map(|(i, (key, inlines))| ListItem {
            key,
            label: format!("{}.", letter(i)),
            blocks: vec![para(close(inlines, if i + 1 == count { "." } else { ";" }))],
        })
        .collect();
    Block::List(List {
        style: ListStyle::Letter,
        items,
    })
}

/// The letter of the `i`-th sub-item: a, b, ... z, aa, bb, ...
pub(crate) fn letter(i: usize) -> String {
    let c = char::from(b'a' + u8::try_from(i % 26).unwrap_or(0));
    c.to_string().repeat(i / 26 + 1)
}

/// The document tree of `agreement`.
///
/// # Errors
/// An invalid message file, or a total of contributions too large to compute.
pub fn build(agreement: &Agreement, options: &Options) -> Result<Document, RenderError> {
    let messages = messages(options, agreement)?;
    build_with(agreement, options, &messages)
}

/// The document tree of `agreement`, worded with `messages`.
///
/// # Errors
/// A total of contributions too large to compute.
pub(crate) fn build_with(
    agreement: &Agreement,
    options: &Options,
    messages: &Messages,
) -> Result<Document, RenderError> {
    let language = options.language_for(agreement);
    let mut c = Ctx {
        say: Say::new(agreement, messages, language),
        terms: Terms::new(agreement),
        anchors: Vec::new(),
    };
    let parts = articles::all(&mut c)?;
    let articles = number(&c, parts);
    let annexes = annexes::all(&mut c)?;
    let mut document = Document {
        lang: language.as_str(),
        meta: meta(agreement, &c),
        draft: options.draft.as_ref().map(|issues| Draft {
            issues: issues.iter().map(|i| open_issue(messages, i)).collect(),
        }),
        parties: parties::entries(&mut c),
        recitals: agreement
            .recitals
            .iter()
            .map(|r| vec![para(c.text(&r.value))])
            .collect(),
        closing: parties::closing(&c),
        signatures: parties::signatures(&c),
        toc: options.toc.unwrap_or(articles.len() >= TOC_FROM),
        articles,
        annexes,
        anchors: Vec::new(),
        tenders: tenders(agreement),
    };
    resolve::resolve(&mut document, c.anchors, &c.say);
    Ok(document)
}

/// An open issue as the document lists it: its code, its line and what it
/// means in the document's language, without file paths or source notation.
fn open_issue(messages: &Messages, issue: &Issue) -> Vec<Inline> {
    let key = format!("issue.{}", issue.code);
    let meaning = messages.get(&key);
    let text = if meaning == format!("[{key}]") {
        issue.message.replace('`', "")
    } else {
        meaning
    };
    let line = issue.line.to_string();
    let filled = messages.fill(
        "doc.open_issue",
        &[("code", &issue.code), ("line", &line), ("text", &text)],
    );
    vec![Inline::text(text::squash(&filled))]
}

/// The tenders that still select a party, each once.
fn tenders(a: &Agreement) -> Vec<String> {
    let mut tenders: Vec<String> = a
        .parties
        .iter()
        .filter_map(|p| p.selected_by.as_ref())
        .map(|t| text::squash(&t.value))
        .collect();
    tenders.dedup();
    tenders
}

fn meta(a: &Agreement, c: &Ctx) -> Meta {
    let h = &a.header;
    let title = h
        .title
        .as_ref()
        .map_or_else(|| c.say.get("doc.untitled"), |t| text::squash(&t.value));
    let signed = a
        .parties
        .iter()
        .flat_map(|p| &p.representatives)
        .filter_map(|r| r.signed_on.as_ref().map(|d| d.value))
        .max();
    Meta {
        title,
        short_title: h.short_title.as_ref().map(|t| text::squash(&t.value)),
        reference: h.reference.as_ref().map(|t| text::squash(&t.value)),
        version: h.version.as_ref().map(|t| text::squash(&t.value)),
        date: signed.or(a.start_date()).map(|d| d.to_string()),
        language_tag: match c.say.lang {
            crate::model::words::Language::Nl => "nl-NL",
            crate::model::words::Language::En => "en-GB",
        },
    }
}

/// The articles numbered from 1, their leden numbered when there are two or more.
fn number(c: &Ctx, parts: Vec<Part>) -> Vec<Article> {
    parts
        .into_iter()
        .enumerate()
        .map(|(i, part)| {
            let number = i + 1;
            let several = part.leden.len() > 1;
            let leden = part
                .leden
                .into_iter()
                .enumerate()
                .map(|(j, mut lid)| {
                    lid.number = several.then_some(j + 1);
                    lid
                })
                .collect();
            Article {
                key: part.key,
                kind: part.kind.to_string(),
                number,
                label: c
                    .say
                    .m
                    .fill("doc.article_label", &[("number", &number.to_string())]),
                title: part.title,
                leden,
                data: part.data,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sub_items_are_lettered_like_a_drafter_does() {
        assert_eq!(letter(0), "a");
        assert_eq!(letter(25), "z");
        assert_eq!(letter(26), "aa");
        let Block::List(list) = letters(vec![
            (None, vec![Inline::text("een;")]),
            (None, vec![Inline::text("twee.")]),
        ]) else {
            panic!("a list")
        };
        let ends: Vec<String> = list
            .items
            .iter()
            .map(|i| match &i.blocks[0] {
                Block::Paragraph { inlines } => crate::render::tree::plain(inlines),
                _ => String::new(),
            })
            .collect();
        assert_eq!(ends, ["een;", "twee."]);
        assert_eq!(list.items[1].label, "b.");
    }
}
