//! Expanding the paths on the command line into agreement files (the library's walk), and the
//! names they are shown by.

use std::path::Path;

pub use crate::source::walk::{Input, collect};

/// The name shown for a path: as given, without a leading `./`.
#[must_use]
pub fn display_name(path: &Path) -> String {
    let text = path.display().to_string();
    text.strip_prefix("./").map_or(text.clone(), str::to_string)
}
