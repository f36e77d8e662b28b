//! A diagnostic's message is never wrapped inside a value: a date, an amount
//! or an id in the message stays on one line however narrow the width.

use std::path::Path;

use covenant::check::{Levels, check};
use covenant::diagnostics::{Renderer, Style};
use covenant::model::load_text;

#[test]
fn a_date_in_a_message_is_never_split() {
    let text = std::fs::read_to_string("tests/fixtures/T002_due_after_expiry.covenant")
        .unwrap_or_else(|e| panic!("{e}"));
    let loaded = load_text(Path::new("t.covenant"), "t.covenant", text);
    let found = check(&loaded, &Levels::default());
    let t002 = found
        .iter()
        .find(|d| d.code == "T002")
        .unwrap_or_else(|| panic!("no T002 in {found:?}"));
    let dates: Vec<&str> = t002
        .message
        .split(|c: char| !(c.is_ascii_digit() || c == '-'))
        .filter(|w| w.len() == 10)
        .collect();
    assert!(!dates.is_empty(), "no date in `{}`", t002.message);
    for width in [30, 40, 50, 60, 80] {
        let shown = Renderer::new(Style::Ascii, width).render(t002, &loaded.sources);
        assert!(
            shown.contains(&t002.message),
            "width {width}: message broken up:\n{shown}"
        );
        for date in &dates {
            assert!(
                shown.contains(date),
                "width {width}: {date} split:\n{shown}"
            );
        }
    }
}
