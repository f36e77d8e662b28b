//! The `covenant` header.

use super::values::Lowerer;
use crate::model::agreement::{Condition, Expiry, Header, Spanned};
use crate::model::procedures::Publication;
use crate::model::words::{DocumentKind, Enforceability, Function, Language};
use crate::syntax::ast::{Item, ItemKind, ValueKind};

/// The header described by a `covenant` item.
pub fn header(lw: &mut Lowerer<'_>, item: &Item) -> Header {
    let mut header = Header {
        span: Some(item.span),
        title: item.args.first().map(|v| lw.text(v)),
        ..Header::default()
    };
    for property in item.properties() {
        let Some(value) = property.values.first() else {
            continue;
        };
        match property.key {
            "short-title" => header.short_title = Some(lw.text(value)),
            "reference" => header.reference = Some(lw.text(value)),
            "version" => header.version = Some(lw.text(value)),
            "language" => header.language = lw.word(value, Language::from_word),
            "function" => header.function = lw.word(value, Function::from_word),
            "effective" if value.kind == ValueKind::Word => {
                header.effective_upon = property.values.get(1).map(|upon| Condition {
                    upon: lw.text(upon),
                    after: property
                        .after("after", lw.text)
                        .and_then(|v| lw.duration(v)),
                    span: property.span,
                });
            }
            "effective" => header.effective = lw.date(value),
            "expires" if value.kind == ValueKind::Word && lw.raw(value) == "after" => {
                header.term = property.values.get(1).and_then(|v| lw.duration(v));
            }
            "expires" if value.kind == ValueKind::Word => {
                header.expires = Some(Spanned::new(Expiry::Never, value.span));
            }
            "expires" => {
                header.expires = lw
                    .date(value)
                    .map(|d| Spanned::new(Expiry::On(d.value), d.span));
            }
            "renewal" if value.kind == ValueKind::Word => {
                header.tacit_renewal = property.values.get(1).and_then(|v| lw.duration(v));
            }
            "renewal" => header.renewal = Some(lw.text(value)),
            "signed-on" => header.signed_on = lw.date(value),
            "supersedes" => header.supersedes = Some(lw.text(value)),
            "amends" => header.amends = Some(lw.text(value)),
            "authentic" => header.authentic = property.values.iter().map(|v| lw.text(v)).collect(),
            "enforceable" => header.enforceable = lw.word(value, Enforceability::from_word),
            "governing-law" => header.governing_law = Some(lw.text(value)),
            "publication" => {
                header.publication = Some(super::procedures::publication_text(lw, property));
            }
            "signed-at" => header.signed_at = Some(lw.text(value)),
            "kind" => header.kind = lw.word(value, DocumentKind::from_word),
            "condition" => header.condition = Some(lw.text(value)),
            "originals" => header.originals = lw.count(value),
            "legal-review" => header.legal_review = Some(lw.text(value)),
            _ => {}
        }
    }
    header.publication = publication(lw, item, header.publication.take());
    header
}

/// The header's publication: the block if there is one, else the one-line form
/// (both together are reported as given twice while parsing).
fn publication(
    lw: &mut Lowerer<'_>,
    item: &Item,
    line: Option<Publication>,
) -> Option<Publication> {
    let block = item
        .items()
        .iter()
        .find(|i| i.kind == ItemKind::Publication);
    block.map_or(line, |b| Some(super::procedures::publication(lw, b)))
}
