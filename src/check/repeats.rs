//! Finding identifiers written more than once, in linear time.

use std::collections::HashMap;
use std::collections::hash_map::Entry;

use crate::model::Id;

/// Each identifier that repeats an earlier one, paired with that first one: `(first, again)`.
#[must_use]
pub fn repeats<'a>(ids: &[&'a Id]) -> Vec<(&'a Id, &'a Id)> {
    let mut seen: HashMap<&str, &Id> = HashMap::with_capacity(ids.len());
    let mut found = Vec::new();
    for id in ids {
        match seen.entry(id.value.as_str()) {
            Entry::Occupied(first) => found.push((*first.get(), *id)),
            Entry::Vacant(slot) => {
                slot.insert(id);
            }
        }
    }
    found
}
