//! Free clauses: the agreement's own Markdown, one lid per paragraph (a list
//! stays with the paragraph before it). Keys `article.clause.ID`, `lid.clause.ID.N`.

use super::super::{Ctx, Part, lid};
use super::data;
use crate::render::tree::Block;

/// One article per clause.
pub(super) fn build(c: &mut Ctx) -> Vec<Part> {
    let mut parts = Vec::with_capacity(c.say.a.clauses.len());
    for clause in &c.say.a.clauses {
        let id = &clause.id.value;
        let mut groups: Vec<Vec<Block>> = Vec::new();
        for block in super::super::text::markdown(&clause.text.value, &c.terms) {
            match (&block, groups.last_mut()) {
                (Block::Paragraph { .. }, _) | (_, None) => groups.push(vec![block]),
                (_, Some(last)) => last.push(block),
            }
        }
        let leden = groups
            .into_iter()
            .enumerate()
            .map(|(i, blocks)| lid(format!("lid.clause.{id}.{}", i + 1), blocks))
            .collect();
        let key = format!("article.clause.{id}");
        c.anchor(id, &key);
        if let Some(mut part) = Part::new(c, "clause", leden, data(clause)) {
            part.key = key;
            part.title = super::super::text::squash(&clause.title.value);
            parts.push(part);
        }
    }
    parts
}
