//! One configuration for every command: a `covenant.toml` next to an agreement
//! (its `[lints]` and its `profile`) changes `check`, `build`, `export`, `diff`
//! and `register` alike, so `build` fails exactly when `check` reports an error.

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use serde_json::Value;
use tempfile::TempDir;

/// A folder holding `agreement.covenant` (a copy of `fixture`) and, if given, a `covenant.toml`.
fn folder(fixture: &str, config: Option<&str>) -> (TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let text = std::fs::read_to_string(fixture).unwrap_or_else(|e| panic!("{fixture}: {e}"));
    let file = dir.path().join("agreement.covenant");
    std::fs::write(&file, text).unwrap_or_else(|e| panic!("{e}"));
    if let Some(config) = config {
        std::fs::write(dir.path().join("covenant.toml"), config).unwrap_or_else(|e| panic!("{e}"));
    }
    (dir, file)
}

fn run(dir: &Path, args: &[&str]) -> (i32, String) {
    let output = Command::cargo_bin("covenant")
        .unwrap_or_else(|e| panic!("{e}"))
        .current_dir(dir)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    let stdout = String::from_utf8_lossy(&output.stdout).to_string();
    (output.status.code().unwrap_or(-1), stdout)
}

/// The exit codes of check, build, export and diff (the file against itself),
/// and the error count register reports.
fn every_command(dir: &Path) -> (i32, i32, i32, i32, u64) {
    let file = "agreement.covenant";
    let (check, _) = run(dir, &["check", file]);
    let (build, _) = run(dir, &["build", file]);
    let (export, _) = run(dir, &["export", file]);
    let (diff, _) = run(dir, &["diff", file, file]);
    let (_, json) = run(dir, &["register", file, "--to", "json"]);
    let register: Value = serde_json::from_str(&json).unwrap_or_else(|e| panic!("{e}: {json}"));
    let errors = register["agreements"][0]["errors"]
        .as_u64()
        .unwrap_or(u64::MAX);
    (check, build, export, diff, errors)
}

const FREE_RIDER: &str = "tests/fixtures/C005_party_contributes_nothing.covenant";
const NO_RECITAL: &str = "tests/fixtures/C019_no_recital.covenant";
const NO_EFFECTIVE_DATE: &str = "tests/fixtures/C013_no_effective_date.covenant";

#[test]
fn an_error_fails_every_command_without_configuration() {
    let (dir, _) = folder(FREE_RIDER, None);
    assert_eq!(every_command(dir.path()), (1, 1, 1, 2, 1));
}

#[test]
fn allowing_an_error_passes_check_build_export_diff_and_register() {
    let (dir, _) = folder(FREE_RIDER, Some("[lints]\nC005 = \"allow\"\n"));
    assert_eq!(every_command(dir.path()), (0, 0, 0, 0, 0));
}

#[test]
fn a_rule_name_works_as_well_as_its_code() {
    let (dir, _) = folder(FREE_RIDER, Some("[lints]\nfree-rider = \"allow\"\n"));
    assert_eq!(every_command(dir.path()), (0, 0, 0, 0, 0));
}

#[test]
fn a_warning_passes_every_command_without_configuration() {
    let (dir, _) = folder(NO_RECITAL, None);
    assert_eq!(every_command(dir.path()), (0, 0, 0, 0, 0));
}

#[test]
fn denying_a_warning_fails_check_build_export_diff_and_register() {
    let (dir, _) = folder(NO_RECITAL, Some("[lints]\nC019 = \"deny\"\n"));
    assert_eq!(every_command(dir.path()), (1, 1, 1, 2, 1));
}

#[test]
fn the_rijksoverheid_profile_makes_the_aanwijzingen_binding_and_a_lint_still_wins() {
    let (dir, _) = folder(NO_RECITAL, Some("profile = \"rijksoverheid\"\n"));
    assert_eq!(every_command(dir.path()), (1, 1, 1, 2, 1));
    let (dir, _) = folder(
        NO_RECITAL,
        Some("profile = \"rijksoverheid\"\n[lints]\nC019 = \"warn\"\n"),
    );
    assert_eq!(every_command(dir.path()), (0, 0, 0, 0, 0));
}

#[test]
fn the_decentraal_profile_keeps_the_aanwijzingen_as_warnings() {
    let (dir, _) = folder(NO_RECITAL, Some("profile = \"decentraal\"\n"));
    assert_eq!(every_command(dir.path()), (0, 0, 0, 0, 0));
}

#[test]
fn the_decentraal_profile_never_lowers_an_error_of_covenant_s_own() {
    let (dir, _) = folder(NO_EFFECTIVE_DATE, Some("profile = \"decentraal\"\n"));
    assert_eq!(every_command(dir.path()), (1, 1, 1, 2, 1));
}

#[test]
fn command_line_flags_win_over_the_file_in_every_command() {
    let (dir, _) = folder(FREE_RIDER, Some("[lints]\nC005 = \"allow\"\n"));
    let file = "agreement.covenant";
    assert_eq!(run(dir.path(), &["check", file, "-D", "C005"]).0, 1);
    assert_eq!(run(dir.path(), &["build", file, "-D", "C005"]).0, 1);
    assert_eq!(run(dir.path(), &["export", file, "-D", "C005"]).0, 1);
    assert_eq!(run(dir.path(), &["diff", file, file, "-D", "C005"]).0, 2);
}

#[test]
fn a_bad_configuration_stops_every_command_naming_the_file() {
    let (dir, _) = folder(NO_RECITAL, Some("profile = \"rijk\"\n"));
    let file = "agreement.covenant";
    for args in [
        vec!["check", file],
        vec!["build", file],
        vec!["export", file],
        vec!["diff", file, file],
        vec!["register", file],
    ] {
        let output = Command::cargo_bin("covenant")
            .unwrap_or_else(|e| panic!("{e}"))
            .current_dir(dir.path())
            .args(&args)
            .output()
            .unwrap_or_else(|e| panic!("{e}"));
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(2), "{args:?}: {stderr}");
        assert!(
            stderr.contains("covenant.toml") && stderr.contains("rijk"),
            "{args:?}: {stderr}"
        );
    }
}

#[test]
fn diff_with_allow_errors_compares_and_says_which_version_has_errors() {
    let (dir, _) = folder(FREE_RIDER, None);
    let file = "agreement.covenant";
    let output = Command::cargo_bin("covenant")
        .unwrap_or_else(|e| panic!("{e}"))
        .current_dir(dir.path())
        .args(["diff", file, file, "--allow-errors"])
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert_eq!(output.status.code(), Some(0), "{stdout}");
    assert!(
        stdout.contains("agreement.covenant has 1 error under covenant check"),
        "{stdout}"
    );
}

#[test]
fn build_refuses_unfilled_placeholders_under_deny_warnings_unless_draft() {
    let (dir, _) = folder("tests/fixtures/C040_placeholders_unfilled.covenant", None);
    let file = "agreement.covenant";
    assert_eq!(run(dir.path(), &["build", file]).0, 0);
    let output = Command::cargo_bin("covenant")
        .unwrap_or_else(|e| panic!("{e}"))
        .current_dir(dir.path())
        .args(["build", file, "-D", "warnings"])
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("unfilled placeholder `[functie]`"),
        "{stderr}"
    );
    assert!(output.stdout.is_empty());
    let (code, draft) = run(dir.path(), &["build", file, "-D", "warnings", "--draft"]);
    assert_eq!(code, 0);
    assert!(
        draft.contains("C040"),
        "the draft lists its open issues:\n{draft}"
    );
}

#[test]
fn init_output_is_refused_by_build_under_deny_warnings() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(run(dir.path(), &["init"]).0, 0);
    assert_eq!(run(dir.path(), &["check", "agreement.covenant"]).0, 0);
    assert_eq!(
        run(
            dir.path(),
            &["check", "agreement.covenant", "-D", "warnings"]
        )
        .0,
        1
    );
    assert_eq!(
        run(
            dir.path(),
            &["build", "agreement.covenant", "-D", "warnings"]
        )
        .0,
        1
    );
}
