//! The order of the document: title, parties, recitals, articles, signatures, annexes.

use super::blocks::{Body, Para, Place};
use super::numbering::{ANNEXES, ARTICLE_LEVEL, ARTICLES};
use super::styles;
use super::tables::{self, SignatureLabels};
use crate::render::i18n::Messages;
use crate::render::tree::{self, Document, Inline, List, ListItem, ListStyle};

/// The body: title, parties, recitals, articles, signatures, annexes.
pub(super) fn write_body(body: &mut Body<'_>, document: &Document, messages: &Messages) {
    let text = |key: &str| vec![Inline::text(messages.get(key))];
    if document.draft.is_some() {
        body.paragraph(
            Para::new(styles::DRAFT),
            &[Inline::text(format!(
                "{} – {}",
                messages.get("doc.draft"),
                messages.get("doc.draft_notice")
            ))],
        );
    }
    body.paragraph(
        Para::new(styles::TITLE),
        &[Inline::text(document.meta.title.clone())],
    );
    for (key, value) in [
        ("doc.reference", &document.meta.reference),
        ("doc.version", &document.meta.version),
    ] {
        if let Some(value) = value {
            body.paragraph(
                Para::new(styles::SUBTITLE),
                &[Inline::text(format!("{}: {value}", messages.get(key)))],
            );
        }
    }
    if let Some(draft) = document.draft.as_ref().filter(|d| !d.issues.is_empty()) {
        body.paragraph(Para::new(styles::SECTION), &text("doc.open_issues"));
        body.list(&list(ListStyle::Bullet, &draft.issues), Place::Outside, 0);
    }
    parties(body, document, messages);
    if !document.recitals.is_empty() {
        body.paragraph(Para::new(styles::SECTION), &text("doc.recitals"));
        body.paragraph(Para::new(styles::NORMAL), &text("doc.recitals_intro"));
        let recitals = List {
            style: ListStyle::Number,
            items: document
                .recitals
                .iter()
                .map(|blocks| ListItem {
                    key: None,
                    label: String::new(),
                    blocks: blocks.clone(),
                })
                .collect(),
        };
        body.list(&recitals, Place::Outside, 0);
    }
    body.paragraph(Para::new(styles::NORMAL), &text("doc.agree"));
    for article in &document.articles {
        body.paragraph(
            Para::new(styles::HEADING)
                .numbered(ARTICLES, ARTICLE_LEVEL)
                .keep_next()
                .key(&article.key),
            &[Inline::text(article.title.clone())],
        );
        for lid in &article.leden {
            body.lid(&lid.key, lid.number.is_some(), &lid.blocks);
        }
    }
    body.paragraph(
        Para::new(styles::SECTION).keep_next(),
        &text("doc.signatures"),
    );
    let closing = if document.closing.is_empty() {
        text("signature.intro")
    } else {
        document.closing.clone()
    };
    body.paragraph(Para::new(styles::NORMAL).keep_next(), &closing);
    let labels = SignatureLabels {
        place: messages.get("signature.place"),
        date: messages.get("signature.date"),
        name: messages.get("signature.name"),
        capacity: messages.get("signature.capacity"),
        signature: messages.get("signature.signature"),
        blank: messages.get("placeholder.blank"),
    };
    tables::signatures(body, &document.signatures, &labels);
    for annex in &document.annexes {
        body.paragraph(
            Para::new(styles::ANNEX)
                .numbered(ANNEXES, 0)
                .key(&annex.key),
            &[Inline::text(annex.title.clone())],
        );
        body.blocks(&annex.blocks, Place::Outside, 0);
    }
}

/// "De ondergetekenden:", one numbered paragraph per party, "hierna ... Partijen;".
fn parties(body: &mut Body<'_>, document: &Document, messages: &Messages) {
    body.paragraph(
        Para::new(styles::SECTION),
        &[Inline::text(messages.get("doc.parties"))],
    );
    body.paragraph(
        Para::new(styles::NORMAL),
        &[Inline::text(messages.get("doc.parties_intro"))],
    );
    let num = body.numbering.list(ListStyle::Number, 0, 0);
    for party in &document.parties {
        let name = if party.placeholder {
            Inline::Placeholder {
                text: party.name.clone(),
            }
        } else {
            Inline::Strong {
                inlines: vec![Inline::text(party.name.clone())],
            }
        };
        let mut inlines = vec![name];
        let description = tree::plain(&party.description);
        if !description.trim().is_empty() {
            if !description.starts_with([',', ';', ' ']) {
                inlines.push(Inline::text(", "));
            }
            inlines.extend_from_slice(&party.description);
        }
        inlines.push(Inline::text(";"));
        body.paragraph(
            Para::new(styles::LIST).numbered(num, 0).key(&party.key),
            &inlines,
        );
    }
    body.paragraph(
        Para::new(styles::NORMAL),
        &[Inline::text(messages.get("doc.parties_outro"))],
    );
}

/// A list of one paragraph per item.
fn list(style: ListStyle, items: &[Vec<Inline>]) -> List {
    List {
        style,
        items: items
            .iter()
            .map(|inlines| ListItem {
                key: None,
                label: String::new(),
                blocks: vec![tree::Block::Paragraph {
                    inlines: inlines.clone(),
                }],
            })
            .collect(),
    }
}
