//! Turns the built-in message files (`templates/i18n/*.toml`) into JSON in `OUT_DIR`, checked to
//! hold only tables of strings: reading JSON at run time costs a fraction of reading TOML, and a
//! broken built-in file fails the build instead of a document.

use std::path::Path;

fn main() {
    let out = Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("i18n");
    std::fs::create_dir_all(&out).expect("OUT_DIR/i18n can be made");
    for language in ["nl", "en"] {
        let source = format!("templates/i18n/{language}.toml");
        println!("cargo::rerun-if-changed={source}");
        let text = std::fs::read_to_string(&source).expect("the built-in message file is readable");
        let tree: serde_json::Value =
            toml::from_str(&text).unwrap_or_else(|e| panic!("{source}: {e}"));
        check("", &tree, &source);
        let json = serde_json::to_string(&tree).expect("a table of strings is JSON");
        std::fs::write(out.join(format!("{language}.json")), json).expect("OUT_DIR is writable");
    }
}

/// Panics unless `tree` holds only tables and strings.
fn check(prefix: &str, tree: &serde_json::Value, source: &str) {
    let table = tree
        .as_object()
        .unwrap_or_else(|| panic!("{source}: `{prefix}` must be a table of messages"));
    for (key, value) in table {
        let full = if prefix.is_empty() {
            key.clone()
        } else {
            format!("{prefix}.{key}")
        };
        match value {
            serde_json::Value::String(_) => {}
            serde_json::Value::Object(_) => check(&full, value, source),
            _ => panic!("{source}: message `{full}` must be a string"),
        }
    }
}
