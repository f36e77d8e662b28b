//! References inside text: `[[id]]` names an item of the agreement.
//!
//! This is the one scanner of references. The checks use it to find unknown
//! ids (R007) and the renderer to replace each reference by what a drafter
//! writes ("artikel 5, tweede lid", "bijlage 2", a party's name).

use std::ops::Range;

/// One `[[id]]` in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reference<'a> {
    /// The id between the brackets.
    pub id: &'a str,
    /// Byte range of the whole `[[id]]` in the text.
    pub range: Range<usize>,
    /// Byte range of the id alone in the text.
    pub id_range: Range<usize>,
}

/// A piece of text: plain text or a reference.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Piece<'a> {
    /// Text as written.
    Text(&'a str),
    /// A reference to an item.
    Reference(Reference<'a>),
}

/// What an id in a reference names, so that it can be rendered as a drafter writes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Referent {
    /// A party: rendered by its name.
    Party,
    /// A group of parties: by its name.
    Group,
    /// An actor that does not sign: by its name.
    External,
    /// An entity the agreement creates: by its name.
    Entity,
    /// A defined term: by the term.
    Term,
    /// A goal: by its place in the document.
    Goal,
    /// A deliverable: by its place.
    Deliverable,
    /// A risk: by its place.
    Risk,
    /// An asset: by its place.
    Asset,
    /// A governing body: by its name.
    Body,
    /// A free clause: by its article.
    Clause,
    /// The termination, disputes, amendment, accession, publication or confidentiality article: by its article.
    Article,
    /// An annex of the agreement: "bijlage 2" / "Annex 2".
    Annex,
}

/// Whether `id` has the form of an identifier: `[a-z][a-z0-9_-]*`.
#[must_use]
pub fn is_identifier(id: &str) -> bool {
    let mut chars = id.chars();
    chars.next().is_some_and(|c| c.is_ascii_lowercase())
        && chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || c == '-')
}

/// Every reference in `text`, in order. `[[` followed by anything but an
/// identifier and `]]` is text, not a reference.
#[must_use]
pub fn references(text: &str) -> Vec<Reference<'_>> {
    pieces(text)
        .into_iter()
        .filter_map(|p| match p {
            Piece::Reference(r) => Some(r),
            Piece::Text(_) => None,
        })
        .collect()
}

/// The text cut into plain runs and references, covering every byte once.
#[must_use]
pub fn pieces(text: &str) -> Vec<Piece<'_>> {
    let mut out = Vec::new();
    let mut plain_start = 0;
    let mut search = 0;
    while let Some(found) = text[search..].find("[[") {
        let open = search + found;
        let id_start = open + 2;
        let Some(close) = text[id_start..].find("]]").map(|c| id_start + c) else {
            break;
        };
        let id = &text[id_start..close];
        if !is_identifier(id) {
            search = open + 1;
            continue;
        }
        if open > plain_start {
            out.push(Piece::Text(&text[plain_start..open]));
        }
        out.push(Piece::Reference(Reference {
            id,
            range: open..close + 2,
            id_range: id_start..close,
        }));
        plain_start = close + 2;
        search = plain_start;
    }
    if plain_start < text.len() {
        out.push(Piece::Text(&text[plain_start..]));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_references_with_their_ranges() {
        let text = "Zie [[fase1]] en [[termination]].";
        let found = references(text);
        assert_eq!(found.len(), 2);
        assert_eq!(found[0].id, "fase1");
        assert_eq!(&text[found[0].range.clone()], "[[fase1]]");
        assert_eq!(&text[found[1].id_range.clone()], "termination");
    }

    #[test]
    fn brackets_that_hold_no_identifier_are_text() {
        assert!(references("[[Naam partij A]] and [[]] and [[X]]").is_empty());
        assert!(references("[[open").is_empty());
        assert_eq!(references("[[[a]]]")[0].id, "a");
    }

    #[test]
    fn pieces_cover_every_byte_once() {
        let text = "a [[b]] c [[ d ]] [[e]]";
        let joined: String = pieces(text)
            .iter()
            .map(|p| match p {
                Piece::Text(t) => (*t).to_string(),
                Piece::Reference(r) => format!("[[{}]]", r.id),
            })
            .collect();
        assert_eq!(joined, text);
        assert_eq!(pieces(text).len(), 4, "plain runs are maximal");
    }
}
