//! The PDF backend, checked by real tools: poppler's pdfinfo, pdffonts and
//! pdftotext, and pikepdf for the tag tree (`tests/pdf/structure.py`).
//! `scripts/test` installs them; a missing tool fails the test.

#[path = "pdf/sample.rs"]
mod sample;

use std::path::{Path, PathBuf};
use std::process::Command;

use assert_cmd::Command as Cli;
use covenant::render::pdf::{render_tree, typst_source};
use covenant::render::tree::{Document, Inline};
use covenant::render::{Options, RenderError, Templates};

/// Runs `program` and returns its standard output; a missing tool or a failure panics.
fn run(program: &str, args: &[&std::ffi::OsStr]) -> String {
    let output = Command::new(program)
        .args(args)
        .output()
        .unwrap_or_else(|e| {
            panic!(
                "{program} cannot be run ({e}); scripts/test installs it (poppler-utils, pikepdf)"
            )
        });
    assert!(
        output.status.success(),
        "{program} failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).expect("tool output is UTF-8")
}

fn tool(program: &str, args: &[&str], pdf: &Path) -> String {
    let mut all: Vec<&std::ffi::OsStr> = args.iter().map(std::ffi::OsStr::new).collect();
    all.push(pdf.as_os_str());
    run(program, &all)
}

/// Text compared without line breaks and hyphens: words broken at a line end
/// (soft hyphens, or pdftotext joining "Zwolle-" and "Zuid") read as one.
fn normal(text: &str) -> String {
    let joined = text
        .replace("\u{ad}\n", "")
        .replace("-\n", "")
        .replace(['-', '\u{ad}'], "");
    joined.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// pdftotext's text of `pdf`, [`normal`]ised.
fn text_of(pdf: &Path) -> String {
    let args = [
        "-enc".as_ref(),
        "UTF-8".as_ref(),
        pdf.as_os_str(),
        "-".as_ref(),
    ];
    normal(&run("pdftotext", &args))
}

/// Whether the normalised `text` holds `needle`.
fn has(text: &str, needle: &str) -> bool {
    text.contains(&normal(needle))
}

fn structure(pdf: &Path) -> serde_json::Value {
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/pdf/structure.py");
    let out = run("python3", &[script.as_os_str(), pdf.as_os_str()]);
    serde_json::from_str(&out).expect("structure.py prints JSON")
}

/// The document rendered with the built-in templates and written to a temporary file.
fn write(document: &Document) -> (tempfile::TempDir, PathBuf) {
    let bytes = render_tree(document, &Options::default()).expect("the document renders");
    save(&bytes)
}

fn save(bytes: &[u8]) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let path = dir.path().join("out.pdf");
    std::fs::write(&path, bytes).expect("the PDF is written");
    (dir, path)
}

fn pages(info: &str) -> usize {
    info.lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())
        .expect("pdfinfo names the page count")
}

#[test]
fn a_final_document_is_pdfa_2a_and_pdfua_1() {
    let (_dir, pdf) = write(&sample::covenant("nl"));
    let meta = tool("pdfinfo", &["-meta"], &pdf);
    assert!(meta.contains("<pdfaid:part>2</pdfaid:part>"), "{meta}");
    assert!(
        meta.contains("<pdfaid:conformance>A</pdfaid:conformance>"),
        "{meta}"
    );
    assert!(meta.contains("<pdfuaid:part>1</pdfuaid:part>"), "{meta}");
    assert!(
        meta.contains("Samenwerkingsovereenkomst Warmtenet Zwolle-Zuid"),
        "{meta}"
    );
    let info = tool("pdfinfo", &["-isodates"], &pdf);
    assert!(info.contains("Tagged:          yes"), "{info}");
    assert!(info.contains("(A4)"), "{info}");
    assert!(
        info.contains("Title:           Samenwerkingsovereenkomst Warmtenet Zwolle-Zuid"),
        "{info}"
    );
    assert!(info.contains("CreationDate:    2026-04-01"), "{info}");
    assert!(pages(&info) >= 6, "{info}");
}

#[test]
fn every_font_is_embedded() {
    let (_dir, pdf) = write(&sample::covenant("nl"));
    let fonts = tool("pdffonts", &[], &pdf);
    let rows: Vec<&str> = fonts.lines().skip(2).collect();
    assert!(!rows.is_empty(), "{fonts}");
    for row in rows {
        let columns: Vec<&str> = row.split_whitespace().collect();
        let n = columns.len();
        assert!(n >= 7, "{row}");
        assert_eq!(columns[n - 5], "yes", "not embedded: {row}");
    }
}

#[test]
fn the_text_holds_every_party_heading_and_amount() {
    let document = sample::covenant("nl");
    let (_dir, pdf) = write(&document);
    let text = text_of(&pdf);
    for party in sample::PARTIES {
        assert!(has(&text, party), "party {party} missing: {text}");
    }
    for article in &document.articles {
        let heading = format!("{} {}", article.label, article.title);
        assert!(has(&text, &heading), "heading {heading} missing: {text}");
    }
    assert!(has(&text, "Artikel 1 Begripsbepalingen"), "{text}");
    assert!(has(&text, "€ 1.835.000"), "{text}");
    assert!(has(&text, "Bijlage 2 Kaart van het plangebied"), "{text}");
    let info = tool("pdfinfo", &[], &pdf);
    assert!(
        has(&text, &format!("pagina 1 van {}", pages(&info))),
        "{text}"
    );
}

#[test]
fn english_documents_are_labelled_in_english() {
    let (_dir, pdf) = write(&sample::covenant("en"));
    let text = text_of(&pdf);
    assert!(has(&text, "Article 1 Definitions"), "{text}");
    assert!(has(&text, "page 1 of"), "{text}");
    assert!(has(&text, "Parties"), "{text}");
    assert_eq!(structure(&pdf)["lang"], "en-GB");
}

#[test]
fn the_tag_tree_has_headings_in_article_order() {
    let document = sample::covenant("nl");
    let (_dir, pdf) = write(&document);
    let s = structure(&pdf);
    assert_eq!(s["struct_tree_root"], true, "{s}");
    assert_eq!(s["marked"], true, "{s}");
    assert_eq!(s["lang"], "nl-NL", "{s}");
    assert_eq!(s["display_doc_title"], true, "{s}");
    let mut expected = vec![
        ["H1".to_string(), "Partijen".to_string()],
        ["H1".to_string(), "Overwegingen".to_string()],
    ];
    expected.extend(
        document
            .articles
            .iter()
            .map(|a| ["H1".to_string(), format!("{} {}", a.label, a.title)]),
    );
    expected.push(["H1".to_string(), "Ondertekening".to_string()]);
    expected.extend(
        document
            .annexes
            .iter()
            .map(|a| ["H1".to_string(), format!("{} {}", a.label, a.title)]),
    );
    let headings: Vec<[String; 2]> =
        serde_json::from_value(s["headings"].clone()).expect("headings");
    assert_eq!(headings, expected);
    let outlines: Vec<String> = serde_json::from_value(s["outlines"].clone()).expect("outlines");
    let titles: Vec<String> = expected.iter().map(|[_, t]| t.clone()).collect();
    assert_eq!(outlines, titles);
    let count = |tag: &str| s["counts"][tag].as_u64().unwrap_or(0);
    assert_eq!(count("Title"), 1, "{s}");
    assert_eq!(count("Table"), 2, "{s}");
    assert!(count("TH") >= 8, "{s}");
    assert!(count("LI") >= 40, "{s}");
    assert!(count("Link") >= 3, "{s}");
}

#[test]
fn the_same_document_gives_the_same_bytes() {
    let document = sample::covenant("nl");
    let first = render_tree(&document, &Options::default()).expect("renders");
    let second = render_tree(&document, &Options::default()).expect("renders");
    assert!(first == second, "two renderings differ");
    let mut other = document.clone();
    other.meta.date = Some("2027-01-31".into());
    let third = render_tree(&other, &Options::default()).expect("renders");
    assert!(first != third, "the date does not reach the PDF");
}

#[test]
fn a_draft_is_marked_and_not_pdfa() {
    let (_dir, pdf) = write(&sample::draft());
    let meta = tool("pdfinfo", &["-meta"], &pdf);
    assert!(!meta.contains("pdfaid"), "{meta}");
    assert!(meta.contains("<pdfuaid:part>1</pdfuaid:part>"), "{meta}");
    let text = text_of(&pdf);
    assert!(has(&text, "CONCEPT"), "{text}");
    assert!(has(&text, "Doel d2 heeft geen indicator."), "{text}");
}

/// Everything Typst markup gives meaning to.
const HOSTILE: &str = "#panic(\"boem\") $x^2$ *vet* _schuin_ <lbl> @ref \\ `code` // ] [ \
                       /* = - + 1. ~ #set page(fill: red) \\u{41}";

#[test]
fn agreement_text_never_becomes_typst_code() {
    let mut document = sample::covenant("nl");
    document.parties[0].name = HOSTILE.to_string();
    document.articles[2].title = HOSTILE.to_string();
    document.signatures[0].party = HOSTILE.to_string();
    document.meta.title = HOSTILE.to_string();
    document.recitals[0] = vec![covenant::render::tree::Block::Paragraph {
        inlines: vec![Inline::Strong {
            inlines: vec![Inline::text(HOSTILE)],
        }],
    }];
    let source = typst_source(&document, &Options::default()).expect("the template renders");
    for (at, _) in source.match_indices("#panic") {
        let before = source[..at].chars().last();
        // Escaped in markup, or the first character of a string literal (the title).
        assert!(
            matches!(before, Some('\\' | '"')),
            "unescaped text in the markup at byte {at}"
        );
    }
    let (_dir, pdf) = write(&document);
    let text = text_of(&pdf);
    assert!(
        text.matches(&normal(HOSTILE)).count() >= 4,
        "not shown literally: {text}"
    );
    assert!(tool("pdfinfo", &[], &pdf).contains(HOSTILE));
}

#[test]
fn a_house_style_overrides_the_template() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    std::fs::write(
        dir.path().join("covenant.typ"),
        "#set document(title: {{ doc.meta.title | typ_str }})\n#set text(lang: \"nl\")\n\
         = {{ doc.meta.title | typ }}\nHuisstijl van {{ doc.parties.0.name | typ }}.\n",
    )
    .expect("template written");
    let options = Options {
        templates: Templates::with_overrides(dir.path()).expect("templates load"),
        ..Options::default()
    };
    let bytes = render_tree(&sample::covenant("nl"), &options).expect("renders");
    let (_out, pdf) = save(&bytes);
    assert!(
        has(&text_of(&pdf), "Huisstijl van Gemeente Zwolle."),
        "{}",
        text_of(&pdf)
    );
}

#[test]
fn a_broken_template_names_the_line_in_the_generated_markup() {
    let mut templates = Templates::builtin();
    templates.set("covenant.typ", "Tekst\n#let x = (\n");
    let options = Options {
        templates,
        ..Options::default()
    };
    let error = render_tree(&sample::covenant("nl"), &options).expect_err("does not typeset");
    let message = match error {
        RenderError::Template(message) => message,
        other => panic!("not a template error: {other:?}"),
    };
    assert!(
        message.contains("covenant.typ (generated) line 2, column"),
        "{message}"
    );
}

fn covenant() -> Cli {
    Cli::cargo_bin("covenant").expect("binary")
}

fn example(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("examples")
        .join(name)
}

#[test]
fn build_to_pdf_writes_a_pdfa_of_every_example_in_both_languages() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    for name in [
        "warmtenet-zwolle",
        "jeugdzorg-netwerk",
        "research-consortium",
        "tender-mobility-hub",
    ] {
        for lang in ["nl", "en"] {
            let out = dir.path().join(format!("{name}.{lang}.pdf"));
            let again = dir.path().join(format!("{name}.{lang}.again.pdf"));
            for path in [&out, &again] {
                covenant()
                    .arg("build")
                    .arg(example(&format!("{name}.covenant")))
                    .args(["--to", "pdf", "--lang", lang, "-o"])
                    .arg(path)
                    .env_remove("SOURCE_DATE_EPOCH")
                    .assert()
                    .success();
            }
            let bytes = std::fs::read(&out).expect("the PDF exists");
            assert!(
                bytes == std::fs::read(&again).expect("the second PDF exists"),
                "{name} ({lang}) differs between two builds"
            );
            let meta = tool("pdfinfo", &["-meta"], &out);
            assert!(
                meta.contains("<pdfaid:part>2</pdfaid:part>"),
                "{name}: {meta}"
            );
            let text = text_of(&out);
            let first = if lang == "nl" {
                "Artikel 1"
            } else {
                "Article 1"
            };
            assert!(has(&text, first), "{name} ({lang}): {text}");
        }
    }
    let text = text_of(&dir.path().join("warmtenet-zwolle.nl.pdf"));
    for party in [
        "Gemeente Zwolle",
        "Warmte Netbeheer Zwolle B.V.",
        "Stichting Woonkracht IJsseldelta",
        "Energiecoöperatie Zuiderwarmte U.A.",
    ] {
        assert!(has(&text, party), "{party} missing: {text}");
    }
    assert!(has(&text, "€ 16.620.000"), "{text}");
}

#[test]
fn without_a_date_the_creation_date_is_source_date_epoch() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let source = dir.path().join("kort.covenant");
    std::fs::write(
        &source,
        "covenant \"Kort convenant\" {\n  language nl\n}\n\n\
         party a \"Partij A\" {\n  sector public\n}\n",
    )
    .expect("agreement written");
    let out = dir.path().join("kort.pdf");
    covenant()
        .arg("build")
        .arg(&source)
        .args(["--to", "pdf", "--draft", "-o"])
        .arg(&out)
        .env("SOURCE_DATE_EPOCH", "1709210096")
        .assert()
        .success();
    let info = tool("pdfinfo", &["-isodates"], &out);
    assert!(
        info.contains("CreationDate:    2024-02-29T12:34:56"),
        "{info}"
    );
    covenant()
        .arg("build")
        .arg(&source)
        .args(["--to", "pdf", "--draft", "-o"])
        .arg(&out)
        .env("SOURCE_DATE_EPOCH", "later")
        .assert()
        .failure()
        .stderr(predicates::str::contains("SOURCE_DATE_EPOCH=later"));
}

#[test]
fn build_to_all_writes_every_format_with_one_stem() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let out = dir.path().join("site");
    covenant()
        .arg("build")
        .arg(example("warmtenet-zwolle.covenant"))
        .args(["--to", "all", "-o"])
        .arg(&out)
        .assert()
        .success();
    let mut names: Vec<String> = std::fs::read_dir(&out)
        .expect("the folder exists")
        .map(|e| {
            e.expect("an entry")
                .file_name()
                .to_string_lossy()
                .into_owned()
        })
        .collect();
    names.sort();
    assert_eq!(
        names,
        [
            "warmtenet-zwolle.html",
            "warmtenet-zwolle.md",
            "warmtenet-zwolle.pdf"
        ]
    );
    let md = std::fs::read_to_string(out.join("warmtenet-zwolle.md")).expect("markdown");
    assert!(md.contains("Warmte Netbeheer Zwolle B.V."));
    let html = std::fs::read_to_string(out.join("warmtenet-zwolle.html")).expect("html");
    assert!(html.starts_with("<!DOCTYPE html>") || html.starts_with("<!doctype html>"));
    let meta = tool("pdfinfo", &["-meta"], &out.join("warmtenet-zwolle.pdf"));
    assert!(meta.contains("<pdfuaid:part>1</pdfuaid:part>"), "{meta}");
}

#[test]
fn build_to_all_needs_a_folder() {
    covenant()
        .arg("build")
        .arg(example("warmtenet-zwolle.covenant"))
        .args(["--to", "all"])
        .assert()
        .failure()
        .stderr(predicates::str::contains("--to all needs a folder"));
}
