//! Issue 15, items 4, 12, 15, 16 and 17: agreement text that tries to be something else (a
//! placeholder, a spreadsheet formula, a terminal command, a link) stays text, and odd values
//! give clear, bounded diagnostics.

use std::path::Path;
use std::time::Duration;

use assert_cmd::Command;

const MINIMAL: &str = "tests/fixtures/valid/minimal.covenant";

fn covenant() -> Command {
    let mut command = Command::cargo_bin("covenant").unwrap_or_else(|e| panic!("{e}"));
    command.timeout(Duration::from_secs(60));
    command
}

fn minimal() -> String {
    std::fs::read_to_string(MINIMAL).unwrap_or_else(|e| panic!("{MINIMAL}: {e}"))
}

fn temp_dir() -> tempfile::TempDir {
    tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"))
}

/// Writes `text` as `a.covenant` in `dir`, runs covenant there; returns (code, stdout, stderr).
fn run(dir: &Path, text: &str, args: &[&str]) -> (Option<i32>, String, String) {
    std::fs::write(dir.join("a.covenant"), text).unwrap_or_else(|e| panic!("{e}"));
    let output = covenant()
        .current_dir(dir)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("{args:?}: {e}"));
    (
        output.status.code(),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

// Item 4: a party named "Acme {amount}" rendered as "Acme EUR 5".
#[test]
fn placeholders_in_agreement_text_are_not_filled() {
    let dir = temp_dir();
    // The name goes into "{party}: up to {amount} ({kind})", filled party first.
    let text = minimal()
        .replace(
            "\"Sunroof Installers B.V.\"",
            "\"Sunroof {amount} {date} {members} {term} {party} {kind} B.V.\"",
        )
        .replace(
            "  total     EUR 500_000",
            "  installer up-to EUR 5 cash \"reserve\"\n  total     EUR 500_000",
        );
    for lang in ["en", "nl"] {
        let (code, document, stderr) =
            run(dir.path(), &text, &["build", "a.covenant", "--lang", lang]);
        assert_eq!(code, Some(0), "{stderr}");
        let name = "Sunroof {amount} {date} {members} {term} {party} {kind} B.V.";
        let lines: Vec<&str> = document.lines().filter(|l| l.contains("Sunroof")).collect();
        assert!(lines.len() > 3, "{lang}: {document}");
        for line in lines {
            assert!(
                line.contains(name),
                "{lang}: the name was filled in: {line}"
            );
        }
    }
}

// Item 12: `register --to csv` wrote formulas as bare cells.
#[test]
fn register_csv_cells_never_start_a_formula() {
    let dir = temp_dir();
    let text = minimal()
        .replace(
            "\"Sunroof Installers B.V.\"",
            "\"=HYPERLINK(\\\"http://x\\\")\"",
        )
        .replace("\"Riverside Energy Cooperative\"", "\"@SUM(A1)\"")
        .replace("\"Municipality of Riverside\"", "\"+1+cmd|calc\"");
    let (code, csv, stderr) = run(dir.path(), &text, &["register", "--to", "csv", "."]);
    assert_eq!(code, Some(0), "{stderr}");
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let mut amounts = 0;
    for record in reader.records() {
        let record = record.unwrap_or_else(|e| panic!("{e}"));
        for cell in &record {
            let formula = cell.starts_with(['=', '+', '@', '\t', '\r'])
                || (cell.starts_with('-') && cell.parse::<f64>().is_err());
            assert!(!formula, "a formula cell: {cell:?}");
        }
        amounts += usize::from(record.get(12).is_some_and(|a| a.parse::<f64>().is_ok()));
    }
    assert!(amounts > 0, "amounts must stay numeric:\n{csv}");
    assert!(csv.contains("'=HYPERLINK(\"\"http://x\"\")"), "{csv}");
    assert!(
        csv.contains("'@SUM(A1)") && csv.contains("'+1+cmd|calc"),
        "{csv}"
    );
}

// Item 15: bidi overrides and control characters passed unflagged and reached the terminal.
#[test]
fn invisible_characters_are_flagged_and_never_printed() {
    let dir = temp_dir();
    let text = minimal()
        .replace("\"A. de Wit\"", "\"A. de \u{202e}Wit\"")
        .replace("\"B. Smit\"", "\"B.\u{1b}[31m Smit\u{7}\"")
        .replace("\"C. Bakker\"", "\"C.\u{200b}Bakker\u{feff}\u{0}\"")
        .replace(
            "\"independent bureau\"",
            "\"unknown\u{1b}]0;pwned\u{7} body\"",
        );
    let (code, out, err) = run(dir.path(), &text, &["check", "a.covenant"]);
    assert_eq!(code, Some(0), "warnings only: {out}{err}");
    assert!(out.contains("S007"), "{out}");
    assert!(out.contains("U+202E RIGHT-TO-LEFT OVERRIDE"), "{out}");
    assert!(out.contains("U+001B ESCAPE"), "{out}");
    assert!(out.contains("U+200B ZERO WIDTH SPACE"), "{out}");
    assert!(out.contains(":18:25"), "the place of the override: {out}");
    assert_eq!(out.matches("S007").count(), 7, "{out}");
    let (_, json, _) = run(
        dir.path(),
        &text,
        &["check", "--format", "json", "a.covenant"],
    );
    assert!(
        json.contains("\"column\": 25") || json.contains("\"column\":25"),
        "{json}"
    );
    for (args, what) in [
        (&["check", "a.covenant"][..], "check"),
        (&["check", "--format", "github", "a.covenant"], "github"),
        (&["register", "."], "register"),
        (&["diff", "b.covenant", "a.covenant"], "diff"),
    ] {
        std::fs::write(dir.path().join("b.covenant"), minimal()).unwrap_or_else(|e| panic!("{e}"));
        let (_, out, err) = run(dir.path(), &text, args);
        for c in ['\u{1b}', '\u{7}', '\u{0}', '\u{202e}', '\u{200b}'] {
            assert!(
                !out.contains(c) && !err.contains(c),
                "{what} printed {c:?}:\n{out}{err}"
            );
        }
    }
}

/// The HTML cmark-gfm makes of `markdown` with the autolink and table extensions.
fn cmark_gfm(markdown: &str) -> String {
    use std::io::Write as _;
    let mut child = std::process::Command::new("cmark-gfm")
        .args(["--extension", "autolink", "--extension", "table"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("cmark-gfm is required (scripts/test installs it): {e}"));
    child
        .stdin
        .take()
        .map(|mut stdin| stdin.write_all(markdown.as_bytes()))
        .transpose()
        .unwrap_or_else(|e| panic!("{e}"));
    let output = child.wait_with_output().unwrap_or_else(|e| panic!("{e}"));
    String::from_utf8_lossy(&output.stdout).into_owned()
}

// Item 16: under GFM, bare URLs, `www.` and e-mail addresses became links, `\<https://x\>` a
// broken link, and `- ***` a rule inside a list.
#[test]
fn markdown_text_is_never_autolinked_under_gfm() {
    let dir = temp_dir();
    let text = minimal()
        .replace(
            "\"Sunroof Installers B.V.\"",
            "\"Sunroof https://evil.example/login www.evil.example <https://x> phish.me@evil.example B.V.\"",
        )
        .replace(
            "\ndisputes {",
            "\nclause links \"Links\" \"\"\"\n  See http://evil.example and www.evil.example or <https://x>, mail a_b+c@evil.example.\n\n  - ***\n  - item\n  \"\"\"\n\ndisputes {",
        );
    let (code, markdown, stderr) = run(dir.path(), &text, &["build", "a.covenant"]);
    assert_eq!(code, Some(0), "{stderr}");
    let html = cmark_gfm(&markdown);
    assert!(html.contains("evil.example"), "{html}");
    assert!(!html.contains("<a "), "a link was made:\n{html}");
    assert!(!html.contains("%5C"), "a broken link was made:\n{html}");
    assert!(!html.contains("<li><hr"), "a rule inside a list:\n{html}");
    assert!(html.contains("https://evil.example/login"), "{html}");
    assert!(html.contains("<li>***</li>"), "{html}");
    assert!(!html.contains("mailto:"), "an address was linked:\n{html}");
    assert!(
        html.contains("a_b+c") && html.contains("@evil.example"),
        "{html}"
    );
}

// Item 17: zero periods were accepted, S002 for year 0 spoke of the month, `build --draft` of an
// overflowing total exited 2, and a 1 MB identifier gave 36 MB of diagnostics.
#[test]
fn zero_periods_are_rejected_and_year_zero_is_worded_right() {
    let dir = temp_dir();
    let text = minimal()
        .replace("frequency quarterly", "frequency every 0 months")
        .replace("notice       3 months", "notice       0 months")
        .replace("on 2029-06-30", "on 0000-01-01");
    let (code, out, _) = run(dir.path(), &text, &["check", "a.covenant"]);
    assert_eq!(code, Some(1), "{out}");
    assert!(
        out.contains("`every 0 months` is a period of no length"),
        "{out}"
    );
    assert!(out.contains("`0 months` is a period of no length"), "{out}");
    assert!(out.contains("years run from 0001"), "{out}");
    assert!(!out.contains("this month has"), "{out}");
}

#[test]
fn a_draft_whose_total_overflows_is_a_finding_not_a_failure() {
    let dir = temp_dir();
    let text = minimal()
        .replace(
            "coop      EUR 150_000 cash",
            "coop      EUR 92_233_720_368_547_758 cash",
        )
        .replace(
            "installer EUR 50_000",
            "installer EUR 92_233_720_368_547_758",
        );
    let (code, out, err) = run(
        dir.path(),
        &text,
        &["build", "--draft", "a.covenant", "-o", "a.md"],
    );
    assert_eq!(code, Some(1), "{out}{err}");
    assert!(
        err.contains("a.covenant") && err.contains("too large"),
        "{err}"
    );
    assert!(!dir.path().join("a.md").exists());
}

#[test]
fn a_megabyte_identifier_gives_a_short_diagnostic() {
    let dir = temp_dir();
    let id = "q".repeat(1_000_000);
    let text = minimal().replace("owner     city", &format!("owner     {id}"));
    let (code, out, _) = run(dir.path(), &text, &["check", "a.covenant"]);
    assert_eq!(code, Some(1), "{}", &out[..out.len().min(2000)]);
    assert!(
        out.contains("R001") && out.contains(":62:13"),
        "{}",
        &out[..out.len().min(2000)]
    );
    assert!(out.len() < 4_000, "{} bytes of diagnostics", out.len());
    assert!(out.contains('…'), "the echoed id must be cut");
}
