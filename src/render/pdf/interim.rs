//! The interim path from the model to the document tree, for PDF only.
//!
//! `crate::render::tree::build` (the one builder of the document tree, shared
//! by every format) is written on another branch. Until it is merged, this
//! adapter maps what a signed covenant cannot do without: the title and
//! metadata, the parties, the recitals, definitions, goals, commitments,
//! contributions (a table with its total), the free clauses, the signature
//! blocks and a risk annex. At the merge `document_tree` is replaced by
//! `tree::build` and this file is deleted.

use super::super::articles::totals;
use super::super::format;
use super::super::i18n::Messages;
use super::super::tree::{
    Align, Annex, Article, Block, Column, Document, Draft, Inline, Lid, List, ListItem, ListStyle,
    Meta, PartyEntry, Row, Signatory, SignatureBlock, Table,
};
use super::super::{Options, RenderError, messages};
use crate::model::references::{Piece, pieces};
use crate::model::words::Language;
use crate::model::{Agreement, Date, Party};

/// The document tree of `agreement` (interim: see the module documentation).
///
/// # Errors
/// An invalid message file or a total too large to compute.
pub(super) fn document_tree(
    agreement: &Agreement,
    options: &Options,
) -> Result<Document, RenderError> {
    let language = options.language_for(agreement);
    let m = messages(options, language)?;
    let b = Builder {
        a: agreement,
        m: &m,
        language,
    };
    let mut articles = Vec::new();
    let mut add = |key: &str, kind: &str, title: String, leden: Vec<Lid>| {
        if !leden.is_empty() {
            articles.push(Article {
                key: key.to_string(),
                kind: kind.to_string(),
                number: articles.len() + 1,
                label: format!("{} {}", m.get("doc.article"), articles.len() + 1),
                title,
                leden,
                data: serde_json::Value::Null,
            });
        }
    };
    add(
        "article.definitions",
        "definitions",
        m.get("article.definitions"),
        b.definitions(),
    );
    add("article.goals", "goals", m.get("article.goals"), b.goals());
    add(
        "article.commitments",
        "commitments",
        m.get("article.commitments"),
        b.commitments(),
    );
    add(
        "article.contributions",
        "contributions",
        m.get("article.contributions"),
        b.contributions()?,
    );
    for clause in &agreement.clauses {
        add(
            &format!("article.clause.{}", clause.id.value),
            "clause",
            clause.title.value.clone(),
            b.paragraphs(
                &clause.text.value,
                &format!("lid.clause.{}", clause.id.value),
            ),
        );
    }
    add("article.term", "term", m.get("article.term"), b.term());
    let annexes = b.risk_annex().into_iter().collect();
    Ok(Document {
        lang: language.as_str(),
        meta: b.meta(),
        draft: options.draft.as_ref().map(|issues| Draft {
            issues: issues.iter().map(|i| vec![Inline::text(i)]).collect(),
        }),
        parties: b.parties(),
        recitals: agreement
            .recitals
            .iter()
            .map(|r| vec![b.paragraph(&r.value)])
            .collect(),
        articles,
        closing: vec![Inline::text(match &agreement.header.signed_at {
            Some(place) => m.fill("signature.intro_at", &[("place", &place.value)]),
            None => m.get("signature.intro"),
        })],
        signatures: b.signatures(),
        annexes,
        anchors: Vec::new(),
    })
}

/// What the mapping needs: the agreement, its messages and language.
struct Builder<'a> {
    a: &'a Agreement,
    m: &'a Messages,
    language: Language,
}

impl Builder<'_> {
    fn meta(&self) -> Meta {
        let h = &self.a.header;
        let signed = self
            .a
            .parties
            .iter()
            .flat_map(|p| &p.representatives)
            .filter_map(|r| r.signed_on.as_ref().map(|d| d.value))
            .max();
        Meta {
            title: h
                .title
                .as_ref()
                .map_or_else(|| self.m.get("doc.untitled"), |t| t.value.clone()),
            short_title: h.short_title.as_ref().map(|t| t.value.clone()),
            reference: h.reference.as_ref().map(|t| t.value.clone()),
            version: h.version.as_ref().map(|t| t.value.clone()),
            date: signed
                .or(h.effective.as_ref().map(|d| d.value))
                .map(|d| format!("{:04}-{:02}-{:02}", d.year, d.month, d.day)),
            language_tag: match self.language {
                Language::Nl => "nl-NL",
                Language::En => "en-GB",
            },
        }
    }

    fn date(&self, date: Date) -> String {
        format::date(date, self.language)
    }

    /// A party's or group's name, the id when unknown.
    fn name(&self, id: &str) -> String {
        self.a
            .party(id)
            .map(|p| p.name.value.clone())
            .or_else(|| self.a.group(id).map(|g| g.name.value.clone()))
            .unwrap_or_else(|| id.to_string())
    }

    fn parties(&self) -> Vec<PartyEntry> {
        self.a
            .parties
            .iter()
            .enumerate()
            .map(|(i, party)| PartyEntry {
                key: format!("party.{}", party.id.value),
                number: i + 1,
                name: if party.is_tendered() {
                    self.m.get("placeholder.name")
                } else {
                    party.name.value.clone()
                },
                description: Some(self.description(party))
                    .filter(|d| !d.is_empty())
                    .map(Inline::text)
                    .into_iter()
                    .collect(),
                placeholder: party.is_tendered(),
            })
            .collect()
    }

    /// Form, seat, registration and representation, joined by commas.
    fn description(&self, party: &Party) -> String {
        let mut parts: Vec<String> = party.legal_form.iter().map(|f| f.value.clone()).collect();
        if let Some(seat) = &party.seat {
            parts.push(self.m.fill("party.seat", &[("seat", &seat.value)]));
        }
        if let Some(registration) = &party.registration {
            parts.push(self.m.fill(
                "party.registration",
                &[("registration", &registration.value)],
            ));
        }
        let people: Vec<String> = party
            .representatives
            .iter()
            .map(|r| match &r.capacity {
                Some(c) => format!("{}, {}", r.name.value, c.value),
                None => r.name.value.clone(),
            })
            .collect();
        if !people.is_empty() {
            parts.push(self.m.fill(
                "party.represented",
                &[("representatives", &people.join("; "))],
            ));
        }
        if let Some(tender) = &party.selected_by {
            let mut last = parts
                .pop()
                .unwrap_or_else(|| self.m.get("placeholder.legal_form"));
            last.push_str(&self.m.fill(
                "party.tendered",
                &[("tender", &tender.value), ("term", &party.name.value)],
            ));
            parts.push(last);
        }
        parts.join(", ")
    }

    /// Text with its `[[id]]` references replaced by the name of a party, or the id.
    fn inlines(&self, text: &str) -> Vec<Inline> {
        pieces(text)
            .into_iter()
            .map(|piece| match piece {
                Piece::Text(t) => Inline::text(t),
                Piece::Reference(r) => Inline::Reference {
                    target: format!("party.{}", r.id),
                    text: self.name(r.id),
                },
            })
            .collect()
    }

    fn paragraph(&self, text: &str) -> Block {
        Block::Paragraph {
            inlines: self.inlines(text),
        }
    }

    /// A text block split into leden at its blank lines.
    fn paragraphs(&self, text: &str, key: &str) -> Vec<Lid> {
        let parts: Vec<&str> = text
            .split("\n\n")
            .map(str::trim)
            .filter(|p| !p.is_empty())
            .collect();
        let numbered = parts.len() > 1;
        parts
            .iter()
            .enumerate()
            .map(|(i, p)| Lid {
                key: format!("{key}.{}", i + 1),
                number: numbered.then_some(i + 1),
                blocks: vec![self.paragraph(p)],
            })
            .collect()
    }

    fn definitions(&self) -> Vec<Lid> {
        if self.a.definitions.is_empty() {
            return Vec::new();
        }
        let items = self
            .a
            .definitions
            .iter()
            .zip(letters())
            .map(|(d, label)| ListItem {
                key: Some(format!("item.definition.{}", d.id.value)),
                label,
                blocks: vec![Block::Paragraph {
                    inlines: [
                        vec![Inline::Strong {
                            inlines: vec![Inline::text(&d.term.value)],
                        }],
                        vec![Inline::text(": ")],
                        self.inlines(&d.meaning.value),
                    ]
                    .concat(),
                }],
            })
            .collect();
        vec![Lid {
            key: "lid.definitions.1".into(),
            number: None,
            blocks: vec![
                Block::Paragraph {
                    inlines: vec![Inline::text(self.m.get("definitions.intro"))],
                },
                Block::List(List {
                    style: ListStyle::Letter,
                    items,
                }),
            ],
        }]
    }

    fn goals(&self) -> Vec<Lid> {
        self.a
            .goals
            .iter()
            .enumerate()
            .map(|(i, g)| {
                let mut text = g.title.value.clone();
                if let Some(indicator) = &g.indicator {
                    text.push_str(&format!(
                        "; {}: {}",
                        self.m.get("goals.indicator").to_lowercase(),
                        indicator.value
                    ));
                }
                if let Some(deadline) = &g.deadline {
                    text.push_str(&format!(
                        "; {} {}",
                        self.m.get("goals.date").to_lowercase(),
                        self.date(deadline.value)
                    ));
                }
                text.push('.');
                Lid {
                    key: format!("lid.goal.{}", g.id.value),
                    number: Some(i + 1),
                    blocks: vec![self.paragraph(&text)],
                }
            })
            .collect()
    }

    fn commitments(&self) -> Vec<Lid> {
        self.a
            .deliverables
            .iter()
            .enumerate()
            .map(|(i, d)| {
                let by =
                    d.by.as_ref()
                        .map_or_else(String::new, |b| self.name(&b.value));
                let mut text = format!(
                    "{} {}",
                    self.m.fill("commitments.party", &[("party", &by)]),
                    d.title.value
                );
                if let Some(due) = &d.due {
                    text.push_str(", ");
                    text.push_str(
                        &self
                            .m
                            .fill("commitments.due", &[("date", &self.date(due.value))]),
                    );
                }
                text.push('.');
                Lid {
                    key: format!("lid.deliverable.{}", d.id.value),
                    number: Some(i + 1),
                    blocks: vec![self.paragraph(&text)],
                }
            })
            .collect()
    }

    fn contributions(&self) -> Result<Vec<Lid>, RenderError> {
        let Some(investment) = &self.a.investment else {
            return Ok(Vec::new());
        };
        let committed: Vec<_> = investment
            .contributions
            .iter()
            .filter(|c| !c.ceiling)
            .collect();
        if committed.is_empty() {
            return Ok(Vec::new());
        }
        let money = |m| format::money(m, self.language);
        let rows = committed
            .iter()
            .map(|c| Row {
                key: None,
                cells: vec![
                    vec![Inline::text(self.name(&c.party.value))],
                    vec![Inline::text(
                        self.m.get(&format!("kind.{}", c.kind.value.as_str())),
                    )],
                    vec![Inline::text(
                        c.note.as_ref().map_or("", |n| n.value.as_str()),
                    )],
                    vec![Inline::text(money(c.amount.value))],
                ],
            })
            .collect();
        let total = totals(committed.iter().map(|c| &c.amount.value))
            .map_err(RenderError::Data)?
            .into_iter()
            .map(money)
            .collect::<Vec<_>>()
            .join(" + ");
        let column = |role: &str, key: &str, align| Column {
            role: role.into(),
            heading: self.m.get(key),
            align,
        };
        let table = Table {
            key: "table.contributions".into(),
            columns: vec![
                column("party", "contributions.party", Align::Left),
                column("kind", "contributions.kind", Align::Left),
                column("purpose", "contributions.purpose", Align::Left),
                column("amount", "contributions.amount", Align::Right),
            ],
            rows,
            footer: Some(Row {
                key: None,
                cells: vec![
                    vec![Inline::text(self.m.get("contributions.total"))],
                    Vec::new(),
                    Vec::new(),
                    vec![Inline::text(total)],
                ],
            }),
        };
        Ok(vec![Lid {
            key: "lid.contributions.1".into(),
            number: None,
            blocks: vec![
                Block::Paragraph {
                    inlines: vec![Inline::text(self.m.get("contributions.intro"))],
                },
                Block::Table(table),
            ],
        }])
    }

    fn term(&self) -> Vec<Lid> {
        let Some(effective) = &self.a.header.effective else {
            return Vec::new();
        };
        let text = format!(
            "{}.",
            self.m
                .fill("term.effective", &[("date", &self.date(effective.value))])
        );
        vec![Lid {
            key: "lid.term.1".into(),
            number: None,
            blocks: vec![self.paragraph(&text)],
        }]
    }

    fn signatures(&self) -> Vec<SignatureBlock> {
        let blank = || vec![Inline::text(self.m.get("placeholder.blank"))];
        let place = self
            .a
            .header
            .signed_at
            .as_ref()
            .map_or_else(blank, |p| vec![Inline::text(&p.value)]);
        self.a
            .parties
            .iter()
            .map(|party| {
                let tendered = party.is_tendered();
                let mut signatories: Vec<Signatory> = party
                    .representatives
                    .iter()
                    .map(|r| Signatory {
                        name: vec![Inline::text(&r.name.value)],
                        capacity: r
                            .capacity
                            .as_ref()
                            .map_or_else(blank, |c| vec![Inline::text(&c.value)]),
                        place: place.clone(),
                        date: r
                            .signed_on
                            .as_ref()
                            .map_or_else(blank, |d| vec![Inline::text(self.date(d.value))]),
                    })
                    .collect();
                if signatories.is_empty() {
                    let field = |key: &str| {
                        if tendered {
                            vec![Inline::Placeholder {
                                text: self.m.get(key),
                            }]
                        } else {
                            blank()
                        }
                    };
                    signatories.push(Signatory {
                        name: field("placeholder.representative"),
                        capacity: field("placeholder.capacity"),
                        place: place.clone(),
                        date: blank(),
                    });
                }
                SignatureBlock {
                    key: format!("signature.{}", party.id.value),
                    party: if tendered {
                        format!("{} ({})", self.m.get("placeholder.name"), party.name.value)
                    } else {
                        party.name.value.clone()
                    },
                    placeholder: tendered,
                    signatories,
                }
            })
            .collect()
    }

    fn risk_annex(&self) -> Option<Annex> {
        if self.a.risks.is_empty() {
            return None;
        }
        let word = |key: &str, value: Option<&str>| {
            vec![Inline::text(value.map_or_else(String::new, |v| {
                self.m.get(&format!("{key}.{v}"))
            }))]
        };
        let rows = self
            .a
            .risks
            .iter()
            .map(|r| Row {
                key: Some(format!("row.risk.{}", r.id.value)),
                cells: vec![
                    vec![Inline::text(&r.title.value)],
                    word("category", r.category.as_ref().map(|c| c.value.as_str())),
                    word("level", r.likelihood.as_ref().map(|l| l.value.as_str())),
                    word("level", r.impact.as_ref().map(|l| l.value.as_str())),
                    vec![Inline::text(
                        r.bearers
                            .iter()
                            .map(|s| self.name(&s.party.value))
                            .collect::<Vec<_>>()
                            .join(", "),
                    )],
                ],
            })
            .collect();
        let column = |role: &str, key: &str| Column {
            role: role.into(),
            heading: self.m.get(key),
            align: Align::Left,
        };
        Some(Annex {
            key: "annex.risk-matrix".into(),
            number: 1,
            label: format!("{} 1", self.m.get("doc.annex")),
            title: self.m.get("annex.risk_matrix"),
            generated: true,
            blocks: vec![Block::Table(Table {
                key: "table.risk-matrix".into(),
                columns: vec![
                    column("risk", "risks.risk"),
                    column("category", "risks.category"),
                    column("likelihood", "risks.likelihood"),
                    column("impact", "risks.impact"),
                    column("bearers", "risks.bearers"),
                ],
                rows,
                footer: None,
            })],
        })
    }
}

/// "a.", "b.", ... "z.", "aa.", "ab." ...
fn letters() -> impl Iterator<Item = String> {
    (0usize..).map(|mut n| {
        let mut label = String::new();
        loop {
            label.insert(0, char::from(b'a' + u8::try_from(n % 26).unwrap_or(0)));
            if n < 26 {
                break;
            }
            n = n / 26 - 1;
        }
        label.push('.');
        label
    })
}
