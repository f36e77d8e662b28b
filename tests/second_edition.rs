//! The second edition of the language over the two examples that use it:
//! each changed or new rule fires on one realistic slip and stays silent on the
//! clean example (near misses), new items are compared by `diff`, and the model
//! exports them.

use std::path::Path;

use covenant::check::{Levels, check};
use covenant::compare::compare;
use covenant::diagnostics::{Diagnostic, Severity};
use covenant::model::{Loaded, load_text};

const GRENSBEEK: &str = "examples/gemaal-grensbeek.covenant";
const KANAALZONE: &str = "examples/ontwikkelingsmaatschappij-kanaalzone.covenant";

fn original(example: &str) -> String {
    std::fs::read_to_string(example).unwrap_or_else(|e| panic!("{example}: {e}"))
}

/// The example with `from` replaced (exactly once) by `to`.
fn edited(example: &str, from: &str, to: &str) -> String {
    let text = original(example);
    assert_eq!(
        text.matches(from).count(),
        1,
        "`{from}` must occur once in {example}"
    );
    text.replacen(from, to, 1)
}

fn loaded(example: &str, text: String) -> Loaded {
    load_text(Path::new(example), example, text)
}

fn checked(example: &str, text: String) -> (Loaded, Vec<Diagnostic>) {
    let loaded = loaded(example, text);
    let found = check(&loaded, &Levels::default());
    (loaded, found)
}

/// Exactly one diagnostic, of `code`, whose primary span covers `at` in the text.
fn only(example: &str, text: String, code: &str, at: &str) -> Diagnostic {
    let (loaded, found) = checked(example, text);
    let codes: Vec<_> = found.iter().map(|d| (d.code, d.message.as_str())).collect();
    assert_eq!(
        found.len(),
        1,
        "expected exactly one {code}, got {codes:#?}"
    );
    let d = found[0].clone();
    assert_eq!(d.code, code, "got {codes:#?}");
    assert_eq!(loaded.sources.slice(d.primary.span), at, "{}", d.message);
    d
}

#[test]
fn both_examples_are_clean() {
    for example in [GRENSBEEK, KANAALZONE] {
        let (_, found) = checked(example, original(example));
        let codes: Vec<_> = found.iter().map(|d| (d.code, d.message.as_str())).collect();
        assert!(found.is_empty(), "{example}: {codes:#?}");
    }
}

#[test]
fn c001_is_a_warning_in_a_financing_covenant() {
    let text = edited(
        GRENSBEEK,
        "endorsed-by waterschap, verband",
        "endorsed-by waterschap",
    );
    let d = only(GRENSBEEK, text.clone(), "C001", "verband");
    assert_eq!(d.severity, Severity::Error);
    let financing = text.replacen("function      operational", "function      financing", 1);
    let d = only(GRENSBEEK, financing, "C001", "verband");
    assert_eq!(d.severity, Severity::Warning);
}

#[test]
fn c004_fires_for_a_deliverable_without_goal_ambition_or_risk() {
    let text = edited(GRENSBEEK, "  mitigates  storing\n", "").replacen(
        "  response   reduce\n  cause",
        "  response   reduce\n  mitigation \"Reservepomp.\"\n  cause",
        1,
    );
    only(GRENSBEEK, text, "C004", "calamiteiten");
}

#[test]
fn c005_counts_shareholders_and_fires_without_them() {
    let text = edited(
        KANAALZONE,
        "shareholders provincie 50%, gemeenten 50%",
        "shareholders provincie 100%",
    )
    .replacen(
        "  gemeenten EUR 12_000_000 equity \"storting op de aandelen, naar rato van het aantal inwoners\"\n",
        "",
        1,
    )
    .replacen("total     EUR 30_000_000", "total     EUR 18_000_000", 1)
    .replacen("bearers    provincie 50%, gemeenten 50%\n  cap", "bearers    provincie 100%\n  cap", 1)
    .replacen("above-cap  provincie 50%, gemeenten 50%", "above-cap  provincie 100%", 1)
    .replacen("bearers    provincie 50%, gemeenten 50%\n  response   reduce", "bearers    provincie 100%\n  response   reduce", 1)
    .replacen("bearers    provincie 50%, gemeenten 50%\n  response   accept", "bearers    provincie 100%\n  response   accept", 1)
    .replacen("  by          gemeenten\n", "  by          provincie\n", 1);
    let (_, found) = checked(KANAALZONE, text);
    let free: Vec<&str> = found
        .iter()
        .filter(|d| d.code == "C005")
        .map(|d| d.message.as_str())
        .collect();
    assert_eq!(free.len(), 3, "one per municipality: {free:#?}");
}

#[test]
fn c006_is_satisfied_by_a_statutory_mandate_only_when_it_is_given() {
    let text = edited(
        GRENSBEEK,
        "    mandate   statutory\n    signed-at \"Almelo\"",
        "    signed-at \"Almelo\"",
    );
    only(GRENSBEEK, text, "C006", "\"ir. H.J. Wolters\"");
}

#[test]
fn c007_needs_no_operator_for_shares_but_does_for_infrastructure() {
    let text = edited(GRENSBEEK, "  operator waterschap from 2026-07-01\n", "");
    only(GRENSBEEK, text.clone(), "C007", "gemaal");
    let shares = text.replacen("  kind     infrastructure\n", "  kind     shares\n", 1);
    let (_, found) = checked(GRENSBEEK, shares);
    assert!(found.is_empty(), "{found:#?}");
}

#[test]
fn c008_counts_a_mitigating_deliverable() {
    let text = edited(
        GRENSBEEK,
        "  mitigates  storing\n",
        "  serves     ambition\n",
    );
    only(GRENSBEEK, text, "C008", "storing");
}

#[test]
fn c013_is_satisfied_upon_a_condition_and_fires_without_one() {
    let text = edited(
        KANAALZONE,
        "  effective     upon \"goedkeuring door Provinciale Staten en de drie gemeenteraden en de oprichting van de vennootschap\" after 1 month\n",
        "",
    );
    only(
        KANAALZONE,
        text,
        "C013",
        "covenant \"Samenwerkingsovereenkomst Ontwikkelingsmaatschappij Kanaalzone\"",
    );
}

#[test]
fn c022_is_satisfied_by_tacit_renewal() {
    let text = edited(GRENSBEEK, "  renewal       tacit 5 years\n", "");
    only(GRENSBEEK, text, "C022", "10 years");
}

#[test]
fn c023_is_satisfied_by_a_continuing_duty() {
    let text = edited(
        GRENSBEEK,
        "  serves      ambition\n  during      term\n  obligation  effort\n  description \"Het waterschap",
        "  serves      ambition\n  obligation  effort\n  description \"Het waterschap",
    );
    only(GRENSBEEK, text, "C023", "bediening");
}

#[test]
fn n001_checks_shareholders_and_above_cap() {
    let text = edited(
        KANAALZONE,
        "shareholders provincie 50%, gemeenten 50%",
        "shareholders provincie 50%, gemeenten 40%",
    );
    only(KANAALZONE, text, "N001", "omk");
    let text = edited(
        GRENSBEEK,
        "above-cap  waterschap 50%, verband 50%",
        "above-cap  waterschap 50%",
    );
    only(GRENSBEEK, text, "N001", "storing");
}

#[test]
fn n004_names_the_cost_and_the_sum() {
    let text = edited(
        GRENSBEEK,
        "verband    share 61% of \"uitvoeringskosten gemaal De Vennen\"",
        "verband    share 51% of \"uitvoeringskosten gemaal De Vennen\"",
    );
    let d = only(
        GRENSBEEK,
        text,
        "N004",
        "\"uitvoeringskosten gemaal De Vennen\"",
    );
    assert!(d.message.contains("90%"), "{}", d.message);
}

#[test]
fn t002_checks_the_computed_end_of_the_term() {
    let text = edited(
        GRENSBEEK,
        "  due        2029-12-31\n",
        "  due        2036-07-01\n",
    );
    let d = only(GRENSBEEK, text, "T002", "2036-07-01");
    assert!(d.message.contains("2036-06-30"), "{}", d.message);
    let text = edited(GRENSBEEK, "    after 5 years\n", "    after 11 years\n");
    only(GRENSBEEK, text, "T002", "11 years");
}

#[test]
fn r007_points_at_the_id_inside_a_text_block() {
    let text = edited(
        GRENSBEEK,
        "Correspondentie in de [[commissie]]",
        "Correspondentie in de [[comissie]]",
    );
    let d = only(GRENSBEEK, text, "R007", "comissie");
    assert_eq!(d.help.as_deref(), Some("did you mean `[[commissie]]`?"));
}

#[test]
fn r001_knows_externals_entities_and_the_entity_of_a_body() {
    let text = edited(KANAALZONE, "    of      omk\n", "    of      omx\n");
    only(KANAALZONE, text, "R001", "omx");
    let text = edited(KANAALZONE, "    observers rijk\n", "    observers rijkk\n");
    only(KANAALZONE, text, "R001", "rijkk");
}

#[test]
fn references_know_the_kind_of_item_they_name() {
    use covenant::model::references::Referent;
    let loaded = loaded(KANAALZONE, original(KANAALZONE));
    let a = &loaded.agreement;
    assert_eq!(a.referent("omk"), Some(Referent::Entity));
    assert_eq!(a.referent("rijk"), Some(Referent::External));
    assert_eq!(a.referent("kaart"), Some(Referent::Annex));
    assert_eq!(a.referent("overdracht"), Some(Referent::Clause));
    assert_eq!(a.referent("termination"), Some(Referent::Article));
    assert_eq!(a.referent("kanaalzone"), Some(Referent::Term));
    assert_eq!(a.referent("nothing"), None);
}

#[test]
fn diff_reports_every_kind_of_new_item() {
    let old = loaded(GRENSBEEK, original(GRENSBEEK));
    let changes = [
        (
            "expires       after 10 years",
            "expires       after 12 years",
            "header.expires",
        ),
        (
            "renewal       tacit 5 years",
            "renewal       tacit 3 years",
            "header.renewal tacit",
        ),
        (
            "authentic     nl, de",
            "authentic     nl",
            "header.authentic",
        ),
        (
            "  consulted  \"het algemeen bestuur, vergadering van 28 mei 2026 (agendapunt 7)\"\n",
            "",
            "parties.waterschap.consulted",
        ),
        (
            "    signed-at \"Nordhorn\"\n",
            "",
            "parties.verband.representatives.Dr. K. Brinkmann",
        ),
        (
            "role        facilitator",
            "role        financier",
            "externals.provincie.role",
        ),
        (
            "with        waterschap",
            "with        provincie",
            "deliverables.onderhoud.with",
        ),
        (
            "  mitigates  storing\n",
            "",
            "deliverables.calamiteiten.mitigates",
        ),
        (
            "waterschap share 39%",
            "waterschap share 40%",
            "investment.waterschap of \"uitvoeringskosten gemaal De Vennen\".share",
        ),
        (
            "above-cap  waterschap 50%, verband 50%",
            "above-cap  waterschap 40%, verband 60%",
            "risks.storing.above-cap.verband risks.storing.above-cap.waterschap",
        ),
        (
            "    observers provincie\n",
            "",
            "governance.commissie.observers",
        ),
        (
            "    chair     rotating\n",
            "    chair     waterschap\n",
            "governance.commissie.chair",
        ),
        (
            "notice       12 months before-expiry",
            "notice       12 months",
            "termination.notice",
        ),
        (
            "excludes \"de waterkwaliteit,",
            "excludes \"de waterkwantiteit,",
            "scope.excludes",
        ),
        (
            "document    \"Onderhoudsplan met",
            "document    \"Beheerplan met",
            "annexes.plan.document",
        ),
    ];
    for (from, to, path) in changes {
        let new = loaded(GRENSBEEK, edited(GRENSBEEK, from, to));
        let diff = compare(&old.agreement, &new.agreement);
        let paths: Vec<&str> = diff.changes.iter().map(|c| c.path.as_str()).collect();
        assert_eq!(paths.join(" "), path, "{from:?} -> {to:?}");
    }
    let old = loaded(KANAALZONE, original(KANAALZONE));
    let changes = [
        ("after 1 month\n", "after 2 months\n", "header.effective"),
        (
            "shareholders provincie 50%, gemeenten 50%",
            "shareholders provincie 60%, gemeenten 40%",
            "entities.omk.shareholders",
        ),
        ("    of      omk\n", "", "governance.ava.of"),
        ("external rijk", "external staat", "externals.rijk"),
    ];
    for (from, to, path) in changes {
        let new = loaded(KANAALZONE, edited(KANAALZONE, from, to));
        let diff = compare(&old.agreement, &new.agreement);
        let paths: Vec<&str> = diff.changes.iter().map(|c| c.path.as_str()).collect();
        assert!(paths.contains(&path), "{from:?} -> {to:?}: {paths:?}");
    }
}

#[test]
fn the_model_exports_the_new_items() {
    let loaded = loaded(KANAALZONE, original(KANAALZONE));
    let json = serde_json::to_value(&loaded.agreement).unwrap_or_default();
    assert_eq!(
        json["header"]["effective_upon"]["after"],
        serde_json::json!({"amount": 1, "unit": "month"})
    );
    assert_eq!(json["header"]["term"]["amount"], 15);
    assert_eq!(json["entities"][0]["shareholders"][1]["party"], "gemeenten");
    assert_eq!(json["externals"][0]["role"], "financier");
    assert_eq!(json["governance"]["bodies"][1]["chair_rotates"], true);
    assert_eq!(json["governance"]["bodies"][0]["of"], "omk");
    assert_eq!(json["deliverables"][2]["during"], "term");
    assert_eq!(json["annexes"][0]["id"], "kaart");
    let loaded = self::loaded(GRENSBEEK, original(GRENSBEEK));
    let json = serde_json::to_value(&loaded.agreement).unwrap_or_default();
    assert_eq!(json["investment"]["cost_shares"][1]["percent"], "61");
    assert_eq!(json["termination"]["before_expiry"], true);
    assert_eq!(json["header"]["tacit_renewal"]["amount"], 5);
}
