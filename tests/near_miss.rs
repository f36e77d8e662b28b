//! Near misses: a clean example with one realistic slip produces exactly
//! the one diagnostic that describes it, at the line of the slip.

use std::path::Path;

use covenant::check::{Levels, check};
use covenant::diagnostics::Diagnostic;
use covenant::model::{Loaded, load_text};

const EXAMPLE: &str = "examples/warmtenet-zwolle.covenant";

fn original() -> String {
    std::fs::read_to_string(EXAMPLE).unwrap_or_else(|e| panic!("{EXAMPLE}: {e}"))
}

/// The example with `from` replaced (exactly once) by `to`.
fn edited(from: &str, to: &str) -> String {
    let text = original();
    assert_eq!(
        text.matches(from).count(),
        1,
        "`{from}` must occur once in {EXAMPLE}"
    );
    text.replacen(from, to, 1)
}

fn checked(text: String) -> (Loaded, Vec<Diagnostic>) {
    let loaded = load_text(Path::new(EXAMPLE), EXAMPLE, text);
    let found = check(&loaded, &Levels::default());
    (loaded, found)
}

/// The 1-based line of a byte offset in the main file.
fn line_of(loaded: &Loaded, diagnostic: &Diagnostic, offset: u32) -> usize {
    let text = &loaded.sources.get(diagnostic.primary.span.file).text;
    text[..offset as usize].matches('\n').count() + 1
}

/// The 1-based line of the first line containing `needle` in `text`.
fn line_containing(text: &str, needle: &str) -> usize {
    text.lines()
        .position(|l| l.contains(needle))
        .unwrap_or_else(|| panic!("no line with `{needle}`"))
        + 1
}

fn only(found: &[Diagnostic], code: &str) {
    let codes: Vec<_> = found.iter().map(|d| (d.code, d.message.as_str())).collect();
    assert_eq!(
        found.len(),
        1,
        "expected exactly one {code}, got {codes:#?}"
    );
    assert_eq!(found[0].code, code, "got {codes:#?}");
}

#[test]
fn the_example_is_clean() {
    let (_, found) = checked(original());
    let codes: Vec<_> = found.iter().map(|d| (d.code, d.message.as_str())).collect();
    assert!(found.is_empty(), "{codes:#?}");
}

#[test]
fn a_share_of_60_instead_of_70_is_n001_at_the_bearers() {
    let text = edited(
        "bearers    aannemer 70%, gemeente 30%",
        "bearers    aannemer 60%, gemeente 30%",
    );
    let (loaded, found) = checked(text.clone());
    only(&found, "N001");
    let d = &found[0];
    assert!(
        d.message.contains("overschrijding") && d.message.contains("90%"),
        "{}",
        d.message
    );
    assert_eq!(
        line_of(&loaded, d, d.primary.span.start),
        line_containing(&text, "risk overschrijding")
    );
    let listed = d
        .secondary
        .iter()
        .find(|l| l.message == "the shares are listed here");
    let listed = listed.unwrap_or_else(|| panic!("no label on the shares: {:?}", d.secondary));
    assert_eq!(
        line_of(&loaded, d, listed.span.start),
        line_containing(&text, "aannemer 60%")
    );
}

#[test]
fn a_party_left_out_of_endorsed_by_is_c001() {
    let text = edited(
        "endorsed-by gemeente, netbeheer, corporatie, cooperatie, aannemer",
        "endorsed-by gemeente, netbeheer, corporatie, aannemer",
    );
    let (_, found) = checked(text);
    only(&found, "C001");
    assert!(
        found[0].message.contains("cooperatie"),
        "{}",
        found[0].message
    );
}

#[test]
fn a_due_date_after_expiry_is_t002_at_the_due_date() {
    let text = edited("due        2027-12-31", "due        2036-06-30");
    let (loaded, found) = checked(text.clone());
    only(&found, "T002");
    let d = &found[0];
    assert!(
        d.message.contains("fase1") && d.message.contains("2036-03-31"),
        "{}",
        d.message
    );
    assert_eq!(
        line_of(&loaded, d, d.primary.span.start),
        line_containing(&text, "2036-06-30")
    );
    let end = d
        .secondary
        .iter()
        .find(|l| l.message == "the term ends here");
    let end = end.unwrap_or_else(|| panic!("no label on the term end: {:?}", d.secondary));
    assert_eq!(
        line_of(&loaded, d, end.span.start),
        line_containing(&text, "expires")
    );
}

#[test]
fn the_last_day_of_the_term_is_still_inside_it() {
    let (_, found) = checked(edited("due        2027-12-31", "due        2036-03-31"));
    assert!(
        found.is_empty(),
        "{:?}",
        found.iter().map(|d| d.code).collect::<Vec<_>>()
    );
}
