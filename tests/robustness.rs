//! Whatever the bytes, parsing, loading, checking and rendering never panic:
//! random bytes, token soup, truncations and mutations of every example,
//! and pathological inputs such as deep nesting.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use covenant::check::{Levels, check};
use covenant::diagnostics::{Located, Renderer, Style};
use covenant::model::load_text;
use covenant::source::FileId;
use covenant::syntax::parse;
use proptest::prelude::*;
use proptest::sample::Index;

/// Runs the whole pipeline on `text` as if read from `path`, rendering the diagnostics.
///
/// Rendering is limited to the first 200 diagnostics: each rendering copies and scans the
/// whole source, so rendering thousands of diagnostics of a huge file is slow (not unsafe).
fn run(path: &Path, text: &str) -> usize {
    let parsed = parse(FileId(0), text);
    for d in &parsed.diagnostics {
        assert!(
            d.primary.span.end as usize <= text.len(),
            "span past the end: {d:?}"
        );
    }
    let loaded = load_text(path, "input.covenant", text.to_string());
    let found = check(&loaded, &Levels::default());
    let renderer = Renderer::new(Style::Plain, 100);
    for diagnostic in found.iter().take(200) {
        let located = Located::new(diagnostic, &loaded.sources, &renderer);
        assert!(!located.human.is_empty());
    }
    found.len()
}

fn covenant_files(folder: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(folder) else {
        return;
    };
    for entry in entries.filter_map(Result::ok) {
        let path = entry.path();
        if path.is_dir() {
            covenant_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "covenant") {
            out.push(path);
        }
    }
}

/// Every example and valid fixture, with its text.
fn examples() -> &'static [(PathBuf, String)] {
    static EXAMPLES: OnceLock<Vec<(PathBuf, String)>> = OnceLock::new();
    EXAMPLES.get_or_init(|| {
        let mut paths = Vec::new();
        covenant_files(Path::new("examples"), &mut paths);
        covenant_files(Path::new("tests/fixtures/valid"), &mut paths);
        paths.sort();
        assert!(paths.len() >= 5, "examples not found: {paths:?}");
        paths
            .into_iter()
            .map(|p| {
                let text =
                    std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
                (p, text)
            })
            .collect()
    })
}

/// Tokens of the language, for inputs that get further into the grammar than random bytes.
const TOKENS: &[&str] = &[
    "covenant",
    "party",
    "representative",
    "group",
    "import",
    "recital",
    "define",
    "ambition",
    "goal",
    "deliverable",
    "investment",
    "asset",
    "risk",
    "governance",
    "body",
    "accountability",
    "report",
    "evaluation",
    "agenda",
    "theme",
    "disputes",
    "termination",
    "amendment",
    "accession",
    "clause",
    "legal-framework",
    "members",
    "target",
    "by",
    "owners",
    "bearers",
    "operator",
    "from",
    "until",
    "total",
    "up-to",
    "then",
    "mediation",
    "consultation",
    "meets",
    "every",
    "effective",
    "expires",
    "never",
    "mandate",
    "statutory",
    "{",
    "}",
    ",",
    "\"",
    "\"\"\"\n",
    "\n\"\"\"",
    "\"x\"",
    "\"a\\\"b\"",
    "\\",
    "//",
    "\n",
    "\r\n",
    "\t",
    "x",
    "gemeente",
    "EUR 1_000",
    "EUR 1.005",
    "EUX 5",
    "60%",
    "100.5%",
    "33.333%",
    "2027-02-29",
    "2028-02-29",
    "2027-13-01",
    "30 days",
    "6 months",
    "quarterly",
    "every 2 months",
    "1_500",
    "12.5",
    "yes",
    "no",
    "public",
    "result",
    "é",
    "€",
    "\u{0}",
    "9999-12-31",
    "99999999999999999999999999999999999999999",
];

fn token_soup() -> impl Strategy<Value = String> {
    prop::collection::vec(
        (
            prop::sample::select(TOKENS),
            prop::sample::select(&[" ", "", "\n", "  "][..]),
        ),
        0..200,
    )
    .prop_map(|parts| parts.into_iter().map(|(t, s)| format!("{t}{s}")).collect())
}

/// One edit of a text: insert, delete or replace a character at a char position.
#[derive(Debug, Clone)]
enum Edit {
    Insert(Index, char),
    Delete(Index),
    Replace(Index, char),
}

fn interesting_char() -> impl Strategy<Value = char> {
    prop_oneof![
        prop::sample::select(
            &[
                '"', '{', '}', '\n', '\r', '\\', '%', '/', ',', '-', '_', '.', ' ', '\t'
            ][..]
        ),
        prop::char::range('0', '9'),
        prop::char::range('a', 'z'),
        prop::char::range('A', 'Z'),
        any::<char>(),
    ]
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        (any::<Index>(), interesting_char()).prop_map(|(i, c)| Edit::Insert(i, c)),
        any::<Index>().prop_map(Edit::Delete),
        (any::<Index>(), interesting_char()).prop_map(|(i, c)| Edit::Replace(i, c)),
    ]
}

fn apply(text: &str, edit: &Edit) -> String {
    let mut chars: Vec<char> = text.chars().collect();
    match edit {
        Edit::Insert(at, c) => chars.insert(at.index(chars.len() + 1), *c),
        Edit::Delete(at) if !chars.is_empty() => {
            chars.remove(at.index(chars.len()));
        }
        Edit::Replace(at, c) if !chars.is_empty() => {
            let i = at.index(chars.len());
            chars[i] = *c;
        }
        Edit::Delete(_) | Edit::Replace(..) => {}
    }
    chars.into_iter().collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn random_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..2048)) {
        let text = String::from_utf8_lossy(&bytes);
        run(Path::new("random.covenant"), &text);
    }

    #[test]
    fn token_soup_never_panics(text in token_soup()) {
        run(Path::new("soup.covenant"), &text);
    }

    #[test]
    fn truncated_examples_never_panic(which in any::<Index>(), cut in any::<Index>()) {
        let (path, text) = &examples()[which.index(examples().len())];
        let bytes = text.as_bytes();
        let truncated = String::from_utf8_lossy(&bytes[..cut.index(bytes.len() + 1)]);
        run(path, &truncated);
    }

    #[test]
    fn mutated_examples_never_panic(which in any::<Index>(), edits in prop::collection::vec(edit(), 1..6)) {
        let (path, text) = &examples()[which.index(examples().len())];
        let mutated = edits.iter().fold(text.clone(), |t, e| apply(&t, e));
        run(path, &mutated);
    }
}

#[test]
fn every_truncation_of_one_example_never_panics() {
    let (path, text) = examples()
        .iter()
        .find(|(p, _)| p.ends_with("every_item.covenant"))
        .unwrap_or_else(|| panic!("every_item.covenant not found"));
    let mut cut = 0;
    while cut <= text.len() {
        if text.is_char_boundary(cut) {
            run(path, &text[..cut]);
        }
        cut += 37;
    }
}

#[test]
fn examples_are_clean_before_mutation() {
    for (path, text) in examples() {
        assert_eq!(run(path, text), 0, "{} is not clean", path.display());
    }
}

/// Pathological inputs, run on a thread with the default test stack (2 MiB), so a
/// recursion that only a larger main-thread stack survives is caught too.
#[test]
fn deep_nesting_and_long_inputs_do_not_overflow() {
    let n = 100_000;
    let inputs: Vec<(&str, String)> = vec![
        ("open braces", "{".repeat(n)),
        ("closing braces", "}".repeat(n)),
        (
            "party then open braces",
            format!("party p \"P\" {}", "{".repeat(n)),
        ),
        (
            "governance then nested bodies",
            format!("governance {{ {}", "body b \"B\" { ".repeat(n / 10)),
        ),
        ("quotes", "\"".repeat(n)),
        ("text block openers", "\"\"\"\n".repeat(n / 4)),
        (
            "long id list",
            format!("ambition {{ endorsed-by {}a }}", "a, ".repeat(n)),
        ),
        (
            "long shares",
            format!("asset x \"X\" {{ owners {}a 1% }}", "a 1%, ".repeat(n / 4)),
        ),
        ("many broken items", "party\n".repeat(n / 4)),
        ("long comment line", format!("// {}", "x".repeat(n))),
        ("long string", format!("recital \"{}\"", "x".repeat(n))),
        (
            "many digits",
            format!("investment {{ a EUR {} cash }}", "9".repeat(n)),
        ),
        (
            "many percent digits",
            format!("asset x \"X\" {{ owners a {}% }}", "1".repeat(n)),
        ),
    ];
    let handle = std::thread::Builder::new()
        .stack_size(2 * 1024 * 1024)
        .spawn(move || {
            for (name, text) in &inputs {
                let started = std::time::Instant::now();
                run(Path::new("deep.covenant"), text);
                let elapsed = started.elapsed();
                eprintln!("{name}: {elapsed:?}");
                assert!(elapsed.as_secs() < 20, "{name} took {elapsed:?}");
            }
        })
        .unwrap_or_else(|e| panic!("cannot spawn: {e}"));
    if let Err(panic) = handle.join() {
        std::panic::resume_unwind(panic);
    }
}
