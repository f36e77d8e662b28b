//! Quick fixes for the common gaps: each builds a text edit from the model.

use lsp_types::{CodeAction, CodeActionKind, TextEdit};

use super::analysis::Analysis;
use super::navigate::workspace_edit;
use crate::check::rules::total_mismatch::amount;
use crate::check::rules::unknown_party::closest;
use crate::diagnostics::Diagnostic;
use crate::source::{FileId, Span};

/// The quick fixes for the diagnostics of `file` that overlap bytes `start..end`.
pub(crate) fn quick_fixes(
    analysis: &Analysis,
    file: FileId,
    start: usize,
    end: usize,
) -> Vec<CodeAction> {
    analysis
        .diagnostics
        .iter()
        .filter(|d| {
            let s = d.primary.span;
            s.file == file && s.start as usize <= end && start <= s.end as usize
        })
        .filter_map(|d| {
            let (title, edits) = fix(analysis, d)?;
            action(analysis, d, title, edits)
        })
        .collect()
}

type Edits = Vec<(Span, String)>;

fn fix(analysis: &Analysis, d: &Diagnostic) -> Option<(String, Edits)> {
    match d.code {
        "C006" => representative(analysis, d.primary.span),
        "C001" => endorse(analysis, d.primary.span),
        "N002" => total(analysis, d.primary.span),
        "R001" | "R002" | "R004" => nearest(analysis, d),
        "R007" => nearest_referent(analysis, d),
        _ => None,
    }
}

fn action(analysis: &Analysis, d: &Diagnostic, title: String, edits: Edits) -> Option<CodeAction> {
    let mut changes = Vec::new();
    for (span, new_text) in edits {
        changes.push((
            analysis.uri(span.file)?,
            TextEdit::new(analysis.range(span), new_text),
        ));
    }
    Some(CodeAction {
        title,
        kind: Some(CodeActionKind::QUICKFIX),
        diagnostics: Some(vec![analysis.to_lsp(d)]),
        edit: Some(workspace_edit(changes)),
        is_preferred: Some(true),
        ..CodeAction::default()
    })
}

/// C006: a representative skeleton in a party without one, or a mandate in a representative.
fn representative(analysis: &Analysis, at: Span) -> Option<(String, Edits)> {
    let a = &analysis.loaded.agreement;
    if let Some(party) = a.parties.iter().find(|p| p.id.span == at) {
        let body = "representative \"...\" {\n  capacity \"...\"\n  mandate  \"...\"\n}";
        let edit = insert_before_close(analysis, party.span, body)?;
        return Some((
            format!("Add a representative to `{}`", party.id.value),
            vec![edit],
        ));
    }
    let r = a
        .parties
        .iter()
        .flat_map(|p| &p.representatives)
        .find(|r| r.name.span == at)?;
    let edit = insert_before_close(analysis, r.span, "mandate \"...\"")?;
    Some((
        format!("Add a mandate for \"{}\"", r.name.value),
        vec![edit],
    ))
}

/// C001: the party added to `endorsed-by`.
fn endorse(analysis: &Analysis, at: Span) -> Option<(String, Edits)> {
    let a = &analysis.loaded.agreement;
    let party = a.parties.iter().find(|p| p.id.span == at)?;
    let ambition = a.ambition.as_ref()?;
    let id = &party.id.value;
    let edit = match ambition.endorsed_by.last() {
        Some(last) => (
            Span {
                start: last.span.end,
                ..last.span
            },
            format!(", {id}"),
        ),
        None => insert_before_close(analysis, ambition.span, &format!("endorsed-by {id}"))?,
    };
    Some((format!("Add `{id}` to endorsed-by"), vec![edit]))
}

/// N002: the stated total replaced by the sum of the committed contributions.
fn total(analysis: &Analysis, at: Span) -> Option<(String, Edits)> {
    let investment = analysis.loaded.agreement.investment.as_ref()?;
    let stated = investment.total.as_ref().filter(|t| t.span == at)?;
    let currency = stated.value.currency;
    let committed = investment.contributions.iter().filter(|c| !c.ceiling);
    let mut sum: i128 = 0;
    for c in committed {
        if c.amount.value.currency != currency {
            return None;
        }
        sum += i128::from(c.amount.value.cents);
    }
    let written = amount(currency.as_str(), sum);
    Some((format!("Write `total {written}`"), vec![(at, written)]))
}

/// R001, R002, R004: an unknown id replaced by the nearest declared one of its kind.
fn nearest(analysis: &Analysis, d: &Diagnostic) -> Option<(String, Edits)> {
    let span = d.primary.span;
    let symbols = &analysis.symbols;
    if symbols.declarations.iter().any(|x| x.id.span == span) {
        return None;
    }
    let reference = symbols.references.iter().find(|r| r.span == span)?;
    let kinds = match d.code {
        "R004" => &reference.kinds[..1],
        _ => reference.kinds,
    };
    let names: Vec<&str> = symbols
        .names(kinds)
        .iter()
        .map(|x| x.id.value.as_str())
        .collect();
    let near = closest(&reference.name, &names)?;
    Some((
        format!("Change to `{near}`"),
        vec![(span, near.to_string())],
    ))
}

/// R007: the id of an `[[id]]` that names nothing replaced by the nearest id a
/// reference may name (the one the diagnostic's help suggests).
fn nearest_referent(analysis: &Analysis, d: &Diagnostic) -> Option<(String, Edits)> {
    let span = d.primary.span;
    let written = analysis.text(span.file).get(span.range())?;
    let known = analysis.loaded.agreement.index().referable();
    let near = closest(written, &known)?;
    Some((
        format!("Change to `[[{near}]]`"),
        vec![(span, near.to_string())],
    ))
}

/// An edit putting `lines` (indented one step deeper than the item) on their own
/// lines just before the closing brace of the item spanning `item`.
fn insert_before_close(analysis: &Analysis, item: Span, lines: &str) -> Option<(Span, String)> {
    let text = analysis.text(item.file);
    let close = text.get(..item.end as usize)?.rfind('}')?;
    if close < item.start as usize {
        return None;
    }
    let line_start = text[..close].rfind('\n').map_or(0, |i| i + 1);
    let item_line = text[..item.start as usize].rfind('\n').map_or(0, |i| i + 1);
    let indent: String = text[item_line..]
        .chars()
        .take_while(|c| *c == ' ' || *c == '\t')
        .collect();
    let inner = format!("{indent}  ");
    let mut body = String::new();
    for line in lines.lines() {
        body.push_str(&inner);
        body.push_str(line);
        body.push('\n');
    }
    let brace_alone = text[line_start..close].trim().is_empty();
    let (at, new_text) = if brace_alone {
        (line_start, body)
    } else {
        (close, format!("\n{body}{indent}"))
    };
    Some((Span::new(item.file, at, at), new_text))
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;
    use crate::check::Levels;

    const HEADER: &str = "covenant \"T\" {\n  language en\n}\n";

    fn apply(text: &str, code: &str) -> String {
        let text = &format!("{HEADER}{text}");
        let analysis = Analysis::new(
            Path::new("t.covenant"),
            text.to_string(),
            &Levels::default(),
            None,
        );
        let d = analysis
            .diagnostics
            .iter()
            .find(|d| d.code == code)
            .unwrap_or_else(|| panic!("no {code} in {:?}", analysis.diagnostics));
        let (_, mut edits) = fix(&analysis, d).expect("a fix");
        edits.sort_by_key(|(s, _)| std::cmp::Reverse(s.start));
        let mut out = text.to_string();
        for (span, new_text) in edits {
            out.replace_range(span.range(), &new_text);
        }
        out.split_off(HEADER.len())
    }

    #[test]
    fn a_representative_skeleton_goes_before_the_closing_brace() {
        let text = "party a \"A\" {\n  sector public\n}\n";
        assert_eq!(
            apply(text, "C006"),
            "party a \"A\" {\n  sector public\n  representative \"...\" {\n    capacity \"...\"\n    mandate  \"...\"\n  }\n}\n"
        );
        let one_line = "party a \"A\" { sector public }\n";
        assert_eq!(
            apply(one_line, "C006"),
            "party a \"A\" { sector public \n  representative \"...\" {\n    capacity \"...\"\n    mandate  \"...\"\n  }\n}\n"
        );
    }

    #[test]
    fn an_unknown_party_becomes_the_nearest_known_one() {
        let text = "party gemeente \"G\" { sector public }\nambition {\n  statement \"S\"\n  endorsed-by gemeete\n}\n";
        assert!(apply(text, "R001").contains("endorsed-by gemeente\n"));
    }

    #[test]
    fn an_unknown_reference_becomes_the_nearest_referable_id() {
        let text = "party gemeente \"G\" { sector public }\nrecital \"Zoals [[gemeete]] wil.\"\n";
        assert!(apply(text, "R007").contains("Zoals [[gemeente]] wil."));
    }

    #[test]
    fn a_missing_endorsement_is_added_to_the_list() {
        let text = "party a \"A\" { sector public }\nparty b \"B\" { sector civil }\nambition {\n  statement \"S\"\n  endorsed-by a\n}\n";
        assert!(apply(text, "C001").contains("endorsed-by a, b\n"));
    }
}
