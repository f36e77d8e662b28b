//! The nodes that references point at, and their bookmark names.
//!
//! A node that some `[[id]]` refers to gets a bookmark, named after its key so
//! the name is stable: `lid.commitments.2` is `_lid_commitments_2`.
//!
//! Articles and annexes are *numbered* targets: a reference to them is a REF
//! field showing their number ("artikel 5", "bijlage 2"), which follows when
//! Word renumbers. Everything else (a lid, a list item, a party) is linked: its
//! number alone cannot give the drafter's wording ("artikel 5, tweede lid"),
//! and Word's full-context number reads "Artikel 52".

use std::collections::{BTreeMap, BTreeSet};

use crate::render::tree::{Block, Document, Inline};

/// The longest bookmark name Word accepts.
const MAX_NAME: usize = 40;

/// A bookmarked node.
#[derive(Debug, Clone)]
pub(crate) struct Target {
    /// The bookmark name (hidden from Word's bookmark list: it starts with `_`).
    pub(crate) name: String,
    /// Whether a REF field shows its number (an article or an annex).
    pub(crate) numbered: bool,
}

/// The nodes some reference points at, by key.
#[derive(Debug, Default)]
pub(crate) struct Targets {
    by_key: BTreeMap<String, Target>,
}

impl Targets {
    /// Every node of `document` that a reference in it names.
    pub(crate) fn collect(document: &Document) -> Self {
        let mut referenced = BTreeSet::new();
        let mut nodes = Vec::new();
        let mut visit = |key: &str, numbered: bool| {
            nodes.push((key.to_string(), numbered));
        };
        for party in &document.parties {
            visit(&party.key, false);
            inlines_refs(&party.description, &mut referenced);
        }
        for recital in &document.recitals {
            blocks(recital, &mut visit, &mut referenced);
        }
        for article in &document.articles {
            visit(&article.key, true);
            for lid in &article.leden {
                visit(&lid.key, false);
                blocks(&lid.blocks, &mut visit, &mut referenced);
            }
        }
        inlines_refs(&document.closing, &mut referenced);
        for annex in &document.annexes {
            visit(&annex.key, true);
            blocks(&annex.blocks, &mut visit, &mut referenced);
        }
        let mut targets = Self::default();
        let mut used = BTreeSet::new();
        for (key, numbered) in nodes {
            if !referenced.contains(&key) || targets.by_key.contains_key(&key) {
                continue;
            }
            let name = bookmark_name(&key, &used);
            used.insert(name.clone());
            targets.by_key.insert(key, Target { name, numbered });
        }
        targets
    }

    /// The bookmark of the node with `key`, if something refers to it.
    pub(crate) fn get(&self, key: &str) -> Option<&Target> {
        self.by_key.get(key)
    }
}

fn blocks(blocks: &[Block], visit: &mut impl FnMut(&str, bool), referenced: &mut BTreeSet<String>) {
    for block in blocks {
        match block {
            Block::Paragraph { inlines } => inlines_refs(inlines, referenced),
            Block::List(list) => {
                for item in &list.items {
                    if let Some(key) = &item.key {
                        visit(key, false);
                    }
                    self::blocks(&item.blocks, visit, referenced);
                }
            }
            Block::Table(table) => {
                for row in table.rows.iter().chain(&table.footer) {
                    if let Some(key) = &row.key {
                        visit(key, false);
                    }
                    for cell in &row.cells {
                        inlines_refs(cell, referenced);
                    }
                }
            }
        }
    }
}

fn inlines_refs(inlines: &[Inline], referenced: &mut BTreeSet<String>) {
    for inline in inlines {
        match inline {
            Inline::Reference { target, .. } => {
                referenced.insert(target.clone());
            }
            Inline::Emphasis { inlines } | Inline::Strong { inlines } => {
                inlines_refs(inlines, referenced);
            }
            _ => {}
        }
    }
}

/// `_` and the key with every other character made `_`, at most 40 characters,
/// with a number added when two keys would share a name.
fn bookmark_name(key: &str, used: &BTreeSet<String>) -> String {
    let base: String = std::iter::once('_')
        .chain(
            key.chars()
                .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' }),
        )
        .take(MAX_NAME)
        .collect();
    if !used.contains(&base) {
        return base;
    }
    (2..)
        .map(|n| {
            let suffix = format!("_{n}");
            let keep = MAX_NAME.saturating_sub(suffix.len());
            format!("{}{suffix}", &base[..base.len().min(keep)])
        })
        .find(|name| !used.contains(name))
        .unwrap_or(base)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bookmark_names_are_short_safe_and_unique() {
        let mut used = BTreeSet::new();
        let long = "lid.deliverable.an-identifier-much-longer-than-forty-characters";
        let first = bookmark_name(long, &used);
        assert_eq!(first.len(), MAX_NAME);
        assert!(first.starts_with("_lid_deliverable_an_identifier"));
        used.insert(first.clone());
        let second = bookmark_name(long, &used);
        assert_ne!(first, second);
        assert!(second.len() <= MAX_NAME && second.ends_with("_2"));
    }
}
