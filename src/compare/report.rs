//! The diff written for people: plain text for terminals, Markdown for reviewers.

use super::change::{Change, WordEdit};
use super::money::{format_cents, format_signed};
use super::{Diff, PartyMoney};

/// Equal words kept on each side of an edit in a shortened text diff.
const CONTEXT_WORDS: usize = 6;

/// The diff as grouped, readable lines; `None` when equal.
#[must_use]
pub fn human(diff: &Diff) -> String {
    let mut out = String::new();
    let mut section = "";
    for change in &diff.changes {
        if change.section != section {
            section = change.section;
            out.push_str(&format!("{section}:\n"));
        }
        out.push_str(&format!("  {}\n", line(change, false)));
        if let Some(words) = long_words(change) {
            out.push_str(&format!(
                "      {}\n",
                inline_words(words, "[-", "-]", "{+", "+}")
            ));
        }
    }
    if !diff.committed.is_empty() {
        out.push_str("committed money:\n");
        for row in &diff.committed {
            out.push_str(&format!("  {}\n", money_line(row)));
        }
    }
    let count = diff.changes.len();
    let plural = if count == 1 { "" } else { "s" };
    if count == 0 {
        out.push_str("no changes in meaning\n");
    } else {
        out.push_str(&format!("{count} change{plural}\n"));
    }
    out
}

fn money_line(row: &PartyMoney) -> String {
    let currency = &row.currency;
    format!(
        "{}: {currency} {} -> {currency} {} ({})",
        row.party,
        format_cents(row.old_cents),
        format_cents(row.new_cents),
        format_signed(currency, row.difference_cents)
    )
}

/// The word edits of a change whose texts are too long to show whole.
fn long_words(change: &Change) -> Option<&[WordEdit]> {
    let words = change.words.as_deref()?;
    let length =
        change.old.as_ref().map_or(0, String::len) + change.new.as_ref().map_or(0, String::len);
    (length > 80).then_some(words)
}

/// One line: `deliverable fase1: due 2027-12-31 -> 2028-03-31`.
fn line(change: &Change, markdown: bool) -> String {
    let esc = |text: &str| {
        if markdown {
            escape_md(text)
        } else {
            text.to_string()
        }
    };
    let subject = esc(&change.subject);
    let show = |v: &Option<String>| v.as_deref().map_or("(none)".to_string(), esc);
    let arrow = if markdown { "→" } else { "->" };
    let field = change.field.as_deref().map(esc).unwrap_or_default();
    let what = if field.is_empty() {
        subject.clone()
    } else {
        format!("{subject}: {field}")
    };
    if change.kind.ends_with("-added") {
        return format!("{what} added: {}", show(&change.new));
    }
    if change.kind.ends_with("-removed") {
        return format!("{what} removed: {}", show(&change.old));
    }
    if long_words(change).is_some() {
        return format!("{subject}: {field} changed");
    }
    let mut text = format!(
        "{subject}: {field} {} {arrow} {}",
        show(&change.old),
        show(&change.new)
    );
    if let Some(money) = &change.money {
        text.push_str(&format!(
            " ({})",
            esc(&format_signed(&money.currency, money.difference_cents))
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

/// Markdown-significant characters escaped with a backslash.
#[must_use]
pub fn escape_md(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '#' | '~' | '{' | '}' => {
                out.push('\\');
                out.push(c);
            }
            '\n' => out.push(' '),
            _ => out.push(c),
        }
    }
    out
}

/// The diff as a Markdown section: changes per section, then a money table.
#[must_use]
pub fn markdown(diff: &Diff) -> String {
    let mut out = String::from("## Changes to the agreement\n\n");
    if diff.changes.is_empty() {
        out.push_str("No changes in meaning.\n");
        return out;
    }
    let count = diff.changes.len();
    out.push_str(&format!(
        "{count} change{}.\n",
        if count == 1 { "" } else { "s" }
    ));
    let mut section = "";
    for change in &diff.changes {
        if change.section != section {
            section = change.section;
            out.push_str(&format!("\n### {}\n\n", title(section)));
        }
        out.push_str(&format!("- {}\n", line(change, true)));
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
    money_table(diff, &mut out);
    out
}

fn money_table(diff: &Diff, out: &mut String) {
    let rows: Vec<&Change> = diff.changes.iter().filter(|c| c.money.is_some()).collect();
    if rows.is_empty() {
        return;
    }
    out.push_str("\n### Money\n\n| Party | Contribution | Old | New | Difference |\n| --- | --- | ---: | ---: | ---: |\n");
    for money in rows.iter().filter_map(|c| c.money.as_ref()) {
        let kind = if money.ceiling {
            format!("up-to {}", money.kind)
        } else {
            money.kind.clone()
        };
        let cur = &money.currency;
        out.push_str(&format!(
            "| {} | {} | {} | {} | {} |\n",
            escape_md(&money.party),
            escape_md(&kind),
            escape_md(&format!("{cur} {}", format_cents(money.old_cents))),
            escape_md(&format!("{cur} {}", format_cents(money.new_cents))),
            escape_md(&format_signed(cur, money.difference_cents)),
        ));
    }
    for row in &diff.committed {
        let cur = &row.currency;
        let party = if row.party == "total" {
            "**committed total**".to_string()
        } else {
            format!("{} (committed)", escape_md(&row.party))
        };
        out.push_str(&format!(
            "| {party} | all | {} | {} | {} |\n",
            escape_md(&format!("{cur} {}", format_cents(row.old_cents))),
            escape_md(&format!("{cur} {}", format_cents(row.new_cents))),
            escape_md(&format_signed(cur, row.difference_cents)),
        ));
    }
}

fn title(section: &str) -> &str {
    match section {
        "header" => "Header",
        "termination" => "Termination",
        "parties" => "Parties",
        "groups" => "Groups",
        "recitals" => "Recitals",
        "definitions" => "Definitions",
        "ambition" => "Ambition",
        "publication" => "Publication",
        "accession" => "Accession",
        "amendment" => "Amendment",
        "confidentiality" => "Confidentiality",
        "legal-framework" => "Legal framework",
        "goals" => "Goals",
        "deliverables" => "Deliverables",
        "investment" => "Contributions",
        "assets" => "Assets",
        "risks" => "Risks",
        "governance" => "Governance",
        "clauses" => "Clauses",
        "notices" => "Notices",
        "liability" => "Liability",
        other => other,
    }
}
