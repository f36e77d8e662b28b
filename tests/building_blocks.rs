//! The building blocks of a real covenant (issue 14): each new item over the Warmtenet
//! example and the building-blocks fixture. A realistic slip gives exactly the one
//! diagnostic, `diff` reports a change of meaning, the formatter keeps comments and is
//! idempotent, and the document speaks of itself as its `kind` says.

use std::path::Path;

use covenant::check::{Levels, check};
use covenant::compare::compare;
use covenant::diagnostics::Diagnostic;
use covenant::format::format_text;
use covenant::model::{Loaded, load_text};
use covenant::render::{Options, render_markdown};

const WARMTENET: &str = "examples/warmtenet-zwolle.covenant";
const BLOCKS: &str = "tests/fixtures/valid/building_blocks.covenant";

fn read(path: &str) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The file with `from` replaced (exactly once) by `to`.
fn edited(path: &str, from: &str, to: &str) -> String {
    let text = read(path);
    assert_eq!(
        text.matches(from).count(),
        1,
        "`{from}` must occur once in {path}"
    );
    text.replacen(from, to, 1)
}

fn loaded(path: &str, text: String) -> Loaded {
    load_text(Path::new(path), path, text)
}

fn checked(path: &str, text: String) -> (Loaded, Vec<Diagnostic>) {
    let loaded = loaded(path, text);
    let found = check(&loaded, &Levels::default());
    (loaded, found)
}

/// Exactly one diagnostic, of `code`, whose primary span is the text `at`.
fn only(path: &str, text: String, code: &str, at: &str) {
    let (loaded, found) = checked(path, text);
    let codes: Vec<_> = found.iter().map(|d| (d.code, d.message.as_str())).collect();
    assert_eq!(
        found.len(),
        1,
        "expected exactly one {code}, got {codes:#?}"
    );
    assert_eq!(found[0].code, code, "got {codes:#?}");
    assert_eq!(loaded.sources.slice(found[0].primary.span), at);
}

#[test]
fn a_misspelled_party_in_notices_is_an_unknown_party() {
    let text = edited(
        WARMTENET,
        "party netbeheer contact",
        "party netbeheeer contact",
    );
    only(WARMTENET, text, "R001", "netbeheeer");
}

#[test]
fn no_originals_is_a_syntax_error_and_one_is_fine() {
    let text = edited(WARMTENET, "originals     5", "originals     0");
    only(WARMTENET, text, "S001", "0");
    let (_, found) = checked(
        WARMTENET,
        edited(WARMTENET, "originals     5", "originals     1"),
    );
    assert!(found.is_empty(), "{found:#?}");
}

#[test]
fn a_condition_precedent_alone_is_an_entry_into_force() {
    let text = edited(BLOCKS, "  effective     2026-01-01\n", "");
    let (_, found) = checked(BLOCKS, text.clone());
    assert!(found.iter().all(|d| d.code != "C013"), "{found:#?}");
    let md = render_markdown(&loaded(BLOCKS, text).agreement, &Options::default()).expect("md");
    assert!(md.contains(
        "This covenant enters into force on the day on which the following condition precedent is met: the municipal council has approved the grant for the roofs."
    ), "{md}");
}

#[test]
fn diff_reports_the_building_blocks() {
    let old = loaded(WARMTENET, read(WARMTENET));
    let text = edited(
        WARMTENET,
        "cap         EUR 1_000_000",
        "cap         EUR 2_000_000",
    )
    .replace(
        "bestuur@zuiderwarmte.example",
        "secretaris@zuiderwarmte.example",
    )
    .replace("originals     5", "originals     6")
    .replace(
        "short-name   \"de Corporatie\"",
        "short-name   \"de Woningcorporatie\"",
    );
    let new = loaded(WARMTENET, text);
    let diff = compare(&old.agreement, &new.agreement);
    let paths: Vec<&str> = diff.changes.iter().map(|c| c.path.as_str()).collect();
    for path in [
        "header.originals",
        "parties.corporatie.short-name",
        "notices.cooperatie.email",
        "liability.cap",
    ] {
        assert!(paths.contains(&path), "{path} not in {paths:?}");
    }
    assert_eq!(paths.len(), 4, "{paths:?}");
}

#[test]
fn the_formatter_keeps_comments_in_the_building_blocks_and_is_idempotent() {
    let text = read(BLOCKS).replace(
        "  party coop contact",
        "  // the board reads the mail\n  party coop contact",
    );
    let once = format_text(&text).expect("formats");
    assert!(
        once.contains("  // the board reads the mail\n  party coop contact"),
        "{once}"
    );
    assert!(once.contains("// a council decision"), "{once}");
    assert_eq!(format_text(&once).expect("formats"), once);
}

#[test]
fn the_kind_chooses_what_the_document_calls_itself() {
    let nl = Options {
        language: Some(covenant::model::words::Language::Nl),
        ..Options::default()
    };
    let covenant = loaded(BLOCKS, read(BLOCKS));
    let md = render_markdown(&covenant.agreement, &nl).expect("md");
    assert!(md.contains("Op dit convenant is the laws of the Netherlands van toepassing."));
    assert!(md.contains("Aldus overeengekomen en in drievoud ondertekend te Riverside:"));
    let agreement = loaded(
        BLOCKS,
        edited(BLOCKS, "kind          covenant", "kind          agreement"),
    );
    let md = render_markdown(&agreement.agreement, &nl).expect("md");
    assert!(md.contains("Op deze overeenkomst is the laws of the Netherlands van toepassing."));
    assert!(!md.contains("convenant"), "{md}");
}

#[test]
fn the_model_exports_the_building_blocks() {
    let json = serde_json::to_value(&loaded(BLOCKS, read(BLOCKS)).agreement).expect("json");
    assert_eq!(json["header"]["kind"], "covenant");
    assert_eq!(json["header"]["originals"], 3);
    assert_eq!(json["parties"][0]["short_name"], "the Municipality");
    assert_eq!(json["investment"]["indexation"], "CPI, yearly");
    assert_eq!(
        json["investment"]["contributions"][0]["payment"],
        "in two instalments"
    );
    assert_eq!(json["notices"]["addresses"][1]["party"], "coop");
    assert_eq!(json["liability"]["cap"]["cents"], 10_000_000);
    assert!(json["force_majeure"].is_string());
    assert!(json["deliverables"][0]["penalty"].is_string());
}

#[test]
fn originals_are_written_in_words_up_to_twelve_and_in_numerals_beyond() {
    let closing = |count: &str, language| {
        let text = edited(BLOCKS, "originals     3", &format!("originals     {count}"));
        let options = Options {
            language: Some(language),
            ..Options::default()
        };
        let md = render_markdown(&loaded(BLOCKS, text).agreement, &options).expect("md");
        md.lines()
            .find(|l| l.starts_with("Aldus") || l.starts_with("Thus"))
            .unwrap_or_default()
            .to_string()
    };
    use covenant::model::words::Language::{En, Nl};
    assert_eq!(
        closing("7", Nl),
        "Aldus overeengekomen en in zevenvoud ondertekend te Riverside:"
    );
    assert_eq!(
        closing("12", En),
        "Thus agreed and signed in twelve originals at Riverside:"
    );
    assert_eq!(
        closing("13", Nl),
        "Aldus overeengekomen en in 13 exemplaren ondertekend te Riverside:"
    );
    assert_eq!(
        closing("1", En),
        "Thus agreed and signed in one original at Riverside:"
    );
}
