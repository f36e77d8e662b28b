//! `covenant diff`: goldens per kind of change, exit codes, and the
//! no-change case for a reformatted and reordered file.

#![allow(clippy::unwrap_used)]

use std::path::{Path, PathBuf};

use assert_cmd::Command;

const BASE: &str = "examples/warmtenet-zwolle.covenant";

/// A temp folder holding the example (with its parties file) as `old.covenant`
/// and a copy with each `(from, to)` replacement applied as `new.covenant`.
fn versions(replacements: &[(&str, &str)]) -> (tempfile::TempDir, PathBuf, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("partijen")).unwrap();
    std::fs::copy(
        "examples/partijen/gemeente-zwolle.covenant",
        dir.path().join("partijen/gemeente-zwolle.covenant"),
    )
    .unwrap();
    let text = std::fs::read_to_string(BASE).unwrap();
    let mut new = text.clone();
    for (from, to) in replacements {
        assert!(
            new.contains(from),
            "the example no longer contains {from:?}"
        );
        new = new.replacen(from, to, 1);
    }
    let (old_path, new_path) = (
        dir.path().join("old.covenant"),
        dir.path().join("new.covenant"),
    );
    std::fs::write(&old_path, text).unwrap();
    std::fs::write(&new_path, new).unwrap();
    (dir, old_path, new_path)
}

fn diff(old: &Path, new: &Path, format: &str) -> (i32, String, String) {
    diff_with(old, new, format, &[])
}

/// Runs `diff` in the folder of `old`, naming both files relative to it, so that output is stable.
fn diff_with(old: &Path, new: &Path, format: &str, extra: &[&str]) -> (i32, String, String) {
    let folder = old.parent().unwrap();
    let output = Command::cargo_bin("covenant")
        .unwrap()
        .current_dir(folder)
        .args(["diff", "--format", format])
        .arg(old.strip_prefix(folder).unwrap_or(old))
        .arg(new.strip_prefix(folder).unwrap_or(new))
        .args(extra)
        .output()
        .unwrap();
    let stdout = String::from_utf8(output.stdout).unwrap();
    let stderr = String::from_utf8(output.stderr).unwrap();
    (output.status.code().unwrap(), stdout, stderr)
}

fn changed(replacements: &[(&str, &str)], format: &str) -> String {
    let (_dir, old, new) = versions(replacements);
    let (code, stdout, stderr) = diff(&old, &new, format);
    assert_eq!(code, 1, "a change exits 1; stderr: {stderr}");
    stdout
}

/// The diff of a new version that `check` rejects: refused (exit 2, naming
/// the version and what to do), and compared only with `--allow-errors`,
/// the output then saying that the new version has errors.
fn changed_with_errors(replacements: &[(&str, &str)], format: &str) -> String {
    let (_dir, old, new) = versions(replacements);
    let (code, stdout, stderr) = diff(&old, &new, format);
    assert_eq!(
        code, 2,
        "a version with errors is refused; stdout: {stdout}"
    );
    assert!(stdout.is_empty(), "{stdout}");
    assert!(
        stderr.contains("new.covenant has") && stderr.contains("--allow-errors"),
        "{stderr}"
    );
    let (code, stdout, stderr) = diff_with(&old, &new, format, &["--allow-errors"]);
    assert_eq!(code, 1, "a change exits 1; stderr: {stderr}");
    assert!(stderr.contains("new.covenant has"), "{stderr}");
    if format != "json" {
        assert!(
            stdout.contains("volgens covenant check; wat daarin staat, is niet overeengekomen"),
            "{stdout}"
        );
    }
    stdout
}

#[test]
fn header_and_term() {
    let out = changed(
        &[
            ("2036-03-31\n", "2037-03-31\n"),
            ("Verlenging met vijf jaar", "Verlenging met tien jaar"),
            ("notice       6 months", "notice       3 months"),
            (
                "\"Samenwerkingsovereenkomst Warmtenet",
                "\"Overeenkomst Warmtenet",
            ),
        ],
        "human",
    );
    insta::assert_snapshot!("header_and_term", out);
}

#[test]
fn parties_and_representatives() {
    let out = changed_with_errors(
        &[
            ("\"A. Jansen\"", "\"B. Jansen\""),
            (
                "recital \"De netbeheerder",
                "party nieuw \"Buurgemeente Kampen\" { sector public  role partner }\nrecital \"De netbeheerder",
            ),
        ],
        "human",
    );
    insta::assert_snapshot!("parties_and_representatives", out);
}

#[test]
fn deliverables_and_goals() {
    let out = changed(
        &[
            ("serves     betaalbaar\n", "serves     betaalbaar, co2\n"),
            ("obligation effort", "obligation result"),
            ("due        2029-06-30", "due        2029-09-30"),
            ("by         corporatie", "by         gemeente"),
            (
                "target    4000 by 2030-12-31",
                "target    4500 by 2031-06-30",
            ),
        ],
        "human",
    );
    insta::assert_snapshot!("deliverables_and_goals", out);
}

#[test]
fn contributions_with_money_per_party_and_total() {
    let replacements = [
        (
            "netbeheer  EUR 9_500_000 cash",
            "netbeheer  EUR 9_750_000 cash",
        ),
        (
            "  cooperatie EUR 120_000 staff \"wijkambassadeurs, 0,8 fte\"\n",
            "",
        ),
        ("up-to EUR 500_000 guarantee", "up-to EUR 600_000 guarantee"),
        (
            "aannemer   EUR 350_000 in-kind",
            "aannemer   EUR 350_000 staff",
        ),
    ];
    insta::assert_snapshot!(
        "contributions_human",
        changed_with_errors(&replacements, "human")
    );
    insta::assert_snapshot!("contributions_md", changed_with_errors(&replacements, "md"));
}

#[test]
fn shares_caps_and_operator() {
    let out = changed(
        &[
            (
                "owners   gemeente 50%, netbeheer 50%",
                "owners   gemeente 40%, netbeheer 60%",
            ),
            (
                "bearers    aannemer 70%, gemeente 30%",
                "bearers    aannemer 60%, gemeente 40%",
            ),
            ("cap        EUR 750_000", "cap        EUR 900_000"),
            (
                "operator netbeheer from 2026-04-01",
                "operator gemeente from 2026-04-01",
            ),
        ],
        "human",
    );
    insta::assert_snapshot!("shares_caps_and_operator", out);
}

#[test]
fn governance_bodies() {
    let out = changed(
        &[
            (
                "members gemeente, netbeheer, corporatie, aannemer",
                "members gemeente, netbeheer, corporatie",
            ),
            ("chair   netbeheer", "chair   aannemer"),
            ("decides majority", "decides consensus"),
        ],
        "human",
    );
    insta::assert_snapshot!("governance_bodies", out);
}

#[test]
fn clauses_recitals_and_definitions_with_word_diff() {
    let replacements = [
        ("als zodanig. Dit geldt", "strikt vertrouwelijk. Dit geldt"),
        ("ten minste dertig jaar", "ten minste veertig jaar"),
        (
            "\"het gebied Zwolle-Zuid zoals",
            "\"het gebied Zwolle-Zuid en Ittersum zoals",
        ),
        (
            "clause onvoorzien",
            "clause overmacht \"Overmacht\" \"Geen partij is gehouden tot het onmogelijke.\"\nclause onvoorzien",
        ),
    ];
    insta::assert_snapshot!("texts_human", changed(&replacements, "human"));
    insta::assert_snapshot!("texts_json", changed(&replacements, "json"));
}

/// The case from the issue: one contribution raised, one due date moved.
#[test]
fn one_contribution_raised_and_one_due_date_moved_are_exactly_two_changes() {
    let replacements = [
        (
            "netbeheer  EUR 9_500_000 cash",
            "netbeheer  EUR 9_600_000 cash",
        ),
        ("due        2027-12-31", "due        2028-03-31"),
    ];
    let json = changed_with_errors(&replacements, "json");
    let changes: serde_json::Value = serde_json::from_str(&json).unwrap();
    let changes = changes.as_array().unwrap();
    assert_eq!(changes.len(), 2, "{json}");
    assert_eq!(changes[0]["path"], "deliverables.fase1.due");
    assert_eq!(changes[0]["old"], "2027-12-31");
    assert_eq!(changes[0]["new"], "2028-03-31");
    assert_eq!(changes[1]["kind"], "contribution-changed");
    assert_eq!(changes[1]["money"]["difference_cents"], 10_000_000);
    insta::assert_snapshot!("issue_case_json", json);
    insta::assert_snapshot!(
        "issue_case_human",
        changed_with_errors(&replacements, "human")
    );
}

#[test]
fn reformatted_and_reordered_file_is_no_change() {
    let text = std::fs::read_to_string(BASE).unwrap();
    let onvoorzien = text.find("clause onvoorzien").unwrap();
    let openbaarheid = text.find("clause openbaarheid").unwrap();
    let mut moved = text.clone();
    let block = text[onvoorzien..openbaarheid].to_string();
    moved.replace_range(onvoorzien..openbaarheid, "");
    moved.push('\n');
    moved.push_str(&block);
    let moved = moved
        .replace(
            "  gemeente   EUR 2_000_000 subsidy \"subsidie aanleg uit de reserve Energietransitie\" payment \"in drie termijnen, naar rato van de voortgang van de aanleg\"\n  gemeente   EUR 450_000 staff ",
            "  gemeente EUR 450_000 staff ",
        )
        .replacen("  netbeheer  EUR 9_500_000 cash", "  gemeente EUR 2_000_000 subsidy \"subsidie aanleg uit de reserve Energietransitie\" payment \"in drie termijnen, naar rato van de voortgang van de aanleg\"\n  netbeheer EUR 9_500_000 cash", 1)
        .replace("members gemeente, netbeheer, corporatie, aannemer", "members aannemer, corporatie, netbeheer, gemeente")
        .replace("owners   gemeente 50%, netbeheer 50%", "owners netbeheer 50%,   gemeente 50%")
        .replace("en bedrijfsgevoelige tariefgegevens, als zodanig.", "en   bedrijfsgevoelige\n  tariefgegevens, als zodanig.");
    assert_ne!(moved, text);
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("partijen")).unwrap();
    std::fs::copy(
        "examples/partijen/gemeente-zwolle.covenant",
        dir.path().join("partijen/gemeente-zwolle.covenant"),
    )
    .unwrap();
    let new = dir.path().join("new.covenant");
    std::fs::write(&new, moved).unwrap();
    let (code, stdout, stderr) = diff(Path::new(BASE), &new, "human");
    assert_eq!(
        (code, stdout.as_str()),
        (0, "geen wijzigingen in betekenis\n"),
        "{stderr}"
    );
    let (code, json, _) = diff(Path::new(BASE), &new, "json");
    assert_eq!((code, json.trim()), (0, "[]"));
}

#[test]
fn same_file_is_no_change() {
    let (code, stdout, _) = diff(Path::new(BASE), Path::new(BASE), "md");
    assert_eq!(code, 0);
    assert_eq!(
        stdout,
        "## Wijzigingen in de overeenkomst\n\nGeen wijzigingen in betekenis.\n"
    );
}

#[test]
fn unreadable_file_exits_2() {
    let (code, stdout, stderr) = diff(Path::new(BASE), Path::new("no/such/file.covenant"), "human");
    assert_eq!(code, 2);
    assert!(stdout.is_empty());
    assert!(
        stderr.contains("cannot read no/such/file.covenant: no such file"),
        "{stderr}"
    );
}

#[test]
fn syntax_error_exits_2_with_diagnostics() {
    let (_dir, old, new) = versions(&[("effective     2026-04-01", "effective     2026-02-30")]);
    let (code, stdout, stderr) = diff(&old, &new, "human");
    assert_eq!(code, 2);
    assert!(stdout.is_empty());
    assert!(stderr.contains("S002"), "{stderr}");
    assert!(stderr.contains("cannot compare"), "{stderr}");
}

#[test]
fn the_reader_sees_names_and_values_as_in_the_document_in_either_language() {
    let replacements = [
        ("due        2027-12-31", "due        2028-03-31"),
        (
            "bearers    aannemer 70%, gemeente 30%",
            "bearers    aannemer 60%, gemeente 40%",
        ),
    ];
    let (_dir, old, new) = versions(&replacements);
    let (_, dutch, _) = diff_with(&old, &new, "human", &[]);
    assert!(
        dutch.contains("termijn 31 december 2027 -> 31 maart 2028"),
        "{dutch}"
    );
    assert!(
        dutch.contains("aandeel in het risico van Opdrachtnemer 70% -> 60%"),
        "{dutch}"
    );
    assert!(dutch.ends_with("3 wijzigingen\n"), "{dutch}");
    let (_, english, _) = diff_with(&old, &new, "md", &["--lang", "en"]);
    assert!(
        english.contains("due date 31 December 2027 → 31 March 2028"),
        "{english}"
    );
    assert!(english.contains("3 changes."), "{english}");
    for source in [
        "fase1",
        "bearers.aannemer",
        "2027-12-31",
        "termijn",
        "wijziging",
    ] {
        assert!(!english.contains(source), "{source} in {english}");
        assert!(
            !dutch.contains(source) || source == "termijn" || source == "wijziging",
            "{source} in {dutch}"
        );
    }
}
