//! Golden documents of every example, placeholders, overrides, injection and determinism.

use std::path::{Path, PathBuf};

use covenant::model::load;
use covenant::model::words::Language;
use covenant::render::{Issue, Options, Templates, render_html, render_markdown};

fn examples() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir("examples")
        .expect("examples folder")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "covenant"))
        .collect();
    files.sort();
    assert!(files.len() >= 4, "expected the examples");
    files
}

fn agreement(path: &Path) -> covenant::model::Agreement {
    load::load(path, &path.display().to_string())
        .expect("example loads")
        .agreement
}

fn other(language: Option<Language>) -> Language {
    match language {
        Some(Language::En) => Language::Nl,
        _ => Language::En,
    }
}

fn stem(path: &Path) -> String {
    path.file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or("example")
        .to_string()
}

#[test]
fn every_example_in_its_own_language() {
    for path in examples() {
        let a = agreement(&path);
        let options = Options::default();
        insta::assert_snapshot!(
            format!("{}.md", stem(&path)),
            render_markdown(&a, &options).expect("markdown")
        );
        insta::assert_snapshot!(
            format!("{}.html", stem(&path)),
            render_html(&a, &options).expect("html")
        );
    }
}

#[test]
fn every_example_in_the_other_language() {
    for path in examples() {
        let a = agreement(&path);
        let language = other(a.header.language.as_ref().map(|l| l.value));
        let options = Options {
            language: Some(language),
            ..Options::default()
        };
        let name = format!("{}.{}", stem(&path), language.as_str());
        insta::assert_snapshot!(
            format!("{name}.md"),
            render_markdown(&a, &options).expect("markdown")
        );
        insta::assert_snapshot!(
            format!("{name}.html"),
            render_html(&a, &options).expect("html")
        );
    }
}

#[test]
fn tendered_parties_render_as_placeholders() {
    let a = agreement(Path::new("examples/tender-mobility-hub.covenant"));
    let md = render_markdown(&a, &Options::default()).expect("markdown");
    assert!(md.contains(
        "4. **\\[naam inschrijver\\]**, \\[rechtsvorm\\], gevestigd te \\[vestigingsplaats\\]"
    ));
    assert!(md.contains(
        "wordt gekozen via Europese openbare aanbesteding Design \\& Build Mobiliteitshub Vathorst"
    ));
    assert!(md.contains("### \\[naam inschrijver\\] (Opdrachtnemer)"));
    assert!(md.contains("Naam: \\[naam vertegenwoordiger\\]"));
    let en = Options {
        language: Some(Language::En),
        ..Options::default()
    };
    let md = render_markdown(&a, &en).expect("markdown");
    assert!(md.contains(
        "**\\[name of tenderer\\]**, \\[legal form\\], having its seat in \\[registered office\\]"
    ));
    let html = render_html(&a, &Options::default()).expect("html");
    assert!(html.contains(
        "<strong>[naam inschrijver]</strong>, <span class=\"placeholder\">[rechtsvorm]</span>"
    ));
}

#[test]
fn a_template_folder_overrides_by_file_name() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(
        dir.path().join("signatures.md"),
        "## HUISSTIJL ONDERTEKENING\n\n{% for s in signatures %}- {{ s.party }}: {{ s.signatories.0.name | inlines }}\n{% endfor %}",
    )
    .expect("write template");
    std::fs::create_dir(dir.path().join("i18n")).expect("i18n folder");
    std::fs::write(
        dir.path().join("i18n/nl.toml"),
        "[doc]\narticle_label = \"Art. {number}\"\n",
    )
    .expect("write messages");
    let templates = Templates::with_overrides(dir.path()).expect("templates");
    let a = agreement(Path::new("examples/tender-mobility-hub.covenant"));
    let md = render_markdown(
        &a,
        &Options {
            templates,
            ..Options::default()
        },
    )
    .expect("markdown");
    assert!(
        md.contains("## HUISSTIJL ONDERTEKENING\n\n- Gemeente Amersfoort: mr. L. van den Berg\n")
    );
    assert!(md.contains("## Art. 1 Begripsbepalingen"), "{md}");
    assert!(!md.contains("## Ondertekening"));
    assert!(
        md.contains("## Bijlage 1 Risicomatrix"),
        "other templates and messages stay built in"
    );
}

#[test]
fn a_broken_override_is_reported_not_panicked() {
    let mut templates = Templates::builtin();
    templates.set("covenant.md", "{% if %}");
    let a = agreement(Path::new("examples/tender-mobility-hub.covenant"));
    let error = render_markdown(
        &a,
        &Options {
            templates,
            ..Options::default()
        },
    )
    .expect_err("must fail");
    assert!(error.to_string().contains("template error"), "{error}");
}

const HOSTILE: &str = r##"covenant "Evil <script>alert(1)</script> covenant" {
  language nl
  effective 2026-01-01
  expires 2027-01-01
}
party a "A | B" { sector public  seat "X | Y"  representative "<b>Boss</b>" { capacity "# chief"  mandate statutory } }
party c "C" { sector public }
recital "> quoted | piped <img src=x onerror=alert(1)>"
investment {
  a EUR 1_000 cash "a | b | c"
  c EUR 2_000.50 cash "<script>x</script>"
}
risk r "Risk | pipe" { likelihood low  impact high  bearers a 100% }
clause raw "Raw <b>HTML</b>" """
  Before.
  <img src=x onerror=alert(1)>
  # Not a heading
  > not a quote
  | not | a | table |
  [link](javascript:alert(1))
  """
"##;

#[test]
fn agreement_text_cannot_inject_markup() {
    let loaded = covenant::model::load_text(
        Path::new("hostile.covenant"),
        "hostile.covenant",
        HOSTILE.to_string(),
    );
    let a = loaded.agreement;
    assert_eq!(a.parties.len(), 2, "the hostile agreement parses");
    let options = Options::default();
    let html = render_html(&a, &options).expect("html");
    for bad in ["<script", "<img", "<b>", "<blockquote", "javascript"] {
        assert!(!html.contains(bad), "injected {bad} in HTML");
    }
    assert_eq!(
        html.matches("href=").count(),
        html.matches("<a class=\"ref\" href=\"#").count(),
        "the only links are references inside the document"
    );
    assert!(html.contains("&lt;script&gt;alert(1)&lt;&#x2F;script&gt;"));
    assert!(html.contains("&lt;img src=x onerror=alert(1)&gt;"));
    assert_eq!(html.matches("<h1>").count(), 1);
    assert!(
        html.contains("<title>Evil &lt;script&gt;alert(1)&lt;&#x2F;script&gt; covenant</title>"),
        "{html}"
    );
    let md = render_markdown(&a, &options).expect("markdown");
    assert!(
        md.contains("**Not a heading**"),
        "a heading in a clause is a strong line"
    );
    assert!(
        md.contains("not a quote \\| not \\| a \\| table \\|"),
        "{md}"
    );
    assert!(
        !md.lines()
            .any(|l| l.starts_with('>') || l.starts_with("# N"))
    );
    assert!(!md.contains("javascript"), "a link is its text");
    let mut tables = 0;
    let mut expected: Option<usize> = None;
    for line in md.lines() {
        if line.starts_with('|') {
            let pipes = line.replace("\\|", "").matches('|').count();
            match expected {
                None => {
                    tables += 1;
                    expected = Some(pipes);
                }
                Some(n) => assert_eq!(pipes, n, "table shape broken: {line}"),
            }
        } else {
            expected = None;
        }
    }
    assert_eq!(
        tables, 4,
        "contributions, risks, risk matrix and per-party tables"
    );
    assert!(
        md.contains("| A \\| B | geld | a \\| b \\| c | € 1.000 |"),
        "{md}"
    );
    assert!(md.contains("| Risk \\| pipe |"));
}

#[test]
fn two_builds_are_byte_identical() {
    for path in examples() {
        let first = agreement(&path);
        let second = agreement(&path);
        let options = Options::default();
        assert_eq!(
            render_markdown(&first, &options).ok(),
            render_markdown(&second, &options).ok()
        );
        assert_eq!(
            render_html(&first, &options).ok(),
            render_html(&second, &options).ok()
        );
    }
}

#[test]
fn a_fragment_is_the_body_alone() {
    let a = agreement(Path::new("examples/research-consortium.covenant"));
    let options = Options {
        fragment: true,
        ..Options::default()
    };
    let html = render_html(&a, &options).expect("html");
    assert!(html.starts_with("<h1>"));
    assert!(!html.contains("<html") && !html.contains("<style"));
}

#[test]
fn a_draft_is_marked_and_lists_open_issues() {
    let a = agreement(Path::new("examples/research-consortium.covenant"));
    let options = Options {
        draft: Some(vec![
            Issue {
                code: "C005".to_string(),
                line: 3,
                message: "a <b>problem</b>".to_string(),
            },
            Issue {
                code: "X999".to_string(),
                line: 4,
                message: "see `other.covenant` <i>".to_string(),
            },
        ]),
        ..Options::default()
    };
    let md = render_markdown(&a, &options).expect("markdown");
    assert!(md.starts_with("**DRAFT** – This is a draft."));
    assert!(
        md.contains(
            "## Open issues\n\n- C005 (line 3): A party that contributes nothing: no deliverable, investment or risk.\n- X999 (line 4): see other.covenant \\<i\\>\n"
        ),
        "{md}"
    );
    let html = render_html(&a, &options).expect("html");
    assert!(html.contains("<body class=\"draft\">"));
}

#[test]
fn a_house_style_sheet_replaces_the_print_css() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(dir.path().join("page.css"), "h2 { color: #00615f; }\n").expect("write css");
    let templates = Templates::with_overrides(dir.path()).expect("templates");
    let a = agreement(Path::new("examples/tender-mobility-hub.covenant"));
    let html = render_html(
        &a,
        &Options {
            templates,
            ..Options::default()
        },
    )
    .expect("html");
    assert!(
        html.contains("<style>\nh2 { color: #00615f; }\nbody.draft::before"),
        "{html}"
    );
    assert!(
        !html.contains("@page"),
        "the built-in sheet is replaced, not added to"
    );
}

/// Builds `example` with the house style in `tests/templates/CASE` through the command line.
fn house_style(case: &str, example: &str, to: &str) -> String {
    let output = assert_cmd::Command::cargo_bin("covenant")
        .expect("binary")
        .args(["build", example, "--to", to, "--templates"])
        .arg(Path::new("tests/templates").join(case))
        .output()
        .expect("runs");
    assert!(
        output.status.success(),
        "{case}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).expect("UTF-8")
}

const WARMTENET: &str = "examples/warmtenet-zwolle.covenant";
const JEUGDZORG: &str = "examples/jeugdzorg-netwerk.covenant";

#[test]
fn a_house_style_rewords_a_sentence() {
    let md = house_style("reword", WARMTENET, "md");
    assert!(md.contains(
        "2\\. De Gemeente draagt er zorg voor dat uiterlijk 31 december 2026 gereed is: Wijkuitvoeringsplan"
    ));
    assert!(md.contains("Partijen komen overeen als volgt:"));
    assert!(!md.contains("levert uiterlijk"));
    assert!(
        md.contains("## Artikel 1 Begripsbepalingen"),
        "other messages stay built in"
    );
}

#[test]
fn a_house_style_drops_table_columns() {
    let md = house_style("drop-column", WARMTENET, "md");
    assert!(md.contains("| Risico | Categorie | Kans | Impact | Gedragen door |\n| --- | --- | --- | --- | --- |\n| Overschrijding aanlegkosten | financieel | middel | hoog | Opdrachtnemer (70%), Gemeente Zwolle (30%) |\n"), "{md}");
    assert!(!md.contains("| Maximum |"));
    assert!(
        md.contains("| Partij | Vorm | Bestemming | Bedrag |"),
        "other tables keep their columns"
    );
}

#[test]
fn a_house_style_adds_a_table_column() {
    let md = house_style("add-column", JEUGDZORG, "md");
    assert!(md.contains(
        "| Nr. | Doel | Indicator | Nulmeting | Streefwaarde | Uiterlijk | Eigenaar | Toelichting |"
    ));
    assert!(md.contains("| 1 | Kortere wachttijden voor specialistische jeugdhulp |"));
    assert!(md.contains("| 5 | Vroegsignalering op school |"));
}

#[test]
fn a_house_style_reorders_leden() {
    let md = house_style("reorder-leden", WARMTENET, "md");
    let article = md
        .split("## Artikel 5 ")
        .nth(1)
        .and_then(|rest| rest.split("\n## ").next())
        .expect("article 5");
    assert!(
        article.contains("1\\. Bij een resultaatsverplichting"),
        "{article}"
    );
    assert!(
        article.contains("9\\. Iedere Partij verbindt zich"),
        "{article}"
    );
    let fase2 = article.find("fase 2").expect("fase 2");
    let fase1 = article.find("fase 1").expect("fase 1");
    assert!(fase2 < fase1, "the order is reversed");
}

#[test]
fn a_house_style_changes_how_articles_are_numbered() {
    let md = house_style("short-label", WARMTENET, "md");
    assert!(md.contains("## Art. 5 Verplichtingen van Partijen"));
    assert!(!md.contains("## Artikel "));
    let html = house_style("number-label", WARMTENET, "html");
    assert!(html.contains("<h2><span class=\"label\">5.</span> Verplichtingen van Partijen</h2>"));
    assert!(
        html.contains("bijlage 1"),
        "references keep their own wording"
    );
}

#[test]
fn a_house_style_adds_a_logo_and_a_header() {
    let html = house_style("logo-header", WARMTENET, "html");
    assert!(
        html.contains("<header class=\"house-header\">\n<img src=\"data:image/svg+xml;base64,")
    );
    assert!(html.contains("<p>Gemeente Zwolle – WZZ-2026-001</p>"));
    assert!(!html.contains("src=\"http"), "no external resource");
}

#[test]
fn page_breaks_survive_reworded_headings() {
    let html = house_style("reworded-annex", WARMTENET, "html");
    assert!(html.contains("<h2><span class=\"label\">Aanhangsel 1:</span> Risicomatrix</h2>"));
    assert!(html.contains("<h2>Handtekeningen</h2>"));
    assert_eq!(
        html.matches("<section class=\"annex\" id=\"annex-").count(),
        3
    );
    assert_eq!(html.matches("<section class=\"signatures\"").count(), 1);
    assert!(html.contains("section.signatures, section.annex { break-before: page;"));
}

const REFERENCES: &str = r#"covenant "Verwijzingen" {
  language nl
  effective 2026-01-01
  expires 2030-01-01
}
party gemeente "Gemeente Apeldoorn" { sector public }
party uitvoerder "Uitvoerder" { sector private }
define net "Warmtenet" "het net"
goal g1 "Aansluitingen" { target 100 by 2029-01-01 }
deliverable fase0 "Ontwerp" { by gemeente  serves g1  due 2026-06-01 }
deliverable fase1 "Aanleg" { by uitvoerder  serves g1  due 2027-12-31  obligation result }
risk kosten "Kosten" { likelihood low  impact high  bearers gemeente 100% }
termination { notice 3 months }
clause zie "Verwijzingen" """
  Zie [[fase1]], [[kosten]], [[termination]] en [[geheim]]; [[gemeente]] en [[uitvoerder]] leggen het warmtenet aan. [[net]] en [[nergens]].
  """
clause geheim "Geheimhouding" "Partijen houden geheim wat geheim is."
"#;

#[test]
fn references_read_as_a_drafter_cites() {
    let loaded = covenant::model::load_text(
        Path::new("refs.covenant"),
        "refs.covenant",
        REFERENCES.to_string(),
    );
    let a = loaded.agreement;
    let document = covenant::render::tree::build(&a, &Options::default()).expect("tree");
    let anchor = |id: &str| {
        document
            .anchors
            .iter()
            .find(|x| x.id == id)
            .map(|x| (x.target.clone(), x.text.clone()))
    };
    assert_eq!(
        anchor("fase1"),
        Some((
            "lid.deliverable.fase1".into(),
            "artikel 3, derde lid".into()
        ))
    );
    assert_eq!(
        anchor("kosten"),
        Some(("row.risk.kosten".into(), "artikel 4, eerste lid".into()))
    );
    assert_eq!(
        anchor("gemeente").map(|x| x.1),
        Some("de gemeente Apeldoorn".into())
    );
    assert_eq!(anchor("net").map(|x| x.1), Some("Warmtenet".into()));
    assert_eq!(
        anchor("schedule"),
        Some(("annex.schedule".into(), "bijlage 2".into()))
    );
    let md = render_markdown(&a, &Options::default()).expect("markdown");
    assert!(
        md.contains("Zie artikel 3, derde lid, artikel 4, eerste lid, artikel 7 en artikel 6; de gemeente Apeldoorn en de Uitvoerder leggen het Warmtenet aan. Warmtenet en \\[\\[nergens\\]\\]."),
        "{md}"
    );
    assert!(
        md.contains("3\\. De Uitvoerder levert uiterlijk 31 december 2027: Aanleg."),
        "{md}"
    );
    let html = render_html(&a, &Options::default()).expect("html");
    assert!(
        html.contains("<a class=\"ref\" href=\"#lid-deliverable-fase1\">artikel 3, derde lid</a>")
    );
    assert!(html.contains("<div class=\"lid\" id=\"lid-deliverable-fase1\">"));
    assert!(html.contains("<span class=\"term\">Warmtenet</span>"));
    let en = Options {
        language: Some(Language::En),
        ..Options::default()
    };
    let md = render_markdown(&a, &en).expect("markdown");
    assert!(
        md.contains("Article 3(3), Article 4(1), Article 7 en Article 6"),
        "{md}"
    );
}

#[test]
fn a_single_lid_is_not_numbered_and_several_are() {
    let md = render_markdown(&agreement(Path::new(WARMTENET)), &Options::default()).expect("md");
    assert!(md.contains("## Artikel 24 Toepasselijk recht\n\nOp deze overeenkomst is Nederlands recht van toepassing.\n"));
    assert!(md.contains("## Artikel 21 Opzegging\n\n1\\. Iedere Partij kan"));
    assert!(md.contains("a. **Warmtenet**: het geheel van leidingen"));
}

#[test]
fn the_table_of_contents_follows_the_number_of_articles() {
    let long = agreement(Path::new(WARMTENET));
    let short = agreement(Path::new("examples/tender-mobility-hub.covenant"));
    let md = |a: &covenant::model::Agreement, toc: Option<bool>| {
        render_markdown(
            a,
            &Options {
                toc,
                ..Options::default()
            },
        )
        .expect("md")
    };
    assert!(md(&long, None).contains("## Inhoud\n\n- Artikel 1 Begripsbepalingen\n"));
    assert!(!md(&long, Some(false)).contains("## Inhoud"));
    let articles = covenant::render::tree::build(&short, &Options::default())
        .expect("tree")
        .articles
        .len();
    assert_eq!(md(&short, None).contains("## Inhoud"), articles >= 12);
    assert!(md(&short, Some(true)).contains("## Inhoud"));
}

#[test]
fn build_toc_and_no_toc_choose_the_table_of_contents() {
    let run = |flag: &str, example: &str| {
        let output = assert_cmd::Command::cargo_bin("covenant")
            .expect("binary")
            .args(["build", example, flag])
            .output()
            .expect("runs");
        assert!(
            output.status.success(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
        String::from_utf8(output.stdout).expect("UTF-8")
    };
    assert!(
        run("--toc", "examples/research-consortium.covenant")
            .contains("## Contents\n\n- Article 1 Definitions\n")
    );
    assert!(!run("--no-toc", WARMTENET).contains("## Inhoud"));
}

/// The Markdown of an agreement written inline, in `language`.
fn markdown_of(text: &str, language: Language) -> String {
    let loaded = covenant::model::load_text(
        Path::new("second.covenant"),
        "second.covenant",
        text.to_string(),
    );
    let options = Options {
        language: Some(language),
        ..Options::default()
    };
    render_markdown(&loaded.agreement, &options).expect("markdown")
}

const TERMS: &str = r#"covenant "Termijnen" {
  effective upon "goedkeuring door beide regeringen" after 1 month
  expires after 30 years
  renewal tacit 10 years
}
party a "Gemeente Aa" { sector public }
party b "Gemeente Bee" { sector public }
termination { notice 6 months before-expiry }
"#;

#[test]
fn entry_into_force_term_and_tacit_renewal_read_as_a_drafter_writes_them() {
    let nl = markdown_of(TERMS, Language::Nl);
    for expected in [
        "Deze overeenkomst treedt in werking één maand na de dag waarop de volgende voorwaarde is vervuld: goedkeuring door beide regeringen.",
        "Deze overeenkomst wordt aangegaan voor de duur van dertig jaar, gerekend vanaf de dag van inwerkingtreding.",
        "wordt na afloop van de looptijd telkens stilzwijgend verlengd met tien jaar, tenzij een Partij uiterlijk zes maanden voor het einde van de lopende termijn schriftelijk opzegt.",
        "opzeggen tegen het einde van de lopende termijn, met inachtneming van een opzegtermijn van ten minste zes maanden",
    ] {
        assert!(nl.contains(expected), "missing {expected:?} in\n{nl}");
    }
    assert!(
        !nl.contains("met inachtneming van een opzegtermijn van zes"),
        "{nl}"
    );
    let en = markdown_of(TERMS, Language::En);
    for expected in [
        "enters into force one month after the day on which the following condition is met: goedkeuring door beide regeringen.",
        "for a term of thirty years, counted from the day it enters into force.",
        "tacitly renewed each time for ten years, unless a Party gives written notice no later than six months before the end of the current term.",
    ] {
        assert!(en.contains(expected), "missing {expected:?} in\n{en}");
    }
    let dated = markdown_of(
        &TERMS
            .replace(
                r#"effective upon "goedkeuring door beide regeringen" after 1 month"#,
                "effective 2026-07-01",
            )
            .replace("after 30 years", "after 45 years"),
        Language::Nl,
    );
    assert!(
        dated.contains("treedt in werking op 1 juli 2026 en wordt aangegaan voor de duur van 45 jaar, tot en met 30 juni 2071."),
        "{dated}"
    );
}

const SIGNING: &str = r#"covenant "Ondertekening" {
  signed-at "Den Haag"
  signed-on 2026-03-01
}
party minister "Minister van Landbouw, Natuur en Voedselkwaliteit" {
  sector public
  acting-for "de Staat der Nederlanden"
  representative "drs. A. Bos" { capacity "minister"  mandate statutory  signed-at "Brussel"  signed-on 2026-03-04 }
}
party dienst "Dienst Regelingen" {
  sector public
  part-of "de Staat der Nederlanden"
  representative "J. Jansen" { capacity "directeur"  mandate statutory }
}
"#;

#[test]
fn acting_for_part_of_and_each_signatory_s_own_place_and_date() {
    let nl = markdown_of(SIGNING, Language::Nl);
    assert!(
        nl.contains("drs. A. Bos, minister, op grond van de wet, handelend als bestuursorgaan en als vertegenwoordiger van de Staat der Nederlanden"),
        "{nl}"
    );
    assert!(
        nl.contains("**Dienst Regelingen**, onderdeel van de Staat der Nederlanden"),
        "{nl}"
    );
    let document = covenant::render::tree::build(
        &covenant::model::load_text(Path::new("s.covenant"), "s.covenant", SIGNING.to_string())
            .agreement,
        &Options::default(),
    )
    .expect("tree");
    let signed: Vec<(String, String)> = document
        .signatures
        .iter()
        .flat_map(|b| &b.signatories)
        .map(|s| {
            (
                covenant::render::tree::plain(&s.place),
                covenant::render::tree::plain(&s.date),
            )
        })
        .collect();
    assert_eq!(
        signed,
        [
            ("Brussel".to_string(), "4 maart 2026".to_string()),
            ("Den Haag".to_string(), "1 maart 2026".to_string()),
        ]
    );
    let en = markdown_of(SIGNING, Language::En);
    assert!(
        en.contains(
            "acting as administrative body and as representative of de Staat der Nederlanden"
        ),
        "{en}"
    );
}

#[test]
fn externals_entity_observers_rotating_chair_and_evaluation_after_are_written_out() {
    let a = agreement(Path::new(
        "examples/ontwikkelingsmaatschappij-kanaalzone.covenant",
    ));
    let nl = render_markdown(&a, &Options::default()).expect("markdown");
    for expected in [
        "Betrokken derden",
        "Bij deze overeenkomst zijn betrokken, zonder Partij te zijn:",
        "Partijen richten op: Ontwikkelingsmaatschappij Kanaalzone B.V.",
        "De aandelen worden gehouden door ",
        "Het voorzitterschap rouleert tussen de leden.",
        "neemt als waarnemer deel aan de vergaderingen.",
        "De samenwerking wordt vijf jaar na de inwerkingtreding geëvalueerd door",
    ] {
        assert!(nl.contains(expected), "missing {expected:?} in\n{nl}");
    }
    let en = render_markdown(
        &a,
        &Options {
            language: Some(Language::En),
            ..Options::default()
        },
    )
    .expect("markdown");
    for expected in [
        "Third parties involved",
        "The Parties establish Ontwikkelingsmaatschappij Kanaalzone B.V.",
        "The chair rotates among the members.",
        "attends the meetings as an observer.",
        "The partnership is evaluated five years after entry into force by",
    ] {
        assert!(en.contains(expected), "missing {expected:?} in\n{en}");
    }
}

#[test]
fn scope_above_cap_during_with_and_final_provisions_are_written_out() {
    let a = agreement(Path::new("examples/gemaal-grensbeek.covenant"));
    let nl = render_markdown(&a, &Options::default()).expect("markdown");
    for expected in [
        "## Artikel 3 Reikwijdte",
        "Deze overeenkomst heeft betrekking op het beheer en onderhoud van de Grensbeek",
        "Deze overeenkomst heeft geen betrekking op de waterkwaliteit",
        "Wat bij het risico ‘Uitval van het gemaal bij hoog water’ het maximum te boven gaat, wordt gedragen door ",
        "Grensland (50%) en Wasserverband Vechte-Dinkel (50%).",
        "Het wordt geleverd samen met Wasserverband Vechte-Dinkel.",
        "Deze verplichting geldt gedurende de gehele looptijd van deze overeenkomst.",
        "Het resultaat draagt bij aan de gezamenlijke ambitie.",
        "Het resultaat beperkt het risico ‘Uitval van het gemaal bij hoog water’.",
        "Slotbepalingen",
        "Deze overeenkomst treedt in de plaats van de Overeenkomst inzake het onderhoud van de Grensbeek van 4 maart 1998.",
        "Deze overeenkomst is opgesteld in de Nederlandse en Duitse taal; de teksten zijn gelijkelijk authentiek.",
    ] {
        assert!(nl.contains(expected), "missing {expected:?} in\n{nl}");
    }
    let en = render_markdown(
        &a,
        &Options {
            language: Some(Language::En),
            ..Options::default()
        },
    )
    .expect("markdown");
    for expected in [
        "This agreement does not cover de waterkwaliteit",
        "Whatever exceeds the cap for the risk ‘Uitval van het gemaal bij hoog water’ is borne by",
        "This obligation applies for the whole term of this agreement.",
        "drawn up in the Dutch and German languages",
    ] {
        assert!(en.contains(expected), "missing {expected:?} in\n{en}");
    }
}
