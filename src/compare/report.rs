//! The diff written for people, in their language: plain text for terminals,
//! Markdown for reviewers.

use super::change::{Change, WordEdit};
use super::reader::Reader;
use super::{Diff, PartyMoney};

/// Equal words kept on each side of an edit in a shortened text diff.
const CONTEXT_WORDS: usize = 6;

/// The diff as grouped, readable lines, worded by `r`.
#[must_use]
pub fn human(diff: &Diff, r: &Reader) -> String {
    let mut out = String::new();
    let mut section = "";
    for change in &diff.changes {
        if change.section != section {
            section = change.section;
            out.push_str(&format!("{}:\n", r.section(section)));
        }
        out.push_str(&format!("  {}\n", line(change, r, false)));
        if let Some(words) = long_words(change) {
            out.push_str(&format!(
                "      {}\n",
                inline_words(words, "[-", "-]", "{+", "+}")
            ));
        }
    }
    if !diff.committed.is_empty() {
        out.push_str(&format!("{}:\n", r.get("committed")));
        for row in &diff.committed {
            out.push_str(&format!("  {}\n", money_line(row, r)));
        }
    }
    let count = diff.changes.len();
    if count == 0 {
        out.push_str(&format!("{}\n", r.get("no_changes")));
    } else {
        out.push_str(&format!("{}\n", r.count(count)));
    }
    out
}

fn money_line(row: &PartyMoney, r: &Reader) -> String {
    let currency = &row.currency;
    let party = if row.party == "total" {
        r.get("total")
    } else {
        r.party(&row.party)
    };
    format!(
        "{party}: {} -> {} ({})",
        r.money(currency, row.old_cents),
        r.money(currency, row.new_cents),
        r.signed(currency, row.difference_cents)
    )
}

/// The word edits of a change whose texts are too long to show whole.
fn long_words(change: &Change) -> Option<&[WordEdit]> {
    let words = change.words.as_deref()?;
    let length =
        change.old.as_ref().map_or(0, String::len) + change.new.as_ref().map_or(0, String::len);
    (length > 80).then_some(words)
}

/// One line: "resultaat ‘Fase 1’: termijn 31 december 2027 -> 31 maart 2028".
fn line(change: &Change, r: &Reader, markdown: bool) -> String {
    let esc = |text: &str| {
        if markdown {
            escape_md(text)
        } else {
            text.to_string()
        }
    };
    let subject = esc(&r.subject(change));
    let show = |v: &Option<String>| {
        v.as_deref()
            .map_or_else(|| r.get("none"), |v| r.value(change, v))
    };
    let arrow = if markdown { "→" } else { "->" };
    let field = change
        .field
        .as_deref()
        .map(|f| esc(&r.field(f)))
        .unwrap_or_default();
    let what = if field.is_empty() {
        subject.clone()
    } else {
        format!("{subject}: {field}")
    };
    let summary = |v: &Option<String>| match v {
        Some(v) if change.words.is_none() => r.summary(v),
        _ => show(v),
    };
    if change.kind.ends_with("-added") {
        return r.fill(
            "added",
            &[("what", &what), ("value", &esc(&summary(&change.new)))],
        );
    }
    if change.kind.ends_with("-removed") {
        return r.fill(
            "removed",
            &[("what", &what), ("value", &esc(&summary(&change.old)))],
        );
    }
    if long_words(change).is_some() {
        return r.fill("changed_text", &[("what", &what)]);
    }
    let mut text = format!(
        "{what} {} {arrow} {}",
        esc(&show(&change.old)),
        esc(&show(&change.new))
    );
    if let Some(money) = &change.money {
        text.push_str(&format!(
            " ({})",
            esc(&r.signed(&money.currency, money.difference_cents))
        ));
    }
    text
}

/// The text with deletions and insertions marked, long equal runs shortened.
fn inline_words(words: &[WordEdit], del: &str, del_end: &str, ins: &str, ins_end: &str) -> String {
    let mut out = String::new();
    for (i, edit) in words.iter().enumerate() {
        match edit.op {
            "delete" => out.push_str(&marked(&edit.text, del, del_end)),
            "insert" => out.push_str(&marked(&edit.text, ins, ins_end)),
            _ => out.push_str(&shorten(&edit.text, i == 0, i + 1 == words.len())),
        }
    }
    out.replace('\n', " ")
}

/// A space for each end of `text` that starts or ends with whitespace.
fn edge_spaces(text: &str) -> (&'static str, &'static str) {
    let space = |yes: bool| if yes { " " } else { "" };
    (
        space(text.starts_with(char::is_whitespace)),
        space(text.ends_with(char::is_whitespace)),
    )
}

/// Edited words between markers, surrounding spaces kept outside them.
fn marked(text: &str, start: &str, end: &str) -> String {
    let (lead, trail) = edge_spaces(text);
    format!("{lead}{start}{}{end}{trail}", text.trim())
}

/// An equal run with only the words next to edits kept.
fn shorten(text: &str, first: bool, last: bool) -> String {
    let words: Vec<&str> = text.split_whitespace().collect();
    if words.is_empty() {
        return " ".to_string();
    }
    let (lead, trail) = edge_spaces(text);
    let keep_start = if first { 0 } else { CONTEXT_WORDS };
    let keep_end = if last { 0 } else { CONTEXT_WORDS };
    if words.len() <= keep_start + keep_end + 1 {
        return format!("{lead}{}{trail}", words.join(" "));
    }
    let head = words[..keep_start].join(" ");
    let tail = words[words.len() - keep_end..].join(" ");
    let head = if head.is_empty() {
        String::new()
    } else {
        format!("{lead}{head} ")
    };
    let tail = if tail.is_empty() {
        String::new()
    } else {
        format!(" {tail}{trail}")
    };
    format!("{head}…{tail}")
}

/// Text for Markdown, through the one Markdown escaper.
fn escape_md(text: &str) -> String {
    crate::render::escape::inline(text)
}

/// The diff as a Markdown section, worded by `r`: changes per section, then a money table.
#[must_use]
pub fn markdown(diff: &Diff, r: &Reader) -> String {
    let mut out = format!("## {}\n\n", r.get("heading"));
    if diff.changes.is_empty() {
        out.push_str(&format!("{}\n", r.get("no_changes_md")));
        return out;
    }
    out.push_str(&format!("{}.\n", r.count(diff.changes.len())));
    let mut section = "";
    for change in &diff.changes {
        if change.section != section {
            section = change.section;
            out.push_str(&format!(
                "\n### {}\n\n",
                escape_md(&capitalise(&r.section(section)))
            ));
        }
        out.push_str(&format!("- {}\n", line(change, r, true)));
        if let Some(words) = long_words(change) {
            let escaped: Vec<WordEdit> = words
                .iter()
                .map(|w| WordEdit {
                    op: w.op,
                    text: escape_md(&w.text),
                })
                .collect();
            out.push_str(&format!(
                "\n  > {}\n\n",
                inline_words(&escaped, "~~", "~~", "**", "**")
            ));
        }
    }
    money_table(diff, r, &mut out);
    out
}

fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

fn money_table(diff: &Diff, r: &Reader, out: &mut String) {
    let rows: Vec<&Change> = diff.changes.iter().filter(|c| c.money.is_some()).collect();
    if rows.is_empty() {
        return;
    }
    let head: Vec<String> = ["party", "contribution", "old", "new", "difference"]
        .iter()
        .map(|h| escape_md(&r.get(&format!("head.{h}"))))
        .collect();
    out.push_str(&format!(
        "\n### {}\n\n| {} |\n| --- | --- | ---: | ---: | ---: |\n",
        escape_md(&r.get("money")),
        head.join(" | ")
    ));
    for money in rows.iter().filter_map(|c| c.money.as_ref()) {
        let cur = &money.currency;
        out.push_str(&format!(
            "| {} | {} | {} | {} | {} |\n",
            escape_md(&r.party(&money.party)),
            escape_md(&r.kind(&money.kind, money.ceiling)),
            escape_md(&r.money(cur, money.old_cents)),
            escape_md(&r.money(cur, money.new_cents)),
            escape_md(&r.signed(cur, money.difference_cents)),
        ));
    }
    for row in &diff.committed {
        let cur = &row.currency;
        let party = if row.party == "total" {
            format!("**{}**", escape_md(&r.get("committed_total")))
        } else {
            escape_md(&r.fill("committed_of", &[("party", &r.party(&row.party))]))
        };
        out.push_str(&format!(
            "| {party} | {} | {} | {} | {} |\n",
            escape_md(&r.get("all")),
            escape_md(&r.money(cur, row.old_cents)),
            escape_md(&r.money(cur, row.new_cents)),
            escape_md(&r.signed(cur, row.difference_cents)),
        ));
    }
}
