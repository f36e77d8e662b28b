//! The checks of the *Aanwijzingen voor convenanten* over today's language:
//! for each, one slip in the clean minimal agreement gives exactly that code,
//! and a near miss (the same place written in another valid way) gives nothing.
//! Under `profile = "rijksoverheid"` every example stays clean.

use std::path::Path;

use covenant::check::{Levels, Overrides, check, effective_levels};
use covenant::model::load_text;

const MINIMAL: &str = "tests/fixtures/valid/minimal.covenant";

/// The minimal agreement with each `(from, to)` replaced once.
fn edited(edits: &[(&str, &str)]) -> String {
    let mut text = std::fs::read_to_string(MINIMAL).unwrap_or_else(|e| panic!("{MINIMAL}: {e}"));
    for (from, to) in edits {
        assert_eq!(
            text.matches(from).count(),
            1,
            "`{from}` must occur once in {MINIMAL}"
        );
        text = text.replacen(from, to, 1);
    }
    text
}

fn codes(text: String, levels: &Levels) -> Vec<&'static str> {
    let loaded = load_text(Path::new("m.covenant"), "m.covenant", text);
    check(&loaded, levels).iter().map(|d| d.code).collect()
}

fn fires(code: &str, edits: &[(&str, &str)]) {
    assert_eq!(
        codes(edited(edits), &Levels::default()),
        vec![code],
        "{edits:?}"
    );
}

fn near_miss(edits: &[(&str, &str)]) {
    let mut strict = Levels::default();
    strict.deny_warnings = true;
    assert_eq!(
        codes(edited(edits), &strict),
        Vec::<&str>::new(),
        "{edits:?}"
    );
}

#[test]
fn c025_a_term_must_be_stated_and_never_is_a_term() {
    fires("C025", &[("  expires       2030-12-31\n", "")]);
    near_miss(&[
        ("expires       2030-12-31", "expires       never"),
        (
            "  renewal       \"The parties may extend this agreement once by three years by a unanimous written decision.\"\n",
            "",
        ),
    ]);
}

#[test]
fn c026_every_deliverable_names_who_delivers_it_a_group_will_do() {
    fires("C026", &[("  by         installer\n", "")]);
    near_miss(&[
        ("  by         installer\n", "  by         builders\n"),
        (
            "governance {",
            "group builders \"The builders\" { members installer, coop }\n\ngovernance {",
        ),
    ]);
}

#[test]
fn c027_an_evaluation_names_who_and_when_a_party_will_do() {
    fires("C027", &[("    on 2029-06-30\n", "")]);
    fires("C027", &[("    by \"independent bureau\"\n", "")]);
    near_miss(&[("    by \"independent bureau\"\n", "    by city\n")]);
}

#[test]
fn c029_termination_states_notice_and_grounds_consequences_are_advice() {
    fires("C029", &[("  notice       3 months\n", "")]);
    fires(
        "C029",
        &[(
            "  grounds      \"A party may terminate if circumstances change fundamentally.\"\n",
            "",
        )],
    );
    near_miss(&[("  consequences continue\n", "")]);
}

#[test]
fn c030_a_public_party_says_who_may_join_a_closed_covenant_says_why() {
    fires(
        "C030",
        &[(
            "\naccession \"Other parties in the same position may join with the consent of the steering group.\"\n",
            "",
        )],
    );
    near_miss(&[(
        "accession \"Other parties in the same position may join with the consent of the steering group.\"",
        "accession \"No other party can join: the roofs are the municipality's own.\"",
    )]);
}

#[test]
fn c039_disputes_start_with_consultation_however_long() {
    fires(
        "C039",
        &[(
            "  consultation 30 days\n  then mediation\n",
            "  mediation\n",
        )],
    );
    near_miss(&[(
        "  consultation 30 days\n  then mediation\n",
        "  consultation 2 weeks\n",
    )]);
}

#[test]
fn c021_legislation_with_a_public_party_competition_with_two_businesses() {
    fires("C021", &[("  legislation \"Energy Act\"\n", "")]);
    fires("C021", &[("  sector civil\n", "  sector private\n")]);
    near_miss(&[
        ("  sector civil\n", "  sector private\n"),
        (
            "  state-aid   \"The municipal grant is de minimis aid.\"\n",
            "  state-aid   \"The municipal grant is de minimis aid.\"\n  competition \"The cooperative and the installer do not compete.\"\n",
        ),
    ]);
}

const PUBLICATION: &str = "  publication   \"Municipal Gazette of Riverside\"\n";
const ACCESSION: &str = "\naccession \"Other parties";

/// The edits that make the municipality a ministry that publishes in the Staatscourant.
const NATIONAL: [(&str, &str); 2] = [
    (
        "party city \"Municipality of Riverside\" {\n  sector public\n",
        "party city \"Minister of Energy\" {\n  sector public\n  tier   national\n  acting-for \"the State of the Netherlands\"\n",
    ),
    (
        PUBLICATION,
        "  publication   \"Government Gazette (Staatscourant)\"\n",
    ),
];

/// The edits that record the legal review and the choice of a covenant (C038).
const RECORDED: [(&str, &str); 2] = [
    (
        "  governing-law \"the laws of the Netherlands\"\n",
        "  governing-law \"the laws of the Netherlands\"\n  legal-review \"Legal Affairs, advice of 2025-11-20\"\n",
    ),
    (
        "  legislation \"Energy Act\"\n",
        "  legislation \"Energy Act\"\n  instrument \"No rule is needed for the municipality's own roofs.\"\n",
    ),
];

const AMENDMENT: (&str, &str) = (
    ACCESSION,
    "\namendment { procedure \"In writing, by all parties.\" }\n\naccession \"Other parties",
);

#[test]
fn c028_a_summary_says_where_the_full_text_lies_open_the_rijk_names_the_staatscourant() {
    fires(
        "C028",
        &[(
            PUBLICATION,
            "  publication { in \"Municipal Gazette\" extent summary }\n",
        )],
    );
    near_miss(&[(
        PUBLICATION,
        "  publication { in \"Municipal Gazette\" extent summary inspection \"the town hall\" }\n",
    )]);
    fires("C028", &[NATIONAL[0], AMENDMENT, RECORDED[0], RECORDED[1]]);
    near_miss(&[
        NATIONAL[0],
        NATIONAL[1],
        AMENDMENT,
        RECORDED[0],
        RECORDED[1],
    ]);
}

const PARTLY: (&str, &str) = ("enforceable   yes", "enforceable   partly");

#[test]
fn c031_partly_enforceable_says_so_per_deliverable() {
    fires("C031", &[PARTLY]);
    fires(
        "C031",
        &[(
            "  acceptance \"Grid",
            "  enforceable no\n  acceptance \"Grid",
        )],
    );
    near_miss(&[
        PARTLY,
        (
            "  acceptance \"Grid",
            "  enforceable no\n  acceptance \"Grid",
        ),
    ]);
    near_miss(&[(
        "  acceptance \"Grid",
        "  enforceable yes\n  acceptance \"Grid",
    )]);
}

#[test]
fn c012_partly_enforceable_needs_disputes_only_when_a_deliverable_is_enforceable() {
    let no_disputes = (
        "disputes {\n  consultation 30 days\n  then mediation\n  then court   \"District Court of Riverside\"\n}\n",
        "",
    );
    let own = |word: &'static str| ("  acceptance \"Grid", word);
    near_miss(&[
        PARTLY,
        own("  enforceable no\n  acceptance \"Grid"),
        no_disputes,
    ]);
    let found = codes(
        edited(&[
            PARTLY,
            own("  enforceable yes\n  acceptance \"Grid"),
            no_disputes,
        ]),
        &Levels::default(),
    );
    assert!(found.contains(&"C012"), "{found:?}");
}

const MILESTONE: (&str, &str) = (
    "  target    10 by 2029-12-31\n",
    "  target    10 by 2029-12-31\n  milestone 4 by 2027-12-31\n",
);

#[test]
fn c032_an_implementing_covenant_is_published_in_full_and_can_be_amended() {
    let implements = (
        "  legislation \"Energy Act\"\n",
        "  legislation \"Energy Act\"\n  implements  \"Directive (EU) 2018/2001\"\n",
    );
    fires("C032", &[implements]);
    near_miss(&[
        implements,
        (
            PUBLICATION,
            "  publication { in \"Municipal Gazette\" extent full }\n",
        ),
        AMENDMENT,
        MILESTONE,
    ]);
}

#[test]
fn c033_public_law_powers_come_with_a_reservation_and_third_parties() {
    let powers = (
        "  legislation \"Energy Act\"\n",
        "  legislation \"Energy Act\"\n  powers \"the building permits\"\n",
    );
    fires("C033", &[powers]);
    near_miss(&[(
        "  legislation \"Energy Act\"\n",
        "  legislation \"Energy Act\"\n  powers \"the building permits\"\n  reservation \"Permits follow the statutory procedure.\"\n  third-parties \"Neighbours were heard.\"\n",
    )]);
}

#[test]
fn c034_a_paying_ministry_acts_for_the_state() {
    let without_state = (
        "  tier   national\n  acting-for \"the State of the Netherlands\"\n",
        "  tier   national\n",
    );
    let text = edited(&[
        NATIONAL[0],
        NATIONAL[1],
        AMENDMENT,
        RECORDED[0],
        RECORDED[1],
    ]);
    let loaded = load_text(
        Path::new("m.covenant"),
        "m.covenant",
        text.replacen(without_state.0, without_state.1, 1),
    );
    let found: Vec<_> = check(&loaded, &Levels::default())
        .iter()
        .map(|d| d.code)
        .collect();
    assert_eq!(found, vec!["C034"]);
    near_miss(&[
        NATIONAL[0],
        NATIONAL[1],
        AMENDMENT,
        RECORDED[0],
        RECORDED[1],
    ]);
}

#[test]
fn c035_public_confidentiality_gives_way_to_the_woo() {
    let secret = |block: &str| {
        (
            ACCESSION,
            format!("\nconfidentiality {{ {block} }}\n\naccession \"Other parties"),
        )
    };
    let bare = secret("covers \"the cost reports\"");
    fires("C035", &[(bare.0, bare.1.as_str())]);
    let kept = secret("covers \"the cost reports\" subject-to \"the Woo and the Archiefwet\"");
    near_miss(&[(kept.0, kept.1.as_str())]);
}

#[test]
fn c036_a_ministry_says_how_the_agreement_is_amended_a_municipality_need_not() {
    fires(
        "C036",
        &[NATIONAL[0], NATIONAL[1], RECORDED[0], RECORDED[1]],
    );
    near_miss(&[
        NATIONAL[0],
        NATIONAL[1],
        AMENDMENT,
        RECORDED[0],
        RECORDED[1],
    ]);
    near_miss(&[]);
}

#[test]
fn c037_a_public_party_promises_rules_as_an_effort_only() {
    let bylaw = |by: &str, obligation: &str| {
        format!(
            "deliverable bylaw \"Solar roofs bylaw\" {{\n  by {by}\n  serves roofs\n  due 2027-06-30\n  obligation {obligation}\n  legislative yes\n}}\n\ninvestment {{"
        )
    };
    let result = bylaw("city", "result");
    fires("C037", &[("investment {", result.as_str())]);
    let effort = bylaw("city", "effort");
    near_miss(&[("investment {", effort.as_str())]);
    let private = bylaw("installer", "result");
    near_miss(&[("investment {", private.as_str())]);
}

#[test]
fn c038_a_ministry_records_the_legal_review_and_the_choice_of_a_covenant() {
    fires("C038", &[NATIONAL[0], NATIONAL[1], AMENDMENT, RECORDED[0]]);
    fires("C038", &[NATIONAL[0], NATIONAL[1], AMENDMENT, RECORDED[1]]);
    near_miss(&[
        NATIONAL[0],
        NATIONAL[1],
        AMENDMENT,
        RECORDED[0],
        RECORDED[1],
    ]);
    near_miss(&[RECORDED[1]]);
}

#[test]
fn t004_a_statute_that_starts_the_agreement_is_cited() {
    let condition =
        |text: &str| format!("  effective     2026-01-01\n  condition     \"{text}\"\n");
    let bare = condition("the Wet collectieve warmte has entered into force");
    fires("T004", &[("  effective     2026-01-01\n", bare.as_str())]);
    let compound = condition("de Warmtewet is gewijzigd");
    fires(
        "T004",
        &[("  effective     2026-01-01\n", compound.as_str())],
    );
    let cited = condition("the Wet collectieve warmte (Stb. 2026, 45) has entered into force");
    near_miss(&[("  effective     2026-01-01\n", cited.as_str())]);
    let decision = condition("the council has taken its raadsbesluit on the grant");
    near_miss(&[("  effective     2026-01-01\n", decision.as_str())]);
}

#[test]
fn every_example_is_clean_under_the_rijksoverheid_profile() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let config = dir.path().join("covenant.toml");
    std::fs::write(&config, "profile = \"rijksoverheid\"\n").unwrap_or_else(|e| panic!("{e}"));
    let mut files: Vec<_> = std::fs::read_dir("examples")
        .unwrap_or_else(|e| panic!("{e}"))
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "covenant"))
        .collect();
    files.sort();
    assert!(files.len() >= 4);
    for path in files {
        let levels = effective_levels(&path, Some(&config), &Overrides::default())
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(levels.level("C030"), Some(covenant::check::Level::Deny));
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{e}"));
        let loaded = load_text(&path, &path.to_string_lossy(), text);
        let found: Vec<_> = check(&loaded, &levels)
            .iter()
            .map(|d| (d.code, d.message.clone()))
            .collect();
        assert!(found.is_empty(), "{}: {found:#?}", path.display());
    }
}

#[test]
fn the_rijksoverheid_profile_turns_an_aanwijzing_warning_into_an_error() {
    let levels = covenant::check::profiles::Profile::Rijksoverheid.levels();
    let text = edited(&[(
        "\naccession \"Other parties in the same position may join with the consent of the steering group.\"\n",
        "",
    )]);
    let loaded = load_text(Path::new("m.covenant"), "m.covenant", text);
    let found = check(&loaded, &levels);
    assert_eq!(found.len(), 1);
    assert!(found[0].is_error(), "{:?}", found[0]);
}

#[test]
fn the_aanwijzingen_table_lists_every_rule_that_cites_one() {
    let table =
        std::fs::read_to_string("docs/rules/aanwijzingen.md").unwrap_or_else(|e| panic!("{e}"));
    for rule in covenant::check::RULES {
        let Some(source) = rule.aanwijzing else {
            continue;
        };
        let row = table
            .lines()
            .find(|l| l.starts_with(&format!("| {} {} |", rule.code, rule.name)))
            .unwrap_or_else(|| panic!("{} has no row in docs/rules/aanwijzingen.md", rule.code));
        let marked = row.trim_end().ends_with("| duty |");
        assert_eq!(marked, source.must, "{row}");
    }
}
