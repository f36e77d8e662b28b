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
    let mut actors: Vec<(&str, &Id)> = a.parties.iter().map(|p| ("party", &p.id)).collect();
    let later = [
        ("group", a.groups.iter().map(|g| &g.id).collect::<Vec<_>>()),
        ("external", a.externals.iter().map(|e| &e.id).collect()),
        ("entity", a.entities.iter().map(|e| &e.id).collect()),
    ];
    for (kind, ids) in later {
        for id in &ids {
            if let Some((other, first)) = actors.iter().find(|(_, f)| f.value == id.value) {
                out.push(
                    Diagnostic::error(
                        "R003",
                        format!("{kind} `{}` has the identifier of {other} `{}`", id.value, first.value),
                        id.span,
                    )
                    .with_label(format!("also a {other}"))
                    .with_secondary(first.span, "first defined here")
                    .with_help(format!(
                        "parties, groups, externals and entities stand in the same places; give the {kind} its own identifier"
                    )),
                );
            }
        }
        actors.extend(ids.into_iter().map(|id| (kind, id)));
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
        ("external", a.externals.iter().map(|e| &e.id).collect()),
        ("entity", a.entities.iter().map(|e| &e.id).collect()),
        ("annex", a.annexes.iter().map(|x| &x.id).collect()),
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

#[cfg(test)]
mod tests {
    use super::check;

    fn messages(text: &str) -> Vec<String> {
        crate::check::run_rule(check, text).1
    }

    #[test]
    fn an_external_or_entity_may_not_take_an_actor_id() {
        let text = "party a \"A\" {}\nexternal a \"EU\" {}\nentity a \"B.V.\" {}\n";
        assert_eq!(
            messages(text),
            [
                "external `a` has the identifier of party `a`",
                "entity `a` has the identifier of party `a`"
            ]
        );
    }

    #[test]
    fn annexes_are_checked_among_themselves() {
        let text = "annex k \"K\" {}\nannex k \"L\" {}\n";
        assert_eq!(messages(text), ["annex `k` is defined twice"]);
    }

    #[test]
    fn distinct_actors_are_fine() {
        assert!(
            messages("party a \"A\" {}\nexternal eu \"EU\" {}\nentity bv \"B.V.\" {}\n").is_empty()
        );
    }
}
