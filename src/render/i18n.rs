//! The fixed wording of a document, read from a per-language message file.
//!
//! The built-in files are read at compile time (`build.rs` checks them and turns them into
//! JSON, which is several times cheaper to read than TOML); a house style's file is TOML.

use std::collections::BTreeSet;

use crate::model::words::Language;

/// The built-in Dutch messages.
pub const NL: &str = include_str!("../../templates/i18n/nl.toml");
/// The built-in English messages.
pub const EN: &str = include_str!("../../templates/i18n/en.toml");

/// The built-in Dutch messages as JSON, made from [`NL`] by `build.rs`.
const NL_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/i18n/nl.json"));
/// The built-in English messages as JSON, made from [`EN`] by `build.rs`.
const EN_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/i18n/en.json"));

/// The messages of one language, by dotted key (`article.goals`): nested tables of strings,
/// looked up by walking the key's parts (no second, flattened copy is made).
#[derive(Debug, Clone)]
pub struct Messages {
    tree: serde_json::Value,
}

impl Messages {
    /// Reads a message file.
    ///
    /// # Errors
    /// The text is not TOML or holds something other than tables of strings.
    pub fn parse(text: &str) -> Result<Self, String> {
        let tree: serde_json::Value = toml::from_str(text).map_err(|e| e.to_string())?;
        validate("", &tree)?;
        Ok(Self { tree })
    }

    /// The built-in messages of `language`.
    ///
    /// # Errors
    /// Never for the shipped files (`build.rs` has checked them); kept for symmetry with
    /// [`Messages::parse`].
    pub fn builtin(language: Language) -> Result<Self, String> {
        let json = match language {
            Language::Nl => NL_JSON,
            Language::En => EN_JSON,
        };
        let tree = serde_json::from_str(json).map_err(|e| e.to_string())?;
        Ok(Self { tree })
    }

    /// The message at `key`, or the key in brackets when it is missing.
    #[must_use]
    pub fn get(&self, key: &str) -> String {
        self.text(key)
            .map_or_else(|| format!("[{key}]"), str::to_string)
    }

    /// Whether there is a message at `key`.
    #[must_use]
    pub fn has(&self, key: &str) -> bool {
        self.text(key).is_some()
    }

    fn text(&self, key: &str) -> Option<&str> {
        key.split('.')
            .try_fold(&self.tree, |table, part| table.get(part))
            .and_then(serde_json::Value::as_str)
    }

    /// The message at `key` with each `{name}` replaced by its value ([`fill`]).
    #[must_use]
    pub fn fill(&self, key: &str, values: &[(&str, &str)]) -> String {
        fill(&self.get(key), values)
    }

    /// These messages, with every key they lack taken from `base` (so a
    /// house style's message file may hold only the sentences it rewords).
    #[must_use]
    pub fn or(mut self, base: &Messages) -> Self {
        merge_tree(&mut self.tree, &base.tree);
        self
    }

    /// These messages speaking of the document as `kind` (`covenant` or `agreement`): each
    /// `{this_doc}`, `{This_doc}`, `{the_doc}` and `{Doc}` is replaced by the words of the
    /// table `kind.KIND` ("dit convenant", "Dit convenant", "het convenant", "Convenant").
    #[must_use]
    pub fn for_kind(mut self, kind: &str) -> Self {
        let words: Vec<(&str, String)> = [
            ("this_doc", "this"),
            ("This_doc", "This"),
            ("the_doc", "the"),
            ("Doc", "Doc"),
        ]
        .into_iter()
        .filter_map(|(name, key)| {
            let word = self.text(&format!("document.{kind}.{key}"))?;
            Some((name, word.to_string()))
        })
        .collect();
        let pairs: Vec<(&str, &str)> = words.iter().map(|(n, w)| (*n, w.as_str())).collect();
        fill_tree(&mut self.tree, &pairs);
        self
    }

    /// Every key, sorted.
    #[must_use]
    pub fn keys(&self) -> Vec<String> {
        let mut keys = BTreeSet::new();
        collect_keys("", &self.tree, &mut keys);
        keys.into_iter().collect()
    }

    /// All messages as nested tables, for templates (`labels.article.goals`).
    #[must_use]
    pub fn tree(&self) -> &serde_json::Value {
        &self.tree
    }
}

/// `template` with each `{name}` replaced by its value, in one pass over the template: a value
/// is never read again, so agreement text holding `{amount}` stays as written. A `{name}` with
/// no value is kept. The one way messages are filled.
#[must_use]
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len());
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let value = after.find('}').and_then(|close| {
            let name = &after[..close];
            values
                .iter()
                .find(|(n, _)| *n == name)
                .map(|(_, v)| (*v, close))
        });
        match value {
            Some((value, close)) => {
                out.push_str(value);
                rest = &after[close + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

fn fill_tree(tree: &mut serde_json::Value, pairs: &[(&str, &str)]) {
    match tree {
        serde_json::Value::String(text) => *text = fill(text, pairs),
        serde_json::Value::Object(table) => {
            for value in table.values_mut() {
                fill_tree(value, pairs);
            }
        }
        _ => {}
    }
}

fn merge_tree(tree: &mut serde_json::Value, base: &serde_json::Value) {
    let (Some(tree), Some(base)) = (tree.as_object_mut(), base.as_object()) else {
        return;
    };
    for (key, value) in base {
        match tree.get_mut(key) {
            Some(own) => merge_tree(own, value),
            None => {
                tree.insert(key.clone(), value.clone());
            }
        }
    }
}

/// The dotted key of `key` in the table at `prefix`.
fn dotted(prefix: &str, key: &str) -> String {
    if prefix.is_empty() {
        key.to_string()
    } else {
        format!("{prefix}.{key}")
    }
}

/// Checks that `tree` holds only tables and strings.
fn validate(prefix: &str, tree: &serde_json::Value) -> Result<(), String> {
    let Some(table) = tree.as_object() else {
        return Err(format!("`{prefix}` must be a table of messages"));
    };
    for (key, value) in table {
        match value {
            serde_json::Value::String(_) => {}
            serde_json::Value::Object(_) => validate(&dotted(prefix, key), value)?,
            _ => {
                return Err(format!(
                    "message `{}` must be a string",
                    dotted(prefix, key)
                ));
            }
        }
    }
    Ok(())
}

fn collect_keys(prefix: &str, tree: &serde_json::Value, out: &mut BTreeSet<String>) {
    for (key, value) in tree.as_object().into_iter().flatten() {
        let full = dotted(prefix, key);
        if value.is_object() {
            collect_keys(&full, value, out);
        } else {
            out.insert(full);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_languages_have_the_same_keys() {
        let nl = Messages::builtin(Language::Nl).unwrap_or_else(|e| panic!("{e}"));
        let en = Messages::builtin(Language::En).unwrap_or_else(|e| panic!("{e}"));
        let nl_keys = nl.keys();
        let en_keys = en.keys();
        assert_eq!(nl_keys, en_keys);
        assert!(nl_keys.len() > 50);
    }

    #[test]
    fn every_rule_a_draft_can_list_has_its_meaning_in_both_languages() {
        // Syntax codes (S) stop a document before it has a model, so no draft lists them.
        let codes = crate::check::RULES
            .iter()
            .map(|r| r.code)
            .filter(|c| !c.starts_with('S'));
        for language in [Language::Nl, Language::En] {
            let messages = Messages::builtin(language).unwrap_or_else(|e| panic!("{e}"));
            for code in codes.clone() {
                let key = format!("issue.{code}");
                assert_ne!(
                    messages.get(&key),
                    format!("[{key}]"),
                    "{language:?} {code}"
                );
            }
        }
    }

    #[test]
    fn the_built_in_tables_are_the_message_files() {
        for (language, toml) in [(Language::Nl, NL), (Language::En, EN)] {
            let built_in = Messages::builtin(language).unwrap_or_else(|e| panic!("{e}"));
            let parsed = Messages::parse(toml).unwrap_or_else(|e| panic!("{e}"));
            assert_eq!(built_in.tree(), parsed.tree(), "{language:?}");
        }
    }

    #[test]
    fn placeholders_are_filled() {
        let nl = Messages::builtin(Language::Nl).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            nl.fill("party.seat", &[("seat", "Zwolle")]),
            "gevestigd te Zwolle"
        );
        assert_eq!(nl.get("no.such.key"), "[no.such.key]");
    }

    #[test]
    fn values_are_never_read_as_placeholders() {
        let messages = Messages::parse("a = \"{name} pays {amount} by {date}; {unknown} {\"")
            .unwrap_or_else(|e| panic!("{e}"));
        let filled = messages.fill(
            "a",
            &[
                ("name", "Acme {amount} {date}"),
                ("amount", "EUR 5"),
                ("date", "{name}"),
            ],
        );
        assert_eq!(
            filled,
            "Acme {amount} {date} pays EUR 5 by {name}; {unknown} {"
        );
    }
}
