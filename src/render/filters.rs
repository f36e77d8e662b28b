//! What covenant gives templates beyond tera: formatting, names, references,
//! messages and tree content written for the template's format.
//!
//! Filters: `inlines`, `blocks` (tree content in the format), `md` (escape
//! for Markdown), `id` (a node key as an HTML id), `drop_columns(roles="a,b")`,
//! `money`, `date`, `duration`, `percent` (in the document language),
//! `party_name(article=true, start=false)`. Functions: `t(key=..., name=value)`
//! (a message with arguments), `ref(id=...)` (what a reference to an item reads).
//! Typst templates also get `typ_str`, `label` and `anchor` (see `pdf::markup`).

use std::collections::HashMap;
use std::sync::{Arc, PoisonError, RwLock};

use serde::Deserialize;
use serde_json::Value;
use tera::{Error, Result as TeraResult, Tera};

use super::build::say::duration_in;
use super::i18n::Messages;
use super::tree::{Anchor, Block, Document, Inline};
use super::{escape, format, html, markdown};
use crate::model::words::{Language, TimeUnit};
use crate::model::{Date, Duration, Money, Percent};

/// The format a template writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Format {
    /// Markdown: text escaped with [`escape`].
    Markdown,
    /// HTML: text escaped for HTML.
    Html,
    /// Typst markup for PDF: text escaped with the one Typst escaper.
    #[cfg(feature = "pdf")]
    Typst,
}

impl Format {
    /// The file extension of its templates.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Markdown => ".md",
            Format::Html => ".html",
            #[cfg(feature = "pdf")]
            Format::Typst => ".typ",
        }
    }
}

/// What the filters and functions need from one document.
pub(crate) struct Shared {
    /// The document language.
    pub language: Language,
    /// The messages.
    pub messages: Arc<Messages>,
    /// Anchors by id.
    pub anchors: HashMap<String, Anchor>,
    /// Party and group names by id: as registered and as written in running text.
    pub names: HashMap<String, (String, String)>,
}

impl Shared {
    /// Collects what the filters need from `document`.
    pub fn new(document: &Document, messages: Arc<Messages>, language: Language) -> Self {
        // The first anchor of each target: looked up per party, not scanned for.
        let mut anchor_text: HashMap<&str, &str> = HashMap::new();
        for anchor in &document.anchors {
            anchor_text.entry(&anchor.target).or_insert(&anchor.text);
        }
        let mut names = HashMap::new();
        for party in &document.parties {
            let id = party.key.trim_start_matches("party.").to_string();
            let running = anchor_text
                .get(party.key.as_str())
                .map_or_else(|| party.name.clone(), |text| (*text).to_string());
            names.insert(id, (party.name.clone(), running));
        }
        Self {
            language,
            messages,
            anchors: document
                .anchors
                .iter()
                .map(|a| (a.id.clone(), a.clone()))
                .collect(),
            names,
        }
    }
}

/// The document that the filters of a prepared engine serve: set before each rendering and
/// cleared after it, so that one engine (its templates parsed once) renders many documents.
#[derive(Default)]
pub(crate) struct Current(RwLock<Option<Arc<Shared>>>);

impl Current {
    /// Makes `shared` the document served (`None`: none).
    pub fn set(&self, shared: Option<Arc<Shared>>) {
        *self.0.write().unwrap_or_else(PoisonError::into_inner) = shared;
    }

    /// The document served now.
    fn get(&self) -> TeraResult<Arc<Shared>> {
        self.0
            .read()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
            .ok_or_else(|| Error::msg("no document is being rendered"))
    }
}

/// Registers every filter and function on `tera` for templates writing `format`; those that
/// need the document read it from `shared`.
pub(crate) fn register(tera: &mut Tera, format: Format, shared: Arc<Current>) {
    tera.register_filter(
        "inlines",
        Content {
            format,
            blocks: false,
        },
    );
    tera.register_filter(
        "blocks",
        Content {
            format,
            blocks: true,
        },
    );
    tera.register_filter("md", |v: &Value, _: &HashMap<String, Value>| {
        Ok(Value::String(escape::inline(&text_of(v))))
    });
    tera.register_filter("id", |v: &Value, _: &HashMap<String, Value>| {
        Ok(Value::String(html::id(&text_of(v))))
    });
    tera.register_filter("drop_columns", drop_columns);
    #[cfg(feature = "pdf")]
    if format == Format::Typst {
        super::pdf::markup::register(tera);
    }
    let s = Arc::clone(&shared);
    tera.register_filter("money", move |v: &Value, _: &HashMap<String, Value>| {
        let money = money_of(v).ok_or_else(|| Error::msg(format!("money: not an amount: {v}")))?;
        Ok(Value::String(format::money(money, s.get()?.language)))
    });
    let s = Arc::clone(&shared);
    tera.register_filter("date", move |v: &Value, _: &HashMap<String, Value>| {
        let date =
            Date::parse(&text_of(v)).ok_or_else(|| Error::msg(format!("date: not a date: {v}")))?;
        Ok(Value::String(format::date(date, s.get()?.language)))
    });
    let s = Arc::clone(&shared);
    tera.register_filter("percent", move |v: &Value, _: &HashMap<String, Value>| {
        let p = Percent::parse(&text_of(v))
            .map_err(|_| Error::msg(format!("percent: not a percentage: {v}")))?;
        Ok(Value::String(format::percent(p, s.get()?.language)))
    });
    let s = Arc::clone(&shared);
    tera.register_filter("duration", move |v: &Value, _: &HashMap<String, Value>| {
        let d =
            duration_of(v).ok_or_else(|| Error::msg(format!("duration: not a duration: {v}")))?;
        Ok(Value::String(duration_in(&s.get()?.messages, d)))
    });
    let s = Arc::clone(&shared);
    tera.register_filter(
        "party_name",
        move |v: &Value, args: &HashMap<String, Value>| {
            let id = text_of(v);
            let flag = |name: &str| args.get(name).and_then(Value::as_bool);
            let (plain, running) = s.get()?.names.get(&id).cloned().unwrap_or((id.clone(), id));
            let mut name = if flag("article").unwrap_or(true) {
                running
            } else {
                plain
            };
            if flag("start").unwrap_or(false) {
                name = super::build::say::capitalise(&name);
            }
            Ok(Value::String(name))
        },
    );
    let s = Arc::clone(&shared);
    tera.register_function("t", Message { format, shared: s });
    tera.register_function("ref", Reference { format, shared });
}

/// The string in a value (numbers and booleans written out).
fn text_of(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        Value::Null => String::new(),
        other => other.to_string(),
    }
}

fn money_of(v: &Value) -> Option<Money> {
    let currency = v.get("currency")?.as_str()?;
    let cents = v.get("cents")?.as_i64()?;
    Money::parse(&format!("{currency} 0"))
        .ok()
        .map(|m| m.with_cents(cents))
}

fn duration_of(v: &Value) -> Option<Duration> {
    let amount = u32::try_from(v.get("amount")?.as_u64()?).ok()?;
    let unit = TimeUnit::from_word(v.get("unit")?.as_str()?)?;
    Some(Duration { amount, unit })
}

/// `inlines` and `blocks`: tree content written in the template's format
/// (`blocks` takes a list of blocks or one block).
struct Content {
    format: Format,
    blocks: bool,
}

impl tera::Filter for Content {
    fn filter(&self, value: &Value, _: &HashMap<String, Value>) -> TeraResult<Value> {
        let text = if self.blocks {
            let blocks: Vec<Block> = if value.is_object() {
                Block::deserialize(value).map(|b| vec![b])
            } else {
                Vec::<Block>::deserialize(value)
            }
            .map_err(|e| Error::msg(format!("blocks: not a list of blocks: {e}")))?;
            match self.format {
                Format::Markdown => markdown::blocks(&blocks),
                Format::Html => html::blocks(&blocks),
                #[cfg(feature = "pdf")]
                Format::Typst => super::pdf::markup::blocks(&blocks),
            }
        } else {
            let inlines = Vec::<Inline>::deserialize(value)
                .map_err(|e| Error::msg(format!("inlines: not a list of inlines: {e}")))?;
            match self.format {
                Format::Markdown => markdown::inlines(&inlines),
                Format::Html => html::inlines(&inlines),
                #[cfg(feature = "pdf")]
                Format::Typst => super::pdf::markup::inlines(&inlines),
            }
        };
        Ok(Value::String(text))
    }

    fn is_safe(&self) -> bool {
        true
    }
}

/// `drop_columns(roles="cap,response")`: a table without those columns (other blocks unchanged).
fn drop_columns(value: &Value, args: &HashMap<String, Value>) -> TeraResult<Value> {
    let roles: Vec<String> = args
        .get("roles")
        .map(text_of)
        .unwrap_or_default()
        .split(',')
        .map(|r| r.trim().to_string())
        .collect();
    let mut value = value.clone();
    let Some(columns) = value.get("columns").and_then(Value::as_array) else {
        return Ok(value);
    };
    let keep: Vec<bool> = columns
        .iter()
        .map(|c| {
            !roles
                .iter()
                .any(|r| Some(r.as_str()) == c.get("role").and_then(Value::as_str))
        })
        .collect();
    let filter = |list: &mut Value| {
        if let Some(items) = list.as_array_mut() {
            let mut i = 0;
            items.retain(|_| {
                let kept = keep.get(i).copied().unwrap_or(true);
                i += 1;
                kept
            });
        }
    };
    if let Some(columns) = value.get_mut("columns") {
        filter(columns);
    }
    if let Some(rows) = value.get_mut("rows").and_then(Value::as_array_mut) {
        for row in rows {
            if let Some(cells) = row.get_mut("cells") {
                filter(cells);
            }
        }
    }
    if let Some(cells) = value.get_mut("footer").and_then(|f| f.get_mut("cells")) {
        filter(cells);
    }
    Ok(value)
}

/// `t(key="commitments.party", party="...")`: a message with its values.
struct Message {
    format: Format,
    shared: Arc<Current>,
}

impl tera::Function for Message {
    fn call(&self, args: &HashMap<String, Value>) -> TeraResult<Value> {
        let key = args
            .get("key")
            .and_then(Value::as_str)
            .ok_or_else(|| Error::msg("t: give the message as key=\"...\""))?;
        let mut values: Vec<(&str, String)> = args
            .iter()
            .filter(|(name, _)| name.as_str() != "key")
            .map(|(name, v)| (name.as_str(), text_of(v)))
            .collect();
        values.sort();
        let pairs: Vec<(&str, &str)> = values.iter().map(|(n, v)| (*n, v.as_str())).collect();
        let text = self.shared.get()?.messages.fill(key, &pairs);
        Ok(Value::String(match self.format {
            Format::Markdown => escape::inline(&text),
            // Autoescaped by the engine.
            Format::Html => text,
            #[cfg(feature = "pdf")]
            Format::Typst => text,
        }))
    }
}

/// `ref(id="fase1")`: what a reference to the item reads, a link in HTML.
struct Reference {
    format: Format,
    shared: Arc<Current>,
}

impl tera::Function for Reference {
    fn call(&self, args: &HashMap<String, Value>) -> TeraResult<Value> {
        let id = args
            .get("id")
            .and_then(Value::as_str)
            .ok_or_else(|| Error::msg("ref: give the item as id=\"...\""))?;
        let inline = match self.shared.get()?.anchors.get(id) {
            Some(anchor) => Inline::Reference {
                target: anchor.target.clone(),
                text: anchor.text.clone(),
            },
            None => Inline::text(format!("[[{id}]]")),
        };
        Ok(Value::String(match self.format {
            Format::Markdown => markdown::inlines(&[inline]),
            Format::Html => html::inlines(&[inline]),
            #[cfg(feature = "pdf")]
            Format::Typst => super::pdf::markup::inlines(&[inline]),
        }))
    }

    fn is_safe(&self) -> bool {
        true
    }
}
