//! The numbered articles, in the customary order; empty ones are left out.

mod assets;
mod commitments;
mod ending;
mod money;
mod organisation;
mod preamble;

pub use money::totals;

use super::context::{Block, Section, Table};
use super::escape::block;
use super::words::Words;

/// A paragraph.
pub fn para(text: String) -> Block {
    Block::Paragraph { text }
}

/// A bulleted list.
pub fn list(items: Vec<String>) -> Block {
    Block::List { items }
}

/// A table; `right` names the columns aligned right.
pub fn table(w: &Words, header: &[&str], right: &[usize], rows: Vec<Vec<String>>) -> Block {
    Block::Table(Table {
        header: header.iter().map(|h| w.get(h)).collect(),
        align: (0..header.len())
            .map(|i| if right.contains(&i) { "right" } else { "left" })
            .collect(),
        rows,
    })
}

/// `**label** text`.
fn labelled(w: &Words, label: &str, text: &str) -> String {
    format!("**{}** {}", w.get(label), w.text(text))
}

/// Every article with content, numbered from 1.
///
/// # Errors
/// A total of contributions too large to compute.
pub fn articles(w: &Words) -> Result<Vec<Section>, String> {
    let mut out: Vec<(String, String, Vec<Block>)> = Vec::new();
    let mut add = |key: &str, title: String, blocks: Vec<Block>| {
        if !blocks.is_empty() {
            out.push((key.to_string(), title, blocks));
        }
    };
    add(
        "definitions",
        w.get("article.definitions"),
        preamble::definitions(w),
    );
    add(
        "legal-framework",
        w.get("article.legal_framework"),
        preamble::legal_framework(w),
    );
    add("ambition", w.get("article.ambition"), preamble::ambition(w));
    add("goals", w.get("article.goals"), preamble::goals(w));
    add(
        "commitments",
        w.get("article.commitments"),
        commitments::commitments(w),
    );
    add(
        "contributions",
        w.get("article.contributions"),
        money::contributions(w)?,
    );
    add("risks", w.get("article.risks"), assets::risks(w));
    add(
        "ownership",
        w.get("article.ownership"),
        assets::ownership(w),
    );
    add(
        "operation",
        w.get("article.operation"),
        assets::operation(w),
    );
    add(
        "governance",
        w.get("article.governance"),
        organisation::governance(w),
    );
    add(
        "accountability",
        w.get("article.accountability"),
        organisation::accountability(w),
    );
    add("agenda", w.get("article.agenda"), organisation::agenda(w));
    for clause in &w.agreement.clauses {
        add(
            "clause",
            w.text(&clause.title.value),
            vec![para(block(&clause.text.value))],
        );
    }
    let text =
        |value: &Option<crate::model::Text>| value.iter().map(|t| para(w.text(&t.value))).collect();
    add(
        "accession",
        w.get("article.accession"),
        text(&w.agreement.accession),
    );
    add(
        "amendment",
        w.get("article.amendment"),
        text(&w.agreement.amendment),
    );
    add(
        "termination",
        w.get("article.termination"),
        ending::termination(w),
    );
    add("disputes", w.get("article.disputes"), ending::disputes(w));
    let header = &w.agreement.header;
    let law = header
        .governing_law
        .iter()
        .map(|l| para(w.fill("law.text", &[("law", &w.text(&l.value))])))
        .collect();
    add("governing-law", w.get("article.governing_law"), law);
    add("term", w.get("article.term"), ending::term(w));
    let publication = header
        .publication
        .iter()
        .map(|p| para(w.fill("publication.text", &[("where", &w.text(&p.value))])))
        .collect();
    add("publication", w.get("article.publication"), publication);
    let short = header
        .short_title
        .iter()
        .map(|s| para(w.fill("short_title.text", &[("short", &w.text(&s.value))])))
        .collect();
    add("short-title", w.get("article.short_title"), short);
    Ok(out
        .into_iter()
        .enumerate()
        .map(|(i, (key, title, blocks))| Section {
            number: i + 1,
            key,
            title,
            blocks,
        })
        .collect())
}
