//! `covenant fmt`: idempotence, meaning and comments preserved over every
//! example and fixture, a golden of a messy file, and the command line.

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use covenant::format::trivia::all_comments;
use covenant::format::{FormatError, format_text};
use covenant::model::load_text;

const MESSY: &str = "tests/fmt/messy.covenant";

fn covenant_files(folder: &Path, found: &mut Vec<PathBuf>) {
    let entries = std::fs::read_dir(folder).unwrap_or_else(|e| panic!("{}: {e}", folder.display()));
    for entry in entries {
        let path = entry.expect("folder entry").path();
        if path.is_dir() {
            covenant_files(&path, found);
        } else if path.extension().is_some_and(|e| e == "covenant") {
            found.push(path);
        }
    }
}

fn all_files() -> Vec<PathBuf> {
    let mut files = Vec::new();
    for folder in ["examples", "tests/fixtures", "tests/fmt", "templates/init"] {
        covenant_files(Path::new(folder), &mut files);
    }
    files.sort();
    files
}

fn model(path: &Path, text: &str) -> serde_json::Value {
    let loaded = load_text(path, &path.to_string_lossy(), text.to_string());
    serde_json::to_value(&loaded.agreement).expect("the model serializes")
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

#[test]
fn formatting_is_idempotent_and_keeps_meaning_and_comments() {
    let mut formatted_count = 0;
    for path in all_files() {
        let text = read(&path);
        let once = match format_text(&text) {
            Ok(once) => once,
            Err(FormatError::Syntax(_)) => continue,
            Err(error) => panic!("{}: {error}", path.display()),
        };
        formatted_count += 1;
        let twice = format_text(&once).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        assert_eq!(once, twice, "{} is not idempotent", path.display());
        assert_eq!(
            model(&path, &text),
            model(&path, &once),
            "{} changed meaning",
            path.display()
        );
        assert_eq!(
            all_comments(&text),
            all_comments(&once),
            "{} lost comments",
            path.display()
        );
        assert!(
            once.ends_with('\n') && !once.ends_with("\n\n"),
            "{} must end with one newline",
            path.display()
        );
        assert!(
            once.lines().all(|l| l == l.trim_end()),
            "{} keeps trailing whitespace",
            path.display()
        );
    }
    assert!(
        formatted_count >= 8,
        "only {formatted_count} files were formatted"
    );
}

#[test]
fn examples_and_valid_fixtures_are_already_formatted() {
    let mut files = Vec::new();
    covenant_files(Path::new("examples"), &mut files);
    covenant_files(Path::new("tests/fixtures/valid"), &mut files);
    assert!(files.len() >= 6);
    for path in files {
        let text = read(&path);
        assert_eq!(
            format_text(&text).ok().as_deref(),
            Some(text.as_str()),
            "{} is not formatted",
            path.display()
        );
    }
}

#[test]
fn messy_file_golden() {
    let text = read(Path::new(MESSY));
    let formatted = format_text(&text).expect("the messy file parses");
    assert_eq!(all_comments(&text).len(), 12);
    insta::assert_snapshot!("messy", formatted);
}

#[test]
fn syntax_errors_are_refused() {
    let result = format_text("party a \"A\" { sector nowhere }\n");
    assert!(matches!(result, Err(FormatError::Syntax(found)) if !found.is_empty()));
}

#[test]
fn comments_and_text_survive_exactly() {
    let text = "recital \"\"\"\n      a // b\n        c\n      \"\"\" // end\nclause x \"T\" \"q \\\" // r\"\n";
    let formatted = format_text(text).expect("parses");
    assert_eq!(
        formatted,
        "recital \"\"\"\n  a // b\n    c\n  \"\"\" // end\n\nclause x \"T\" \"q \\\" // r\"\n"
    );
}

/// A temporary folder holding a copy of the messy file.
fn messy_copy() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("temporary folder");
    let path = dir.path().join("messy.covenant");
    std::fs::copy(MESSY, &path).expect("copy");
    (dir, path)
}

fn covenant() -> Command {
    Command::cargo_bin("covenant").expect("the binary is built")
}

#[test]
fn check_lists_files_that_would_change_and_changes_nothing() {
    let (dir, path) = messy_copy();
    let before = read(&path);
    let output = covenant()
        .arg("fmt")
        .arg("--check")
        .arg(dir.path())
        .output()
        .expect("runs");
    assert_eq!(output.status.code(), Some(1));
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert_eq!(stdout.trim(), format!("would reformat: {}", path.display()));
    assert_eq!(read(&path), before);
}

#[test]
fn diff_prints_a_unified_diff() {
    let (_dir, path) = messy_copy();
    let output = covenant()
        .arg("fmt")
        .arg("--diff")
        .arg(&path)
        .output()
        .expect("runs");
    assert_eq!(output.status.code(), Some(1));
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        stdout.contains(&format!("--- {}", path.display())),
        "{stdout}"
    );
    assert!(
        stdout.contains(&format!("+++ {}", path.display())),
        "{stdout}"
    );
    assert!(
        stdout.contains("\n-disputes{consultation 30  days then mediation then court \"C\"}\n"),
        "{stdout}"
    );
    assert!(stdout.contains("\n+  then court   \"C\"\n"), "{stdout}");
    assert_eq!(read(&path), read(Path::new(MESSY)));
}

#[test]
fn fmt_writes_atomically_then_check_passes() {
    let (dir, path) = messy_copy();
    let output = covenant().arg("fmt").arg(&path).output().expect("runs");
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let expected = format_text(&read(Path::new(MESSY))).expect("parses");
    assert_eq!(read(&path), expected);
    let names: Vec<_> = std::fs::read_dir(dir.path())
        .expect("folder")
        .map(|e| e.expect("entry").file_name().to_string_lossy().to_string())
        .collect();
    assert_eq!(
        names,
        vec!["messy.covenant"],
        "temporary files were left behind"
    );
    covenant()
        .arg("fmt")
        .arg("--check")
        .arg(&path)
        .assert()
        .code(0)
        .stdout("");
}

#[test]
fn file_with_syntax_errors_is_left_untouched() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let path = dir.path().join("broken.covenant");
    let text = "party a \"A\" {\n  sector nowhere\n}\n";
    std::fs::write(&path, text).expect("write");
    let output = covenant().arg("fmt").arg(&path).output().expect("runs");
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("S001") && stderr.contains("not formatted"),
        "{stderr}"
    );
    assert_eq!(read(&path), text);
}

#[test]
fn missing_path_is_an_io_error() {
    covenant()
        .args(["fmt", "no/such/file.covenant"])
        .assert()
        .code(2);
}

#[test]
fn examples_pass_fmt_check() {
    covenant()
        .args(["fmt", "--check", "examples/"])
        .assert()
        .code(0)
        .stdout("");
}

#[test]
fn crlf_line_endings_give_the_same_layout() {
    let text = read(Path::new("tests/fixtures/valid/every_item.covenant"));
    let crlf = text.replace('\n', "\r\n");
    assert_eq!(format_text(&crlf).expect("parses"), text);
}

/// The whitespace runs of `text` that lie outside strings, text blocks and comments.
fn outside_runs(text: &str) -> Vec<std::ops::Range<usize>> {
    let bytes = text.as_bytes();
    let (mut runs, mut pos) = (Vec::new(), 0);
    while pos < bytes.len() {
        if text[pos..].starts_with("\"\"\"") {
            let close = text[pos + 3..]
                .find("\"\"\"")
                .map_or(bytes.len(), |i| pos + 6 + i);
            pos = close;
        } else if bytes[pos] == b'"' {
            pos += 1;
            while pos < bytes.len() && bytes[pos] != b'"' {
                pos += if bytes[pos] == b'\\' { 2 } else { 1 };
            }
            pos += 1;
        } else if text[pos..].starts_with("//") {
            pos = text[pos..].find('\n').map_or(bytes.len(), |i| pos + i + 1);
        } else if bytes[pos].is_ascii_whitespace() {
            let start = pos;
            while pos < bytes.len() && bytes[pos].is_ascii_whitespace() {
                pos += 1;
            }
            runs.push(start..pos);
        } else {
            pos += 1;
        }
    }
    runs
}

/// Re-spacing the messy file at random between its tokens: formatting never
/// panics, and every variant that parses formats idempotently, with its
/// comments and meaning kept.
#[test]
fn respaced_files_format_safely() {
    let path = Path::new(MESSY);
    let text = read(path);
    let runs = outside_runs(&text);
    let spaces = [" ", "\n", "  \n\n  ", "\t", "\n\n\n"];
    let (mut seed, mut parsed) = (0x2545_f491_u64, 0);
    for _ in 0..150 {
        let mut respaced = String::new();
        let mut last = 0;
        for run in &runs {
            seed = seed
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            let keep_line_break = text[run.clone()].contains('\n');
            let before = text[..run.start].chars().last().unwrap_or(' ');
            let compound = before.is_ascii_digit() || before.is_ascii_uppercase();
            let choices = if compound { &spaces[..1] } else { &spaces[..] };
            let pick = choices[(seed >> 33) as usize % choices.len()];
            respaced.push_str(&text[last..run.start]);
            respaced.push_str(if keep_line_break && !pick.contains('\n') {
                "\n"
            } else {
                pick
            });
            last = run.end;
        }
        respaced.push_str(&text[last..]);
        let Ok(once) = format_text(&respaced) else {
            continue;
        };
        parsed += 1;
        assert_eq!(
            format_text(&once).ok().as_deref(),
            Some(once.as_str()),
            "not idempotent:\n{respaced}"
        );
        assert_eq!(all_comments(&respaced), all_comments(&once));
        assert_eq!(
            model(path, &respaced),
            model(path, &once),
            "meaning changed:\n{respaced}"
        );
    }
    assert!(parsed >= 100, "only {parsed} of 150 variants parsed");
}

#[test]
fn second_edition_golden() {
    let text = read(Path::new("tests/fmt/second-edition.covenant"));
    let formatted = format_text(&text).expect("the second-edition file parses");
    assert_eq!(all_comments(&text).len(), 6);
    assert_eq!(all_comments(&formatted).len(), 6);
    insta::assert_snapshot!("second_edition", formatted);
}

#[test]
fn aanwijzingen_golden() {
    let text = read(Path::new("tests/fmt/aanwijzingen.covenant"));
    let formatted = format_text(&text).expect("the Aanwijzingen file parses");
    assert_eq!(all_comments(&formatted), all_comments(&text));
    assert_eq!(
        model(Path::new("a.covenant"), &text),
        model(Path::new("a.covenant"), &formatted)
    );
    insta::assert_snapshot!("aanwijzingen", formatted);
}
