//! Which parties in different agreements are the same: by name or registration.

use std::collections::BTreeMap;

/// One party or group as it appears in one agreement.
#[derive(Debug, Clone)]
pub struct Occurrence {
    /// Index of the agreement.
    pub agreement: usize,
    /// Its id there.
    pub id: String,
    /// Its name.
    pub name: String,
    /// Its registration, if given.
    pub registration: Option<String>,
    /// Whether it is a group.
    pub group: bool,
    /// Whether it is still to be selected by tender (never matched by name).
    pub tendered: bool,
}

/// Names and registrations compared without case and spacing differences.
fn key(text: &str) -> String {
    text.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// The entity index of every occurrence: occurrences sharing a name or a
/// registration (transitively) get the same index. Indices count from 0.
#[must_use]
pub fn match_parties(occurrences: &[Occurrence]) -> Vec<usize> {
    let mut parent: Vec<usize> = (0..occurrences.len()).collect();
    let mut first: BTreeMap<String, usize> = BTreeMap::new();
    for (i, occurrence) in occurrences.iter().enumerate() {
        let kind = if occurrence.group { "group" } else { "party" };
        let mut keys = Vec::new();
        if !occurrence.tendered {
            keys.push(format!("{kind}:name:{}", key(&occurrence.name)));
        } else {
            keys.push(format!(
                "{kind}:tender:{}:{}",
                occurrence.agreement, occurrence.id
            ));
        }
        if let Some(registration) = &occurrence.registration {
            keys.push(format!("{kind}:reg:{}", key(registration).replace(' ', "")));
        }
        for k in keys {
            match first.get(&k) {
                Some(&j) => union(&mut parent, i, j),
                None => {
                    first.insert(k, i);
                }
            }
        }
    }
    let roots: Vec<usize> = (0..occurrences.len())
        .map(|i| find(&mut parent, i))
        .collect();
    let mut numbers: BTreeMap<usize, usize> = BTreeMap::new();
    roots
        .iter()
        .map(|root| {
            let next = numbers.len();
            *numbers.entry(*root).or_insert(next)
        })
        .collect()
}

fn find(parent: &mut [usize], mut i: usize) -> usize {
    while parent[i] != i {
        parent[i] = parent[parent[i]];
        i = parent[i];
    }
    i
}

fn union(parent: &mut [usize], a: usize, b: usize) {
    let (a, b) = (find(parent, a), find(parent, b));
    if a != b {
        parent[a.max(b)] = a.min(b);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn occ(agreement: usize, name: &str, registration: Option<&str>) -> Occurrence {
        Occurrence {
            agreement,
            id: "x".to_string(),
            name: name.to_string(),
            registration: registration.map(str::to_string),
            group: false,
            tendered: false,
        }
    }

    #[test]
    fn name_or_registration_matches() {
        let list = [
            occ(0, "Gemeente Zwolle", None),
            occ(1, "gemeente  zwolle", None),
            occ(2, "Acme B.V.", Some("KvK 1")),
            occ(3, "ACME Holding", Some("kvk 1")),
            occ(4, "Other", None),
        ];
        assert_eq!(match_parties(&list), [0, 0, 1, 1, 2]);
    }
}
