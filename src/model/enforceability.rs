//! Partial enforceability: the header's `enforceable yes|no|partly` and what it
//! means for each deliverable.

use serde::Serializer;

use super::agreement::{Agreement, Deliverable, Spanned};
use super::words::Enforceability;

/// The header's enforceability in JSON as the first edition wrote it: `true` for
/// `yes`, `false` for `no`, `null` when absent, and the word `"partly"`.
///
/// # Errors
/// Only those of the serializer.
pub fn serialize<S: Serializer>(
    value: &Option<Spanned<Enforceability>>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    match value.as_ref().map(|v| v.value) {
        None => serializer.serialize_none(),
        Some(Enforceability::Yes) => serializer.serialize_bool(true),
        Some(Enforceability::No) => serializer.serialize_bool(false),
        Some(Enforceability::Partly) => serializer.serialize_str("partly"),
    }
}

impl Agreement {
    /// The header's enforceability, if it is stated.
    #[must_use]
    pub fn enforceability(&self) -> Option<Enforceability> {
        self.header.enforceable.as_ref().map(|e| e.value)
    }

    /// Whether some obligation can be enforced in court: the header says `yes`,
    /// or `partly` and a deliverable says `enforceable yes`.
    #[must_use]
    pub fn has_enforceable_obligations(&self) -> bool {
        match self.enforceability() {
            Some(Enforceability::Yes) => true,
            Some(Enforceability::Partly) => self
                .deliverables
                .iter()
                .any(|d| d.enforceable.as_ref().is_some_and(|e| e.value)),
            Some(Enforceability::No) | None => false,
        }
    }
}

impl Deliverable {
    /// Whether its own `enforceable` says the opposite of the header's `yes` or `no`.
    #[must_use]
    pub fn contradicts(&self, header: Option<Enforceability>) -> Option<&Spanned<bool>> {
        let own = self.enforceable.as_ref()?;
        match header {
            Some(Enforceability::Yes) => (!own.value).then_some(own),
            Some(Enforceability::No) => own.value.then_some(own),
            Some(Enforceability::Partly) | None => None,
        }
    }
}
