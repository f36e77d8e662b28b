//! The Word backend, checked by real tools: python-docx reads the package back
//! (tests/docx/read.py), LibreOffice converts it to PDF and pdftotext reads
//! that. `scripts/test` installs them; a missing tool fails the test.

use std::path::{Path, PathBuf};
use std::process::Command;

use assert_cmd::Command as Bin;
use covenant::model::words::Language;
use covenant::render::docx::{self, Settings};
use covenant::render::i18n::Messages;
use covenant::render::tree::{
    Align, Annex, Article, Block, Column, Document, Draft, Inline, Lid, List, ListItem, ListStyle,
    Meta, PartyEntry, Row, Signatory, SignatureBlock, Table,
};
use serde_json::Value;

const EXAMPLES: [&str; 4] = [
    "examples/warmtenet-zwolle.covenant",
    "examples/tender-mobility-hub.covenant",
    "examples/jeugdzorg-netwerk.covenant",
    "examples/research-consortium.covenant",
];

fn text(t: &str) -> Inline {
    Inline::text(t)
}

fn para(inlines: Vec<Inline>) -> Block {
    Block::Paragraph { inlines }
}

fn lid(key: &str, number: Option<usize>, blocks: Vec<Block>) -> Lid {
    Lid {
        key: key.into(),
        number,
        blocks,
    }
}

fn article(number: usize, kind: &str, title: &str, leden: Vec<Lid>) -> Article {
    Article {
        key: format!("article.{kind}"),
        kind: kind.into(),
        number,
        label: format!("Artikel {number}"),
        title: title.into(),
        leden,
        data: Value::Null,
    }
}

fn letters(key: &str, items: &[&str]) -> Block {
    Block::List(List {
        style: ListStyle::Letter,
        items: items
            .iter()
            .enumerate()
            .map(|(i, t)| ListItem {
                key: Some(format!("item.{key}.{i}")),
                label: format!("{}.", char::from(b'a' + u8::try_from(i).expect("few"))),
                blocks: vec![para(vec![text(t)])],
            })
            .collect(),
    })
}

/// One simple lid per sentence, numbered when there are several.
fn leden(kind: &str, sentences: &[&str]) -> Vec<Lid> {
    let several = sentences.len() > 1;
    sentences
        .iter()
        .enumerate()
        .map(|(i, s)| {
            lid(
                &format!("lid.{kind}.{}", i + 1),
                several.then_some(i + 1),
                vec![para(vec![text(s)])],
            )
        })
        .collect()
}

const PARTIES: [(&str, &str); 4] = [
    ("gemeente", "Gemeente Zwolle"),
    ("netbeheer", "Warmte Netbeheer Zwolle B.V."),
    ("corporatie", "Stichting Woonkracht IJsseldelta"),
    ("cooperatie", "Energiecoöperatie Zuiderwarmte U.A."),
];

const TITLES: [&str; 13] = [
    "Begripsbepalingen",
    "Doel en ambitie",
    "Verplichtingen van partijen",
    "Bijdragen en financiering",
    "Risicoverdeling",
    "Eigendom",
    "Organisatie en besluitvorming",
    "Monitoring, rapportage en evaluatie",
    "Geheimhouding",
    "Opzegging",
    "Afdwingbaarheid en geschillen",
    "Toepasselijk recht",
    "Inwerkingtreding, duur en verlenging",
];

/// A realistic Dutch covenant: four parties and a tendered one, 13 articles
/// with numbered leden and "a." sub-items, a table with a total, references,
/// placeholders, signature blocks and two annexes.
fn covenant_tree() -> Document {
    let mut parties: Vec<PartyEntry> = PARTIES
        .iter()
        .enumerate()
        .map(|(i, (id, name))| PartyEntry {
            key: format!("party.{id}"),
            number: i + 1,
            name: (*name).into(),
            description: vec![text("gevestigd te Zwolle, hierna te noemen: "), text(id)],
            placeholder: false,
        })
        .collect();
    parties.push(PartyEntry {
        key: "party.aannemer".into(),
        number: 5,
        name: "[naam inschrijver]".into(),
        description: vec![
            Inline::Placeholder {
                text: "[rechtsvorm]".into(),
            },
            text(", hierna te noemen: Opdrachtnemer"),
        ],
        placeholder: true,
    });
    let reference = |target: &str, wording: &str| Inline::Reference {
        target: target.into(),
        text: wording.into(),
    };
    let contributions = Table {
        key: "table.contributions".into(),
        columns: vec![
            Column {
                role: "party".into(),
                heading: "Partij".into(),
                align: Align::Left,
            },
            Column {
                role: "kind".into(),
                heading: "Vorm".into(),
                align: Align::Left,
            },
            Column {
                role: "amount".into(),
                heading: "Bedrag".into(),
                align: Align::Right,
            },
        ],
        rows: vec![
            Row {
                key: None,
                cells: vec![
                    vec![text("Gemeente Zwolle")],
                    vec![text("subsidie")],
                    vec![text("€ 2.000.000")],
                ],
            },
            Row {
                key: None,
                cells: vec![
                    vec![text("Warmte Netbeheer Zwolle B.V.")],
                    vec![text("geld")],
                    vec![text("€ 9.500.000")],
                ],
            },
            Row {
                key: None,
                cells: vec![
                    vec![text("Stichting Woonkracht IJsseldelta")],
                    vec![text("geld")],
                    vec![text("€ 4.200.000")],
                ],
            },
        ],
        footer: Some(Row {
            key: None,
            cells: vec![vec![text("Totaal")], vec![], vec![text("€ 15.700.000")]],
        }),
    };
    let articles = vec![
        article(
            1,
            "definitions",
            TITLES[0],
            vec![lid(
                "lid.definitions.1",
                None,
                vec![
                    para(vec![text("In deze overeenkomst wordt verstaan onder:")]),
                    letters(
                        "definition",
                        &[
                            "Warmtenet: het geheel van leidingen en stations in Zwolle-Zuid;",
                            "Aansluiting: de verbinding tussen het warmtenet en één woning;",
                            "Warmtekavel: het gebied Zwolle-Zuid.",
                        ],
                    ),
                ],
            )],
        ),
        article(
            2,
            "ambition",
            TITLES[1],
            leden(
                "ambition",
                &["In 2030 verwarmen 4.000 woningen zich zonder aardgas."],
            ),
        ),
        article(
            3,
            "commitments",
            TITLES[2],
            vec![
                lid(
                    "lid.commitments.1",
                    Some(1),
                    vec![para(vec![text(
                        "Iedere partij levert de hierna genoemde resultaten.",
                    )])],
                ),
                lid(
                    "lid.commitments.2",
                    Some(2),
                    vec![
                        para(vec![text("De netbeheerder levert:")]),
                        letters(
                            "fase",
                            &[
                                "fase 1 uiterlijk op 31 december 2027;",
                                "fase 2 uiterlijk op 31 december 2029.",
                            ],
                        ),
                    ],
                ),
                lid(
                    "lid.commitments.3",
                    Some(3),
                    vec![para(vec![
                        text("De Opdrachtnemer, "),
                        Inline::Placeholder {
                            text: "[naam inschrijver]".into(),
                        },
                        text(", legt het net aan."),
                    ])],
                ),
            ],
        ),
        article(
            4,
            "contributions",
            TITLES[3],
            vec![lid(
                "lid.contributions.1",
                None,
                vec![
                    para(vec![text("Partijen leveren de volgende bijdragen:")]),
                    Block::Table(contributions),
                ],
            )],
        ),
        article(
            5,
            "risks",
            TITLES[4],
            vec![lid(
                "lid.risks.1",
                None,
                vec![para(vec![
                    text("De risico's zijn verdeeld zoals in "),
                    reference("annex.risk-matrix", "bijlage 1"),
                    text(" is aangegeven."),
                ])],
            )],
        ),
        article(
            6,
            "ownership",
            TITLES[5],
            leden(
                "ownership",
                &[
                    "Het warmtenet is eigendom van de netbeheerder.",
                    "Bij beëindiging gaat het om niet over op de gemeente.",
                ],
            ),
        ),
        article(
            7,
            "governance",
            TITLES[6],
            leden(
                "governance",
                &[
                    "Er is een stuurgroep.",
                    "De stuurgroep besluit met eenparigheid van stemmen.",
                ],
            ),
        ),
        article(
            8,
            "accountability",
            TITLES[7],
            leden(
                "accountability",
                &["De netbeheerder rapporteert elk kwartaal."],
            ),
        ),
        article(
            9,
            "confidentiality",
            TITLES[8],
            leden(
                "confidentiality",
                &["Partijen behandelen vertrouwelijke informatie als zodanig."],
            ),
        ),
        article(
            10,
            "termination",
            TITLES[9],
            vec![lid(
                "lid.termination.1",
                None,
                vec![para(vec![
                    text("Een partij kan opzeggen als een andere partij "),
                    reference("lid.commitments.2", "artikel 3, tweede lid"),
                    text(" niet nakomt; zie ook "),
                    reference("party.gemeente", "de Gemeente"),
                    text(" en "),
                    reference("article.contributions", "artikel 4"),
                    text("."),
                ])],
            )],
        ),
        article(
            11,
            "disputes",
            TITLES[10],
            leden(
                "disputes",
                &[
                    "Partijen overleggen eerst zes weken.",
                    "Daarna beslist de bevoegde rechter te Zwolle.",
                ],
            ),
        ),
        article(
            12,
            "law",
            TITLES[11],
            leden(
                "law",
                &["Op deze overeenkomst is Nederlands recht van toepassing."],
            ),
        ),
        article(
            13,
            "term",
            TITLES[12],
            leden(
                "term",
                &[
                    "Deze overeenkomst treedt in werking op 1 april 2026 en eindigt op 31 maart 2036.",
                ],
            ),
        ),
    ];
    let mut signatures: Vec<SignatureBlock> = PARTIES
        .iter()
        .map(|(id, name)| SignatureBlock {
            key: format!("signature.{id}"),
            party: (*name).into(),
            placeholder: false,
            signatories: vec![Signatory {
                name: vec![text("A. Jansen")],
                capacity: vec![text("directeur")],
                place: vec![text("Zwolle")],
                date: vec![text("……………")],
            }],
        })
        .collect();
    signatures.push(SignatureBlock {
        key: "signature.aannemer".into(),
        party: "[naam inschrijver]".into(),
        placeholder: true,
        signatories: vec![Signatory {
            name: vec![Inline::Placeholder {
                text: "[naam vertegenwoordiger]".into(),
            }],
            capacity: vec![Inline::Placeholder {
                text: "[functie]".into(),
            }],
            place: vec![text("Zwolle")],
            date: vec![text("……………")],
        }],
    });
    let risks = Table {
        key: "table.risk-matrix".into(),
        columns: vec![
            Column {
                role: "risk".into(),
                heading: "Risico".into(),
                align: Align::Left,
            },
            Column {
                role: "share".into(),
                heading: "Aandeel".into(),
                align: Align::Right,
            },
        ],
        rows: (1..=40)
            .map(|n| Row {
                key: Some(format!("row.risk.r{n}")),
                cells: vec![vec![text(&format!("Risico {n}"))], vec![text("50%")]],
            })
            .collect(),
        footer: None,
    };
    Document {
        lang: "nl",
        meta: Meta {
            title: "Samenwerkingsovereenkomst Warmtenet Zwolle-Zuid".into(),
            short_title: Some("Convenant Warmtenet Zwolle-Zuid".into()),
            reference: Some("WZZ-2026-001".into()),
            version: Some("1.0".into()),
            date: Some("2026-04-01".into()),
            language_tag: "nl-NL",
        },
        draft: None,
        parties,
        recitals: vec![
            vec![para(vec![text(
                "De gemeente wil Zwolle-Zuid voor 2035 aardgasvrij maken.",
            )])],
            vec![para(vec![text(
                "De netbeheerder is bereid het warmtenet aan te leggen.",
            )])],
        ],
        articles,
        closing: vec![text("Aldus overeengekomen en ondertekend te Zwolle:")],
        signatures,
        toc: false,
        tenders: Vec::new(),
        annexes: vec![
            Annex {
                key: "annex.risk-matrix".into(),
                number: 1,
                label: "Bijlage 1".into(),
                title: "Risicomatrix".into(),
                generated: true,
                blocks: vec![Block::Table(risks)],
            },
            Annex {
                key: "annex.kaart".into(),
                number: 2,
                label: "Bijlage 2".into(),
                title: "Kaart van de warmtekavel".into(),
                generated: false,
                blocks: vec![para(vec![text("De kaart is een afzonderlijk document.")])],
            },
        ],
        anchors: Vec::new(),
    }
}

fn messages() -> Messages {
    Messages::builtin(Language::Nl).expect("built-in messages")
}

fn write(document: &Document, settings: &Settings) -> Vec<u8> {
    docx::write(document, &messages(), settings).expect("a .docx")
}

fn save(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, bytes).expect("write the .docx");
    path
}

/// Runs a tool and returns its standard output; fails loudly when it is missing or fails.
fn tool(program: &str, args: &[&str]) -> String {
    let output = Command::new(program)
        .args(args)
        .output()
        .unwrap_or_else(|e| {
            panic!("{program} is needed for this test (scripts/test installs it): {e}")
        });
    assert!(
        output.status.success(),
        "{program} {args:?} failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).expect("UTF-8 output")
}

/// What python-docx reads back from a .docx (tests/docx/read.py).
fn read_back(path: &Path) -> Value {
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/docx/read.py");
    let json = tool("python3", &[script, path.to_str().expect("UTF-8 path")]);
    serde_json::from_str(&json).expect("JSON from read.py")
}

/// The paragraphs of one style, as text.
fn texts_of(read: &Value, style: &str) -> Vec<String> {
    read["paragraphs"]
        .as_array()
        .expect("paragraphs")
        .iter()
        .filter(|p| p["style"] == style)
        .map(|p| p["text"].as_str().expect("text").to_string())
        .collect()
}

fn all_text(read: &Value) -> String {
    let mut out: Vec<String> = read["paragraphs"]
        .as_array()
        .expect("paragraphs")
        .iter()
        .map(|p| p["text"].as_str().expect("text").to_string())
        .collect();
    for table in read["tables"].as_array().expect("tables") {
        for row in table["rows"].as_array().expect("rows") {
            for cell in row["cells"].as_array().expect("cells") {
                out.push(cell.as_str().expect("cell").to_string());
            }
        }
    }
    out.join("\n")
}

/// Converts `files` to PDF with LibreOffice in one run, with a profile of its own.
fn to_pdf(files: &[PathBuf], dir: &Path) -> Vec<PathBuf> {
    let profile = format!("-env:UserInstallation=file://{}/lo-profile", dir.display());
    let outdir = dir.join("pdf");
    let mut args = vec![
        profile.as_str(),
        "--headless",
        "--norestore",
        "--convert-to",
        "pdf",
        "--outdir",
        outdir.to_str().expect("UTF-8 path"),
    ];
    args.extend(files.iter().map(|f| f.to_str().expect("UTF-8 path")));
    tool("soffice", &args);
    files
        .iter()
        .map(|f| {
            let pdf = outdir.join(f.with_extension("pdf").file_name().expect("a name"));
            assert!(pdf.is_file(), "LibreOffice did not convert {}", f.display());
            pdf
        })
        .collect()
}

fn pdf_text(pdf: &Path) -> String {
    tool(
        "pdftotext",
        &["-layout", pdf.to_str().expect("UTF-8 path"), "-"],
    )
}

fn pages(pdf: &Path) -> usize {
    let info = tool("pdfinfo", &[pdf.to_str().expect("UTF-8 path")]);
    info.lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())
        .expect("a page count")
}

#[test]
fn python_docx_reads_back_headings_numbering_parties_and_references() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = save(
        dir.path(),
        "covenant.docx",
        &write(&covenant_tree(), &Settings::default()),
    );
    let read = read_back(&path);

    assert_eq!(texts_of(&read, "Heading 1"), TITLES);
    let numbered = |style: &str| -> Vec<(i64, i64)> {
        read["paragraphs"]
            .as_array()
            .expect("paragraphs")
            .iter()
            .filter(|p| p["style"] == style)
            .map(|p| {
                (
                    p["numId"].as_i64().expect("numId"),
                    p["ilvl"].as_i64().expect("ilvl"),
                )
            })
            .collect()
    };
    assert!(numbered("Heading 1").iter().all(|n| *n == (1, 0)));
    let leden: usize = covenant_tree()
        .articles
        .iter()
        .map(|a| a.leden.iter().filter(|l| l.number.is_some()).count())
        .sum();
    assert_eq!(numbered("Lid"), vec![(1, 1); leden]);

    let articles = &read["levels"][read["nums"]["1"].as_str().expect("num 1")];
    assert_eq!(articles[0]["text"], "Artikel %1");
    assert_eq!(articles[0]["style"], "Heading1");
    assert_eq!(articles[1]["text"], "%2.");
    assert_eq!(articles[1]["format"], "decimal");
    let annexes = &read["levels"][read["nums"]["2"].as_str().expect("num 2")];
    assert_eq!(annexes[0]["text"], "Bijlage %1");
    let definitions = read["paragraphs"]
        .as_array()
        .expect("paragraphs")
        .iter()
        .find(|p| {
            p["text"]
                .as_str()
                .is_some_and(|t| t.starts_with("Warmtenet:"))
        })
        .expect("the first definition");
    let abstract_id = &read["nums"][definitions["numId"].to_string()];
    let level = &read["levels"][abstract_id.as_str().expect("abstract")][1];
    assert_eq!(
        (&level["format"], &level["text"]),
        (&Value::from("lowerLetter"), &Value::from("%2."))
    );

    let text = all_text(&read);
    for (_, name) in PARTIES {
        assert!(text.contains(name), "{name} missing");
    }
    assert!(
        read["instructions"]
            .as_array()
            .expect("instructions")
            .contains(&Value::from(r" REF _article_contributions \n \h \* Lower "))
    );
    assert!(
        read["instructions"]
            .as_array()
            .expect("instructions")
            .contains(&Value::from(r" REF _annex_risk_matrix \n \h \* Lower "))
    );
    let bookmarks = read["bookmarks"].as_array().expect("bookmarks");
    for name in [
        "_lid_commitments_2",
        "_annex_risk_matrix",
        "_party_gemeente",
    ] {
        assert!(bookmarks.contains(&Value::from(name)), "no bookmark {name}");
    }
    assert!(text.contains("een andere partij artikel 3, tweede lid niet nakomt"));
    let controls = read["controls"].as_array().expect("controls");
    for hint in [
        "[naam inschrijver]",
        "[rechtsvorm]",
        "[naam vertegenwoordiger]",
        "[functie]",
    ] {
        assert!(
            controls.contains(&Value::from(hint)),
            "no fill-in field {hint}"
        );
    }
}

#[test]
fn tables_repeat_their_header_and_signatures_stay_together() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = save(
        dir.path(),
        "covenant.docx",
        &write(&covenant_tree(), &Settings::default()),
    );
    let read = read_back(&path);
    let tables = read["tables"].as_array().expect("tables");
    assert_eq!(tables.len(), 3, "contributions, signatures, risks");

    let contributions = tables[0]["rows"].as_array().expect("rows");
    assert_eq!(
        contributions[0]["cells"],
        serde_json::json!(["Partij", "Vorm", "Bedrag"])
    );
    assert_eq!(contributions[0]["header"], true);
    assert!(
        contributions[1..]
            .iter()
            .all(|r| r["header"] == false && r["cantSplit"] == true)
    );
    assert_eq!(
        contributions.last().expect("a total")["cells"],
        serde_json::json!(["Totaal", "", "€\u{a0}15.700.000"]),
        "an amount does not break"
    );

    let signatures = tables[1]["rows"].as_array().expect("rows");
    assert_eq!(signatures.len(), 3, "five blocks, two side by side");
    assert!(signatures.iter().all(|r| r["cantSplit"] == true));
    assert!(signatures[..2].iter().all(|r| r["keepNext"] == true));
    assert_eq!(signatures[2]["keepNext"], false);
    let tendered = signatures[2]["cells"][0].as_str().expect("cell");
    assert!(
        tendered.contains("Naam: ") && tendered.contains("Handtekening: "),
        "{tendered}"
    );
    assert_eq!(
        signatures[2]["cells"][1], "",
        "an empty cell beside the fifth block"
    );

    let annexes: Vec<&Value> = read["paragraphs"]
        .as_array()
        .expect("paragraphs")
        .iter()
        .filter(|p| p["style"] == "Bijlage")
        .collect();
    assert_eq!(annexes.len(), 2);
    assert!(
        annexes
            .iter()
            .all(|p| p["pageBreakBefore"] == true && p["numId"] == 2)
    );
    assert_eq!(
        read["core"]["title"],
        "Samenwerkingsovereenkomst Warmtenet Zwolle-Zuid"
    );
    assert_eq!(read["core"]["subject"], "WZZ-2026-001");
    assert_eq!(read["core"]["language"], "nl-NL");
    assert_eq!(read["core"]["created"], "2026-04-01T00:00:00+00:00");
    assert_eq!(read["footer"][0], "pagina  van ", "the numbers are fields");
    assert_eq!(
        read["footer_fields"],
        serde_json::json!([" PAGE ", " NUMPAGES "])
    );
}

#[test]
fn libreoffice_converts_the_tree_and_every_example_in_both_languages() {
    let dir = tempfile::tempdir().expect("temp dir");
    // The same tree with an article added in front, its references worded as before:
    // the REF field, not the wording, decides the number shown.
    let mut renumbered = covenant_tree();
    renumbered
        .articles
        .insert(0, article(0, "preamble", "Voorafgaand artikel", Vec::new()));
    let mut files = vec![
        save(
            dir.path(),
            "tree.docx",
            &write(&covenant_tree(), &Settings::default()),
        ),
        save(
            dir.path(),
            "renumbered.docx",
            &write(&renumbered, &Settings::default()),
        ),
    ];
    for example in EXAMPLES {
        for lang in ["nl", "en"] {
            let stem = Path::new(example)
                .file_stem()
                .expect("a stem")
                .to_string_lossy();
            let out = dir.path().join(format!("{stem}-{lang}.docx"));
            Bin::cargo_bin("covenant")
                .expect("binary")
                .args(["build", example, "--to", "docx", "--lang", lang, "-o"])
                .arg(&out)
                .assert()
                .success();
            files.push(out);
        }
    }
    let pdfs = to_pdf(&files, dir.path());

    let tree = pdf_text(&pdfs[0]);
    for (_, name) in PARTIES {
        assert!(tree.contains(name), "{name} missing from the PDF");
    }
    for number in 1..=13 {
        assert!(
            tree.contains(&format!("Artikel {number}")),
            "Artikel {number} not numbered"
        );
    }
    assert!(tree.contains("Bijlage 2"));
    let flat = tree.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        flat.contains("een andere partij artikel 3, tweede lid niet nakomt"),
        "a linked reference keeps its wording"
    );
    assert!(
        flat.to_lowercase().contains("de gemeente en artikel 4."),
        "LibreOffice resolves the REF field to the article's number: {flat}"
    );
    assert!(
        flat.to_lowercase()
            .contains("zoals in bijlage 1 is aangegeven")
    );
    let renumbered = pdf_text(&pdfs[1])
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    assert!(
        renumbered
            .to_lowercase()
            .contains("de gemeente en artikel 5."),
        "the reference follows the renumbering: {renumbered}"
    );
    assert!(renumbered.contains("Artikel 14"));
    assert!(tree.contains("pagina 1 van"), "page numbers in the footer");
    assert!(pages(&pdfs[0]) >= 4, "annexes each start on a new page");

    let warmtenet_nl = pdf_text(&pdfs[2]);
    assert!(warmtenet_nl.contains("Artikel 1"));
    assert!(warmtenet_nl.contains("Warmte Netbeheer Zwolle B.V."));
    assert!(warmtenet_nl.contains("€ 16.620.000"));
    let warmtenet_en = pdf_text(&pdfs[3]);
    assert!(warmtenet_en.contains("Article 1"), "{warmtenet_en}");
    assert!(warmtenet_en.contains("page 1 of"));
    for pdf in &pdfs {
        assert!(pages(pdf) >= 2, "{} is too short", pdf.display());
    }
}

#[test]
fn the_same_agreement_gives_the_same_bytes() {
    let tree = covenant_tree();
    assert_eq!(
        write(&tree, &Settings::default()),
        write(&tree, &Settings::default())
    );
    let build = |epoch: Option<&str>| {
        let mut command = Bin::cargo_bin("covenant").expect("binary");
        command.args(["build", EXAMPLES[0], "--to", "docx"]);
        match epoch {
            Some(e) => command.env("SOURCE_DATE_EPOCH", e),
            None => command.env_remove("SOURCE_DATE_EPOCH"),
        };
        command.assert().success().get_output().stdout.clone()
    };
    let first = build(None);
    assert_eq!(first, build(None));
    assert_eq!(&first[..2], b"PK");
    let dated = build(Some("1767225600"));
    assert_eq!(dated, build(Some("1767225600")));
    assert_ne!(first, dated);
    let dir = tempfile::tempdir().expect("temp dir");
    let read = read_back(&save(dir.path(), "dated.docx", &dated));
    assert_eq!(read["core"]["created"], "2026-01-01T00:00:00+00:00");
    let read = read_back(&save(dir.path(), "plain.docx", &first));
    assert_eq!(read["core"]["created"], "2026-04-01T00:00:00+00:00");

    Bin::cargo_bin("covenant")
        .expect("binary")
        .args(["build", EXAMPLES[0], "--to", "docx"])
        .env("SOURCE_DATE_EPOCH", "yesterday")
        .assert()
        .code(2)
        .stderr(predicates::str::contains("SOURCE_DATE_EPOCH"));
}

#[test]
fn agreement_text_never_becomes_markup() {
    let evil = "a<b>&\"c\" ]]> <w:p/> d\u{0}\u{1b}\u{7}e";
    let clean = "a<b>&\"c\" ]]> <w:p/> de";
    let mut tree = covenant_tree();
    tree.meta.title = evil.into();
    tree.meta.reference = Some(evil.into());
    tree.parties[0].name = evil.into();
    tree.articles[0].title = evil.into();
    tree.articles[0].label = format!("Art%1{evil} 1");
    tree.articles[1].leden[0].blocks = vec![para(vec![
        Inline::Strong {
            inlines: vec![text(evil)],
        },
        Inline::Placeholder { text: evil.into() },
        Inline::Reference {
            target: "lid.commitments.2".into(),
            text: evil.into(),
        },
    ])];
    tree.signatures[0].party = evil.into();
    if let Some(Block::Table(table)) = tree.articles[3].leden[0].blocks.get_mut(1) {
        table.rows[0].cells[0] = vec![text(evil)];
        table.columns[0].heading = evil.into();
    }
    tree.annexes[1].title = evil.into();
    let dir = tempfile::tempdir().expect("temp dir");
    let path = save(dir.path(), "evil.docx", &write(&tree, &Settings::default()));
    let read = read_back(&path);
    assert_eq!(read["core"]["title"], clean);
    assert_eq!(read["core"]["subject"], clean);
    assert_eq!(texts_of(&read, "Title"), [clean]);
    assert_eq!(texts_of(&read, "Heading 1")[0], clean);
    let text = all_text(&read);
    // Title, reference, party, heading, strong text, reference, signature,
    // column heading, cell, annex (python-docx leaves content controls out of text).
    assert_eq!(text.matches(clean).count(), 10, "{text}");
    assert!(
        read["controls"]
            .as_array()
            .expect("controls")
            .contains(&Value::from(clean))
    );
    assert_eq!(
        texts_of(&read, "Heading 1").len(),
        TITLES.len(),
        "no paragraph was injected"
    );
    to_pdf(&[path], dir.path());
}

#[test]
fn a_reference_document_gives_the_page_styles_header_and_footer() {
    let dir = tempfile::tempdir().expect("temp dir");
    let reference = dir.path().join("huisstijl.docx");
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/docx/make_reference.py");
    tool(
        "python3",
        &[script, reference.to_str().expect("UTF-8 path")],
    );
    let out = dir.path().join("styled.docx");
    Bin::cargo_bin("covenant")
        .expect("binary")
        .args(["build", EXAMPLES[0], "--to", "docx", "--reference-docx"])
        .arg(&reference)
        .arg("-o")
        .arg(&out)
        .assert()
        .success();
    let read = read_back(&out);
    let mm = |emu: &Value| (emu.as_f64().expect("EMU") / 36_000.0).round();
    assert_eq!(
        (mm(&read["page"]["width"]), mm(&read["page"]["height"])),
        (148.0, 210.0)
    );
    assert_eq!(mm(&read["page"]["left"]), 15.0);
    assert_eq!(read["normal_font"], "Courier New");
    assert_eq!(
        read["header"],
        serde_json::json!(["HUISSTIJL GEMEENTE ZWOLLE"])
    );
    assert_eq!(read["footer"], serde_json::json!(["Vertrouwelijk"]));
    let ids = read["style_ids"].as_array().expect("style ids");
    assert!(
        ids.contains(&Value::from("CovenantLid")),
        "the covenant's own styles are added"
    );
    assert_eq!(ids.iter().filter(|id| *id == "Heading1").count(), 1);
    assert!(
        !all_text(&read).contains("niet overgenomen"),
        "only the style is taken"
    );
    assert_eq!(texts_of(&read, "Heading 1")[0], "Begripsbepalingen");

    let pdf = &to_pdf(&[out], dir.path())[0];
    let info = tool("pdfinfo", &[pdf.to_str().expect("UTF-8 path")]);
    assert!(
        info.contains("419.") && info.contains("595."),
        "an A5 page: {info}"
    );
    let text = pdf_text(pdf);
    assert!(text.contains("HUISSTIJL GEMEENTE ZWOLLE") && text.contains("Artikel 1"));
}

/// A zip with the given entries, deflated.
fn zip_of(entries: &[(&str, &[u8])]) -> Vec<u8> {
    use std::io::Write;
    let mut writer = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    for (name, data) in entries {
        writer.start_file(*name, options).expect("entry");
        writer.write_all(data).expect("data");
    }
    writer.finish().expect("zip").into_inner()
}

fn refused(reference: &Path, reason: &str) {
    Bin::cargo_bin("covenant")
        .expect("binary")
        .args(["build", EXAMPLES[0], "--to", "docx", "-o"])
        .arg(reference.with_extension("out.docx"))
        .arg("--reference-docx")
        .arg(reference)
        .assert()
        .code(2)
        .stderr(
            predicates::str::contains(reference.display().to_string())
                .and(predicates::str::contains(reason)),
        );
    assert!(
        !reference.with_extension("out.docx").exists(),
        "nothing written"
    );
}

use predicates::prelude::PredicateBooleanExt;

#[test]
fn a_bad_reference_document_is_refused_with_its_name() {
    let dir = tempfile::tempdir().expect("temp dir");
    let not_zip = save(dir.path(), "notes.docx", b"just some text");
    refused(&not_zip, "not a Word document");

    let no_document = save(dir.path(), "empty.docx", &zip_of(&[("a.txt", b"x")]));
    refused(&no_document, "no word/document.xml");

    let zeros = vec![0u8; 40 * 1024 * 1024];
    let bomb = save(
        dir.path(),
        "bomb.docx",
        &zip_of(&[
            ("word/document.xml", b"<w:document/>"),
            ("word/styles.xml", &zeros),
        ]),
    );
    refused(&bomb, "zip bomb");

    let section = br#"<w:document><w:body><w:sectPr><w:headerReference w:type="default" r:id="rId9"/><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>"#;
    let rels = br#"<Relationships><Relationship Id="rId9" Type="header" Target="header1.xml"/></Relationships>"#;
    let header_rels = br#"<Relationships><Relationship Id="rId1" Type="image" Target="../../../etc/passwd"/></Relationships>"#;
    let escape = save(
        dir.path(),
        "escape.docx",
        &zip_of(&[
            ("word/document.xml", section),
            ("word/_rels/document.xml.rels", rels),
            ("word/header1.xml", b"<w:hdr/>"),
            ("word/_rels/header1.xml.rels", header_rels),
        ]),
    );
    refused(&escape, "points outside");
}

#[test]
fn a_draft_is_marked_in_the_header_and_lists_its_issues() {
    let mut tree = covenant_tree();
    tree.draft = Some(Draft {
        issues: vec![vec![text(
            "E012: de bijdragen tellen niet op tot het totaal",
        )]],
    });
    let dir = tempfile::tempdir().expect("temp dir");
    let read = read_back(&save(
        dir.path(),
        "draft.docx",
        &write(&tree, &Settings::default()),
    ));
    assert_eq!(read["header"], serde_json::json!(["CONCEPT"]));
    assert!(all_text(&read).contains("E012: de bijdragen tellen niet op tot het totaal"));
    assert!(texts_of(&read, "Concept")[0].starts_with("CONCEPT – "));
}

#[test]
fn reference_docx_applies_to_docx_only() {
    Bin::cargo_bin("covenant")
        .expect("binary")
        .args(["build", EXAMPLES[0], "--reference-docx", "x.docx"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains(
            "--reference-docx applies to --to docx only",
        ));
}
