//! The last items of the *Aanwijzingen voor convenanten* over the clean fixture that uses
//! them all: each is rendered in Dutch and English, `diff` reports a change of each, and the
//! JSON export carries it.

use std::path::Path;

use covenant::compare::compare;
use covenant::model::words::Language;
use covenant::model::{Loaded, load_text};
use covenant::render::{Options, render_markdown};

const ITEMS: &str = "tests/fixtures/valid/aanwijzingen_items.covenant";

fn read() -> String {
    std::fs::read_to_string(ITEMS).unwrap_or_else(|e| panic!("{ITEMS}: {e}"))
}

/// The fixture with each `(from, to)` replaced (each exactly once).
fn edited(edits: &[(&str, &str)]) -> String {
    let mut text = read();
    for (from, to) in edits {
        assert_eq!(text.matches(from).count(), 1, "`{from}` must occur once");
        text = text.replacen(from, to, 1);
    }
    text
}

fn loaded(text: String) -> Loaded {
    let loaded = load_text(Path::new(ITEMS), ITEMS, text);
    assert!(loaded.diagnostics.is_empty(), "{:?}", loaded.diagnostics);
    loaded
}

/// The document in `language`, as Markdown.
fn document(language: Language) -> String {
    let options = Options {
        language: Some(language),
        ..Options::default()
    };
    render_markdown(&loaded(read()).agreement, &options).expect("renders")
}

/// The paths of the changes between the fixture and the fixture edited.
fn changes(edits: &[(&str, &str)]) -> Vec<String> {
    let old = loaded(read());
    let new = loaded(edited(edits));
    compare(&old.agreement, &new.agreement)
        .changes
        .iter()
        .map(|c| c.path.clone())
        .collect()
}

fn json() -> serde_json::Value {
    serde_json::to_value(&loaded(read()).agreement).expect("json")
}

#[test]
fn partial_enforceability_is_said_in_the_disputes_article_and_per_deliverable() {
    let nl = document(Language::Nl);
    assert!(
        nl.contains(
            "alleen die in rechte afdwingbaar waarvan dat bij de verplichting zelf is bepaald"
        ),
        "{nl}"
    );
    assert!(
        nl.contains("Deze verplichting is in rechte afdwingbaar."),
        "{nl}"
    );
    let en = document(Language::En);
    assert!(en.contains("only those stated to be so"), "{en}");
    assert!(
        en.contains("This obligation is legally enforceable."),
        "{en}"
    );
}

#[test]
fn diff_and_export_carry_partial_enforceability() {
    let paths = changes(&[("enforceable yes", "enforceable no")]);
    assert_eq!(paths, ["deliverables.install.enforceable"]);
    let paths = changes(&[("enforceable   partly", "enforceable   yes")]);
    assert!(
        paths.contains(&"header.enforceable".to_string()),
        "{paths:?}"
    );
    let json = json();
    assert_eq!(json["header"]["enforceable"], "partly");
    assert_eq!(json["deliverables"][0]["enforceable"], true);
}

#[test]
fn remedies_legislation_and_compliance_are_rendered() {
    let nl = document(Language::Nl);
    assert!(
        nl.contains("Wordt deze verplichting niet nagekomen, dan geldt: the installer repairs"),
        "{nl}"
    );
    assert!(nl.contains("laat de bevoegdheden en verantwoordelijkheden van de wetgever onverlet"));
    assert!(nl.contains("Naleving"), "{nl}");
    let en = document(Language::En);
    assert!(
        en.contains("If this obligation is not performed: the installer repairs"),
        "{en}"
    );
    assert!(en.contains("without prejudice to the powers and responsibilities of the legislature"));
    assert!(
        en.contains("The steering group monitors compliance each quarter"),
        "{en}"
    );
}

#[test]
fn diff_and_export_carry_remedies_legislation_and_compliance() {
    let paths = changes(&[
        ("at its own cost", "at the parties' cost"),
        ("legislative yes", "legislative no"),
        (
            "monitors compliance each quarter",
            "monitors compliance each month",
        ),
    ]);
    for path in [
        "deliverables.install.remedy",
        "deliverables.bylaw.legislative",
        "clauses.compliance",
    ] {
        assert!(paths.contains(&path.to_string()), "{path} not in {paths:?}");
    }
    assert_eq!(paths.len(), 3, "{paths:?}");
    let json = json();
    assert!(json["deliverables"][0]["remedy"].is_string());
    assert_eq!(json["deliverables"][1]["legislative"], true);
    assert!(json["compliance"].is_string());
}

#[test]
fn milestones_are_rendered_with_their_goal() {
    let nl = document(Language::Nl);
    assert!(
        nl.contains("Ten school roofs with Solar panels’: 4 uiterlijk 31 december 2027 en 7 uiterlijk 31 december 2028."),
        "{nl}"
    );
    let en = document(Language::En);
    assert!(
        en.contains(
            "Ten school roofs with Solar panels’: 4 by 31 December 2027 and 7 by 31 December 2028."
        ),
        "{en}"
    );
}

#[test]
fn diff_and_export_carry_milestones() {
    let paths = changes(&[("milestone 7 by 2028-12-31", "milestone 8 by 2028-12-31")]);
    assert_eq!(paths, ["goals.roofs.milestone"]);
    let json = json();
    assert_eq!(json["goals"][0]["milestones"][1]["by"], "2028-12-31");
    assert_eq!(json["goals"][0]["milestones"][0]["target"]["number"], "4");
}

#[test]
fn the_evaluation_follow_up_is_rendered_compared_and_exported() {
    let nl = document(Language::Nl);
    assert!(
        nl.contains("Partijen geven als volgt gevolg aan de uitkomst van de evaluatie: the steering group proposes"),
        "{nl}"
    );
    let en = document(Language::En);
    assert!(
        en.contains("The Parties follow up the outcome of the evaluation as follows: the steering group proposes"),
        "{en}"
    );
    let paths = changes(&[("within three months of the evaluation", "within a month")]);
    assert_eq!(paths, ["accountability.follow-up"]);
    assert!(json()["accountability"]["evaluation"]["follow_up"].is_string());
}

#[test]
fn a_partys_competence_is_rendered_compared_and_exported() {
    let nl = document(Language::Nl);
    assert!(
        nl.contains("bevoegd ter zake van the school buildings it owns"),
        "{nl}"
    );
    let en = document(Language::En);
    assert!(
        en.contains("competent in respect of the school buildings it owns"),
        "{en}"
    );
    let paths = changes(&[("and the municipal building permits", "")]);
    assert_eq!(paths, ["parties.city.competence"]);
    assert!(json()["parties"][0]["competence"].is_string());
}
