//! The lint levels the server applies: those `covenant check` applies to the same file.

use std::path::Path;

use crate::check::levels::find_config;
use crate::check::{Levels, lookup};
use crate::model::load::read_text;

/// The levels for the agreement at `path`: its nearest `covenant.toml`, else the defaults.
/// This is the one place the server reads configuration.
///
/// # Errors
/// A `covenant.toml` that cannot be read or is not valid, in words.
pub(crate) fn levels_for(path: &Path) -> Result<Levels, String> {
    let folder = std::fs::canonicalize(path)
        .ok()
        .and_then(|p| p.parent().map(Path::to_path_buf))
        .or_else(|| path.parent().map(Path::to_path_buf));
    let Some(config) = folder.and_then(|f| find_config(&f)) else {
        return Ok(Levels::default());
    };
    let text = read_text(&config, &config.display().to_string()).map_err(|e| e.to_string())?;
    Levels::from_toml(&text, &config, |code| lookup(code).is_some()).map_err(|e| e.to_string())
}
