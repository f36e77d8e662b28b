//! Matching items of two versions by a key, and comparing their fields.

use std::collections::BTreeMap;

use super::change::Change;
use super::text::{normalize, word_diff};

/// Items of both versions by key: (key, old, new), in key order.
pub fn pair<'a, T, K: Ord + Clone>(
    old: &'a [T],
    new: &'a [T],
    key: impl Fn(&T) -> K,
) -> Vec<(K, Option<&'a T>, Option<&'a T>)> {
    let mut map: BTreeMap<K, (Option<&T>, Option<&T>)> = BTreeMap::new();
    for item in old {
        map.entry(key(item)).or_default().0.get_or_insert(item);
    }
    for item in new {
        map.entry(key(item)).or_default().1.get_or_insert(item);
    }
    map.into_iter().map(|(k, (o, n))| (k, o, n)).collect()
}

/// Collects field changes of one matched item.
pub struct Fields<'a> {
    /// Where changes go.
    pub out: &'a mut Vec<Change>,
    /// The section.
    pub section: &'static str,
    /// The item's kind in words, such as `deliverable`.
    pub noun: &'static str,
    /// The item's id.
    pub id: String,
}

impl Fields<'_> {
    /// Records `field` when its values differ.
    pub fn value(&mut self, field: &str, old: Option<String>, new: Option<String>) {
        if old != new {
            let change = self.change(field).values(old, new);
            self.out.push(change);
        }
    }

    /// Records a text `field` when its words differ, with a word diff.
    pub fn text(&mut self, field: &str, old: Option<&str>, new: Option<&str>) {
        let (old, new) = (old.map(normalize), new.map(normalize));
        if old == new {
            return;
        }
        let mut change = self.change(field);
        if let (Some(o), Some(n)) = (&old, &new) {
            change.words = Some(word_diff(o, n));
        }
        self.out.push(change.values(old, new));
    }

    /// Records a set-valued `field` (order does not matter) when it differs.
    pub fn set(&mut self, field: &str, old: Vec<String>, new: Vec<String>) {
        let (mut old, mut new) = (old, new);
        old.sort();
        old.dedup();
        new.sort();
        new.dedup();
        if old != new {
            let change = self
                .change(field)
                .values(Some(old.join(", ")), Some(new.join(", ")));
            self.out.push(change);
        }
    }

    fn change(&self, field: &str) -> Change {
        let path = if self.id.is_empty() {
            format!("{}.{field}", self.section)
        } else {
            format!("{}.{}.{field}", self.section, self.id)
        };
        Change::new(
            self.section,
            &format!("{}-changed", self.noun),
            self.subject(),
            path,
        )
        .field(field)
    }

    fn subject(&self) -> String {
        if self.id.is_empty() {
            self.noun.to_string()
        } else {
            format!("{} {}", self.noun, self.id)
        }
    }
}

/// Records an item added or removed: `summary` describes it.
pub fn presence(
    out: &mut Vec<Change>,
    section: &'static str,
    noun: &str,
    id: &str,
    old: Option<String>,
    new: Option<String>,
) {
    let verb = match (&old, &new) {
        (None, Some(_)) => "added",
        (Some(_), None) => "removed",
        _ => return,
    };
    let change = Change::new(
        section,
        &format!("{noun}-{verb}"),
        format!("{noun} {id}"),
        format!("{section}.{id}"),
    );
    out.push(change.values(old, new));
}
