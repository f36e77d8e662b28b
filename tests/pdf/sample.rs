//! A realistic covenant as a document tree, built in test code: five parties
//! (one still to be tendered), recitals, thirteen articles with numbered leden
//! and "a." sub-items, a contributions table with its total, references,
//! fill-in fields, signature blocks and two annexes.

use covenant::render::tree::{
    Align, Annex, Article, Block, Column, Document, Draft, Inline, Lid, List, ListItem, ListStyle,
    Meta, PartyEntry, Row, Signatory, SignatureBlock, Table,
};

/// The parties' names, in order (the last is the tender's placeholder).
pub const PARTIES: [&str; 5] = [
    "Gemeente Zwolle",
    "Warmte Netbeheer Zwolle B.V.",
    "Stichting Woonkracht IJsseldelta",
    "Provincie Overijssel",
    "[naam inschrijver]",
];

/// The article titles, Dutch and English.
const TITLES: [(&str, &str); 13] = [
    ("Begripsbepalingen", "Definitions"),
    ("Doel en ambitie", "Purpose and ambition"),
    ("Doelen", "Goals"),
    ("Verplichtingen van partijen", "Obligations of the parties"),
    ("Bijdragen en financiering", "Contributions and funding"),
    ("Risicoverdeling", "Allocation of risks"),
    ("Eigendom", "Ownership"),
    (
        "Organisatie en besluitvorming",
        "Organisation and decisions",
    ),
    (
        "Monitoring, rapportage en evaluatie",
        "Monitoring, reporting and evaluation",
    ),
    ("Geheimhouding", "Confidentiality"),
    ("Opzegging", "Termination"),
    (
        "Afdwingbaarheid en geschillen",
        "Enforceability and disputes",
    ),
    (
        "Inwerkingtreding, duur en verlenging",
        "Entry into force, term and renewal",
    ),
];

fn text(s: &str) -> Inline {
    Inline::text(s)
}

fn para(inlines: Vec<Inline>) -> Block {
    Block::Paragraph { inlines }
}

fn reference(target: &str, words: &str) -> Inline {
    Inline::Reference {
        target: target.into(),
        text: words.into(),
    }
}

fn letters(items: Vec<Vec<Inline>>) -> Block {
    Block::List(List {
        style: ListStyle::Letter,
        items: items
            .into_iter()
            .enumerate()
            .map(|(i, inlines)| ListItem {
                key: None,
                label: format!(
                    "{}.",
                    char::from(b'a' + u8::try_from(i).expect("few items"))
                ),
                blocks: vec![para(inlines)],
            })
            .collect(),
    })
}

fn lid(key: &str, number: usize, blocks: Vec<Block>) -> Lid {
    Lid {
        key: key.into(),
        number: Some(number),
        blocks,
    }
}

const LOREM: &str = "Partijen spannen zich in om de aanleg van het warmtenet zo uit te voeren dat \
    bewoners zo min mogelijk hinder ondervinden, dat de planning van de gebiedsontwikkeling \
    wordt gevolgd en dat de kosten binnen de begroting blijven, met inachtneming van de \
    warmtetransitievisie en het uitvoeringsprogramma van de gemeente";

/// The leden of article `n` (1-based).
fn leden(n: usize) -> Vec<Lid> {
    match n {
        1 => vec![Lid {
            key: "lid.definitions.1".into(),
            number: None,
            blocks: vec![
                para(vec![text("In deze overeenkomst wordt verstaan onder:")]),
                letters(vec![
                    vec![
                        Inline::Strong {
                            inlines: vec![text("Warmtenet")],
                        },
                        text(": het collectieve net voor de levering van warmte in Zwolle-Zuid;"),
                    ],
                    vec![
                        Inline::Strong {
                            inlines: vec![text("Aansluiting")],
                        },
                        text(": de verbinding tussen het Warmtenet en een woning;"),
                    ],
                    vec![
                        Inline::Strong {
                            inlines: vec![text("Stuurgroep")],
                        },
                        text(": het orgaan bedoeld in "),
                        reference("article.governance", "artikel 8"),
                        text("."),
                    ],
                ]),
            ],
        }],
        4 => vec![
            lid(
                "lid.deliverable.fase1",
                1,
                vec![para(vec![text(
                    "Warmte Netbeheer Zwolle B.V. legt uiterlijk op 31 december 2027 de eerste fase van het Warmtenet aan, met ten minste 1.200 Aansluitingen.",
                )])],
            ),
            lid(
                "lid.deliverable.woningen",
                2,
                vec![
                    para(vec![text("Stichting Woonkracht IJsseldelta:")]),
                    letters(vec![
                        vec![text("stelt haar woningen beschikbaar voor aansluiting;")],
                        vec![text(
                            "informeert haar huurders tijdig over de werkzaamheden;",
                        )],
                        vec![
                            text("draagt bij aan de kosten zoals bepaald in "),
                            reference("lid.contributions.1", "artikel 5, eerste lid"),
                            text("."),
                        ],
                    ]),
                ],
            ),
            lid(
                "lid.deliverable.aanleg",
                3,
                vec![para(vec![
                    text("De aannemer, "),
                    Inline::Placeholder {
                        text: "[naam inschrijver]".into(),
                    },
                    text(", voert de werkzaamheden uit volgens het bestek."),
                ])],
            ),
        ],
        5 => vec![
            lid(
                "lid.contributions.1",
                1,
                vec![
                    para(vec![text("Partijen leveren de volgende bijdragen:")]),
                    Block::Table(contributions()),
                ],
            ),
            lid(
                "lid.contributions.2",
                2,
                vec![para(vec![text(LOREM), text(".")])],
            ),
        ],
        _ => (1..=3)
            .map(|i| {
                lid(
                    &format!("lid.article{n}.{i}"),
                    i,
                    vec![para(vec![
                        text(LOREM),
                        text(if i == 2 { "; zie ook " } else { "." }),
                    ])]
                    .into_iter()
                    .chain((i == 2).then(|| {
                        para(vec![
                            reference("lid.deliverable.fase1", "artikel 4, eerste lid"),
                            text("."),
                        ])
                    }))
                    .collect(),
                )
            })
            .collect(),
    }
}

fn cells(values: &[&str]) -> Vec<Vec<Inline>> {
    values.iter().map(|v| vec![text(v)]).collect()
}

fn contributions() -> Table {
    let column = |role: &str, heading: &str, align| Column {
        role: role.into(),
        heading: heading.into(),
        align,
    };
    Table {
        key: "table.contributions".into(),
        columns: vec![
            column("party", "Partij", Align::Left),
            column("kind", "Vorm", Align::Left),
            column("purpose", "Bestemming", Align::Left),
            column("amount", "Bedrag", Align::Right),
        ],
        rows: [
            [
                "Gemeente Zwolle",
                "subsidie",
                "onrendabele top",
                "€ 750.000",
            ],
            [
                "Warmte Netbeheer Zwolle B.V.",
                "eigen vermogen",
                "aanleg hoofdnet",
                "€ 600.000",
            ],
            [
                "Stichting Woonkracht IJsseldelta",
                "geld",
                "inpandige aanpassingen",
                "€ 335.000",
            ],
            [
                "Provincie Overijssel",
                "subsidie",
                "procesbegeleiding",
                "€ 150.000",
            ],
        ]
        .iter()
        .map(|r| Row {
            key: None,
            cells: cells(r),
        })
        .collect(),
        footer: Some(Row {
            key: None,
            cells: cells(&["Totaal", "", "", "€ 1.835.000"]),
        }),
    }
}

/// The sample covenant in `lang` (`nl` or `en`).
pub fn covenant(lang: &'static str) -> Document {
    let en = lang == "en";
    let article = if en { "Article" } else { "Artikel" };
    let annex = if en { "Annex" } else { "Bijlage" };
    let articles = TITLES
        .iter()
        .enumerate()
        .map(|(i, (nl_title, en_title))| Article {
            key: match i {
                0 => "article.definitions".into(),
                3 => "article.commitments".into(),
                4 => "article.contributions".into(),
                7 => "article.governance".into(),
                _ => format!("article.n{}", i + 1),
            },
            kind: "clause".into(),
            number: i + 1,
            label: format!("{article} {}", i + 1),
            title: (if en { en_title } else { nl_title }).to_string(),
            leden: leden(i + 1),
            data: serde_json::Value::Null,
        })
        .collect();
    let parties = PARTIES
        .iter()
        .enumerate()
        .map(|(i, name)| PartyEntry {
            key: format!("party.p{}", i + 1),
            number: i + 1,
            name: (*name).to_string(),
            description: vec![text(if i == 4 {
                "[rechtsvorm], gevestigd te [vestigingsplaats]; dit is de partij die wordt gekozen via de Europese aanbesteding, hierna te noemen: Opdrachtnemer"
            } else {
                "gevestigd te Zwolle, ingeschreven onder KvK 12345678, hierbij rechtsgeldig vertegenwoordigd door A. Jansen, algemeen directeur"
            })],
            placeholder: i == 4,
        })
        .collect();
    let signatures = PARTIES
        .iter()
        .enumerate()
        .map(|(i, name)| SignatureBlock {
            key: format!("signature.p{}", i + 1),
            party: (*name).to_string(),
            placeholder: i == 4,
            signatories: vec![Signatory {
                name: if i == 4 {
                    vec![Inline::Placeholder {
                        text: "[naam vertegenwoordiger]".into(),
                    }]
                } else {
                    vec![text(
                        [
                            "A. Jansen",
                            "M. de Vries",
                            "M. Bakker-Oosterhof",
                            "R. Hoekstra",
                            "",
                        ][i],
                    )]
                },
                capacity: vec![text("wethouder")],
                place: vec![text("Zwolle")],
                date: vec![text("……………………………")],
            }],
        })
        .collect();
    Document {
        lang,
        meta: Meta {
            title: "Samenwerkingsovereenkomst Warmtenet Zwolle-Zuid".into(),
            short_title: Some("Convenant Warmtenet Zwolle-Zuid".into()),
            reference: Some("WZZ-2026-001".into()),
            version: Some("1.0".into()),
            date: Some("2026-04-01".into()),
            language_tag: if en { "en-GB" } else { "nl-NL" },
        },
        draft: None,
        parties,
        recitals: vec![
            vec![para(vec![text(
                "de gemeente de wijk Zwolle-Zuid uiterlijk in 2035 aardgasvrij wil maken;",
            )])],
            vec![para(vec![text(
                "een collectief warmtenet voor de wijk de laagste maatschappelijke kosten heeft;",
            )])],
            vec![para(vec![text(
                "partijen hun samenwerking in deze overeenkomst willen vastleggen.",
            )])],
        ],
        articles,
        closing: vec![text("Aldus overeengekomen en ondertekend te Zwolle:")],
        signatures,
        annexes: vec![
            Annex {
                key: "annex.risk-matrix".into(),
                number: 1,
                label: format!("{annex} 1"),
                title: if en { "Risk matrix" } else { "Risicomatrix" }.into(),
                generated: true,
                blocks: vec![Block::Table(Table {
                    key: "table.risk-matrix".into(),
                    columns: vec![
                        Column {
                            role: "risk".into(),
                            heading: "Risico".into(),
                            align: Align::Left,
                        },
                        Column {
                            role: "likelihood".into(),
                            heading: "Kans".into(),
                            align: Align::Left,
                        },
                        Column {
                            role: "impact".into(),
                            heading: "Impact".into(),
                            align: Align::Left,
                        },
                        Column {
                            role: "cap".into(),
                            heading: "Maximum".into(),
                            align: Align::Right,
                        },
                    ],
                    rows: (1..=40)
                        .map(|i| Row {
                            key: Some(format!("row.risk.r{i}")),
                            cells: cells(&[
                                &format!("Risico {i}: vertraging in de aanleg"),
                                "middel",
                                "hoog",
                                "€ 50.000",
                            ]),
                        })
                        .collect(),
                    footer: None,
                })],
            },
            Annex {
                key: "annex.kaart".into(),
                number: 2,
                label: format!("{annex} 2"),
                title: if en {
                    "Map of the area"
                } else {
                    "Kaart van het plangebied"
                }
                .into(),
                generated: false,
                blocks: vec![para(vec![text(
                    "De kaart van het plangebied Zwolle-Zuid, versie 3 van 12 februari 2026.",
                )])],
            },
        ],
        anchors: Vec::new(),
    }
}

/// The sample as a draft with open issues.
pub fn draft() -> Document {
    let mut document = covenant("nl");
    document.draft = Some(Draft {
        issues: vec![vec![text("Doel d2 heeft geen indicator.")]],
    });
    document
}
