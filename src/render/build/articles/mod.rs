//! The articles in the customary order, one file per kind; empty ones are left out.

mod accession;
mod accountability;
mod agenda;
mod ambition;
mod amendment;
mod clause;
mod commitments;
mod confidentiality;
mod contributions;
mod definitions;
mod disputes;
mod entities;
mod externals;
mod final_provisions;
mod goals;
mod governance;
mod legal_framework;
mod liability;
mod notices;
mod operation;
mod ownership;
mod plain;
mod publication;
mod risks;
mod scope;
mod term;
mod termination;

use super::{Ctx, Part};
use crate::render::RenderError;
use crate::render::tree::{Align, Block, Column, Inline, Row, Table};

/// Every article with content, in order, not yet numbered.
pub(super) fn all(c: &mut Ctx) -> Result<Vec<Part>, RenderError> {
    let mut parts = Vec::new();
    parts.extend(definitions::build(c));
    parts.extend(legal_framework::build(c));
    parts.extend(scope::build(c));
    parts.extend(externals::build(c));
    parts.extend(entities::build(c));
    parts.extend(ambition::build(c));
    parts.extend(goals::build(c));
    parts.extend(commitments::build(c));
    parts.extend(contributions::build(c)?);
    parts.extend(risks::build(c));
    parts.extend(ownership::build(c));
    parts.extend(operation::build(c));
    parts.extend(governance::build(c));
    parts.extend(accountability::build(c));
    parts.extend(agenda::build(c));
    parts.extend(clause::build(c));
    parts.extend(liability::build(c));
    parts.extend(plain::force_majeure(c));
    parts.extend(plain::penalty(c));
    parts.extend(plain::compliance(c));
    parts.extend(confidentiality::build(c));
    parts.extend(accession::build(c));
    parts.extend(amendment::build(c));
    parts.extend(termination::build(c));
    parts.extend(disputes::build(c));
    parts.extend(notices::build(c));
    parts.extend(plain::governing_law(c));
    parts.extend(term::build(c));
    parts.extend(publication::build(c));
    parts.extend(plain::short_title(c));
    parts.extend(final_provisions::build(c));
    Ok(parts)
}

/// The typed data of an article for its template.
pub(super) fn data(value: &impl serde::Serialize) -> serde_json::Value {
    serde_json::to_value(value).unwrap_or(serde_json::Value::Null)
}

/// A table keyed `table.KEY` with columns `(role, heading message, alignment)`.
pub(super) fn table(
    c: &Ctx,
    key: &str,
    columns: &[(&str, &str, Align)],
    rows: Vec<Row>,
    footer: Option<Row>,
) -> Block {
    Block::Table(Table {
        key: format!("table.{key}"),
        columns: columns
            .iter()
            .map(|(role, heading, align)| Column {
                role: (*role).to_string(),
                heading: c.say.get(heading),
                align: *align,
            })
            .collect(),
        rows,
        footer,
    })
}

/// A cell of plain text.
pub(super) fn cell(text: impl Into<String>) -> Vec<Inline> {
    vec![Inline::text(text)]
}

/// A cell for a value, or a dash when there is none.
pub(super) fn cell_or_dash<T>(value: Option<T>, f: impl FnOnce(T) -> String) -> Vec<Inline> {
    cell(value.map_or_else(|| "–".to_string(), f))
}

/// "**Label.** text" (a labelled paragraph of the agreement's text).
pub(super) fn labelled(c: &Ctx, label: &str, text: &str) -> Vec<Inline> {
    let mut inlines = vec![
        Inline::Strong {
            inlines: vec![Inline::text(c.say.get(label))],
        },
        Inline::text(" "),
    ];
    inlines.extend(super::say::sentence(c.text(text)));
    inlines
}

/// Strong text.
pub(super) fn strong(inlines: Vec<Inline>) -> Inline {
    Inline::Strong { inlines }
}
