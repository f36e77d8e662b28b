//! The header and the termination terms.

use super::change::Change;
use super::keyed::Fields;
use crate::model::{Agreement, Expiry, Spanned};

fn show<T: ToString>(value: Option<&Spanned<T>>) -> Option<String> {
    value.map(|v| v.value.to_string())
}

fn expiry(agreement: &Agreement) -> Option<String> {
    let h = &agreement.header;
    h.expires
        .as_ref()
        .map(|e| match e.value {
            Expiry::On(date) => date.to_string(),
            Expiry::Never => "never".to_string(),
        })
        .or_else(|| h.term.as_ref().map(|t| format!("after {}", t.value)))
}

/// Entry into force as written: a date, or `upon "..." [after DURATION]`.
fn effective(agreement: &Agreement) -> Option<String> {
    let h = &agreement.header;
    h.effective
        .as_ref()
        .map(|d| d.value.to_string())
        .or_else(|| {
            h.effective_upon.as_ref().map(|c| {
                let mut text = format!("upon \"{}\"", super::normalize(&c.upon.value));
                if let Some(after) = &c.after {
                    text.push_str(&format!(" after {}", after.value));
                }
                text
            })
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
        ("signed-at", &o.signed_at, &n.signed_at),
        ("supersedes", &o.supersedes, &n.supersedes),
        ("amends", &o.amends, &n.amends),
        ("legal-review", &o.legal_review, &n.legal_review),
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
    fields.value("effective", effective(old), effective(new));
    fields.value("expires", expiry(old), expiry(new));
    let tacit = |h: &crate::model::Header| {
        h.tacit_renewal
            .as_ref()
            .map(|d| format!("tacit {}", d.value))
    };
    fields.value("renewal tacit", tacit(o), tacit(n));
    fields.value(
        "signed-on",
        show(o.signed_on.as_ref()),
        show(n.signed_on.as_ref()),
    );
    let languages =
        |h: &crate::model::Header| h.authentic.iter().map(|l| l.value.clone()).collect();
    fields.set("authentic", languages(o), languages(n));
    fields.value(
        "enforceable",
        show(o.enforceable.as_ref()),
        show(n.enforceable.as_ref()),
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
    let notice = |t: Option<&crate::model::Termination>| {
        let t = t?;
        let notice = show(t.notice.as_ref())?;
        Some(if t.before_expiry {
            format!("{notice} before-expiry")
        } else {
            notice
        })
    };
    fields.value("notice", notice(o), notice(n));
    let grounds = |t: Option<&crate::model::Termination>| {
        t.and_then(|t| t.grounds.as_ref()).map(|g| g.value.clone())
    };
    fields.text("grounds", grounds(o).as_deref(), grounds(n).as_deref());
    let consequences =
        |t: Option<&crate::model::Termination>| t.and_then(|t| show(t.consequences.as_ref()));
    fields.value("consequences", consequences(o), consequences(n));
    let manner = |t: Option<&crate::model::Termination>| {
        t.and_then(|t| t.manner.as_ref()).map(|m| m.value.clone())
    };
    fields.text("manner", manner(o).as_deref(), manner(n).as_deref());
}
