//! The language server driven by a real LSP client: pytest-lsp runs `tests/lsp/` against
//! the binary Cargo built. `scripts/test` installs pytest-lsp; without it this test fails.

use std::process::Command;

#[test]
fn the_language_server_passes_the_pytest_lsp_suite() {
    let output = Command::new("python3")
        .args(["-m", "pytest", "tests/lsp", "-q", "-p", "no:cacheprovider"])
        .env("COVENANT_BIN", env!("CARGO_BIN_EXE_covenant"))
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("python3 runs (scripts/test installs pytest-lsp)");
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        output.status.success(),
        "pytest-lsp failed:\n{stdout}\n{stderr}"
    );
    assert!(stdout.contains(" passed"), "no tests ran:\n{stdout}");
    assert!(!stdout.contains("skipped"), "tests were skipped:\n{stdout}");
}

/// The keywords of the VS Code grammar are those of the language, so highlighting cannot drift.
#[test]
fn the_vscode_grammar_highlights_every_keyword_of_the_language() {
    use covenant::syntax::grammar::Rule;
    use covenant::syntax::keywords::keyword_of;
    use covenant::syntax::keywords::{ITEM_KEYWORDS, PROPERTY_KEYWORDS};
    use std::collections::BTreeSet;

    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/editors/vscode/syntaxes/covenant.tmLanguage.json"
    );
    let text = std::fs::read_to_string(path).expect("the grammar exists");
    let grammar: serde_json::Value = serde_json::from_str(&text).expect("the grammar is JSON");
    // The words of a pattern's first capturing group, `(a|b|c)`.
    let words = |pattern: &str| -> BTreeSet<String> {
        let start = pattern
            .match_indices('(')
            .find(|(i, _)| !pattern[i + 1..].starts_with('?'))
            .map_or(0, |(i, _)| i + 1);
        let inner = pattern[start..].split(')').next().unwrap_or("");
        inner.split('|').map(str::to_string).collect()
    };
    let repository = &grammar["repository"];
    let pattern = |name: &str| words(repository[name]["match"].as_str().unwrap_or(""));
    let (items, properties) = (pattern("item"), pattern("property"));
    let highlighted: BTreeSet<String> = items
        .iter()
        .chain(&properties)
        .chain(&pattern("connective"))
        .cloned()
        .collect();
    // `contribution` names a line that starts with a party id: there is no word to highlight.
    let expected_properties: BTreeSet<String> = PROPERTY_KEYWORDS
        .iter()
        .filter(|k| **k != "contribution")
        .map(|k| (*k).to_string())
        .collect();
    let every_keyword: BTreeSet<String> = Rule::all_rules()
        .iter()
        .filter(|r| format!("{r:?}").starts_with("k_"))
        .filter_map(|r| keyword_of(*r).map(str::to_string))
        .chain(ITEM_KEYWORDS.iter().map(|k| (*k).to_string()))
        .collect();
    assert_eq!(properties, expected_properties);
    assert!(
        ITEM_KEYWORDS.iter().all(|k| items.contains(*k)),
        "{items:?}"
    );
    assert_eq!(highlighted, every_keyword);
}
