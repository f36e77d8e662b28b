//! The fixed wording of a document, read from a per-language message file.

use std::collections::BTreeMap;

use crate::model::words::Language;

/// The built-in Dutch messages.
pub const NL: &str = include_str!("../../templates/i18n/nl.toml");
/// The built-in English messages.
pub const EN: &str = include_str!("../../templates/i18n/en.toml");

/// The messages of one language, by dotted key (`article.goals`).
#[derive(Debug, Clone)]
pub struct Messages {
    flat: BTreeMap<String, String>,
    tree: serde_json::Value,
}

impl Messages {
    /// Reads a message file.
    ///
    /// # Errors
    /// The text is not TOML or holds something other than tables of strings.
    pub fn parse(text: &str) -> Result<Self, String> {
        let tree: serde_json::Value = toml::from_str(text).map_err(|e| e.to_string())?;
        let mut flat = BTreeMap::new();
        flatten("", &tree, &mut flat)?;
        Ok(Self { flat, tree })
    }

    /// The built-in messages of `language`.
    ///
    /// # Errors
    /// Never for the shipped files; kept for symmetry with [`Messages::parse`].
    pub fn builtin(language: Language) -> Result<Self, String> {
        Self::parse(match language {
            Language::Nl => NL,
            Language::En => EN,
        })
    }

    /// The message at `key`, or the key in brackets when it is missing.
    #[must_use]
    pub fn get(&self, key: &str) -> String {
        self.flat
            .get(key)
            .cloned()
            .unwrap_or_else(|| format!("[{key}]"))
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
        for (key, text) in &base.flat {
            self.flat.entry(key.clone()).or_insert_with(|| text.clone());
        }
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
            let word = self.flat.get(&format!("document.{kind}.{key}"))?;
            Some((name, word.clone()))
        })
        .collect();
        let pairs: Vec<(&str, &str)> = words.iter().map(|(n, w)| (*n, w.as_str())).collect();
        for text in self.flat.values_mut() {
            *text = fill(text, &pairs);
        }
        fill_tree(&mut self.tree, &pairs);
        self
    }

    /// Every key, sorted.
    pub fn keys(&self) -> impl Iterator<Item = &str> {
        self.flat.keys().map(String::as_str)
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

fn flatten(
    prefix: &str,
    tree: &serde_json::Value,
    out: &mut BTreeMap<String, String>,
) -> Result<(), String> {
    let Some(table) = tree.as_object() else {
        return Err(format!("`{prefix}` must be a table of messages"));
    };
    for (key, value) in table {
        let full = if prefix.is_empty() {
            key.clone()
        } else {
            format!("{prefix}.{key}")
        };
        match value {
            serde_json::Value::String(text) => {
                out.insert(full, text.clone());
            }
            serde_json::Value::Object(_) => flatten(&full, value, out)?,
            _ => return Err(format!("message `{full}` must be a string")),
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_languages_have_the_same_keys() {
        let nl = Messages::builtin(Language::Nl).unwrap_or_else(|e| panic!("{e}"));
        let en = Messages::builtin(Language::En).unwrap_or_else(|e| panic!("{e}"));
        let nl_keys: Vec<&str> = nl.keys().collect();
        let en_keys: Vec<&str> = en.keys().collect();
        assert_eq!(nl_keys, en_keys);
        assert!(nl_keys.len() > 50);
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
