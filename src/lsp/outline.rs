//! Document symbols: the outline of the items in one file.

use lsp_types::{DocumentSymbol, SymbolKind};

use super::position::LineIndex;
use crate::source::FileId;
use crate::syntax::ast::{Item, ItemKind, ValueKind};
use crate::syntax::parse;

/// The items of `text` as a tree of symbols (items that do not parse are left out).
pub(crate) fn outline(text: &str) -> Vec<DocumentSymbol> {
    let lines = LineIndex::new(text);
    parse(FileId(0), text)
        .items
        .iter()
        .map(|item| symbol(text, &lines, item))
        .collect()
}

#[allow(deprecated)] // `DocumentSymbol::deprecated` must still be given.
fn symbol(text: &str, lines: &LineIndex, item: &Item) -> DocumentSymbol {
    let keyword = item.kind.keyword();
    let id = item
        .args
        .iter()
        .find(|v| v.kind == ValueKind::Ident)
        .and_then(|v| text.get(v.span.range()));
    let title = item.args.iter().find_map(|v| match &v.kind {
        ValueKind::Str(s) => Some(s.as_str()),
        _ => None,
    });
    let name = match (id, title) {
        (Some(id), _) => format!("{keyword} {id}"),
        (None, Some(title)) => format!("{keyword} \"{title}\""),
        (None, None) => keyword.to_string(),
    };
    let children: Vec<DocumentSymbol> = item
        .items()
        .iter()
        .map(|child| symbol(text, lines, child))
        .collect();
    DocumentSymbol {
        name,
        detail: id.and(title).map(str::to_string),
        kind: kind_of(item.kind),
        tags: None,
        deprecated: None,
        range: lines.range(text, item.span.start as usize, item.span.end as usize),
        selection_range: lines.range(text, item.keyword.start as usize, item.keyword.end as usize),
        children: (!children.is_empty()).then_some(children),
    }
}

fn kind_of(kind: ItemKind) -> SymbolKind {
    match kind {
        ItemKind::Party | ItemKind::Representative => SymbolKind::OBJECT,
        ItemKind::Group | ItemKind::Body => SymbolKind::STRUCT,
        ItemKind::Goal | ItemKind::Deliverable => SymbolKind::EVENT,
        ItemKind::Investment | ItemKind::Asset => SymbolKind::PROPERTY,
        ItemKind::Define => SymbolKind::CONSTANT,
        ItemKind::Import => SymbolKind::FILE,
        _ => SymbolKind::NAMESPACE,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn items_and_nested_items_form_the_outline() {
        let text =
            "party a \"A\" {\n  representative \"R\" { mandate statutory }\n}\nrecital \"Why\"\n";
        let symbols = outline(text);
        let names: Vec<&str> = symbols.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(names, ["party a", "recital \"Why\""]);
        let children = symbols[0].children.as_deref().unwrap_or_default();
        assert_eq!(children[0].name, "representative \"R\"");
        assert_eq!(symbols[1].range.start.line, 3);
    }
}
