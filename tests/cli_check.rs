//! The `covenant check` and `covenant explain` commands, run as the real binary:
//! exit codes, messages, every output format and lint levels from files and flags.
//!
//! Findings come from syntax codes (S002 impossible date, S005 given twice,
//! S006 unterminated string): they stop the model rules, so these tests hold
//! whatever the rules find. Every command runs inside a temporary folder with
//! relative paths, so no temporary path reaches the output.

use std::path::Path;
use std::process::Command as Process;

use assert_cmd::Command;
use covenant::check::RULES;
use predicates::prelude::*;
use serde_json::Value;
use tempfile::TempDir;

/// Two impossible dates, at 2:13 and 3:11.
const BAD_DATES: &str = "covenant \"T\" {\n  effective 2026-02-30\n  expires 2027-13-01\n}\n";
/// An impossible date at 2:13 and a property given twice at 4:3 (first at 3:3).
const DATE_AND_TWICE: &str =
    "covenant \"T\" {\n  effective 2026-02-30\n  short-title \"T\"\n  short-title \"U\"\n}\n";
/// An unterminated string at 2:15.
const UNTERMINATED: &str = "covenant \"T\" {\n  short-title \"abc\n}\n";

/// A temporary folder holding `files` (path, contents).
fn folder(files: &[(&str, &[u8])]) -> TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    for (path, contents) in files {
        let path = dir.path().join(path);
        std::fs::create_dir_all(path.parent().expect("parent")).expect("create folders");
        std::fs::write(path, contents).expect("write file");
    }
    dir
}

/// `covenant ARGS` run in `dir`, without colour.
fn covenant(dir: &Path, args: &[&str]) -> assert_cmd::assert::Assert {
    Command::cargo_bin("covenant")
        .expect("binary")
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .args(args)
        .assert()
}

fn stdout(assert: &assert_cmd::assert::Assert) -> String {
    String::from_utf8(assert.get_output().stdout.clone()).expect("UTF-8 output")
}

fn no_panic() -> impl Predicate<str> {
    predicate::str::contains("panicked").not()
}

// ---- exit codes and messages ------------------------------------------------------------

#[test]
fn a_clean_file_exits_0() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    covenant(root, &["check", "examples/research-consortium.covenant"])
        .code(0)
        .stdout(predicate::str::ends_with("no problems in 1 file\n"));
}

#[test]
fn a_broken_file_exits_1_with_file_line_and_column() {
    let dir = folder(&[("bad.covenant", BAD_DATES.as_bytes())]);
    covenant(dir.path(), &["check", "bad.covenant"])
        .code(1)
        .stdout(predicate::str::contains("bad.covenant:2:13"))
        .stdout(predicate::str::contains("bad.covenant:3:11"))
        .stdout(predicate::str::contains("S002"))
        .stdout(predicate::str::contains(
            "2026-02-30 is not a date in the calendar",
        ))
        .stdout(predicate::str::ends_with(
            "2 errors, 0 warnings in 1 file\n",
        ));
}

#[test]
fn a_folder_is_searched_recursively_and_printed_in_path_order() {
    let dir = folder(&[
        ("agreements/b.covenant", BAD_DATES.as_bytes()),
        ("agreements/a/z.covenant", BAD_DATES.as_bytes()),
        ("agreements/notes.txt", b"not an agreement"),
        ("agreements/.hidden/x.covenant", b"\xff"),
    ]);
    let assert = covenant(dir.path(), &["check", "agreements"]).code(1);
    let out = stdout(&assert);
    let first = out
        .find("agreements/a/z.covenant:2:13")
        .expect("nested file reported");
    let second = out
        .find("agreements/b.covenant:2:13")
        .expect("top file reported");
    assert!(first < second, "not in path order:\n{out}");
    assert!(out.ends_with("4 errors, 0 warnings in 2 files\n"), "{out}");
}

#[test]
fn output_over_many_files_is_sorted_and_identical_from_run_to_run() {
    let names: Vec<String> = (0..24)
        .rev()
        .map(|i| format!("many/f{:02}/{i}.covenant", i % 5))
        .collect();
    let files: Vec<(&str, &[u8])> = names
        .iter()
        .map(|n| (n.as_str(), BAD_DATES.as_bytes()))
        .collect();
    let dir = folder(&files);
    let runs: Vec<String> = (0..2)
        .map(|_| stdout(&covenant(dir.path(), &["check", "--format", "json", "many"]).code(1)))
        .collect();
    assert_eq!(runs[0], runs[1], "two runs differ");
    let entries: Vec<Value> = serde_json::from_str(&runs[0]).expect("JSON");
    let files: Vec<&str> = entries
        .iter()
        .map(|e| e["file"].as_str().expect("file"))
        .collect();
    let mut sorted = files.clone();
    sorted.sort_unstable();
    assert_eq!(files, sorted);
    assert_eq!(files.len(), 48);
    let human: Vec<String> = (0..2)
        .map(|_| stdout(&covenant(dir.path(), &["check", "many"]).code(1)))
        .collect();
    assert_eq!(human[0], human[1], "two human runs differ");
}

#[test]
fn a_missing_path_exits_2_naming_it() {
    let dir = folder(&[]);
    covenant(dir.path(), &["check", "missing.covenant"])
        .code(2)
        .stderr(predicate::str::contains("missing.covenant"))
        .stderr(predicate::str::contains("no such file"))
        .stderr(no_panic());
}

#[test]
fn a_file_that_is_not_utf8_exits_2_naming_it() {
    let dir = folder(&[("latin1.covenant", b"covenant \"Caf\xe9\" {}\n")]);
    covenant(dir.path(), &["check", "latin1.covenant"])
        .code(2)
        .stderr(predicate::str::contains("latin1.covenant"))
        .stderr(predicate::str::contains("not UTF-8"))
        .stderr(no_panic());
}

#[test]
fn an_empty_file_is_checked_without_failure() {
    let dir = folder(&[("empty.covenant", b"")]);
    let assert = covenant(dir.path(), &["check", "empty.covenant"]).stderr(no_panic());
    let code = assert.get_output().status.code();
    assert!(matches!(code, Some(0 | 1)), "exit code {code:?}");
    assert!(
        stdout(&assert).trim_end().ends_with("in 1 file"),
        "{}",
        stdout(&assert)
    );
}

// ---- JSON -------------------------------------------------------------------------------

#[test]
fn json_lists_every_diagnostic_with_its_fields() {
    let dir = folder(&[("sub/both.covenant", DATE_AND_TWICE.as_bytes())]);
    let assert = covenant(dir.path(), &["check", "--format", "json", "sub"]).code(1);
    let entries: Vec<Value> = serde_json::from_str(&stdout(&assert)).expect("a JSON array");
    assert_eq!(entries.len(), 2);
    let date = &entries[0];
    assert_eq!(date["file"], "sub/both.covenant");
    assert_eq!(
        (date["line"].as_u64(), date["column"].as_u64()),
        (Some(2), Some(13))
    );
    assert_eq!(
        (date["end_line"].as_u64(), date["end_column"].as_u64()),
        (Some(2), Some(23))
    );
    assert_eq!(date["code"], "S002");
    assert_eq!(date["rule"], "impossible-date");
    assert_eq!(date["severity"], "error");
    assert_eq!(date["message"], "2026-02-30 is not a date in the calendar");
    assert!(date["help"].as_str().is_some_and(|h| !h.is_empty()));
    assert_eq!(date["labels"], serde_json::json!([]));
    let twice = &entries[1];
    assert_eq!(twice["code"], "S005");
    assert_eq!(
        (twice["line"].as_u64(), twice["column"].as_u64()),
        (Some(4), Some(3))
    );
    let first = &twice["labels"][0];
    assert_eq!(first["file"], "sub/both.covenant");
    assert_eq!(
        (first["line"].as_u64(), first["column"].as_u64()),
        (Some(3), Some(3))
    );
    assert_eq!(first["message"], "first given here");
}

#[test]
fn json_reports_an_unreadable_file_as_an_entry_without_code() {
    let dir = folder(&[
        ("a.covenant", BAD_DATES.as_bytes()),
        ("b.covenant", b"\xff\xfe"),
    ]);
    let assert = covenant(
        dir.path(),
        &["check", "--format", "json", "a.covenant", "b.covenant"],
    )
    .code(2);
    let entries: Vec<Value> = serde_json::from_str(&stdout(&assert)).expect("a JSON array");
    assert_eq!(entries.len(), 3);
    let unread = &entries[2];
    assert_eq!(unread["file"], "b.covenant");
    assert!(unread["code"].is_null() && unread["line"].is_null());
    assert_eq!(unread["severity"], "error");
    assert!(
        unread["message"]
            .as_str()
            .is_some_and(|m| m.contains("not UTF-8"))
    );
}

#[test]
fn json_of_a_clean_file_is_an_empty_array() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let assert = covenant(
        root,
        &[
            "check",
            "--format",
            "json",
            "examples/research-consortium.covenant",
        ],
    );
    assert_eq!(stdout(&assert.code(0)), "[]\n");
}

// ---- GitHub workflow commands -----------------------------------------------------------

#[test]
fn github_output_is_one_workflow_command_per_finding() {
    let dir = folder(&[
        ("sub/both.covenant", DATE_AND_TWICE.as_bytes()),
        ("x.covenant", b"\xff"),
    ]);
    let assert = covenant(
        dir.path(),
        &[
            "check",
            "--format",
            "github",
            "-W",
            "S005",
            "sub",
            "x.covenant",
        ],
    );
    let out = stdout(&assert.code(2));
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(
        lines,
        [
            "::error file=sub/both.covenant,line=2,col=13,endLine=2,endColumn=22,title=S002::\
             2026-02-30 is not a date in the calendar%0Ahelp: this month has 28 days; dates are \
             written year-month-day",
            "::warning file=sub/both.covenant,line=4,col=3,endLine=4,endColumn=13,title=S005::\
             `short-title` is given twice in this covenant%0Ahelp: keep one `short-title` and \
             remove the other",
            "::error file=x.covenant::cannot read x.covenant: it is not UTF-8 text (invalid byte \
             at offset 0)",
        ]
    );
    let syntax = predicate::str::is_match(
        r"^::(error|warning) file=[^,:%\r\n]+(,line=[0-9]+(,col=[0-9]+)?,endLine=[0-9]+(,endColumn=[0-9]+)?)?(,title=[A-Z][0-9]{3})?::[^\r\n]+$",
    )
    .expect("regex");
    for line in lines {
        assert!(syntax.eval(line), "not a workflow command: {line}");
    }
}

// ---- SARIF ------------------------------------------------------------------------------

/// Validates `file` against the vendored official SARIF 2.1.0 schema with
/// `check-jsonschema` (installed by `scripts/test`); fails loudly when it is missing.
/// The schema's `language` pattern is ECMAScript regex without the unicode flag,
/// so patterns are checked in that dialect.
fn validate_sarif(file: &Path) {
    let schema = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/schemas/sarif-2.1.0.json");
    let output = Process::new("check-jsonschema")
        .args(["--regex-variant", "nonunicode", "--schemafile"])
        .arg(&schema)
        .arg(file)
        .output()
        .unwrap_or_else(|e| {
            panic!("check-jsonschema is required (scripts/test installs it from PyPI): {e}")
        });
    assert!(
        output.status.success(),
        "SARIF does not validate:\n{}\n{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
}

fn sarif(dir: &Path, args: &[&str], code: i32) -> (String, Value) {
    let mut all = vec!["check", "--format", "sarif"];
    all.extend_from_slice(args);
    let text = stdout(&covenant(dir, &all).code(code));
    let file = dir.join("out.sarif");
    std::fs::write(&file, &text).expect("write SARIF");
    validate_sarif(&file);
    let log = serde_json::from_str(&text).expect("JSON");
    (text, log)
}

#[test]
fn sarif_validates_and_carries_rules_results_and_locations() {
    let dir = folder(&[("agreements/both.covenant", DATE_AND_TWICE.as_bytes())]);
    let (text, log) = sarif(dir.path(), &["-W", "S002", "agreements"], 1);
    assert_eq!(log["version"], "2.1.0");
    let run = &log["runs"][0];
    let driver = &run["tool"]["driver"];
    assert_eq!(driver["name"], "covenant");
    assert_eq!(driver["version"], env!("CARGO_PKG_VERSION"));
    let rules = driver["rules"].as_array().expect("rules");
    assert_eq!(rules.len(), RULES.len());
    for (rule, info) in rules.iter().zip(RULES) {
        assert_eq!(rule["id"], info.code);
        assert_eq!(rule["name"], info.name);
        assert_eq!(rule["shortDescription"]["text"], info.summary);
        assert_eq!(rule["help"]["markdown"], info.explain);
        assert_eq!(
            rule["defaultConfiguration"]["level"],
            info.severity.as_str()
        );
    }
    let results = run["results"].as_array().expect("results");
    assert_eq!(results.len(), 2);
    let date = &results[0];
    assert_eq!(date["ruleId"], "S002");
    assert_eq!(date["level"], "warning");
    let index = date["ruleIndex"].as_u64().expect("ruleIndex") as usize;
    assert_eq!(rules[index]["id"], "S002");
    assert!(
        date["message"]["text"]
            .as_str()
            .is_some_and(|m| m.starts_with("2026-02-30 is not"))
    );
    let place = &date["locations"][0]["physicalLocation"];
    assert_eq!(place["artifactLocation"]["uri"], "agreements/both.covenant");
    let region = &place["region"];
    assert_eq!(
        [
            &region["startLine"],
            &region["startColumn"],
            &region["endLine"],
            &region["endColumn"]
        ],
        [2, 13, 2, 23]
    );
    let twice = &results[1];
    assert_eq!(twice["ruleId"], "S005");
    assert_eq!(twice["level"], "error");
    let related = &twice["relatedLocations"][0];
    assert_eq!(related["message"]["text"], "first given here");
    assert_eq!(related["physicalLocation"]["region"]["startLine"], 3);
    let (again, _) = sarif(dir.path(), &["-W", "S002", "agreements"], 1);
    assert_eq!(text, again, "SARIF differs from run to run");
}

#[test]
fn sarif_of_a_clean_run_and_of_an_unreadable_file_validates() {
    let dir = folder(&[("x.covenant", b"\xff")]);
    let (_, log) = sarif(dir.path(), &["x.covenant"], 2);
    let invocation = &log["runs"][0]["invocations"][0];
    assert_eq!(invocation["executionSuccessful"], false);
    let notification = &invocation["toolExecutionNotifications"][0];
    assert!(
        notification["message"]["text"]
            .as_str()
            .is_some_and(|m| m.contains("x.covenant"))
    );
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let clean = covenant(root, &["check", "--format", "sarif", "examples"]).code(0);
    let file = dir.path().join("clean.sarif");
    std::fs::write(&file, stdout(&clean)).expect("write SARIF");
    validate_sarif(&file);
}

// ---- lint levels ------------------------------------------------------------------------

#[test]
fn covenant_toml_allows_one_code_and_denies_another() {
    let dir = folder(&[
        (
            "covenant.toml",
            b"[lints]\nS002 = \"allow\"\nS005 = \"deny\"\n",
        ),
        ("deep/er/both.covenant", DATE_AND_TWICE.as_bytes()),
    ]);
    covenant(dir.path(), &["check", "deep"])
        .code(1)
        .stdout(predicate::str::contains("S005"))
        .stdout(predicate::str::contains("S002").not())
        .stdout(predicate::str::ends_with("1 error, 0 warnings in 1 file\n"));
}

#[test]
fn covenant_toml_warn_makes_an_error_a_warning() {
    let dir = folder(&[
        (
            "covenant.toml",
            b"[lints]\nS002 = \"warn\"\nS005 = \"allow\"\n",
        ),
        ("both.covenant", DATE_AND_TWICE.as_bytes()),
    ]);
    covenant(dir.path(), &["check", "both.covenant"])
        .code(0)
        .stdout(predicate::str::ends_with("0 errors, 1 warning in 1 file\n"));
}

#[test]
fn the_nearest_covenant_toml_wins() {
    let dir = folder(&[
        ("covenant.toml", b"[lints]\nS002 = \"allow\"\n"),
        ("a/covenant.toml", b"[lints]\nS002 = \"warn\"\n"),
        ("a/x.covenant", BAD_DATES.as_bytes()),
        ("b/y.covenant", BAD_DATES.as_bytes()),
    ]);
    covenant(dir.path(), &["check", "a", "b"])
        .code(0)
        .stdout(predicate::str::contains("a/x.covenant:2:13"))
        .stdout(predicate::str::contains("b/y.covenant").not())
        .stdout(predicate::str::ends_with(
            "0 errors, 2 warnings in 2 files\n",
        ));
}

#[test]
fn config_flag_replaces_the_files_found() {
    let dir = folder(&[
        ("covenant.toml", b"[lints]\nS002 = \"warn\"\n"),
        ("ci/strict.toml", b"[lints]\nS002 = \"allow\"\n"),
        ("bad.covenant", BAD_DATES.as_bytes()),
    ]);
    covenant(
        dir.path(),
        &["check", "--config", "ci/strict.toml", "bad.covenant"],
    )
    .code(0)
    .stdout(predicate::str::ends_with("no problems in 1 file\n"));
}

#[test]
fn allow_flag_drops_a_code() {
    let dir = folder(&[("bad.covenant", BAD_DATES.as_bytes())]);
    covenant(dir.path(), &["check", "-A", "S002", "bad.covenant"])
        .code(0)
        .stdout(predicate::str::ends_with("no problems in 1 file\n"));
}

#[test]
fn warn_flag_makes_errors_warnings_and_deny_warnings_fails_them() {
    let dir = folder(&[("bad.covenant", BAD_DATES.as_bytes())]);
    covenant(dir.path(), &["check", "-W", "S002", "bad.covenant"])
        .code(0)
        .stdout(predicate::str::ends_with(
            "0 errors, 2 warnings in 1 file\n",
        ));
    covenant(
        dir.path(),
        &["check", "-W", "S002", "-D", "warnings", "bad.covenant"],
    )
    .code(1)
    .stdout(predicate::str::ends_with(
        "2 errors, 0 warnings in 1 file\n",
    ));
    covenant(
        dir.path(),
        &["check", "-W", "S002", "--deny", "warnings", "bad.covenant"],
    )
    .code(1);
}

#[test]
fn deny_flag_overrides_the_file() {
    let dir = folder(&[
        ("covenant.toml", b"[lints]\nS002 = \"warn\"\n"),
        ("bad.covenant", BAD_DATES.as_bytes()),
    ]);
    covenant(dir.path(), &["check", "bad.covenant"]).code(0);
    covenant(dir.path(), &["check", "-D", "S002", "bad.covenant"])
        .code(1)
        .stdout(predicate::str::ends_with(
            "2 errors, 0 warnings in 1 file\n",
        ));
}

#[test]
fn flags_override_a_deny_in_the_file() {
    let dir = folder(&[
        (
            "covenant.toml",
            b"[lints]\nS002 = \"allow\"\nS005 = \"deny\"\n",
        ),
        ("both.covenant", DATE_AND_TWICE.as_bytes()),
    ]);
    covenant(dir.path(), &["check", "-W", "S005", "both.covenant"])
        .code(0)
        .stdout(predicate::str::ends_with("0 errors, 1 warning in 1 file\n"));
}

#[test]
fn deny_warnings_in_the_file_fails_warnings() {
    let dir = folder(&[
        (
            "covenant.toml",
            b"[lints]\nwarnings = \"deny\"\nS002 = \"warn\"\n",
        ),
        ("bad.covenant", BAD_DATES.as_bytes()),
    ]);
    covenant(dir.path(), &["check", "bad.covenant"])
        .code(1)
        .stdout(predicate::str::ends_with(
            "2 errors, 0 warnings in 1 file\n",
        ));
}

#[test]
fn unreadable_agreements_cannot_be_relaxed() {
    let dir = folder(&[("open.covenant", UNTERMINATED.as_bytes())]);
    covenant(
        dir.path(),
        &["check", "-A", "S006", "-A", "S001", "open.covenant"],
    )
    .code(1)
    .stdout(predicate::str::contains("S006"));
}

#[test]
fn an_unknown_code_on_the_command_line_exits_2() {
    let dir = folder(&[("bad.covenant", BAD_DATES.as_bytes())]);
    covenant(dir.path(), &["check", "-D", "X999", "bad.covenant"])
        .code(2)
        .stderr(predicate::str::contains("X999"))
        .stdout(predicate::str::is_empty());
}

#[test]
fn an_unknown_code_in_covenant_toml_exits_2_naming_the_file() {
    let dir = folder(&[
        ("covenant.toml", b"[lints]\nX999 = \"allow\"\n"),
        ("bad.covenant", BAD_DATES.as_bytes()),
    ]);
    covenant(dir.path(), &["check", "bad.covenant"])
        .code(2)
        .stderr(predicate::str::contains("covenant.toml"))
        .stderr(predicate::str::contains("X999"));
}

#[test]
fn a_malformed_covenant_toml_exits_2_naming_the_file() {
    let dir = folder(&[
        ("covenant.toml", b"[lints\nS002 = allow\n"),
        ("bad.covenant", BAD_DATES.as_bytes()),
    ]);
    covenant(dir.path(), &["check", "bad.covenant"])
        .code(2)
        .stderr(predicate::str::contains("covenant.toml"))
        .stderr(no_panic());
    let dir = folder(&[
        ("settings.toml", b"[lints]\nS002 = \"sometimes\"\n"),
        ("bad.covenant", BAD_DATES.as_bytes()),
    ]);
    covenant(
        dir.path(),
        &["check", "--config", "settings.toml", "bad.covenant"],
    )
    .code(2)
    .stderr(predicate::str::contains("settings.toml"))
    .stderr(predicate::str::contains("line 2"));
}

// ---- explain ----------------------------------------------------------------------------

#[test]
fn explain_prints_the_page_of_a_code() {
    let dir = folder(&[]);
    let page = RULES
        .iter()
        .find(|r| r.code == "C005")
        .expect("C005")
        .explain;
    covenant(dir.path(), &["explain", "C005"])
        .code(0)
        .stdout(predicate::str::starts_with(page.trim_end()))
        .stdout(predicate::str::contains("C005"));
    covenant(dir.path(), &["explain", "c005"])
        .code(0)
        .stdout(predicate::str::contains("C005"));
}

#[test]
fn explain_accepts_a_rule_name_and_names_its_aanwijzing() {
    let dir = folder(&[]);
    let by_code = stdout(&covenant(dir.path(), &["explain", "C005"]).code(0));
    let by_name = stdout(&covenant(dir.path(), &["explain", "free-rider"]).code(0));
    assert_eq!(by_name, by_code);
    covenant(dir.path(), &["explain", "no-recital"])
        .code(0)
        .stdout(predicate::str::contains("# C019"))
        .stdout(predicate::str::contains(
            "Source: Aanwijzingen voor convenanten, Aanwijzing 7, eerste lid",
        ));
    for rule in RULES.iter().filter(|r| r.aanwijzing.is_some()) {
        let cite = rule.aanwijzing.map(|a| a.cite).unwrap_or_default();
        covenant(dir.path(), &["explain", rule.name])
            .code(0)
            .stdout(predicate::str::contains(cite));
    }
}

#[test]
fn explain_list_lists_every_code() {
    let dir = folder(&[]);
    let out = stdout(&covenant(dir.path(), &["explain", "--list"]).code(0));
    assert_eq!(out.lines().count(), RULES.len());
    for (line, rule) in out.lines().zip(RULES) {
        assert!(
            line.starts_with(rule.code) && line.contains(rule.name),
            "{line}"
        );
    }
}

#[test]
fn explain_of_an_unknown_code_exits_2() {
    let dir = folder(&[]);
    covenant(dir.path(), &["explain", "X999"])
        .code(2)
        .stderr(predicate::str::contains("X999"))
        .stderr(predicate::str::contains("covenant explain --list"));
}
