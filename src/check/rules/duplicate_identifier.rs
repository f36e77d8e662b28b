//! R003 duplicate-identifier: Two items of the same kind share an identifier.

use crate::check::Context;
use crate::check::RuleInfo;
use crate::check::repeats::repeats;
use crate::diagnostics::Diagnostic;
use crate::diagnostics::Severity;
use crate::model::{Agreement, Id};

/// R003 duplicate-identifier: its code, name, default level and explain page.
pub(crate) static RULE: RuleInfo = RuleInfo {
    code: "R003",
    name: "duplicate-identifier",
    severity: Severity::Error,
    summary: "Two items of the same kind share an identifier.",
    explain: include_str!("../../../docs/rules/R003.md"),
    run: Some(check),
    aanwijzing: None,
};

/// Reports R003 findings.
pub(crate) fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    for (kind, ids) in kinds(cx.agreement) {
        duplicates(kind, &ids, out);
    }
    let a = cx.agreement;
    for group in &a.groups {
        if let Some(party) = a.party(&group.id.value) {
            out.push(
                Diagnostic::error(
                    "R003",
                    format!("group `{}` has the identifier of party `{}`", group.id.value, party.id.value),
                    group.id.span,
                )
                .with_label("also a party")
                .with_secondary(party.id.span, "first defined here")
                .with_help("parties and groups stand in the same places; give the group its own identifier"),
            );
        }
    }
}

fn kinds(a: &Agreement) -> Vec<(&'static str, Vec<&Id>)> {
    let reports = a
        .accountability
        .iter()
        .flat_map(|x| &x.reports)
        .map(|r| &r.id)
        .collect();
    let themes = a
        .agenda
        .iter()
        .flat_map(|x| &x.themes)
        .map(|t| &t.id)
        .collect();
    vec![
        ("party", a.parties.iter().map(|p| &p.id).collect()),
        ("group", a.groups.iter().map(|g| &g.id).collect()),
        ("goal", a.goals.iter().map(|g| &g.id).collect()),
        (
            "deliverable",
            a.deliverables.iter().map(|d| &d.id).collect(),
        ),
        ("asset", a.assets.iter().map(|x| &x.id).collect()),
        ("risk", a.risks.iter().map(|r| &r.id).collect()),
        ("body", a.bodies().iter().map(|b| &b.id).collect()),
        ("report", reports),
        ("theme", themes),
        ("definition", a.definitions.iter().map(|d| &d.id).collect()),
        ("clause", a.clauses.iter().map(|c| &c.id).collect()),
    ]
}

fn duplicates(kind: &str, ids: &[&Id], out: &mut Vec<Diagnostic>) {
    for (first, id) in repeats(ids) {
        out.push(
            Diagnostic::error(
                "R003",
                format!("{kind} `{}` is defined twice", id.value),
                id.span,
            )
            .with_label(format!("second {kind} `{}`", id.value))
            .with_secondary(first.span, "first defined here")
            .with_help(format!(
                "identifiers are unique per kind: rename one of the two {kind}s, or merge them"
            )),
        );
    }
}
