//! References resolved on the numbered tree: every node's place worded as a
//! drafter cites it (Aanwijzingen voor de regelgeving 3.29: "artikel 5,
//! tweede lid, onder b"), every `[[id]]` replaced by it.

use std::collections::HashMap;

use super::say::{Say, merge};
use crate::render::tree::{Anchor, Block, Document, Inline};

/// Fills in `document.anchors` from `anchors` and resolves every reference.
pub(super) fn resolve(
    document: &mut Document,
    anchors: Vec<(String, String, Option<String>)>,
    say: &Say,
) {
    let places = places(document, say);
    let mut by_id: HashMap<String, usize> = HashMap::with_capacity(anchors.len());
    for (id, target, text) in anchors {
        let Some(text) = text.or_else(|| places.get(&target).cloned()) else {
            continue;
        };
        if by_id.contains_key(&id) {
            continue;
        }
        by_id.insert(id.clone(), document.anchors.len());
        document.anchors.push(Anchor { id, target, text });
    }
    let anchors = std::mem::take(&mut document.anchors);
    let look = |target: &str| lookup(target, &anchors, &by_id, &places);
    each_inlines(document, &mut |inlines| fix(inlines, &look));
    document.anchors = anchors;
}

/// Every pending reference in `inlines` (and the emphasis in it) replaced.
fn fix(inlines: &mut Vec<Inline>, look: &dyn Fn(&str) -> Inline) {
    let mut pending = false;
    for inline in inlines.iter_mut() {
        match inline {
            Inline::Reference { text, .. } if text.is_empty() => pending = true,
            Inline::Emphasis { inlines } | Inline::Strong { inlines } => fix(inlines, look),
            _ => {}
        }
    }
    if pending {
        let taken = std::mem::take(inlines);
        *inlines = merge(
            taken
                .into_iter()
                .map(|inline| match inline {
                    Inline::Reference { target, text } if text.is_empty() => look(&target),
                    other => other,
                })
                .collect(),
        );
    }
}

/// What a pending reference becomes: a key (with a dot) is read as its
/// place, an id as its anchor; an unknown id stays as written.
fn lookup(
    target: &str,
    anchors: &[Anchor],
    by_id: &HashMap<String, usize>,
    places: &HashMap<String, String>,
) -> Inline {
    if target.contains('.') {
        return match places.get(target) {
            Some(text) => Inline::Reference {
                target: target.to_string(),
                text: text.clone(),
            },
            None => Inline::text(String::new()),
        };
    }
    match by_id.get(target).and_then(|&i| anchors.get(i)) {
        Some(anchor) => Inline::Reference {
            target: anchor.target.clone(),
            text: anchor.text.clone(),
        },
        None => Inline::text(format!("[[{target}]]")),
    }
}

/// The place of every keyed node: articles, leden, sub-items, rows, annexes.
fn places(document: &Document, say: &Say) -> HashMap<String, String> {
    let mut places = HashMap::new();
    for article in &document.articles {
        let number = article.number.to_string();
        let place = say.m.fill("ref.article", &[("article", &number)]);
        places.insert(article.key.clone(), place.clone());
        for lid in &article.leden {
            let (lid_place, lid_number) = match lid.number {
                Some(n) => {
                    let n = n.to_string();
                    let ordinal = ordinal(say, &n);
                    let text = say.m.fill(
                        "ref.lid",
                        &[("article", &number), ("lid", &n), ("ordinal", &ordinal)],
                    );
                    (text, Some((n, ordinal)))
                }
                None => (place.clone(), None),
            };
            places.insert(lid.key.clone(), lid_place.clone());
            let item_place = |item: &str| match &lid_number {
                Some((n, ordinal)) => say.m.fill(
                    "ref.item",
                    &[
                        ("article", &number),
                        ("lid", n),
                        ("ordinal", ordinal),
                        ("item", item),
                    ],
                ),
                None => say
                    .m
                    .fill("ref.article_item", &[("article", &number), ("item", item)]),
            };
            keyed(&lid.blocks, &lid_place, &item_place, &mut places);
        }
    }
    for annex in &document.annexes {
        let place = say
            .m
            .fill("ref.annex", &[("annex", &annex.number.to_string())]);
        places.insert(annex.key.clone(), place.clone());
        keyed(&annex.blocks, &place, &|_| place.clone(), &mut places);
    }
    for party in &document.parties {
        places.insert(party.key.clone(), party.name.clone());
    }
    places
}

/// The places of keyed sub-items (by their letter) and rows (their lid's).
fn keyed(
    blocks: &[Block],
    place: &str,
    item_place: &dyn Fn(&str) -> String,
    places: &mut HashMap<String, String>,
) {
    for block in blocks {
        match block {
            Block::List(list) => {
                for item in &list.items {
                    if let Some(key) = &item.key {
                        places.insert(key.clone(), item_place(item.label.trim_end_matches('.')));
                    }
                }
            }
            Block::Table(table) => {
                for row in table.rows.iter().filter_map(|r| r.key.as_ref()) {
                    places.insert(row.clone(), place.to_string());
                }
            }
            Block::Paragraph { .. } => {}
        }
    }
}

/// "tweede" for 2 in Dutch; the number itself where no word is given.
fn ordinal(say: &Say, n: &str) -> String {
    let key = format!("ordinal.{n}");
    let word = say.get(&key);
    if word == format!("[{key}]") {
        say.m.fill("ordinal.other", &[("n", n)])
    } else {
        word
    }
}

/// Calls `f` on every run of inlines in the document.
pub(crate) fn each_inlines(document: &mut Document, f: &mut dyn FnMut(&mut Vec<Inline>)) {
    if let Some(draft) = &mut document.draft {
        draft.issues.iter_mut().for_each(&mut *f);
    }
    for party in &mut document.parties {
        f(&mut party.description);
    }
    for recital in &mut document.recitals {
        blocks(recital, f);
    }
    for article in &mut document.articles {
        for lid in &mut article.leden {
            blocks(&mut lid.blocks, f);
        }
    }
    f(&mut document.closing);
    for s in document
        .signatures
        .iter_mut()
        .flat_map(|b| &mut b.signatories)
    {
        for field in [&mut s.name, &mut s.capacity, &mut s.place, &mut s.date] {
            f(field);
        }
    }
    for annex in &mut document.annexes {
        blocks(&mut annex.blocks, f);
    }
}

fn blocks(blocks_: &mut [Block], f: &mut dyn FnMut(&mut Vec<Inline>)) {
    for block in blocks_ {
        match block {
            Block::Paragraph { inlines } => f(inlines),
            Block::List(list) => {
                for item in &mut list.items {
                    blocks(&mut item.blocks, f);
                }
            }
            Block::Table(table) => {
                for row in table.rows.iter_mut().chain(table.footer.as_mut()) {
                    row.cells.iter_mut().for_each(&mut *f);
                }
            }
        }
    }
}
