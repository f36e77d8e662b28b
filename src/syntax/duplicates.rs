//! S005: a property or nested item given twice in one block.

use super::ast::Item;
use crate::diagnostics::Diagnostic;
use crate::source::Span;

/// Nested items that may appear more than once in a block.
const REPEATABLE_ITEMS: &[&str] = &["representative", "body", "report", "theme"];

/// Reports properties (and single nested items) given twice in `item` or its children.
pub fn check(item: &Item, diagnostics: &mut Vec<Diagnostic>) {
    let mut seen: Vec<(&str, Span)> = Vec::new();
    for property in item.properties() {
        if property.key == "contribution"
            || (property.key == "members" && item.kind.keyword() == "group")
            || (property.key == "party" && item.kind.keyword() == "notices")
            || (property.key == "in" && item.kind.keyword() == "publication")
            || (property.key == "milestone" && item.kind.keyword() == "goal")
        {
            continue;
        }
        report(
            property.key,
            property.key_span,
            item.kind.keyword(),
            &mut seen,
            diagnostics,
        );
    }
    for nested in item.items() {
        let keyword = nested.kind.keyword();
        if !REPEATABLE_ITEMS.contains(&keyword) {
            report(
                keyword,
                nested.keyword,
                item.kind.keyword(),
                &mut seen,
                diagnostics,
            );
        }
        check(nested, diagnostics);
    }
}

fn report<'a>(
    key: &'a str,
    span: Span,
    owner: &str,
    seen: &mut Vec<(&'a str, Span)>,
    diagnostics: &mut Vec<Diagnostic>,
) {
    if let Some((_, first)) = seen.iter().find(|(k, _)| *k == key) {
        diagnostics.push(
            Diagnostic::error(
                "S005",
                format!("`{key}` is given twice in this {owner}"),
                span,
            )
            .with_label("given again here")
            .with_secondary(*first, "first given here")
            .with_help(format!("keep one `{key}` and remove the other")),
        );
    } else {
        seen.push((key, span));
    }
}
