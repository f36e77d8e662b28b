//! The building blocks `notices` and `liability`.

use super::values::Lowerer;
use crate::model::provisions::{Liability, NoticeAddress, Notices};
use crate::syntax::ast::Item;

/// The addresses of a `notices` item, one per `party` line.
pub fn notices(lw: &Lowerer<'_>, item: &Item) -> Notices {
    let addresses = item
        .properties()
        .iter()
        .filter_map(|p| {
            let text = |word: &str| p.after(word, lw.text).map(|v| lw.text(v));
            Some(NoticeAddress {
                party: lw.id(p.values.first()?),
                contact: text("contact"),
                email: text("email"),
                address: text("address"),
                span: p.span,
            })
        })
        .collect();
    Notices {
        addresses,
        span: item.span,
    }
}

/// The liability described by a `liability` item.
pub fn liability(lw: &mut Lowerer<'_>, item: &Item) -> Liability {
    Liability {
        cap: item
            .property("cap")
            .and_then(|p| p.values.first())
            .and_then(|v| lw.money(v)),
        excludes: item.property("excludes").and_then(|p| lw.first_text(p)),
        description: item.property("description").and_then(|p| lw.first_text(p)),
        span: item.span,
    }
}
