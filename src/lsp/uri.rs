//! `file:` URIs and paths.

use std::path::{Path, PathBuf};

use lsp_types::Uri;

/// The path a `file:` URI names, with its percent-escapes decoded.
pub(crate) fn to_path(uri: &Uri) -> Option<PathBuf> {
    let rest = uri.as_str().strip_prefix("file://")?;
    let path = rest.get(rest.find('/')?..)?;
    percent_decode(path).map(PathBuf::from)
}

/// `text` with its `%XX` escapes decoded, if they are valid and give UTF-8.
pub(crate) fn percent_decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = std::str::from_utf8(bytes.get(i + 1..i + 3)?).ok()?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

/// The path made absolute, and canonical where it exists, for comparing files.
pub(crate) fn absolute(path: &Path) -> PathBuf {
    std::fs::canonicalize(path).unwrap_or_else(|_| {
        std::env::current_dir()
            .map(|d| d.join(path))
            .unwrap_or_else(|_| path.to_path_buf())
    })
}

/// The `file:` URI of an absolute path, escaping every byte outside the unreserved set.
pub(crate) fn from_path(path: &Path) -> Option<Uri> {
    let mut text = String::from("file://");
    for byte in path.to_str()?.bytes() {
        if byte.is_ascii_alphanumeric() || b"/-._~".contains(&byte) {
            text.push(char::from(byte));
        } else {
            text.push_str(&format!("%{byte:02X}"));
        }
    }
    text.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_with_spaces_and_accents_survive_the_round_trip() {
        let path = Path::new("/tmp/een map/coöperatie.covenant");
        let uri = from_path(path).expect("a valid uri");
        assert_eq!(
            uri.as_str(),
            "file:///tmp/een%20map/co%C3%B6peratie.covenant"
        );
        assert_eq!(to_path(&uri).as_deref(), Some(path));
    }

    #[test]
    fn other_schemes_have_no_path() {
        let uri: Uri = "untitled:Untitled-1".parse().expect("a valid uri");
        assert_eq!(to_path(&uri), None);
    }
}
