//! Escaping for Typst: the tera filters `typ` (markup) and `typ_str` (string literals).
//!
//! Agreement text never becomes Typst code. In markup every ASCII punctuation
//! character is written behind a backslash, which Typst reads as that
//! character itself, so `#`, `$`, `*`, `_`, `<`, `@`, `` ` ``, `//`, `[`, `]`
//! and line-start markers (`=`, `-`, `+`, `1.`) are all plain text.
//! Whitespace is collapsed to single spaces (a paragraph break would change
//! the structure) and control characters are dropped.

use std::collections::HashMap;
use std::fmt::Write as _;

use serde_json::Value;

/// Text escaped for Typst markup.
#[must_use]
pub(crate) fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 4);
    let mut space = false;
    for c in text.chars() {
        if c.is_whitespace() {
            space = true;
            continue;
        }
        if c.is_control() {
            continue;
        }
        if space {
            out.push(' ');
            space = false;
        }
        if c.is_ascii_punctuation() {
            out.push('\\');
        }
        out.push(c);
    }
    if space {
        out.push(' ');
    }
    out
}

/// Text as a Typst string literal, quotes included.
#[must_use]
pub(crate) fn string(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Running text of the document tree ([`crate::render::tree::Inline`], as the
/// template sees it) as Typst markup.
fn inlines(items: &[Value], out: &mut String) -> tera::Result<()> {
    for item in items {
        inline(item, out)?;
    }
    Ok(())
}

fn inline(item: &Value, out: &mut String) -> tera::Result<()> {
    let field = |name: &str| -> tera::Result<&str> {
        item.get(name)
            .and_then(Value::as_str)
            .ok_or_else(|| tera::Error::msg(format!("typ: an inline without `{name}`: {item}")))
    };
    let nested = |name: &str| -> tera::Result<&Vec<Value>> {
        item.get("inlines")
            .and_then(Value::as_array)
            .ok_or_else(|| tera::Error::msg(format!("typ: `{name}` without inlines: {item}")))
    };
    match item.get("type").and_then(Value::as_str) {
        Some("text" | "term") => out.push_str(&escape(field("text")?)),
        Some("emphasis") => {
            out.push_str("#emph[");
            inlines(nested("emphasis")?, out)?;
            out.push(']');
        }
        Some("strong") => {
            out.push_str("#strong[");
            inlines(nested("strong")?, out)?;
            out.push(']');
        }
        Some("reference") => {
            // A link when the template labelled the node referred to, else the text alone.
            let target = string(field("target")?);
            let text = escape(field("text")?);
            let _ = write!(
                out,
                "#context {{ let t = label({target}); \
                 if query(t).len() > 0 {{ link(t)[{text}] }} else [{text}] }}"
            );
        }
        Some("placeholder") => {
            out.push_str("#highlight[");
            out.push_str(&escape(field("text")?));
            out.push(']');
        }
        Some("line_break") => out.push_str("#linebreak()"),
        _ => return Err(tera::Error::msg(format!("typ: not an inline: {item}"))),
    }
    Ok(())
}

/// The tera filter `typ`: a string, or a list of inlines, as Typst markup.
///
/// # Errors
/// A value that is neither text nor inlines.
pub(crate) fn typ(value: &Value, _: &HashMap<String, Value>) -> tera::Result<Value> {
    match value {
        Value::String(text) => Ok(Value::String(escape(text))),
        Value::Number(n) => Ok(Value::String(escape(&n.to_string()))),
        Value::Array(items) => {
            let mut out = String::new();
            inlines(items, &mut out)?;
            Ok(Value::String(out))
        }
        Value::Null => Ok(Value::String(String::new())),
        other => Err(tera::Error::msg(format!(
            "typ: cannot write {other} as Typst markup"
        ))),
    }
}

/// The tera filter `typ_str`: a string as a Typst string literal.
///
/// # Errors
/// A value that is not text.
pub(crate) fn typ_str(value: &Value, _: &HashMap<String, Value>) -> tera::Result<Value> {
    match value {
        Value::String(text) => Ok(Value::String(string(text))),
        other => Err(tera::Error::msg(format!(
            "typ_str: cannot write {other} as a Typst string"
        ))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::tree::Inline;

    fn markup(inlines: &[Inline]) -> String {
        let value = serde_json::to_value(inlines).expect("inlines serialise");
        match typ(&value, &HashMap::new()).expect("inlines render") {
            Value::String(s) => s,
            other => panic!("not a string: {other}"),
        }
    }

    #[test]
    fn every_markup_character_is_escaped() {
        assert_eq!(
            escape("#set $x$ *b* _i_ <l> @r \\ `c` // ] ["),
            "\\#set \\$x\\$ \\*b\\* \\_i\\_ \\<l\\> \\@r \\\\ \\`c\\` \\/\\/ \\] \\["
        );
        assert_eq!(escape("= kop"), "\\= kop");
        assert_eq!(escape("1. lid"), "1\\. lid");
    }

    #[test]
    fn whitespace_collapses_and_control_characters_go() {
        assert_eq!(escape("a \n\n  b\u{7}c "), "a bc ");
        assert_eq!(escape(" Zie"), " Zie");
    }

    #[test]
    fn strings_are_quoted_and_escaped() {
        assert_eq!(string("a\"b\\c\n"), "\"a\\\"b\\\\c\\n\"");
    }

    #[test]
    fn inlines_become_markup() {
        let text = markup(&[
            Inline::text("Zie "),
            Inline::Reference {
                target: "lid.x".into(),
                text: "artikel 5".into(),
            },
            Inline::Strong {
                inlines: vec![Inline::text("*let op*")],
            },
            Inline::LineBreak,
            Inline::Placeholder {
                text: "[naam]".into(),
            },
        ]);
        assert_eq!(
            text,
            "Zie #context { let t = label(\"lid.x\"); if query(t).len() > 0 \
             { link(t)[artikel 5] } else [artikel 5] }#strong[\\*let op\\*]\
             #linebreak()#highlight[\\[naam\\]]"
        );
    }

    #[test]
    fn a_reference_target_cannot_break_out_of_its_string() {
        let text = markup(&[Inline::Reference {
            target: "x\"); panic(\"".into(),
            text: "t".into(),
        }]);
        assert!(text.contains("label(\"x\\\"); panic(\\\"\")"), "{text}");
    }

    #[test]
    fn other_values_are_refused() {
        assert!(typ(&serde_json::json!({"a": 1}), &HashMap::new()).is_err());
        assert!(typ(&serde_json::json!([{"type": "video"}]), &HashMap::new()).is_err());
        assert!(typ_str(&serde_json::json!(3), &HashMap::new()).is_err());
    }
}
