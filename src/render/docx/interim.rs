//! The interim path from the model to the document tree, until `tree::build`
//! (written on another branch) is merged: title, parties, recitals, the
//! definitions, commitments, contributions and free clauses as articles (with
//! their `[[id]]` references resolved), signature blocks and a risk annex.
//! At merge, [`document_tree`] is replaced by `crate::render::tree::build`.

use std::collections::BTreeMap;

use crate::model::references::{Piece, pieces};
use crate::model::words::Language;
use crate::model::{Agreement, Party};
use crate::render::format;
use crate::render::i18n::Messages;
use crate::render::tree::{
    Align, Anchor, Annex, Article, Block, Column, Document, Draft, Inline, Lid, List, ListItem,
    ListStyle, Meta, PartyEntry, Row, Signatory, SignatureBlock, Table,
};

/// The document tree of `agreement` (the interim mapping, see the module docs).
pub(super) fn document_tree(
    agreement: &Agreement,
    messages: &Messages,
    language: Language,
    draft: Option<&[String]>,
) -> Document {
    let h = &agreement.header;
    let text = |t: &Option<crate::model::Text>| t.as_ref().map(|t| t.value.clone());
    let mut doc = Document {
        lang: language.as_str(),
        meta: Meta {
            title: text(&h.title).unwrap_or_else(|| messages.get("doc.untitled")),
            short_title: text(&h.short_title),
            reference: text(&h.reference),
            version: text(&h.version),
            date: h.effective.as_ref().map(|d| d.value.to_string()),
            language_tag: match language {
                Language::Nl => "nl-NL",
                Language::En => "en-GB",
            },
        },
        draft: draft.map(|issues| Draft {
            issues: issues
                .iter()
                .map(|i| vec![Inline::text(i.clone())])
                .collect(),
        }),
        ..Document::default()
    };
    let article_word = messages.get("doc.article");
    let mut anchors = BTreeMap::new();
    for party in &agreement.parties {
        anchors.insert(party.id.value.clone(), ("party", party.name.value.clone()));
    }
    let mut n = 0;
    let mut numbered = |kind: &str| {
        n += 1;
        (n, kind.to_string())
    };
    let definitions = (!agreement.definitions.is_empty()).then(|| numbered("definitions"));
    let commitments = (!agreement.deliverables.is_empty()).then(|| numbered("commitments"));
    let contributions = agreement
        .investment
        .as_ref()
        .map(|_| numbered("contributions"));
    let clauses: Vec<_> = agreement
        .clauses
        .iter()
        .map(|c| (numbered("clause"), c))
        .collect();
    if let Some((number, _)) = &commitments {
        for (i, d) in agreement.deliverables.iter().enumerate() {
            let wording = format!("{} {number}, lid {}", article_word.to_lowercase(), i + 1);
            anchors.insert(d.id.value.clone(), ("deliverable", wording));
        }
    }
    for ((number, _), clause) in &clauses {
        let wording = format!("{} {number}", article_word.to_lowercase());
        anchors.insert(clause.id.value.clone(), ("clause", wording));
    }
    let resolve = |t: &str| resolved(t, &anchors);
    let article = |(number, kind): (usize, String), key: String, title: String, leden| Article {
        key,
        kind,
        number,
        label: format!("{article_word} {number}"),
        title,
        leden,
        data: serde_json::Value::Null,
    };

    doc.parties = agreement
        .parties
        .iter()
        .enumerate()
        .map(|(i, p)| party_entry(i, p, messages))
        .collect();
    doc.recitals = agreement
        .recitals
        .iter()
        .map(|r| vec![paragraph(resolve(&r.value))])
        .collect();
    if let Some(slot) = definitions {
        let items = agreement
            .definitions
            .iter()
            .enumerate()
            .map(|(i, d)| ListItem {
                key: Some(format!("item.definition.{}", d.id.value)),
                label: format!("{}.", char::from(b'a' + u8::try_from(i % 26).unwrap_or(0))),
                blocks: vec![paragraph(vec![
                    Inline::Strong {
                        inlines: vec![Inline::text(d.term.value.clone())],
                    },
                    Inline::text(format!(": {};", d.meaning.value)),
                ])],
            })
            .collect();
        let blocks = vec![
            paragraph(vec![Inline::text(messages.get("definitions.intro"))]),
            Block::List(List {
                style: ListStyle::Letter,
                items,
            }),
        ];
        doc.articles.push(article(
            slot,
            "article.definitions".into(),
            messages.get("article.definitions"),
            vec![Lid {
                key: "lid.definitions.1".into(),
                number: None,
                blocks,
            }],
        ));
    }
    if let Some(slot) = commitments {
        let leden = agreement
            .deliverables
            .iter()
            .enumerate()
            .map(|(i, d)| {
                let mut inlines = vec![Inline::text(d.title.value.clone())];
                if let Some(by) = &d.by {
                    inlines.push(Inline::text(format!(": {}", name(agreement, &by.value))));
                }
                if let Some(due) = &d.due {
                    let date = format::date(due.value, language);
                    inlines.push(Inline::text(format!(
                        ", {}",
                        messages.fill("commitments.due", &[("date", &date)])
                    )));
                }
                inlines.push(Inline::text("."));
                let mut blocks = vec![paragraph(inlines)];
                if let Some(description) = &d.description {
                    blocks.push(paragraph(resolve(&description.value)));
                }
                Lid {
                    key: format!("lid.deliverable.{}", d.id.value),
                    number: Some(i + 1),
                    blocks,
                }
            })
            .collect();
        doc.articles.push(article(
            slot,
            "article.commitments".into(),
            messages.get("article.commitments"),
            leden,
        ));
    }
    if let (Some(slot), Some(investment)) = (contributions, &agreement.investment) {
        let column = |role: &str, key: &str, align| Column {
            role: role.into(),
            heading: messages.get(key),
            align,
        };
        let rows = investment
            .contributions
            .iter()
            .filter(|c| !c.ceiling)
            .map(|c| Row {
                key: None,
                cells: vec![
                    vec![Inline::text(name(agreement, &c.party.value))],
                    vec![Inline::text(
                        messages.get(&format!("kind.{}", c.kind.value.as_str())),
                    )],
                    vec![Inline::text(format::money(c.amount.value, language))],
                ],
            })
            .collect();
        let footer = investment.total.as_ref().map(|total| Row {
            key: None,
            cells: vec![
                vec![Inline::text(messages.get("contributions.total"))],
                Vec::new(),
                vec![Inline::text(format::money(total.value, language))],
            ],
        });
        let blocks = vec![
            paragraph(vec![Inline::text(messages.get("contributions.intro"))]),
            Block::Table(Table {
                key: "table.contributions".into(),
                columns: vec![
                    column("party", "contributions.party", Align::Left),
                    column("kind", "contributions.kind", Align::Left),
                    column("amount", "contributions.amount", Align::Right),
                ],
                rows,
                footer,
            }),
        ];
        doc.articles.push(article(
            slot,
            "article.contributions".into(),
            messages.get("article.contributions"),
            vec![Lid {
                key: "lid.contributions.1".into(),
                number: None,
                blocks,
            }],
        ));
    }
    for (slot, clause) in clauses {
        let paragraphs: Vec<&str> = clause
            .text
            .value
            .split("\n\n")
            .filter(|p| !p.trim().is_empty())
            .collect();
        let several = paragraphs.len() > 1;
        let leden = paragraphs
            .iter()
            .enumerate()
            .map(|(i, p)| Lid {
                key: format!("lid.clause.{}.{}", clause.id.value, i + 1),
                number: several.then_some(i + 1),
                blocks: vec![paragraph(resolve(p))],
            })
            .collect();
        doc.articles.push(article(
            slot,
            format!("article.clause.{}", clause.id.value),
            clause.title.value.clone(),
            leden,
        ));
    }
    let place = h.signed_at.as_ref().map(|p| p.value.clone());
    doc.closing = vec![Inline::text(match &place {
        Some(place) => messages.fill("signature.intro_at", &[("place", place)]),
        None => messages.get("signature.intro"),
    })];
    doc.signatures = agreement
        .parties
        .iter()
        .map(|p| signature(p, place.as_deref(), messages, language))
        .collect();
    if !agreement.risks.is_empty() {
        doc.annexes.push(risk_annex(agreement, messages));
    }
    doc.anchors = anchors
        .into_iter()
        .map(|(id, (kind, text))| Anchor {
            target: target_key(kind, &id),
            id,
            text,
        })
        .collect();
    doc
}

/// The tree key of an anchor of `kind`.
fn target_key(kind: &str, id: &str) -> String {
    match kind {
        "party" => format!("party.{id}"),
        "clause" => format!("article.clause.{id}"),
        _ => format!("lid.{kind}.{id}"),
    }
}

/// Text with its whitespace collapsed and each `[[id]]` a reference.
fn resolved(text: &str, anchors: &BTreeMap<String, (&str, String)>) -> Vec<Inline> {
    pieces(text)
        .into_iter()
        .map(|piece| match piece {
            Piece::Text(t) => Inline::text(collapse(t)),
            Piece::Reference(r) => match anchors.get(r.id) {
                Some((kind, wording)) => Inline::Reference {
                    target: target_key(kind, r.id),
                    text: wording.clone(),
                },
                None => Inline::text(r.id),
            },
        })
        .collect()
}

/// Runs of whitespace as one space, keeping a space at either end.
fn collapse(text: &str) -> String {
    let words: Vec<&str> = text.split_whitespace().collect();
    let mut out = words.join(" ");
    if text.starts_with(char::is_whitespace) && !out.is_empty() {
        out.insert(0, ' ');
    }
    if text.ends_with(char::is_whitespace) && !out.is_empty() {
        out.push(' ');
    }
    out
}

fn paragraph(inlines: Vec<Inline>) -> Block {
    Block::Paragraph { inlines }
}

fn name(agreement: &Agreement, id: &str) -> String {
    agreement
        .party(id)
        .map(|p| p.name.value.clone())
        .or_else(|| agreement.group(id).map(|g| g.name.value.clone()))
        .unwrap_or_else(|| id.to_string())
}

fn party_entry(i: usize, party: &Party, messages: &Messages) -> PartyEntry {
    let tendered = party.is_tendered();
    let field = |value: &Option<crate::model::Text>, placeholder: &str| -> Option<Inline> {
        match value {
            Some(v) => Some(Inline::text(v.value.clone())),
            None if tendered => Some(Inline::Placeholder {
                text: messages.get(placeholder),
            }),
            None => None,
        }
    };
    let mut description = Vec::new();
    let mut push = |prefix: &str, inline: Option<Inline>| {
        if let Some(inline) = inline {
            if !description.is_empty() {
                description.push(Inline::text(", "));
            }
            description.push(Inline::text(prefix));
            description.push(inline);
        }
    };
    push("", field(&party.legal_form, "placeholder.legal_form"));
    let seat_word = messages.fill("party.seat", &[("seat", "")]);
    push(&seat_word, field(&party.seat, "placeholder.seat"));
    let registration_word = messages.fill("party.registration", &[("registration", "")]);
    push(
        &registration_word,
        field(&party.registration, "placeholder.registration"),
    );
    PartyEntry {
        key: format!("party.{}", party.id.value),
        number: i + 1,
        name: if tendered {
            messages.get("placeholder.name")
        } else {
            party.name.value.clone()
        },
        description,
        placeholder: tendered,
    }
}

fn signature(
    party: &Party,
    place: Option<&str>,
    messages: &Messages,
    language: Language,
) -> SignatureBlock {
    let hole = |key: &str| {
        vec![Inline::Placeholder {
            text: messages.get(key),
        }]
    };
    let place = || match place {
        Some(p) => vec![Inline::text(p)],
        None => vec![Inline::text(messages.get("placeholder.blank"))],
    };
    let mut signatories: Vec<Signatory> = party
        .representatives
        .iter()
        .map(|r| Signatory {
            name: vec![Inline::text(r.name.value.clone())],
            capacity: r
                .capacity
                .as_ref()
                .map(|c| vec![Inline::text(c.value.clone())])
                .unwrap_or_default(),
            place: place(),
            date: vec![Inline::text(match &r.signed_on {
                Some(d) => format::date(d.value, language),
                None => messages.get("placeholder.blank"),
            })],
        })
        .collect();
    if signatories.is_empty() {
        signatories.push(Signatory {
            name: hole("placeholder.representative"),
            capacity: hole("placeholder.capacity"),
            place: place(),
            date: vec![Inline::text(messages.get("placeholder.blank"))],
        });
    }
    SignatureBlock {
        key: format!("signature.{}", party.id.value),
        party: if party.is_tendered() {
            messages.get("placeholder.name")
        } else {
            party.name.value.clone()
        },
        placeholder: party.is_tendered(),
        signatories,
    }
}

fn risk_annex(agreement: &Agreement, messages: &Messages) -> Annex {
    let rows = agreement
        .risks
        .iter()
        .map(|risk| {
            let bearers: Vec<String> = risk
                .bearers
                .iter()
                .map(|s| name(agreement, &s.party.value))
                .collect();
            Row {
                key: Some(format!("row.risk.{}", risk.id.value)),
                cells: vec![
                    vec![Inline::text(risk.title.value.clone())],
                    vec![Inline::text(bearers.join(", "))],
                ],
            }
        })
        .collect();
    Annex {
        key: "annex.risk-matrix".into(),
        number: 1,
        label: format!("{} 1", messages.get("doc.annex")),
        title: messages.get("annex.risk_matrix"),
        generated: true,
        blocks: vec![Block::Table(Table {
            key: "table.risk-matrix".into(),
            columns: vec![
                Column {
                    role: "risk".into(),
                    heading: messages.get("article.risks"),
                    align: Align::Left,
                },
                Column {
                    role: "party".into(),
                    heading: messages.get("contributions.party"),
                    align: Align::Left,
                },
            ],
            rows,
            footer: None,
        })],
    }
}
