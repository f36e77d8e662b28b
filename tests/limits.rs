//! Limits: deep nesting, huge files, long strings and text blocks, files over
//! the size limit, and empty, blank or non-UTF-8 inputs all end in a clear
//! message, never in a crash, a stack overflow or a quadratic blow-up.

use std::path::Path;

use assert_cmd::Command;
use covenant::check::{Levels, check};
use covenant::diagnostics::Diagnostic;
use covenant::model::load::MAX_FILE_SIZE;
use covenant::model::{Loaded, load_text};

const MINIMAL: &str = "tests/fixtures/valid/minimal.covenant";

fn minimal() -> String {
    std::fs::read_to_string(MINIMAL).unwrap_or_else(|e| panic!("{MINIMAL}: {e}"))
}

/// Loads and checks `text` on a thread with the default test stack (2 MiB).
fn load_and_check(text: String) -> (Loaded, Vec<Diagnostic>) {
    std::thread::Builder::new()
        .stack_size(2 * 1024 * 1024)
        .spawn(move || {
            let loaded = load_text(Path::new("limits.covenant"), "limits.covenant", text);
            let found = check(&loaded, &Levels::default());
            (loaded, found)
        })
        .unwrap_or_else(|e| panic!("cannot spawn: {e}"))
        .join()
        .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
}

fn codes(found: &[Diagnostic]) -> Vec<&'static str> {
    found.iter().map(|d| d.code).collect()
}

fn covenant() -> Command {
    Command::cargo_bin("covenant").unwrap_or_else(|e| panic!("{e}"))
}

fn stderr_of(output: &std::process::Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// Runs each command on `path` and asserts it exits 2 naming `name` and saying `reason`.
fn refused(commands: &[&[&str]], path: &std::path::Path, name: &str, reason: &str) {
    for command in commands {
        let output = covenant()
            .args(*command)
            .arg(path)
            .output()
            .unwrap_or_else(|e| panic!("{e}"));
        let stderr = stderr_of(&output);
        assert_eq!(output.status.code(), Some(2), "{command:?}: {stderr}");
        assert!(stderr.contains(name), "{command:?}: {stderr}");
        assert!(stderr.contains(reason), "{command:?}: {stderr}");
    }
}

#[test]
fn a_hundred_thousand_opening_braces_give_one_syntax_error() {
    for text in [
        "{".repeat(100_000),
        format!("covenant \"Deep\" {}", "{".repeat(100_000)),
    ] {
        let (_, found) = load_and_check(text);
        assert!(!found.is_empty(), "deep nesting must be reported");
        assert!(
            found.iter().all(|d| d.code == "S001"),
            "only syntax errors expected: {:?}",
            codes(&found)
        );
        assert!(
            found.len() <= 2,
            "one error per broken item: {:?}",
            codes(&found)
        );
    }
}

#[test]
fn a_hundred_thousand_opening_braces_through_the_cli() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let path = dir.path().join("deep.covenant");
    std::fs::write(&path, "{".repeat(100_000)).unwrap_or_else(|e| panic!("{e}"));
    let output = covenant()
        .arg("check")
        .arg(&path)
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(output.status.code(), Some(1), "{}", stderr_of(&output));
    let shown = format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        stderr_of(&output)
    );
    assert!(shown.contains("S001"), "{shown}");
}

/// A clean agreement of at least `size` bytes: the minimal fixture with pairs
/// of goals and deliverables (unique ids) appended, and one deliverable at the
/// very end serving a goal that does not exist.
fn huge_agreement(size: usize) -> (String, usize) {
    let mut text = minimal();
    let mut pairs = 0;
    while text.len() < size {
        text.push_str(&format!(
            "\ngoal g{pairs} \"Generated goal {pairs}\" {{\n  indicator \"roofs\"\n  baseline  0\n  \
             target    10 by 2029-12-31\n  owner     city\n}}\n\n\
             deliverable d{pairs} \"Generated deliverable {pairs}\" {{\n  by         installer\n  \
             serves     g{pairs}\n  due        2028-06-30\n  obligation result\n  \
             acceptance \"Certificate {pairs}\"\n}}\n"
        ));
        pairs += 1;
    }
    text.push_str(
        "\ndeliverable last \"The last deliverable\" {\n  by         installer\n  \
         serves     nowhere\n  due        2028-06-30\n  obligation result\n  \
         acceptance \"Certificate\"\n}\n",
    );
    (text, pairs)
}

#[test]
fn a_fifty_megabyte_agreement_checks_to_its_one_error() {
    let (text, pairs) = huge_agreement(50 * 1024 * 1024);
    assert!(text.len() as u64 > 50 * 1024 * 1024 && (text.len() as u64) < MAX_FILE_SIZE);
    let (loaded, found) = load_and_check(text);
    assert_eq!(loaded.agreement.goals.len(), pairs + 1);
    assert_eq!(loaded.agreement.deliverables.len(), pairs + 2);
    let errors: Vec<_> = found.iter().filter(|d| d.is_error()).collect();
    assert_eq!(errors.len(), 1, "{:?}", codes(&found));
    assert_eq!(errors[0].code, "R002");
    assert!(
        errors[0].message.contains("nowhere"),
        "{}",
        errors[0].message
    );
}

#[test]
fn a_file_over_the_size_limit_is_refused_with_exit_2() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let path = dir.path().join("big.covenant");
    let file = std::fs::File::create(&path).unwrap_or_else(|e| panic!("{e}"));
    file.set_len(MAX_FILE_SIZE + 1)
        .unwrap_or_else(|e| panic!("{e}"));
    drop(file);
    refused(
        &[&["check"], &["build"], &["fmt", "--check"]],
        &path,
        "big.covenant",
        "larger than 64 MB",
    );
}

#[test]
fn a_file_exactly_at_the_size_limit_is_read() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let path = dir.path().join("edge.covenant");
    let mut text = minimal().into_bytes();
    let size = usize::try_from(MAX_FILE_SIZE).unwrap_or(usize::MAX);
    text.resize(size, b'\n');
    std::fs::write(&path, &text).unwrap_or_else(|e| panic!("{e}"));
    covenant().arg("check").arg(&path).assert().code(0);
}

#[test]
fn a_ten_megabyte_string_is_kept_whole() {
    let long = "word ".repeat(2 * 1024 * 1024);
    let text = minimal().replacen(
        "recital \"",
        &format!("recital \"{long}\"\n\nrecital \""),
        1,
    );
    let (loaded, found) = load_and_check(text);
    assert!(
        !found.iter().any(Diagnostic::is_error),
        "{:?}",
        codes(&found)
    );
    assert_eq!(loaded.agreement.recitals.len(), 2);
    assert_eq!(loaded.agreement.recitals[0].value, long);
}

#[test]
fn a_ten_megabyte_text_block_is_kept_whole() {
    let line = "  The parties share what they learn, openly and in good time.\n";
    let count = 10 * 1024 * 1024 / line.len() + 1;
    let block = format!(
        "clause big \"Big\" \"\"\"\n{}  \"\"\"\n",
        line.repeat(count)
    );
    let (loaded, found) = load_and_check(format!("{}\n{block}", minimal()));
    assert!(
        !found.iter().any(Diagnostic::is_error),
        "{:?}",
        codes(&found)
    );
    let clause = loaded
        .agreement
        .clauses
        .iter()
        .find(|c| c.id.value == "big")
        .unwrap_or_else(|| panic!("the clause is missing"));
    assert!(clause.text.value.len() >= 10 * 1024 * 1024 - count * 2);
    assert_eq!(clause.text.value.lines().count(), count);
}

#[test]
fn empty_and_blank_files_are_reported_clearly() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    for (name, text) in [
        ("empty.covenant", ""),
        ("blank.covenant", "  \n\t\n\r\n   "),
        ("comments.covenant", "// only a comment\n"),
    ] {
        let path = dir.path().join(name);
        std::fs::write(&path, text).unwrap_or_else(|e| panic!("{e}"));
        let output = covenant()
            .arg("check")
            .arg(&path)
            .output()
            .unwrap_or_else(|e| panic!("{e}"));
        let shown = format!(
            "{}{}",
            String::from_utf8_lossy(&output.stdout),
            stderr_of(&output)
        );
        assert_eq!(output.status.code(), Some(1), "{name}: {shown}");
        assert!(shown.contains("S001"), "{name}: {shown}");
        assert!(shown.contains("holds no items"), "{name}: {shown}");
    }
}

#[test]
fn non_utf8_files_are_refused_with_the_offset() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let path = dir.path().join("latin1.covenant");
    std::fs::write(&path, b"recital \"caf\xe9\"\n").unwrap_or_else(|e| panic!("{e}"));
    refused(
        &[&["check"], &["build"]],
        &path,
        "latin1.covenant",
        "not UTF-8 text (invalid byte at offset 12)",
    );
}

#[test]
fn unreadable_and_missing_files_are_reported_clearly() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let missing = dir.path().join("missing.covenant");
    let output = covenant()
        .arg("check")
        .arg(&missing)
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr_of(&output).contains("no such file"),
        "{}",
        stderr_of(&output)
    );
    let output = covenant()
        .arg("build")
        .arg(dir.path())
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr_of(&output).contains("folder"),
        "{}",
        stderr_of(&output)
    );
}
