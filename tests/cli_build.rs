//! The `build`, `export` and `templates` commands.

use std::path::Path;

use assert_cmd::Command;
use predicates::prelude::*;

const TENDER: &str = "examples/tender-mobility-hub.covenant";

/// A small agreement whose import cannot be found: an error (R006).
const INVALID: &str = r#"import "missing-parties.covenant"
covenant "Broken agreement" { language en  effective 2026-01-01  expires 2027-01-01 }
party a "Alpha" { sector public }
party b "Beta" { sector private }
"#;

fn covenant() -> Command {
    Command::cargo_bin("covenant").expect("binary")
}

fn invalid_file(dir: &Path) -> std::path::PathBuf {
    let path = dir.join("broken.covenant");
    std::fs::write(&path, INVALID).expect("write");
    path
}

#[test]
fn markdown_goes_to_standard_output() {
    covenant()
        .args(["build", TENDER])
        .assert()
        .success()
        .stdout(predicate::str::starts_with(
            "# Realisatieovereenkomst Mobiliteitshub Vathorst\n",
        ));
}

#[test]
fn the_language_can_be_overridden() {
    covenant()
        .args(["build", TENDER, "--lang", "en"])
        .assert()
        .success()
        .stdout(
            predicate::str::contains("## Article 1 Definitions")
                .and(predicate::str::contains("EUR 14,450,000")),
        );
}

#[test]
fn an_invalid_agreement_is_refused_and_nothing_written() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = invalid_file(dir.path());
    let out = dir.path().join("out.md");
    std::fs::write(&out, "previous").expect("write");
    covenant()
        .args(["build"])
        .arg(&file)
        .arg("-o")
        .arg(&out)
        .assert()
        .code(1)
        .stdout(predicate::str::is_empty())
        .stderr(predicate::str::contains("R006").and(predicate::str::contains("--draft")));
    assert_eq!(std::fs::read_to_string(&out).expect("read"), "previous");
    let left: Vec<_> = std::fs::read_dir(dir.path()).expect("dir").collect();
    assert_eq!(left.len(), 2, "no temporary file left behind");
}

#[test]
fn a_draft_is_rendered_with_its_open_issues() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = invalid_file(dir.path());
    covenant()
        .args(["build", "--draft", "--to", "html"])
        .arg(&file)
        .assert()
        .success()
        .stdout(
            predicate::str::contains("<strong>DRAFT</strong>")
                .and(predicate::str::contains("<h2>Open issues</h2>"))
                .and(predicate::str::contains("R006 (")),
        );
}

#[test]
fn output_is_written_atomically_to_the_file() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("hub.html");
    std::fs::write(&out, "old").expect("write");
    covenant()
        .args(["build", TENDER, "--to", "html", "-o"])
        .arg(&out)
        .assert()
        .success()
        .stdout("");
    let html = std::fs::read_to_string(&out).expect("read");
    assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"nl\">"));
    assert_eq!(std::fs::read_dir(dir.path()).expect("dir").count(), 1);
}

#[test]
fn a_missing_output_folder_fails_with_exit_2() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("no").join("such.md");
    covenant()
        .args(["build", TENDER, "-o"])
        .arg(&out)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("cannot write"));
}

#[test]
fn a_fragment_is_the_body_only() {
    covenant()
        .args(["build", TENDER, "--to", "html", "--fragment"])
        .assert()
        .success()
        .stdout(predicate::str::starts_with("<h1>").and(predicate::str::contains("<html").not()));
    covenant()
        .args(["build", TENDER, "--fragment"])
        .assert()
        .code(2);
}

#[test]
fn templates_are_exported_and_used_as_overrides() {
    let dir = tempfile::tempdir().expect("temp dir");
    let house = dir.path().join("house");
    covenant()
        .args(["templates", "export"])
        .arg(&house)
        .assert()
        .success();
    for name in [
        "covenant.md",
        "page.html",
        "articles/article.md",
        "i18n/nl.toml",
        "i18n/en.toml",
    ] {
        assert!(house.join(name).is_file(), "{name} exported");
    }
    let page = std::fs::read_to_string(house.join("page.html")).expect("read");
    std::fs::write(
        house.join("page.html"),
        page.replace("<main>", "<main class=\"house\">"),
    )
    .expect("write");
    covenant()
        .args(["build", TENDER, "--to", "html", "--templates"])
        .arg(&house)
        .assert()
        .success()
        .stdout(predicate::str::contains("<main class=\"house\">"));
}

#[test]
fn export_gives_the_model_as_json() {
    let output = covenant()
        .args(["export", TENDER, "--to", "json"])
        .output()
        .expect("runs");
    assert!(output.status.success());
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).expect("json");
    assert_eq!(
        json["header"]["title"],
        "Realisatieovereenkomst Mobiliteitshub Vathorst"
    );
    assert_eq!(
        json["parties"][3]["selected_by"],
        "Europese openbare aanbesteding Design & Build Mobiliteitshub Vathorst (AMF-2026-047)"
    );
    assert_eq!(json["investment"]["total"]["cents"], 1_445_000_000);
    let again = covenant().args(["export", TENDER]).output().expect("runs");
    assert_eq!(output.stdout, again.stdout, "stable output");
}

#[test]
fn export_refuses_an_invalid_agreement() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = invalid_file(dir.path());
    covenant()
        .arg("export")
        .arg(&file)
        .assert()
        .code(1)
        .stdout("");
}
