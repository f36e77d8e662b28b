//! A `"""` that ends the last line of a text block closes the block: every
//! example, rewritten with each of its text blocks closed that way, loads to
//! the same agreement with the same items, and the item after such a block is
//! never swallowed.

use std::path::{Path, PathBuf};

use covenant::model::{Loaded, load_text};
use covenant::source::FileId;
use covenant::syntax::parse;

fn agreements() -> Vec<PathBuf> {
    let mut files = Vec::new();
    for folder in ["examples", "tests/fixtures/valid"] {
        let entries = std::fs::read_dir(folder).unwrap_or_else(|e| panic!("{folder}: {e}"));
        files.extend(
            entries
                .filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|e| e == "covenant")),
        );
    }
    files.sort();
    files
}

/// `text` with every closing `"""` that stands on a line of its own moved to
/// the end of the block's last line of text; returns the text and how many moved.
fn closed_at_line_end(text: &str) -> (String, usize) {
    let lines: Vec<&str> = text.split('\n').collect();
    let mut out: Vec<String> = Vec::with_capacity(lines.len());
    let mut in_block = false;
    let mut moved = 0;
    for line in lines {
        let trimmed = line.trim();
        if in_block && trimmed == "\"\"\"" {
            in_block = false;
            let last = out.iter_mut().rev().find(|l| !l.trim().is_empty());
            match last {
                Some(previous) if !previous.trim_end().ends_with("\"\"\"") => {
                    previous.push_str("\"\"\"");
                    moved += 1;
                    continue;
                }
                _ => {}
            }
        } else if !in_block && line.trim_end().ends_with("\"\"\"") {
            in_block = true;
        }
        out.push(line.to_string());
    }
    (out.join("\n"), moved)
}

fn load(path: &Path, text: String) -> Loaded {
    let name = path.to_string_lossy().to_string();
    load_text(path, &name, text)
}

fn json(loaded: &Loaded) -> serde_json::Value {
    serde_json::to_value(&loaded.agreement).unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn every_example_keeps_every_item_with_blocks_closed_at_line_end() {
    let mut total_moved = 0;
    for path in agreements() {
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{e}"));
        let (rewritten, moved) = closed_at_line_end(&text);
        total_moved += moved;
        let before = parse(FileId(0), &text);
        let after = parse(FileId(0), &rewritten);
        assert_eq!(
            after.items.len(),
            before.items.len(),
            "{}: items lost when {moved} text block(s) close at the end of a line",
            path.display()
        );
        assert!(
            after.diagnostics.is_empty(),
            "{}: {:?}",
            path.display(),
            after.diagnostics
        );
        let (original, closed) = (load(&path, text), load(&path, rewritten));
        assert_eq!(
            json(&closed),
            json(&original),
            "{}: the agreement changed",
            path.display()
        );
    }
    assert!(
        total_moved >= 5,
        "only {total_moved} text blocks were rewritten"
    );
}

#[test]
fn the_clause_after_a_block_closed_at_line_end_is_kept() {
    let text = "clause a \"A\" \"\"\"\n  De Opdrachtgever overlegt met de Uitvoerder.\"\"\"\n\nclause b \"B\" \"\"\"\n  Tweede.\n  \"\"\"\n";
    let parsed = parse(FileId(0), text);
    assert!(parsed.diagnostics.is_empty(), "{:?}", parsed.diagnostics);
    assert_eq!(parsed.items.len(), 2);
}
