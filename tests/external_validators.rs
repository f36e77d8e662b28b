//! Every example's HTML checked by html-validate, its Markdown parsed by cmark-gfm.
//! Both tools are required: a missing tool fails these tests (see scripts/test).

use std::path::{Path, PathBuf};
use std::process::Command;

use covenant::model::load;
use covenant::model::words::Language;
use covenant::render::{Options, render_html, render_markdown};

/// Every example (not the parties-only folder) in its own language and the other one.
fn documents() -> Vec<(String, covenant::model::Agreement, Options)> {
    let mut files: Vec<PathBuf> = std::fs::read_dir("examples")
        .expect("examples folder")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "covenant"))
        .collect();
    files.push(PathBuf::from("tests/fixtures/valid/every_item.covenant"));
    files.sort();
    let mut out = Vec::new();
    for path in files {
        let agreement = load::load(&path, &path.display().to_string())
            .expect("loads")
            .agreement;
        let stem = path
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or("x")
            .to_string();
        for language in [Language::Nl, Language::En] {
            let options = Options {
                language: Some(language),
                ..Options::default()
            };
            out.push((
                format!("{stem}.{}", language.as_str()),
                agreement.clone(),
                options,
            ));
        }
    }
    assert!(out.len() >= 10);
    out
}

/// html-validate's CLI needs Node 22 (`fs.globSync`); its API works on older
/// Node too, so one `node` process validates every file through the API with
/// the repository's `.htmlvalidate.json`.
const VALIDATE: &str = r#"
import { readFileSync } from "node:fs";
import { HtmlValidate, FileSystemConfigLoader } from "html-validate";
const config = JSON.parse(readFileSync(".htmlvalidate.json", "utf8"));
const validator = new HtmlValidate(new FileSystemConfigLoader(config));
let invalid = 0;
const files = process.argv.slice(1);
for (const file of files) {
  const report = await validator.validateFile(file);
  if (!report.valid) {
    invalid++;
    for (const r of report.results) for (const m of r.messages) console.log(`${file}:${m.line}:${m.column}: ${m.ruleId}: ${m.message}`);
  }
}
console.log(`validated ${files.length} files, ${invalid} invalid`);
process.exit(invalid === 0 && files.length > 0 ? 0 : 1);
"#;

#[test]
fn every_html_document_validates() {
    assert!(
        Path::new("node_modules/.bin/html-validate").exists(),
        "html-validate is missing: run scripts/test (npm install) first"
    );
    let config = std::fs::read_to_string(".htmlvalidate.json")
        .expect(".htmlvalidate.json at the repository root");
    assert!(config.contains("html-validate:standard"));
    let dir = tempfile::tempdir().expect("temp dir");
    let mut files = Vec::new();
    for (name, agreement, options) in documents() {
        let path = dir.path().join(format!("{name}.html"));
        std::fs::write(&path, render_html(&agreement, &options).expect("html")).expect("write");
        files.push(path);
    }
    let output = Command::new("node")
        .args(["--input-type=module", "-e", VALIDATE])
        .args(&files)
        .output()
        .expect("node must be installed to run html-validate");
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        output.status.success(),
        "html-validate found problems:\n{stdout}\n{stderr}"
    );
    assert!(
        stdout.contains(&format!("validated {} files, 0 invalid", files.len())),
        "{stdout}"
    );
}

/// The cmark-gfm XML tree of a Markdown document.
fn cmark_xml(markdown: &str) -> String {
    use std::io::Write;
    let mut child = Command::new("cmark-gfm")
        .args(["-e", "table", "-t", "xml"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("cmark-gfm is missing: run scripts/test (apt-get install cmark-gfm) first");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(markdown.as_bytes())
        .expect("write to cmark-gfm");
    let output = child.wait_with_output().expect("cmark-gfm runs");
    assert!(output.status.success());
    String::from_utf8(output.stdout).expect("utf-8 xml")
}

/// The column count of each table as written in the Markdown (its header
/// row), checking that every row has as many cells: a GFM parser would
/// silently drop extra cells, so this is checked on the source.
fn markdown_tables(markdown: &str) -> Vec<usize> {
    let mut tables = Vec::new();
    let mut current: Option<usize> = None;
    for line in markdown.lines() {
        if !line.starts_with('|') {
            current = None;
            continue;
        }
        let cells = line.replace("\\|", "").matches('|').count() - 1;
        match current {
            None => {
                tables.push(cells);
                current = Some(cells);
            }
            Some(n) => assert_eq!(
                cells, n,
                "a table row with the wrong number of cells: {line}"
            ),
        }
    }
    tables
}

#[test]
fn every_markdown_document_parses_as_intended() {
    for (name, agreement, options) in documents() {
        let markdown = render_markdown(&agreement, &options).expect("markdown");
        let xml = cmark_xml(&markdown);
        let levels: Vec<u8> = xml
            .match_indices("<heading level=\"")
            .filter_map(|(i, m)| xml[i + m.len()..].chars().next()?.to_digit(10))
            .map(|d| u8::try_from(d).unwrap_or(0))
            .collect();
        assert_eq!(
            levels.iter().filter(|&&l| l == 1).count(),
            1,
            "{name}: exactly one level-1 heading"
        );
        assert_eq!(levels.first(), Some(&1), "{name}: the title comes first");
        for pair in levels.windows(2) {
            assert!(
                pair[1] <= pair[0] + 1,
                "{name}: heading level skipped: {pair:?}"
            );
        }
        assert!(
            levels.iter().filter(|&&l| l == 2).count() > 10,
            "{name}: articles are level-2 headings"
        );
        let expected = markdown_tables(&markdown);
        assert!(expected.len() >= 3, "{name}: tables expected");
        let parsed: Vec<&str> = xml
            .split("<table>")
            .skip(1)
            .map(|t| t.split("</table>").next().unwrap_or(""))
            .collect();
        assert_eq!(
            parsed.len(),
            expected.len(),
            "{name}: every table is parsed as a table"
        );
        for (table, columns) in parsed.iter().zip(&expected) {
            for row in table
                .split("<table_row")
                .skip(1)
                .chain(table.split("<table_header").skip(1).take(1))
            {
                let row = row
                    .split("</table_row>")
                    .next()
                    .unwrap_or(row)
                    .split("</table_header>")
                    .next()
                    .unwrap_or(row);
                assert_eq!(
                    row.matches("<table_cell").count(),
                    *columns,
                    "{name}: a row with the wrong column count"
                );
            }
        }
    }
}
