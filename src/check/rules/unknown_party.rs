//! R001 unknown-party: A reference to a party (or group) that is not declared.

use crate::check::Context;
use crate::check::RuleInfo;
use crate::diagnostics::Diagnostic;
use crate::diagnostics::Severity;
use crate::model::{Agreement, Evaluator, Id};
use crate::syntax::expected::edit_distance;

/// R001 unknown-party: its code, name, default level and explain page.
pub(crate) static RULE: RuleInfo = RuleInfo {
    code: "R001",
    name: "unknown-party",
    severity: Severity::Error,
    summary: "A reference to a party (or group) that is not declared.",
    explain: include_str!("../../../docs/rules/R001.md"),
    run: Some(check),
    aanwijzing: None,
};

/// Reports R001 findings.
pub(crate) fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let a = cx.agreement;
    for (id, role) in a.party_references() {
        if !a.is_actor(&id.value) {
            out.push(unknown(a, id, &format!("`{}` {role}", id.value), true));
        }
    }
    for report in a.accountability.iter().flat_map(|x| &x.reports) {
        let Some(by) = &report.by else { continue };
        if !a.is_actor(&by.value) && a.body(&by.value).is_none() {
            let what = format!("`{}` writes report `{}`", by.value, report.id.value);
            out.push(unknown(a, by, &what, true));
        }
    }
    for body in a.bodies() {
        let Some(of) = &body.of else { continue };
        if a.entity(&of.value).is_none() {
            let entities: Vec<&str> = a.entities.iter().map(|e| e.id.value.as_str()).collect();
            let help = match closest(&of.value, &entities) {
                Some(near) => format!("did you mean `{near}`?"),
                None => format!(
                    "declare `entity {} \"...\" {{ ... }}`: `of` names the entity whose organ the body is",
                    of.value
                ),
            };
            out.push(
                Diagnostic::error(
                    "R001",
                    format!(
                        "body `{}` is an organ of `{}`, but no entity `{}` is declared",
                        body.id.value, of.value, of.value
                    ),
                    of.span,
                )
                .with_label("unknown entity")
                .with_help(help),
            );
        }
    }
    for group in &a.groups {
        for member in group.members.iter().filter(|m| a.party(&m.value).is_none()) {
            let what = format!(
                "`{}` is a member of group `{}`",
                member.value, group.id.value
            );
            out.push(unknown(a, member, &what, false));
        }
    }
    if let Some(by) = a
        .accountability
        .as_ref()
        .and_then(|x| x.evaluation.as_ref())
        .and_then(|e| e.by.as_ref())
        && let Evaluator::Party(name) = &by.value
        && !a.is_party_or_group(name)
    {
        let id = Id::new(name.clone(), by.span);
        let d = unknown(a, &id, &format!("`{name}` evaluates the partnership"), true);
        out.push(d.with_help(format!(
            "declare party `{name}`, or name an outside evaluator in quotes: `by \"{name}\"`"
        )));
    }
}

fn unknown(a: &Agreement, id: &Id, what: &str, groups_allowed: bool) -> Diagnostic {
    let kinds = if groups_allowed {
        "party or group"
    } else {
        "party"
    };
    let mut candidates: Vec<&str> = a.parties.iter().map(|p| p.id.value.as_str()).collect();
    if groups_allowed {
        candidates.extend(a.groups.iter().map(|g| g.id.value.as_str()));
        candidates.extend(a.externals.iter().map(|e| e.id.value.as_str()));
        candidates.extend(a.entities.iter().map(|e| e.id.value.as_str()));
    }
    let help = match closest(&id.value, &candidates) {
        Some(near) => format!(
            "did you mean `{near}`? Otherwise declare `party {} \"...\" {{ ... }}`",
            id.value
        ),
        None if candidates.is_empty() => format!("declare `party {} \"...\" {{ ... }}`", id.value),
        None => format!(
            "declare `party {} \"...\" {{ ... }}`, or use one of: {}",
            id.value,
            candidates.join(", ")
        ),
    };
    Diagnostic::error(
        "R001",
        format!("{what}, but no {kinds} `{}` is declared", id.value),
        id.span,
    )
    .with_label(format!("unknown {kinds}"))
    .with_help(help)
}

/// The candidate nearest to `word` by edit distance, if it is close enough to be a typo.
#[must_use]
pub fn closest<'a>(word: &str, candidates: &[&'a str]) -> Option<&'a str> {
    let limit = (word.chars().count() / 3).clamp(1, 3);
    candidates
        .iter()
        .map(|c| (edit_distance(word, c), *c))
        .filter(|(d, _)| *d <= limit)
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c)
}

#[cfg(test)]
mod tests {
    use super::closest;

    #[test]
    fn typos_find_their_party() {
        assert_eq!(closest("cty", &["city", "coop"]), Some("city"));
        assert_eq!(
            closest("gemeente", &["gemeenten", "netbeheer"]),
            Some("gemeenten")
        );
        assert_eq!(closest("zzz", &["city", "coop"]), None);
    }
}

#[cfg(test)]
mod places {
    use std::path::Path;

    use crate::check::Context;
    use crate::model::load_text;

    const EVERY_ITEM: &str = include_str!("../../../tests/fixtures/valid/every_item.covenant");

    fn run(text: &str) -> Vec<String> {
        let loaded = load_text(
            Path::new("tests/fixtures/valid/every_item.covenant"),
            "t",
            text.to_string(),
        );
        let cx = Context {
            agreement: &loaded.agreement,
            sources: &loaded.sources,
        };
        let mut out = Vec::new();
        super::check(&cx, &mut out);
        out.into_iter().map(|d| d.message).collect()
    }

    #[test]
    fn the_complete_agreement_names_only_known_parties() {
        assert_eq!(run(EVERY_ITEM), Vec::<String>::new());
    }

    #[test]
    fn every_place_of_a_party_is_checked() {
        // `university` stands in every kind of place; renaming its declaration leaves them all unknown.
        let text = EVERY_ITEM.replace("party university ", "party academy ");
        let found = run(&text);
        let places = [
            "endorses the ambition",
            "owns goal `openknowledge`",
            "delivers `monitoring`",
            "contributes to the investment",
            "owns asset `dataset`",
            "operates asset `dataset`",
            "earns from asset `dataset`",
            "bears risk `performance`",
            "is a member of `steering`",
            "is a member of `panel`",
        ];
        for place in places {
            assert!(
                found.iter().any(|m| m.contains(place)),
                "{place} not reported in {found:#?}"
            );
        }
        let text = text
            .replace("chair      foundation", "chair      university")
            .replace("decided-by city", "decided-by university")
            .replace(
                "report residents \"Residents' signals\" {\n    by        foundation",
                "report residents \"Residents' signals\" {\n    by        university",
            )
            .replace("lead   waterboard", "lead   university")
            .replace(
                "members city, waterboard\n}",
                "members city, waterboard, university\n}",
            );
        let found = run(&text);
        for place in [
            "chairs `panel`",
            "decides for `panel`",
            "writes report `residents`",
            "leads theme `sources`",
            "member of group `authorities`",
        ] {
            assert!(
                found.iter().any(|m| m.contains(place)),
                "{place} not reported in {found:#?}"
            );
        }
    }
}
