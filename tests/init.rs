//! `covenant init`: the starting agreement parses, checks without errors,
//! is already formatted, and never overwrites a file.

use std::path::Path;

use assert_cmd::Command;
use covenant::check::{Levels, check};
use covenant::format::format_text;
use covenant::model::load;

fn covenant() -> Command {
    Command::cargo_bin("covenant").expect("the binary is built")
}

fn assert_good_agreement(path: &Path, language: &str) {
    let text = std::fs::read_to_string(path).expect("init wrote the file");
    let loaded = load::load(path, "agreement.covenant").expect("readable");
    assert!(loaded.diagnostics.is_empty(), "{:#?}", loaded.diagnostics);
    let found = check(&loaded, &Levels::default());
    let errors: Vec<_> = found
        .iter()
        .filter(|d| d.is_error())
        .map(|d| (d.code, d.message.clone()))
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
    let places: Vec<_> = found.iter().map(|d| (d.code, d.message.as_str())).collect();
    assert!(
        places.iter().all(|(code, _)| *code == "C040"),
        "only unfilled places may be reported: {places:#?}"
    );
    let first_party = &loaded.agreement.parties[0].name.value;
    assert!(
        places.contains(&(
            "C040",
            format!("unfilled placeholder `{first_party}`").as_str()
        )),
        "{first_party} is not flagged: {places:#?}"
    );
    assert!(places.len() >= 30, "only {} places flagged", places.len());
    assert_eq!(
        format_text(&text).ok().as_deref(),
        Some(text.as_str()),
        "not in canonical layout"
    );
    assert!(text.contains(&format!("language      {language}")));
    assert_eq!(loaded.agreement.parties.len(), 2);
    assert_eq!(loaded.agreement.risks.len(), 3);
}

#[test]
fn init_writes_a_dutch_agreement_by_default() {
    let dir = tempfile::tempdir().expect("temporary folder");
    covenant()
        .current_dir(dir.path())
        .arg("init")
        .assert()
        .code(0);
    assert_good_agreement(&dir.path().join("agreement.covenant"), "nl");
}

#[test]
fn init_writes_an_english_agreement() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let path = dir.path().join("pilot.covenant");
    covenant()
        .arg("init")
        .arg(&path)
        .args(["--lang", "en"])
        .assert()
        .code(0);
    assert_good_agreement(&path, "en");
}

#[test]
fn init_refuses_to_overwrite() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let path = dir.path().join("agreement.covenant");
    std::fs::write(&path, "// mine\n").expect("write");
    let output = covenant().arg("init").arg(&path).output().expect("runs");
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("already exists"));
    assert_eq!(std::fs::read_to_string(&path).expect("read"), "// mine\n");
}

#[test]
fn init_with_a_profile_writes_a_covenant_toml_that_check_uses() {
    let dir = tempfile::tempdir().expect("temporary folder");
    covenant()
        .current_dir(dir.path())
        .args(["init", "--profile", "rijk"])
        .assert()
        .code(0);
    let config = std::fs::read_to_string(dir.path().join("covenant.toml")).expect("written");
    assert!(config.contains("profile = \"rijksoverheid\""), "{config}");
    let levels = covenant::check::effective_levels(
        &dir.path().join("agreement.covenant"),
        None,
        &covenant::check::Overrides::default(),
    )
    .expect("valid configuration");
    assert_eq!(levels.level("C020"), Some(covenant::check::Level::Deny));
    std::fs::write(dir.path().join("covenant.toml"), "# mine\n").expect("write");
    std::fs::remove_file(dir.path().join("agreement.covenant")).expect("remove");
    covenant()
        .current_dir(dir.path())
        .args(["init", "--profile", "decentraal"])
        .assert()
        .code(0);
    assert_eq!(
        std::fs::read_to_string(dir.path().join("covenant.toml")).expect("read"),
        "# mine\n"
    );
}
