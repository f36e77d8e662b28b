//! The PDF backend, checked by real tools: poppler's pdfinfo, pdffonts and
//! pdftotext, and pikepdf for the tag tree (`tests/pdf/structure.py`).
//! `scripts/test` installs them; a missing tool fails the test.
//!
//! Every example is typeset once per language and shared by the tests (a
//! PDF takes a while to make); the determinism test typesets them again.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::LazyLock;

use assert_cmd::Command as Cli;
use covenant::model::Agreement;
use covenant::model::load;
use covenant::model::words::Language;
use covenant::render::pdf::{render, typst_source};
use covenant::render::tree::{self, Document};
use covenant::render::{Options, RenderError, Templates};
use rayon::prelude::*;

const EXAMPLES: [&str; 7] = [
    "warmtenet-zwolle",
    "jeugdzorg-netwerk",
    "research-consortium",
    "tender-mobility-hub",
    "gemaal-grensbeek",
    "ontwikkelingsmaatschappij-kanaalzone",
    "minimal",
];

fn path_of(name: &str) -> PathBuf {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    if name == "minimal" {
        root.join("tests/fixtures/valid/minimal.covenant")
    } else {
        root.join("examples").join(format!("{name}.covenant"))
    }
}

fn agreement(name: &str) -> Agreement {
    let path = path_of(name);
    load::load(&path, name)
        .unwrap_or_else(|e| panic!("{name}: {e}"))
        .agreement
}

fn options(lang: &str) -> Options {
    Options {
        language: Some(if lang == "en" {
            Language::En
        } else {
            Language::Nl
        }),
        ..Options::default()
    }
}

/// One example typeset in one language.
struct Built {
    name: &'static str,
    lang: &'static str,
    tree: Document,
    bytes: Vec<u8>,
    pdf: PathBuf,
}

/// The folder the shared PDFs are written to (kept for the whole test run).
static FOLDER: LazyLock<tempfile::TempDir> =
    LazyLock::new(|| tempfile::tempdir().expect("a temporary folder"));

/// Every example in Dutch and in English, typeset once.
static BUILT: LazyLock<Vec<Built>> = LazyLock::new(|| {
    let jobs: Vec<(&'static str, &'static str)> = EXAMPLES
        .iter()
        .flat_map(|name| [(*name, "nl"), (*name, "en")])
        .collect();
    jobs.into_par_iter()
        .map(|(name, lang)| {
            let agreement = agreement(name);
            let tree = tree::build(&agreement, &options(lang)).expect("the tree builds");
            let bytes = render(&agreement, &options(lang))
                .unwrap_or_else(|e| panic!("{name} ({lang}) does not typeset: {e}"));
            let pdf = FOLDER.path().join(format!("{name}.{lang}.pdf"));
            std::fs::write(&pdf, &bytes).expect("the PDF is written");
            Built {
                name,
                lang,
                tree,
                bytes,
                pdf,
            }
        })
        .collect()
});

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
        .replace(['-', '\u{ad}', '\u{2010}'], "");
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
fn every_example_is_pdfa_2a_and_pdfua_1_in_both_languages() {
    for built in BUILT.iter() {
        let which = format!("{} ({})", built.name, built.lang);
        let meta = tool("pdfinfo", &["-meta"], &built.pdf);
        assert!(
            meta.contains("<pdfaid:part>2</pdfaid:part>"),
            "{which}: {meta}"
        );
        assert!(
            meta.contains("<pdfaid:conformance>A</pdfaid:conformance>"),
            "{which}: {meta}"
        );
        assert!(
            meta.contains("<pdfuaid:part>1</pdfuaid:part>"),
            "{which}: {meta}"
        );
        let info = tool("pdfinfo", &["-isodates"], &built.pdf);
        assert!(info.contains("Tagged:          yes"), "{which}: {info}");
        assert!(info.contains("(A4)"), "{which}: {info}");
        assert!(
            info.contains(&format!("Title:           {}", built.tree.meta.title)),
            "{which}: {info}"
        );
        let epoch = std::env::var_os("SOURCE_DATE_EPOCH");
        if let (Some(date), None) = (&built.tree.meta.date, epoch) {
            assert!(
                info.contains(&format!("CreationDate:    {date}")),
                "{which}: {info}"
            );
        }
        assert!(pages(&info) >= 3, "{which}: {info}");
    }
}

#[test]
fn every_font_is_embedded() {
    for built in BUILT.iter() {
        let fonts = tool("pdffonts", &[], &built.pdf);
        let rows: Vec<&str> = fonts.lines().skip(2).collect();
        assert!(!rows.is_empty(), "{}: {fonts}", built.name);
        for row in rows {
            let columns: Vec<&str> = row.split_whitespace().collect();
            let n = columns.len();
            assert!(n >= 7, "{row}");
            assert_eq!(columns[n - 5], "yes", "not embedded: {row}");
        }
    }
}

#[test]
fn the_text_holds_every_party_heading_amount_and_page_number() {
    for built in BUILT.iter() {
        let which = format!("{} ({})", built.name, built.lang);
        let text = text_of(&built.pdf);
        for party in &built.tree.parties {
            assert!(
                has(&text, &party.name),
                "{which}: party {} missing",
                party.name
            );
        }
        for article in &built.tree.articles {
            let heading = format!("{} {}", article.label, article.title);
            assert!(has(&text, &heading), "{which}: heading {heading} missing");
        }
        for annex in &built.tree.annexes {
            let heading = format!("{} {}", annex.label, annex.title);
            assert!(has(&text, &heading), "{which}: annex {heading} missing");
        }
        let first = if built.lang == "nl" {
            "Artikel 1"
        } else {
            "Article 1"
        };
        assert!(has(&text, first), "{which}: {text}");
        let info = tool("pdfinfo", &[], &built.pdf);
        let page = if built.lang == "nl" {
            format!("pagina 1 van {}", pages(&info))
        } else {
            format!("page 1 of {}", pages(&info))
        };
        assert!(has(&text, &page), "{which}: no {page}");
    }
    let warmtenet = BUILT
        .iter()
        .find(|b| b.name == "warmtenet-zwolle" && b.lang == "nl")
        .expect("built");
    let text = text_of(&warmtenet.pdf);
    for amount in ["€ 16.620.000", "€ 2.000.000", "€ 750.000"] {
        assert!(text.contains(amount), "{amount} missing: {text}");
    }
    assert!(has(&text, "artikel"), "references are worded");
}

/// The headings a document's tag tree and bookmarks should hold, in order.
fn expected_headings(document: &Document) -> Vec<String> {
    let nl = document.lang == "nl";
    let say = |nl_text: &str, en_text: &str| {
        if nl {
            nl_text.to_string()
        } else {
            en_text.to_string()
        }
    };
    let mut expected = vec![say("Partijen", "Parties")];
    if !document.recitals.is_empty() {
        expected.push(say("Overwegingen", "Recitals"));
    }
    if document.toc {
        expected.push(say("Inhoud", "Contents"));
    }
    expected.extend(
        document
            .articles
            .iter()
            .map(|a| format!("{} {}", a.label, a.title)),
    );
    expected.push(say("Ondertekening", "Signatures"));
    expected.extend(
        document
            .annexes
            .iter()
            .map(|a| format!("{} {}", a.label, a.title)),
    );
    expected
}

#[test]
fn the_tag_tree_has_headings_in_article_order() {
    for built in BUILT.iter() {
        let which = format!("{} ({})", built.name, built.lang);
        let s = structure(&built.pdf);
        assert_eq!(s["struct_tree_root"], true, "{which}: {s}");
        assert_eq!(s["marked"], true, "{which}: {s}");
        assert_eq!(s["lang"], built.tree.meta.language_tag, "{which}: {s}");
        assert_eq!(s["display_doc_title"], true, "{which}: {s}");
        let expected = expected_headings(&built.tree);
        let headings: Vec<String> = s["headings"]
            .as_array()
            .expect("headings")
            .iter()
            .map(|h| h[1].as_str().unwrap_or_default().to_string())
            .collect();
        assert_eq!(headings, expected, "{which}");
        let outlines: Vec<String> =
            serde_json::from_value(s["outlines"].clone()).expect("outlines");
        let without_contents: Vec<String> = expected
            .iter()
            .filter(|h| !["Inhoud", "Contents"].contains(&h.as_str()))
            .cloned()
            .collect();
        assert_eq!(
            outlines, without_contents,
            "{which}: one bookmark per heading"
        );
        let count = |tag: &str| s["counts"][tag].as_u64().unwrap_or(0);
        assert_eq!(count("Title"), 1, "{which}: {s}");
        let tables: usize = built
            .tree
            .articles
            .iter()
            .flat_map(|a| &a.leden)
            .flat_map(|l| &l.blocks)
            .chain(built.tree.annexes.iter().flat_map(|a| &a.blocks))
            .filter(|b| matches!(b, tree::Block::Table(_)))
            .count();
        assert!(
            count("Table") >= u64::try_from(tables).expect("few"),
            "{which}: {s}"
        );
        assert!(count("LI") >= 3, "{which}: {s}");
    }
    let warmtenet = structure(&BUILT[0].pdf);
    assert!(
        warmtenet["counts"]["Link"].as_u64().unwrap_or(0) >= 3,
        "references become links: {warmtenet}"
    );
}

#[test]
fn the_same_agreement_gives_the_same_bytes() {
    let again: Vec<(usize, Vec<u8>)> = (0..BUILT.len())
        .into_par_iter()
        .map(|i| {
            let built = &BUILT[i];
            let bytes = render(&agreement(built.name), &options(built.lang)).expect("renders");
            (i, bytes)
        })
        .collect();
    for (i, bytes) in again {
        let built = &BUILT[i];
        assert!(
            bytes == built.bytes,
            "{} ({}) differs between two builds",
            built.name,
            built.lang
        );
    }
    let cli = |epoch: Option<&str>| {
        let mut command = Cli::cargo_bin("covenant").expect("binary");
        command
            .arg("build")
            .arg(path_of("warmtenet-zwolle"))
            .args(["--to", "pdf"]);
        // Without one, the environment is the test's own, as for the library's builds.
        if let Some(e) = epoch {
            command.env("SOURCE_DATE_EPOCH", e);
        }
        command.assert().success().get_output().stdout.clone()
    };
    let first = cli(None);
    assert!(
        first == BUILT[0].bytes,
        "the command writes what the library makes"
    );
    let dated = cli(Some("1709210096"));
    assert!(dated == cli(Some("1709210096")));
    assert!(dated != first, "SOURCE_DATE_EPOCH reaches the PDF");
    let (_dir, pdf) = save(&dated);
    let info = tool("pdfinfo", &["-isodates"], &pdf);
    assert!(
        info.contains("CreationDate:    2024-02-29T12:34:56"),
        "{info}"
    );
    let mut bad = Cli::cargo_bin("covenant").expect("binary");
    bad.arg("build")
        .arg(path_of("warmtenet-zwolle"))
        .args(["--to", "pdf"])
        .env("SOURCE_DATE_EPOCH", "later")
        .assert()
        .failure()
        .stderr(predicates::str::contains("SOURCE_DATE_EPOCH"));
}

/// An agreement with an error (a goal without an indicator), for `--draft`.
fn with_an_error(dir: &Path) -> PathBuf {
    let text = std::fs::read_to_string(path_of("minimal"))
        .expect("the fixture")
        .replace("  indicator \"school roofs in operation\"\n", "");
    let path = dir.join("draft.covenant");
    std::fs::write(&path, text).expect("agreement written");
    path
}

#[test]
fn a_draft_is_marked_lists_its_issues_and_is_not_pdfa() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let source = with_an_error(dir.path());
    let out = dir.path().join("draft.pdf");
    Cli::cargo_bin("covenant")
        .expect("binary")
        .arg("build")
        .arg(&source)
        .args(["--to", "pdf", "--draft", "--lang", "nl", "-o"])
        .arg(&out)
        .assert()
        .success();
    let meta = tool("pdfinfo", &["-meta"], &out);
    assert!(!meta.contains("pdfaid"), "{meta}");
    assert!(meta.contains("<pdfuaid:part>1</pdfuaid:part>"), "{meta}");
    let text = text_of(&out);
    assert!(has(&text, "CONCEPT"), "{text}");
    assert!(has(&text, "Openstaande punten"), "{text}");
    assert!(has(&text, "indicator"), "the open issue is listed: {text}");
}

/// Everything Typst markup gives meaning to.
const HOSTILE: &str = "#panic(\"boem\") $x^2$ *vet* _schuin_ <lbl> @ref \\ `code` // ] [ \
                       /* = - + 1. ~ #set page(fill: red) \\u{41}";

#[test]
fn agreement_text_never_becomes_typst_code() {
    // As a covenant string: backslashes and quotes escaped.
    let quoted = HOSTILE.replace('\\', "\\\\").replace('"', "\\\"");
    let text = std::fs::read_to_string(path_of("minimal"))
        .expect("the fixture")
        .replace("Municipality of Riverside", &quoted)
        .replace("Cooperation Agreement Riverside Solar Roofs", &quoted)
        .replace("Installation on ten roofs", &quoted)
        .replace("Fixed price per roof; monthly cost report.", &quoted);
    let dir = tempfile::tempdir().expect("a temporary folder");
    let path = dir.path().join("hostile.covenant");
    std::fs::write(&path, text).expect("agreement written");
    let agreement = load::load(&path, "hostile.covenant")
        .expect("loads")
        .agreement;
    let source = typst_source(&agreement, &Options::default()).expect("the template renders");
    let mut seen = 0;
    for (at, _) in source.match_indices("#panic") {
        seen += 1;
        let before = source[..at].chars().last();
        // Escaped in markup, or the first character of a string literal (the title).
        assert!(
            matches!(before, Some('\\' | '"')),
            "unescaped text in the markup at byte {at}: {}",
            &source[at.saturating_sub(80)..at + 20]
        );
    }
    assert!(seen >= 4, "the hostile text reaches the markup");
    let bytes = render(&agreement, &Options::default()).expect("typesets");
    let (_out, pdf) = save(&bytes);
    let shown = text_of(&pdf);
    assert!(
        shown.matches(&normal(HOSTILE)).count() >= 3,
        "not shown literally: {shown}"
    );
    assert!(tool("pdfinfo", &[], &pdf).contains(HOSTILE));
}

#[test]
fn a_house_style_overrides_a_template() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    std::fs::write(
        dir.path().join("signatures.typ"),
        "= {{ labels.doc.signatures }}\n\nHuisstijl: {% for s in signatures %}{{ s.party }}; {% endfor %}\n",
    )
    .expect("template written");
    let options = Options {
        templates: Templates::with_overrides(dir.path()).expect("templates load"),
        ..Options::default()
    };
    let bytes = render(&agreement("warmtenet-zwolle"), &options).expect("renders");
    let (_out, pdf) = save(&bytes);
    let text = text_of(&pdf);
    assert!(has(&text, "Huisstijl:"), "{text}");
    assert!(has(&text, "Warmte Netbeheer Zwolle B.V.; "), "{text}");
}

#[test]
fn a_broken_template_names_the_line_in_the_generated_markup() {
    let mut templates = Templates::builtin();
    templates.set("covenant.typ", "Tekst\n#let x = (\n");
    let options = Options {
        templates,
        ..Options::default()
    };
    let error = render(&agreement("minimal"), &options).expect_err("does not typeset");
    let message = match error {
        RenderError::Template(message) => message,
        other => panic!("not a template error: {other:?}"),
    };
    assert!(
        message.contains("covenant.typ (generated) line 2, column"),
        "{message}"
    );
}

#[test]
fn build_to_all_writes_every_format_with_one_stem() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let out = dir.path().join("site");
    Cli::cargo_bin("covenant")
        .expect("binary")
        .arg("build")
        .arg(path_of("warmtenet-zwolle"))
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
            "warmtenet-zwolle.docx",
            "warmtenet-zwolle.html",
            "warmtenet-zwolle.md",
            "warmtenet-zwolle.pdf"
        ]
    );
    let md = std::fs::read_to_string(out.join("warmtenet-zwolle.md")).expect("markdown");
    assert!(md.contains("Warmte Netbeheer Zwolle B.V."));
    let html = std::fs::read_to_string(out.join("warmtenet-zwolle.html")).expect("html");
    assert!(html.to_lowercase().starts_with("<!doctype html>"));
    let docx = std::fs::read(out.join("warmtenet-zwolle.docx")).expect("docx");
    assert_eq!(&docx[..2], b"PK");
    let pdf = std::fs::read(out.join("warmtenet-zwolle.pdf")).expect("pdf");
    assert!(pdf == BUILT[0].bytes, "the same PDF as --to pdf");
}

#[test]
fn build_to_all_needs_a_folder() {
    Cli::cargo_bin("covenant")
        .expect("binary")
        .arg("build")
        .arg(path_of("warmtenet-zwolle"))
        .args(["--to", "all"])
        .assert()
        .failure()
        .stderr(predicates::str::contains("--to all needs a folder"));
}
