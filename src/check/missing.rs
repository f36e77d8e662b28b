//! Naming the parts an item lacks.

/// The names of the parts whose flag says they are absent, in the order given.
#[must_use]
pub fn missing<const N: usize>(parts: [(bool, &'static str); N]) -> Vec<&'static str> {
    parts
        .into_iter()
        .filter_map(|(absent, name)| absent.then_some(name))
        .collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn only_absent_parts_are_named() {
        assert_eq!(
            super::missing([(true, "owners"), (false, "operator"), (true, "kind")]),
            ["owners", "kind"]
        );
    }
}
