//! Profiles: a named set of lint levels for the *Aanwijzingen voor convenanten*.
//!
//! `profile = "rijksoverheid"` in `covenant.toml` treats the Aanwijzingen as
//! binding, as they are for central government: every rule that checks one of
//! their duties (a *must* paragraph) reports an error. `profile = "decentraal"`
//! treats them as guidance, as they are for provinces, municipalities and water
//! boards: the same rules report warnings. Without a profile each rule keeps
//! its own severity. A `[lints]` entry or a command-line flag still wins.

use super::levels::{Level, Levels};
use super::registry::RULES;

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
    /// The levels of this profile: every rule serving a *must* paragraph of the Aanwijzingen.
    #[must_use]
    pub fn levels(self) -> Levels {
        let level = match self {
            Self::Rijksoverheid => Level::Deny,
            Self::Decentraal => Level::Warn,
        };
        let mut levels = Levels::default();
        for rule in RULES
            .iter()
            .filter(|r| r.aanwijzing.is_some_and(|a| a.must))
        {
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
    }
}
