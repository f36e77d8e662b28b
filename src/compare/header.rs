//! The header and the termination terms.

use super::change::Change;
use super::keyed::Fields;
use crate::model::{Agreement, Expiry, Spanned};

fn show<T: ToString>(value: Option<&Spanned<T>>) -> Option<String> {
    value.map(|v| v.value.to_string())
}

fn expiry(agreement: &Agreement) -> Option<String> {
    agreement.header.expires.as_ref().map(|e| match e.value {
        Expiry::On(date) => date.to_string(),
        Expiry::Never => "never".to_string(),
    })
}

/// Title, reference, term, renewal and other header facts; notice and termination.
pub fn compare(old: &Agreement, new: &Agreement, out: &mut Vec<Change>) {
    let (o, n) = (&old.header, &new.header);
    let mut fields = Fields {
        out,
        section: "header",
        noun: "header",
        id: String::new(),
    };
    let texts = [
        ("title", &o.title, &n.title),
        ("short-title", &o.short_title, &n.short_title),
        ("reference", &o.reference, &n.reference),
        ("version", &o.version, &n.version),
        ("renewal", &o.renewal, &n.renewal),
        ("governing-law", &o.governing_law, &n.governing_law),
        ("publication", &o.publication, &n.publication),
        ("signed-at", &o.signed_at, &n.signed_at),
    ];
    for (name, a, b) in texts {
        fields.text(
            name,
            a.as_ref().map(|t| t.value.as_str()),
            b.as_ref().map(|t| t.value.as_str()),
        );
    }
    fields.value(
        "language",
        show(o.language.as_ref()),
        show(n.language.as_ref()),
    );
    fields.value(
        "function",
        show(o.function.as_ref()),
        show(n.function.as_ref()),
    );
    fields.value(
        "effective",
        show(o.effective.as_ref()),
        show(n.effective.as_ref()),
    );
    fields.value("expires", expiry(old), expiry(new));
    let yes = |b: &Spanned<bool>| {
        if b.value {
            "yes".to_string()
        } else {
            "no".to_string()
        }
    };
    fields.value(
        "enforceable",
        o.enforceable.as_ref().map(yes),
        n.enforceable.as_ref().map(yes),
    );
    termination(old, new, out);
}

fn termination(old: &Agreement, new: &Agreement, out: &mut Vec<Change>) {
    let (o, n) = (old.termination.as_ref(), new.termination.as_ref());
    let mut fields = Fields {
        out,
        section: "termination",
        noun: "termination",
        id: String::new(),
    };
    fields.value(
        "notice",
        o.and_then(|t| show(t.notice.as_ref())),
        n.and_then(|t| show(t.notice.as_ref())),
    );
    let grounds = |t: Option<&crate::model::Termination>| {
        t.and_then(|t| t.grounds.as_ref()).map(|g| g.value.clone())
    };
    fields.text("grounds", grounds(o).as_deref(), grounds(n).as_deref());
    let consequences =
        |t: Option<&crate::model::Termination>| t.and_then(|t| show(t.consequences.as_ref()));
    fields.value("consequences", consequences(o), consequences(n));
}
