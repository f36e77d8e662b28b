//! `covenant register`: goldens over agreements that share parties, in all
//! four formats; the CSV read back; totals that add up.

#![allow(clippy::unwrap_used)]

use std::collections::BTreeMap;

use assert_cmd::Command;

const TODAY: &str = "2026-06-01";

fn register(paths: &[&str], format: &str) -> String {
    register_with(paths, format, &[])
}

fn register_with(paths: &[&str], format: &str, more: &[&str]) -> String {
    let output = Command::cargo_bin("covenant")
        .unwrap()
        .arg("register")
        .args(paths)
        .args(["--to", format, "--today", TODAY])
        .args(more)
        .output()
        .unwrap();
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap()
}

#[test]
fn golden_markdown() {
    insta::assert_snapshot!("register_md", register(&["tests/register"], "md"));
}

#[test]
fn golden_html() {
    let html = register(&["tests/register"], "html");
    assert!(html.starts_with("<!DOCTYPE html>"));
    insta::assert_snapshot!("register_html", html);
}

#[test]
fn golden_json() {
    insta::assert_snapshot!("register_json", register(&["tests/register"], "json"));
}

#[test]
fn golden_csv() {
    insta::assert_snapshot!("register_csv", register(&["tests/register"], "csv"));
}

#[test]
fn golden_markdown_of_the_examples() {
    insta::assert_snapshot!("register_examples_md", register(&["examples"], "md"));
}

/// Cents from a CSV amount such as `200000.50` (exact: no floating point).
fn cents(amount: &str) -> i64 {
    let (int, fraction) = amount.split_once('.').unwrap_or((amount, "00"));
    assert_eq!(fraction.len(), 2, "money has two decimals: {amount}");
    int.parse::<i64>().unwrap() * 100 + fraction.parse::<i64>().unwrap()
}

#[test]
fn csv_reads_back_and_totals_add_up() {
    let text = register(&["tests/register", "examples"], "csv");
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let header: Vec<String> = reader
        .headers()
        .unwrap()
        .iter()
        .map(str::to_string)
        .collect();
    assert_eq!(header, covenant::register::CSV_HEADER.map(str::to_string));
    let records: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    let col = |name: &str| header.iter().position(|h| h == name).unwrap();
    let (section, party, item, kind, amount, file) = (
        col("section"),
        col("party"),
        col("item"),
        col("kind"),
        col("amount"),
        col("file"),
    );
    let mut lines: BTreeMap<(String, String, String), i64> = BTreeMap::new();
    let mut totals: BTreeMap<(String, String, String), i64> = BTreeMap::new();
    let mut per_file: BTreeMap<String, i64> = BTreeMap::new();
    let mut agreements = 0;
    for r in &records {
        let key = (
            r[party].to_string(),
            r[item].to_string(),
            r[kind].to_string(),
        );
        match &r[section] {
            "contribution" => {
                *lines.entry(key).or_default() += cents(&r[amount]);
                if &r[item] == "committed" {
                    *per_file.entry(r[file].to_string()).or_default() += cents(&r[amount]);
                }
            }
            "total" if &r[item] != "risk" => *totals.entry(key).or_default() += cents(&r[amount]),
            "agreement" => agreements += 1,
            _ => {}
        }
    }
    assert_eq!(agreements, 9);
    assert_eq!(lines, totals, "per party, the lines add up to the totals");
    let json: serde_json::Value =
        serde_json::from_str(&register(&["tests/register", "examples"], "json")).unwrap();
    for agreement in json["agreements"].as_array().unwrap() {
        let stated: i64 = agreement["committed"]
            .as_array()
            .unwrap()
            .iter()
            .map(|a| a["cents"].as_i64().unwrap())
            .sum();
        let file = agreement["file"].as_str().unwrap();
        assert_eq!(
            per_file.get(file).copied().unwrap_or(0),
            stated,
            "{file}: parties add up to the agreement"
        );
    }
    let by_parties: i64 = totals
        .iter()
        .filter(|(k, _)| k.1 == "committed")
        .map(|(_, v)| v)
        .sum();
    let by_agreements: i64 = per_file.values().sum();
    assert_eq!(by_parties, by_agreements);
}

#[test]
fn shared_parties_are_matched_by_name_and_registration() {
    let json: serde_json::Value =
        serde_json::from_str(&register(&["tests/register"], "json")).unwrap();
    let parties = json["parties"].as_array().unwrap();
    let find = |name: &str| {
        parties
            .iter()
            .find(|p| p["name"] == name)
            .unwrap_or_else(|| panic!("{name}"))
    };
    let files = |p: &serde_json::Value| -> Vec<String> {
        p["memberships"]
            .as_array()
            .unwrap()
            .iter()
            .map(|m| m["file"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(
        files(find("City of Riverton")).len(),
        3,
        "by name, across ids and the import"
    );
    assert_eq!(files(find("Province of Upland")).len(), 2);
    assert_eq!(
        files(find("Riverton Utility B.V.")).len(),
        2,
        "by registration despite another name"
    );
    let city = find("City of Riverton");
    assert_eq!(
        city["risk_total"][0]["amount"], "433300.003333",
        "33.33% of 1_000_000.01 plus 50% of 200_000"
    );
    let names: Vec<&str> = parties
        .iter()
        .map(|p| p["name"].as_str().unwrap())
        .collect();
    let mut unique = names.clone();
    unique.dedup();
    assert_eq!(names, unique, "each party once");
}

#[test]
fn each_party_of_the_examples_is_named_once() {
    let json: serde_json::Value = serde_json::from_str(&register(&["examples"], "json")).unwrap();
    let names: Vec<&str> = json["parties"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["name"].as_str().unwrap())
        .collect();
    let mut unique = names.clone();
    unique.sort_unstable();
    unique.dedup();
    assert_eq!(names.len(), unique.len(), "{names:?}");
}

#[test]
fn output_file_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("register.csv");
    Command::cargo_bin("covenant")
        .unwrap()
        .args([
            "register",
            "tests/register",
            "--to",
            "csv",
            "--today",
            TODAY,
            "-o",
        ])
        .arg(&out)
        .assert()
        .success();
    let written = std::fs::read_to_string(&out).unwrap();
    assert_eq!(written, register(&["tests/register"], "csv"));
    let leftovers = std::fs::read_dir(dir.path()).unwrap().count();
    assert_eq!(leftovers, 1, "no temporary file left behind");
}

#[test]
fn bad_date_and_missing_path_exit_2() {
    Command::cargo_bin("covenant")
        .unwrap()
        .args(["register", "examples", "--today", "2026-02-30"])
        .assert()
        .code(2);
    Command::cargo_bin("covenant")
        .unwrap()
        .args(["register", "no/such/folder"])
        .assert()
        .code(2);
}

/// Runs an external checker on `input`; a missing tool fails the test.
fn run_tool(program: &str, args: &[&str], input: &str) -> (bool, String) {
    use std::io::Write;
    let mut child = std::process::Command::new(program)
        .args(args)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("{program} is required (scripts/test installs it): {e}"));
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    let output = child.wait_with_output().unwrap();
    let text = String::from_utf8_lossy(&output.stdout).to_string()
        + &String::from_utf8_lossy(&output.stderr);
    (output.status.success(), text)
}

#[test]
fn html_is_valid() {
    for paths in [&["tests/register"][..], &["examples"][..]] {
        let html = register(paths, "html");
        let args = ["--stdin", "--preset", "standard"];
        let (ok, report) = run_tool("node_modules/.bin/html-validate", &args, &html);
        assert!(ok, "{paths:?}: {report}");
    }
}

#[test]
fn markdown_tables_parse_as_gfm() {
    let markdown = register(&["tests/register"], "md");
    let (ok, html) = run_tool("cmark-gfm", &["-e", "table"], &markdown);
    assert!(ok, "{html}");
    assert_eq!(
        html.matches("<table>").count(),
        markdown
            .lines()
            .filter(|l| l.starts_with("| --- |"))
            .count()
    );
    assert!(
        html.contains("<td>EUR 200,000.50</td>"),
        "money is written as in the documents"
    );
}

#[test]
fn text_from_agreements_is_escaped_in_html() {
    let dir = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string("tests/register/network.covenant")
        .unwrap()
        .replace(
            "Upland Youth Network Covenant",
            "<script>alert('x')</script> & Co",
        );
    std::fs::write(dir.path().join("evil.covenant"), text).unwrap();
    let html = register(&[dir.path().to_str().unwrap()], "html");
    assert!(!html.contains("<script>"), "{html}");
    assert!(html.contains("&lt;script&gt;alert(&apos;x&apos;)&lt;/script&gt; &amp; Co"));
}

#[test]
fn the_register_of_dutch_agreements_reads_in_dutch() {
    let markdown = register(&["examples"], "md");
    assert!(markdown.starts_with("# Register van samenwerkingsverbanden"));
    assert!(markdown.contains("€ 1.800.000"), "{markdown}");
    assert!(markdown.contains("1 januari 2026"), "{markdown}");
    assert!(
        !markdown.contains("EUR 1_"),
        "no source notation: {markdown}"
    );
    assert!(
        !markdown.contains("examples/"),
        "paths relative to the folder given"
    );
    let one = register(&["examples/gemaal-grensbeek.covenant"], "md");
    assert!(one.contains("1 overeenkomst,"), "{one}");
}

#[test]
fn lang_en_words_every_generated_word_in_english() {
    let markdown = register_with(&["examples"], "md", &["--lang", "en"]);
    assert!(markdown.starts_with("# Register of partnerships"));
    assert!(markdown.contains("6 agreements"), "{markdown}");
    assert!(markdown.contains("EUR 1,800,000"), "{markdown}");
    for dutch in [
        "Toegezegd",
        "Bestand",
        "Peildatum",
        "Inschrijving",
        "personele inzet",
        "onbepaalde tijd",
    ] {
        assert!(!markdown.contains(dutch), "{dutch} in {markdown}");
    }
    let html = register_with(&["examples"], "html", &["--lang", "en"]);
    assert!(html.contains("<html lang=\"en\">"));
}

#[test]
fn covenant_toml_sets_the_readers_language() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(
        "examples/gemaal-grensbeek.covenant",
        dir.path().join("gemaal.covenant"),
    )
    .unwrap();
    std::fs::write(dir.path().join("covenant.toml"), "language = \"en\"\n").unwrap();
    let markdown = register(&[dir.path().to_str().unwrap()], "md");
    assert!(
        markdown.starts_with("# Register of partnerships"),
        "{markdown}"
    );
    assert!(markdown.contains("| gemaal.covenant |"), "{markdown}");
}
