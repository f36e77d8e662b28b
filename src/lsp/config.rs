//! The lint levels the server applies: those `covenant check` applies to the same file.

use std::path::Path;

use crate::check::{Levels, Overrides, effective_levels};

/// The levels for the agreement at `path`, through the one configuration
/// loader every command uses (nearest `covenant.toml`, its profile and `[lints]`).
///
/// # Errors
/// A `covenant.toml` that cannot be read or is not valid, in words.
pub(crate) fn levels_for(path: &Path) -> Result<Levels, String> {
    effective_levels(path, None, &Overrides::default())
}
