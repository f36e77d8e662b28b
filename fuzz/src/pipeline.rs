//! What the fuzz targets do with an input, shared with the regression test
//! `tests/fuzz_regressions.rs` (which includes this file by path).
//!
//! Every function panics only when covenant misbehaves: a panic inside the
//! pipeline, a span past the end of the text, a formatter that is not
//! idempotent or changes the meaning of the agreement.

use std::path::Path;

use covenant::check::{Levels, check};
use covenant::diagnostics::{Diagnostic, Located, Renderer, Style};
use covenant::format::{FormatError, format_text};
use covenant::model::words::Language;
use covenant::model::{Loaded, load_text};
use covenant::render::{Issue, Options, Prepared, Templates};

/// Where fuzz inputs pretend to live: a folder that does not exist, so that
/// every `import` fails with R006 instead of reading the machine's files.
pub const INPUT_PATH: &str = "/nonexistent-covenant-fuzz/input.covenant";

/// How many diagnostics are rendered as text: rendering is per diagnostic, and the first ten
/// reach every kind of excerpt that a hundred do, at a tenth of the cost per input.
const RENDERED: usize = 10;

/// The bytes as text: as they are when UTF-8, else with invalid bytes replaced.
#[must_use]
pub fn text_of(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// Loads `text` and checks it, rendering the first diagnostics as the CLI does.
pub fn parse_check(text: &str) -> (Loaded, Vec<Diagnostic>) {
    let loaded = load_text(Path::new(INPUT_PATH), "input.covenant", text.to_string());
    let found = check(&loaded, &Levels::default());
    for diagnostic in &found {
        for span in std::iter::once(&diagnostic.primary.span)
            .chain(diagnostic.secondary.iter().map(|l| &l.span))
        {
            let file_len = loaded.sources.get(span.file).text.len();
            assert!(
                span.start <= span.end && span.end as usize <= file_len,
                "span out of the file: {diagnostic:?}"
            );
        }
    }
    RENDERER.with(|renderer| {
        for diagnostic in found.iter().take(RENDERED) {
            let located = Located::new(diagnostic, &loaded.sources, renderer);
            assert!(
                !located.human.is_empty(),
                "empty rendering of {diagnostic:?}"
            );
        }
    });
    (loaded, found)
}

thread_local! {
    /// The diagnostic renderer, made once per thread rather than per input.
    static RENDERER: Renderer = Renderer::new(Style::Plain, 100);
}

/// The four renderings `build` makes: Dutch or English, Markdown or HTML.
pub const RENDERINGS: usize = 4;

/// Loads and checks `text`, then renders it the `which`-th way of
/// [`RENDERINGS`] (Dutch Markdown, Dutch HTML page, English Markdown, English
/// HTML fragment), as a draft listing the errors when there are any.
pub fn render_one(text: &str, which: usize) {
    let (loaded, found) = parse_check(text);
    render(&loaded, &found, which);
}

fn render(loaded: &Loaded, found: &[Diagnostic], which: usize) {
    let issues: Vec<Issue> = found
        .iter()
        .filter(|d| d.is_error())
        .map(|d| Issue::of(d, &loaded.sources))
        .collect();
    let language = if which % RENDERINGS < 2 {
        Language::Nl
    } else {
        Language::En
    };
    let options = Options {
        language: Some(language),
        draft: (!issues.is_empty()).then_some(issues),
        fragment: language == Language::En,
        ..Options::default()
    };
    PREPARED.with(|prepared| {
        if which.is_multiple_of(2) {
            let _ = prepared.markdown(&loaded.agreement, &options);
        } else {
            let _ = prepared.html(&loaded.agreement, &options);
        }
    });
}

thread_local! {
    /// The built-in templates, parsed once per thread rather than per input (as the preview
    /// does for one save after another).
    static PREPARED: Prepared = Prepared::new(Templates::builtin());
}

/// Loads, checks, renders Markdown and HTML in both languages, and formats:
/// every rendering of `build_render` and the round trip of `fmt_roundtrip`.
pub fn build(text: &str) {
    for which in 0..RENDERINGS {
        render_one(text, which);
    }
    format_round_trip(text);
}

/// When `text` formats, the result formats to itself and means the same.
pub fn format_round_trip(text: &str) {
    let once = match format_text(text) {
        Ok(once) => once,
        Err(FormatError::Syntax(_)) => return,
        Err(error) => panic!("the formatter refused a file that parses: {error}"),
    };
    let twice = match format_text(&once) {
        Ok(twice) => twice,
        Err(error) => panic!("formatted text does not format again: {error}\n{once}"),
    };
    assert_eq!(once, twice, "formatting is not idempotent");
    assert_eq!(model(text), model(&once), "formatting changed the model");
}

/// The agreement of `text` without spans, for comparing meaning.
fn model(text: &str) -> serde_json::Value {
    let loaded = load_text(Path::new(INPUT_PATH), "input.covenant", text.to_string());
    serde_json::to_value(&loaded.agreement).unwrap_or(serde_json::Value::Null)
}
