//! Every fixture under `tests/fixtures/` named `<CODE>_<what>.covenant`
//! produces exactly its code, and its rendering matches the snapshot.
//! Every file under `tests/fixtures/valid/` and `examples/` checks clean.

use std::path::{Path, PathBuf};

use covenant::check::{Levels, RULES, check};
use covenant::diagnostics::{Located, Renderer, Style};
use covenant::model::load;

fn fixtures(folder: &str) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(folder)
        .map(|entries| entries.filter_map(Result::ok).map(|e| e.path()).collect())
        .unwrap_or_default();
    files.retain(|p| p.extension().is_some_and(|e| e == "covenant"));
    files.sort();
    files
}

fn rendered(path: &Path) -> (Vec<&'static str>, String) {
    let name = path.to_string_lossy().replace('\\', "/");
    let loaded = load::load(path, &name).unwrap_or_else(|e| panic!("{e}"));
    let diagnostics = check(&loaded, &Levels::default());
    let renderer = Renderer::new(Style::Plain, 100);
    let mut text = String::new();
    for diagnostic in &diagnostics {
        text.push_str(&Located::new(diagnostic, &loaded.sources, &renderer).human);
        text.push('\n');
    }
    (diagnostics.iter().map(|d| d.code).collect(), text)
}

fn code_of(path: &Path) -> String {
    let stem = path
        .file_stem()
        .map(|s| s.to_string_lossy().to_string())
        .unwrap_or_default();
    stem.split('_').next().unwrap_or_default().to_string()
}

#[test]
fn each_fixture_produces_exactly_its_code() {
    let files = fixtures("tests/fixtures");
    assert!(!files.is_empty(), "no fixtures found");
    for path in files {
        let code = code_of(&path);
        let (codes, text) = rendered(&path);
        assert!(
            !codes.is_empty(),
            "{} produced no diagnostic",
            path.display()
        );
        assert!(
            codes.iter().all(|c| *c == code),
            "{} produced {codes:?}, expected only {code}:\n{text}",
            path.display()
        );
        let name = path
            .file_stem()
            .map(|s| s.to_string_lossy().to_string())
            .unwrap_or_default();
        insta::assert_snapshot!(name, text);
    }
}

#[test]
fn every_code_has_a_fixture_and_an_explain_page() {
    let files = fixtures("tests/fixtures");
    for rule in RULES {
        assert!(
            files.iter().any(|f| code_of(f) == rule.code),
            "{} has no fixture tests/fixtures/{}_*.covenant",
            rule.code,
            rule.code
        );
        for section in [
            "## What it checks",
            "## Why it matters",
            "## Example",
            "## Fixed",
        ] {
            assert!(
                rule.explain.contains(section),
                "explain page of {} lacks `{section}`",
                rule.code
            );
        }
    }
}

#[test]
fn valid_fixtures_and_examples_check_clean_even_with_warnings_denied() {
    let mut strict = Levels::default();
    strict.deny_warnings = true;
    let mut files = fixtures("tests/fixtures/valid");
    files.extend(fixtures("examples"));
    assert!(files.len() >= 5);
    for path in files {
        let loaded = load::load(&path, &path.to_string_lossy()).unwrap_or_else(|e| panic!("{e}"));
        let found = check(&loaded, &strict);
        let codes: Vec<_> = found.iter().map(|d| (d.code, d.message.clone())).collect();
        assert!(
            found.is_empty(),
            "{} is not clean: {codes:#?}",
            path.display()
        );
    }
}

#[test]
fn human_and_machine_columns_count_characters() {
    let text = "covenant \"Ééé\" {\n  short-title \"Ééé\"  effective 2027-02-30\n}\n";
    let loaded =
        covenant::model::load_text(Path::new("u.covenant"), "u.covenant", text.to_string());
    let renderer = Renderer::new(Style::Plain, 100);
    let located = Located::new(&loaded.diagnostics[0], &loaded.sources, &renderer);
    assert_eq!(
        (located.primary.start.line, located.primary.start.column),
        (2, 32)
    );
    assert!(
        located.human.contains("[u.covenant:2:32]"),
        "{}",
        located.human
    );
}
