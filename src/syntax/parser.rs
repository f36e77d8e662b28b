//! Parsing a whole file item by item, recovering after errors.

use pest::Parser as _;
use pest::error::{ErrorVariant, InputLocation};
use pest::iterators::Pairs;

use super::ast::Item;
use super::build::Builder;
use super::expected::{did_you_mean, phrase};
use super::grammar::{CovenantParser, Rule};
use super::scan::{find_unterminated, next_item_start, skip_trivia, unclosed_brace, window_end};
use super::{duplicates, habits, keywords};
use crate::diagnostics::Diagnostic;
use crate::source::{FileId, Span, floor_char_boundary};

/// The items of one file and the syntax diagnostics found on the way.
#[derive(Debug, Clone, Default)]
pub struct Parsed {
    /// Items that parsed, in source order.
    pub items: Vec<Item>,
    /// S001, S005 and S006 diagnostics.
    pub diagnostics: Vec<Diagnostic>,
}

/// Parses `text` (the content of `file`). Never panics; reports every
/// independent error it can reach, at least one per item.
#[must_use]
pub fn parse(file: FileId, text: &str) -> Parsed {
    parse_windowed(file, text, Windows::AfterFirstError)
}

/// Which items pest parses from a window of the text (see [`parse_item`]) rather
/// than from the whole rest of it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Windows {
    /// None: every item gets the rest of the file.
    #[cfg(test)]
    Never,
    /// Every item.
    #[cfg(test)]
    Always,
    /// The items after the first syntax error. A file without errors never pays
    /// for finding windows, and the first error costs the rest of the file once.
    AfterFirstError,
}

/// [`parse`], giving pest windows of the text as `windows` says.
fn parse_windowed(file: FileId, text: &str, windows: Windows) -> Parsed {
    let mut parsed = Parsed::default();
    let mut pos = skip_trivia(text, 0);
    let mut failed = false;
    while pos < text.len() {
        let window: fn(&str, usize) -> usize = match windows {
            Windows::AfterFirstError if failed => window_end,
            #[cfg(test)]
            Windows::Always => window_end,
            _ => |text, _| text.len(),
        };
        match parse_item(text, pos, window) {
            Ok(mut pairs) => {
                let Some(pair) = pairs.next() else { break };
                let end = pos + pair.as_span().end();
                let item = Builder { file, offset: pos }.item(pair);
                duplicates::check(&item, &mut parsed.diagnostics);
                parsed.items.push(item);
                pos = skip_trivia(text, end);
            }
            Err(error) => {
                failed = true;
                let at = pos + error_offset(&error.location);
                let (diagnostic, stop) = syntax_error(file, text, pos, at, &error.variant);
                parsed.diagnostics.push(diagnostic);
                if stop {
                    break;
                }
                let resume = at.max(pos + 1).min(text.len());
                let line_start = text[..floor_char_boundary(text, resume)]
                    .rfind('\n')
                    .map_or(0, |i| i + 1);
                let from = if line_start > pos { line_start } else { resume };
                match next_item_start(text, floor_char_boundary(text, from)) {
                    Some(next) if next > pos => pos = next,
                    _ => break,
                }
            }
        }
    }
    if parsed.items.is_empty() && parsed.diagnostics.is_empty() {
        parsed.diagnostics.push(empty_file(file, text));
    }
    parsed
}

/// Parses the item at `pos` from a window of the text rather than the whole rest of
/// it: on an error pest searches from the end of its input back to the error for the
/// start of the line, so a window keeps error-heavy files linear. A failure where only
/// trivia is left before the window's end may depend on what lies beyond it: the
/// window then doubles, up to the whole text.
fn parse_item(
    text: &str,
    pos: usize,
    window: fn(&str, usize) -> usize,
) -> Result<Pairs<'_, Rule>, pest::error::Error<Rule>> {
    let mut end = window(text, pos);
    loop {
        count_parsed_bytes(end - pos);
        let result = CovenantParser::parse(Rule::item, &text[pos..end]);
        let Err(error) = &result else { return result };
        if end == text.len() || skip_trivia(text, pos + error_offset(&error.location)) < end {
            return result;
        }
        let target = pos + 2 * (end - pos);
        while end < target.min(text.len()) {
            end = window(text, end);
        }
    }
}

#[cfg(test)]
thread_local! {
    /// Bytes handed to pest on this thread, to prove the windows keep parsing linear.
    static PARSED_BYTES: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

#[cfg(test)]
fn count_parsed_bytes(bytes: usize) {
    PARSED_BYTES.with(|total| total.set(total.get() + bytes));
}

#[cfg(not(test))]
fn count_parsed_bytes(_bytes: usize) {}

/// S001 for a file without any item: empty, or only comments and blank lines.
fn empty_file(file: FileId, text: &str) -> Diagnostic {
    let end = text.len();
    Diagnostic::error("S001", "the file holds no items: expected an agreement", Span::new(file, end, end))
        .with_label("expected `covenant`, `party` or another item")
        .with_help("start with `covenant \"Title\" { ... }`, or run `covenant init` for a complete starting agreement")
}

fn error_offset(location: &InputLocation) -> usize {
    match location {
        InputLocation::Pos(p) => *p,
        InputLocation::Span((start, _)) => *start,
    }
}

/// The diagnostic for a parse failure at `at` in the item starting at `item_start`,
/// and whether parsing must stop (an unterminated text block swallows the rest).
fn syntax_error(
    file: FileId,
    text: &str,
    item_start: usize,
    at: usize,
    variant: &ErrorVariant<Rule>,
) -> (Diagnostic, bool) {
    if let Some(open) = find_unterminated(text, item_start, at) {
        return (unterminated(file, text, open.start, open.block), open.block);
    }
    if let Some(diagnostic) = string_trouble(file, text, at) {
        return (diagnostic, false);
    }
    if let Some(diagnostic) = habits::diagnostic(file, text, at) {
        return (diagnostic, false);
    }
    if let Some(diagnostic) = unclosed_block(file, text, item_start, at) {
        return (diagnostic, false);
    }
    let positives = match variant {
        ErrorVariant::ParsingError { positives, .. } => positives.clone(),
        ErrorVariant::CustomError { .. } => Vec::new(),
    };
    let found = found_token(text, at);
    let span = Span::new(file, at, at + found.len());
    let shown = if found.is_empty() {
        "the end of the file".to_string()
    } else {
        format!("`{found}`")
    };
    let mut diagnostic = Diagnostic::error(
        "S001",
        format!("expected {}, found {shown}", phrase(&positives)),
        span,
    )
    .with_label(label_for(&shown, &positives));
    diagnostic = diagnostic.with_help(help_for(found, &positives));
    (diagnostic, false)
}

fn label_for(shown: &str, positives: &[Rule]) -> String {
    if positives.len() > 3 {
        format!("{shown} is not expected here")
    } else {
        format!("expected {}", phrase(positives))
    }
}

fn help_for(found: &str, positives: &[Rule]) -> String {
    if let Some(keyword) = did_you_mean(found, positives) {
        return format!("did you mean `{keyword}`?");
    }
    if positives.contains(&Rule::k_covenant) {
        return format!(
            "every item starts with one of the keywords {}",
            keywords::ITEM_KEYWORDS
                .iter()
                .map(|k| format!("`{k}`"))
                .collect::<Vec<_>>()
                .join(", ")
        );
    }
    let value_help = positives.iter().find_map(|r| match r {
        Rule::date => Some("dates are written year-month-day: 2027-06-30"),
        Rule::money => Some("money is a currency code and an amount: EUR 12_500 or EUR 12_500.50"),
        Rule::percent => Some("percentages are written with a percent sign: 60% or 12.5%"),
        Rule::duration => {
            Some("durations are a number and a unit: 30 days, 6 weeks, 6 months, 2 years")
        }
        Rule::frequency => {
            Some("write weekly, monthly, quarterly, yearly or every N weeks/months/years")
        }
        Rule::string => Some("text is written between double quotes: \"like this\""),
        Rule::ident => {
            Some("identifiers start with a lower-case letter and hold a-z, 0-9, `_` and `-`")
        }
        _ => None,
    });
    value_help.map_or_else(
        || {
            "compare with the item's form in docs/language.md, or run `covenant explain S001`"
                .to_string()
        },
        str::to_string,
    )
}

/// S001 for a block left open: the next item starts at `at` while a `{` of
/// the item at `item_start` is still open; the `{` is named as the secondary place.
fn unclosed_block(file: FileId, text: &str, item_start: usize, at: usize) -> Option<Diagnostic> {
    let next = text.get(at..)?;
    let at_line_start = at == 0 || text.as_bytes().get(at - 1) == Some(&b'\n');
    if !(at_line_start && keywords::starts_item(next)) {
        return None;
    }
    let brace = unclosed_brace(text, item_start, at)?;
    let line_start = text[..brace].rfind('\n').map_or(0, |i| i + 1);
    let mut words = text[line_start..brace].split_whitespace();
    let opened = match (words.next(), words.next()) {
        (Some(keyword), Some(id)) if !id.starts_with('"') => format!("{keyword} {id}"),
        (Some(keyword), _) => keyword.to_string(),
        (None, _) => "{".to_string(),
    };
    let keyword = found_token(text, at);
    Some(
        Diagnostic::error(
            "S001",
            format!("the block of `{opened}` is not closed before the next item (`{keyword}`)"),
            Span::new(file, at, at + keyword.len()),
        )
        .with_label("expected `}` before this item")
        .with_secondary(
            Span::new(file, brace, brace + 1),
            "this block is never closed",
        )
        .with_help("close the block with `}` on the line before the next item"),
    )
}

/// The word, string start or character at `at`, for "found ..." messages.
fn found_token(text: &str, at: usize) -> &str {
    let at = floor_char_boundary(text, at.min(text.len()));
    let rest = &text[at..];
    let word = rest
        .find(|c: char| !(c.is_alphanumeric() || c == '_' || c == '-' || c == '.'))
        .unwrap_or(rest.len());
    if word > 0 {
        return &rest[..word.min(40)];
    }
    rest.chars().next().map_or("", |c| &rest[..c.len_utf8()])
}

/// A clearer S001 for two string mistakes: an unknown escape, and text on the opening line of a text block.
fn string_trouble(file: FileId, text: &str, at: usize) -> Option<Diagnostic> {
    let rest = text.get(at..)?;
    if let Some(after) = rest.strip_prefix("\"\"\"") {
        let line = after.split('\n').next().unwrap_or("");
        if !line.trim().is_empty() {
            let span = Span::new(file, at, at + 3);
            return Some(
                Diagnostic::error("S001", "text follows `\"\"\"` on the same line", span)
                    .with_label("a text block opens here")
                    .with_help("a text block starts with `\"\"\"` at the end of a line; write its text from the next line on"),
            );
        }
        return None;
    }
    let line = rest.strip_prefix('"')?.split('\n').next().unwrap_or("");
    let mut chars = line.char_indices();
    while let Some((i, c)) = chars.next() {
        match c {
            '"' => return None,
            '\\' => {
                match chars.next() {
                    Some((_, '"' | '\\' | 'n' | 't')) => {}
                    Some((j, other)) => {
                        let start = at + 1 + i;
                        let span = Span::new(file, start, at + 1 + j + other.len_utf8());
                        return Some(
                        Diagnostic::error("S001", format!("unknown escape `\\{other}` in a string"), span)
                            .with_label("not an escape")
                            .with_help("the escapes are \\\", \\\\, \\n and \\t; write \\\\ for a backslash"),
                    );
                    }
                    None => return None,
                }
            }
            _ => {}
        }
    }
    None
}

fn unterminated(file: FileId, text: &str, start: usize, block: bool) -> Diagnostic {
    let width = if block { 3 } else { 1 };
    let span = Span::new(file, start, (start + width).min(text.len()));
    if block {
        Diagnostic::error("S006", "unterminated text block", span)
            .with_label("this text block is never closed")
            .with_help("close a text block with `\"\"\"` at the end of its last line or on a line of its own")
    } else {
        Diagnostic::error("S006", "unterminated string", span)
            .with_label("this string is not closed on its line")
            .with_help("close the string with `\"` before the end of the line; for text over several lines use a text block (`\"\"\"`)")
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use proptest::prelude::*;

    use super::*;

    /// The parse of the whole rest of the file at every item, as before windows.
    fn unwindowed(text: &str) -> String {
        format!("{:?}", parse_windowed(FileId(0), text, Windows::Never))
    }

    /// The parse with a window at every item, which must equal [`parse`]'s.
    fn windowed(text: &str) -> String {
        let always = format!("{:?}", parse_windowed(FileId(0), text, Windows::Always));
        assert_eq!(always, format!("{:?}", parse(FileId(0), text)), "{text:?}");
        always
    }

    fn covenant_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                covenant_files(&path, out);
            } else if path.extension().is_some_and(|e| e == "covenant") {
                out.push(path);
            }
        }
    }

    #[test]
    fn windows_change_nothing_in_the_examples_and_fixtures() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut files = Vec::new();
        for dir in ["examples", "tests/fixtures", "tests/fuzz_regressions"] {
            covenant_files(&root.join(dir), &mut files);
        }
        assert!(files.len() > 40, "found only {} files", files.len());
        for path in files {
            let bytes = std::fs::read(&path).expect("fixture is readable");
            let text = String::from_utf8_lossy(&bytes);
            assert_eq!(windowed(&text), unwindowed(&text), "{}", path.display());
        }
    }

    #[test]
    fn windows_change_nothing_where_an_item_runs_into_a_keyword_line() {
        let cases = [
            // A text block holding a line that starts with a keyword.
            "recital \"\"\"\nparty x \"X\" {\n\"\"\"\ngoal g \"G\" {}\n",
            // A list continued on a line that starts with a keyword.
            "deliverable d \"D\" {\n  serves a,\nparty\n  due 2027-01-01\n}\n",
            // An investment line whose party is named like a keyword.
            "investment {\n  total EUR 5\nparty\n  EUR 5 cash\n}\n",
            // A block that is never closed before the next item.
            "party a \"A\" {\n  sector public\nparty b \"B\" {\n}\n",
            // A string broken by a backslash at the end of a line.
            "party a \"A\\\nparty b \"B\" {}\n",
            // Text blocks that never close, or open after text on their line.
            "recital \"\"\"\nparty b \"B\" {}\n",
            "recital \"\"\" x\nparty b \"B\" {}\n",
            // Comments and strings holding quotes and keywords.
            "party a \"A\" { // \"\"\"\n}\nparty b \"B // x\" {}\n",
        ];
        for case in cases {
            assert_eq!(windowed(case), unwindowed(case), "{case:?}");
        }
    }

    #[test]
    fn error_heavy_input_hands_pest_each_line_about_once() {
        let text: String = (0..2000)
            .map(|i| format!("party p{i} {{ sector public }}\n"))
            .collect();
        PARSED_BYTES.with(|total| total.set(0));
        let parsed = parse(FileId(0), &text);
        assert_eq!(parsed.diagnostics.len(), 2000);
        let handed = PARSED_BYTES.with(std::cell::Cell::get);
        assert!(
            handed <= 3 * text.len(),
            "pest was handed {handed} bytes for a {}-byte file",
            text.len()
        );
    }

    const FRAGMENTS: &[&str] = &[
        "party",
        "p",
        "\"P\"",
        "{",
        "}",
        "sector public",
        "\n",
        " ",
        "recital",
        "\"\"\"",
        "\"\"\"\n",
        "// c",
        "\"",
        "\\",
        ",",
        "serves",
        "a,",
        "investment",
        "EUR 5 cash",
        "goal",
        "due 2027-01-01",
        "deliverable",
        "total EUR 5",
        "define",
        "\"T\"",
        "\t",
        "x",
    ];

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(512))]
        #[test]
        fn windows_change_nothing_in_random_fragments(picks in proptest::collection::vec(0..FRAGMENTS.len(), 0..60)) {
            let text: String = picks.iter().map(|&i| FRAGMENTS[i]).collect::<Vec<_>>().join(" ");
            let text = text.replace(" \n ", "\n");
            prop_assert_eq!(windowed(&text), unwindowed(&text), "{:?}", text);
        }
    }
}
