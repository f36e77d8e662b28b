//! Text as meaning: whitespace-insensitive comparison and word diffs.

use similar::{ChangeTag, TextDiff};

use super::change::WordEdit;

/// The text with runs of spaces and single line breaks made one space,
/// and paragraphs (separated by blank lines) kept apart by one blank line.
#[must_use]
pub fn normalize(text: &str) -> String {
    let mut paragraphs = Vec::new();
    let mut current: Vec<&str> = Vec::new();
    for line in text.lines() {
        if line.trim().is_empty() {
            if !current.is_empty() {
                paragraphs.push(current.join(" "));
                current.clear();
            }
        } else {
            current.extend(line.split_whitespace());
        }
    }
    if !current.is_empty() {
        paragraphs.push(current.join(" "));
    }
    paragraphs.join("\n\n")
}

/// The word-level edits turning `old` into `new`: runs of one kind merged,
/// and the spaces between two edited words counted as edited, so that a
/// replaced phrase reads as one deletion and one insertion.
#[must_use]
pub fn word_diff(old: &str, new: &str) -> Vec<WordEdit> {
    let diff = TextDiff::from_words(old, new);
    let tokens: Vec<(ChangeTag, &str)> = diff
        .iter_all_changes()
        .map(|c| (c.tag(), c.value()))
        .collect();
    let mut edits: Vec<WordEdit> = Vec::new();
    let (mut deleted, mut inserted) = (String::new(), String::new());
    for (i, (tag, text)) in tokens.iter().enumerate() {
        let inside = i > 0
            && text.trim().is_empty()
            && tokens[i - 1].0 != ChangeTag::Equal
            && tokens.get(i + 1).is_some_and(|t| t.0 != ChangeTag::Equal);
        match tag {
            ChangeTag::Delete => deleted.push_str(text),
            ChangeTag::Insert => inserted.push_str(text),
            ChangeTag::Equal if inside => {
                deleted.push_str(text);
                inserted.push_str(text);
            }
            ChangeTag::Equal => {
                flush(&mut edits, &mut deleted, &mut inserted);
                push(&mut edits, "equal", text);
            }
        }
    }
    flush(&mut edits, &mut deleted, &mut inserted);
    edits
}

fn flush(edits: &mut Vec<WordEdit>, deleted: &mut String, inserted: &mut String) {
    if !deleted.trim().is_empty() {
        push(edits, "delete", deleted);
    }
    if !inserted.trim().is_empty() {
        push(edits, "insert", inserted);
    }
    deleted.clear();
    inserted.clear();
}

fn push(edits: &mut Vec<WordEdit>, op: &'static str, text: &str) {
    match edits.last_mut() {
        Some(last) if last.op == op => last.text.push_str(text),
        _ => edits.push(WordEdit {
            op,
            text: text.to_string(),
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn layout_is_not_meaning() {
        assert_eq!(normalize("  a  b\n c\n\n\n d "), "a b c\n\nd");
    }

    #[test]
    fn words_are_diffed() {
        let edits = word_diff("one two three", "one four three");
        let ops: Vec<&str> = edits.iter().map(|e| e.op).collect();
        assert_eq!(ops, ["equal", "delete", "insert", "equal"]);
        let edits = word_diff("a b c d", "a x y d");
        let texts: Vec<&str> = edits.iter().map(|e| e.text.as_str()).collect();
        assert_eq!(texts, ["a ", "b c", "x y", " d"]);
    }
}
