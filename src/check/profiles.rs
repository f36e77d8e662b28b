//! Profiles: a named set of lint levels for the *Aanwijzingen voor convenanten*.
//!
//! `profile = "rijksoverheid"` in `covenant.toml` treats the Aanwijzingen as
//! binding, as they are for central government: every rule that checks one of
//! their duties (a *must* paragraph) reports an error. `profile = "decentraal"`
//! treats them as guidance, as they are for provinces, municipalities and water
//! boards: the same rules report at least a warning, and a rule that is an
//! error on covenant's own ground (no term, no mandate, no way to settle a
//! dispute) stays one: guidance never makes an incomplete agreement pass.
//! Without a profile each rule keeps its own severity. A `[lints]` entry or a
//! command-line flag still wins.

use super::levels::{Level, Levels};
use super::registry::RULES;
use crate::diagnostics::Severity;

/// A named set of lint levels.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Profile {
    /// Central government: the Aanwijzingen's duties as errors.
    Rijksoverheid,
    /// Decentral government: the Aanwijzingen's duties as warnings.
    Decentraal,
}

impl Profile {
    /// The levels of this profile for the rules serving a *must* paragraph of the
    /// Aanwijzingen: errors for central government; for decentral government
    /// warnings, except that a rule's own error stays an error.
    #[must_use]
    pub fn levels(self) -> Levels {
        let mut levels = Levels::default();
        for rule in RULES
            .iter()
            .filter(|r| r.aanwijzing.is_some_and(|a| a.must))
        {
            let level = match (self, rule.severity) {
                (Self::Rijksoverheid, _) | (Self::Decentraal, Severity::Error) => Level::Deny,
                (Self::Decentraal, Severity::Warning) => Level::Warn,
            };
            levels.set(rule.code, level);
        }
        levels
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rijksoverheid_denies_and_decentraal_warns_the_duties_only() {
        let rijk = Profile::Rijksoverheid.levels();
        let decentraal = Profile::Decentraal.levels();
        assert_eq!(rijk.level("C019"), Some(Level::Deny));
        assert_eq!(decentraal.level("C019"), Some(Level::Warn));
        assert_eq!(
            rijk.level("C011"),
            None,
            "Aanwijzing 14 is a recommendation"
        );
        assert_eq!(rijk.level("C005"), None, "not from the Aanwijzingen");
        assert_eq!(
            decentraal.level("C013"),
            Some(Level::Deny),
            "an agreement without a term stays incomplete under guidance"
        );
    }
}
