//! The register as a document of plain blocks, worded in the reader's
//! language, rendered to Markdown and HTML. Names and titles are shown, never
//! ids; money, dates and percentages are written as in the documents.

use super::amount::{Amount, sum};
use super::words::Words;
use super::{
    Affiliation, ContributionLine, CostShareLine, Joint, PartyEntry, Register, RiskBorne, Seat,
    Stake,
};

/// A block of the document; all text is plain and escaped by the renderer.
#[derive(Debug, Clone)]
pub enum Block {
    /// A heading of level 1 to 3.
    Heading(u8, String),
    /// A paragraph.
    Paragraph(String),
    /// A bulleted list.
    List(Vec<String>),
    /// A table with a header row.
    Table(Vec<String>, Vec<Vec<String>>),
}

fn opt(value: Option<&String>) -> String {
    value.cloned().unwrap_or_default()
}

/// Committed money as one total per currency, with its lines by kind:
/// "€ 1.900.000 (geld € 1.500.000; personele inzet € 400.000)".
fn money(w: &Words, list: &[Amount]) -> String {
    let lines: Vec<String> = list
        .iter()
        .map(|a| {
            w.fill(
                "kind_amount",
                &[("kind", &w.word("kind", &a.kind)), ("amount", &w.money(a))],
            )
        })
        .collect();
    let by_currency: Vec<Amount> = list
        .iter()
        .map(|a| Amount {
            kind: String::new(),
            ..a.clone()
        })
        .collect();
    let totals: Vec<String> = sum(&by_currency).iter().map(|t| w.money(t)).collect();
    match lines.len() {
        0 => String::new(),
        1 => lines.join(""),
        _ => w.fill(
            "total_of",
            &[("total", &totals.join("; ")), ("lines", &lines.join("; "))],
        ),
    }
}

fn cost_shares(w: &Words, list: &[CostShareLine]) -> String {
    list.iter()
        .map(|c| {
            w.fill(
                "cost_share",
                &[
                    ("share", &w.percent(&c.share)),
                    ("cost", &c.cost),
                    ("kind", &w.word("kind", &c.kind)),
                ],
            )
        })
        .collect::<Vec<_>>()
        .join("; ")
}

fn stakes(w: &Words, list: &[Stake]) -> String {
    list.iter()
        .map(|s| {
            let share = w.percent(&s.share);
            match &s.through {
                Some(group) => w.fill(
                    "stake_through",
                    &[("share", &share), ("entity", &s.name), ("group", group)],
                ),
                None => w.fill("stake", &[("share", &share), ("entity", &s.name)]),
            }
        })
        .collect::<Vec<_>>()
        .join("; ")
}

fn heads(w: &Words, names: &[&str]) -> Vec<String> {
    names.iter().map(|s| w.get(&format!("head.{s}"))).collect()
}

fn or_none(w: &Words, text: String) -> String {
    if text.is_empty() { w.get("none") } else { text }
}

/// The register as blocks, worded by `w`.
#[must_use]
pub fn blocks(register: &Register, w: &Words) -> Vec<Block> {
    let mut out = vec![
        Block::Heading(1, w.get("title")),
        Block::Paragraph(w.fill(
            "intro",
            &[
                ("today", &w.date(register.today)),
                ("until", &w.date(register.due_until)),
                (
                    "agreements",
                    &w.count("agreement", register.agreements.len()),
                ),
                ("parties", &w.count("party", register.parties.len())),
            ],
        )),
        Block::Heading(2, w.get("agreements")),
    ];
    let rows = register.agreements.iter().map(|a| {
        vec![
            a.file.clone(),
            opt(a.title.as_ref()),
            opt(a.reference.as_ref()),
            a.function
                .as_ref()
                .map(|f| w.word("register.function", f))
                .unwrap_or_default(),
            a.parties.join("; "),
            a.effective.map(|d| w.date(d)).unwrap_or_default(),
            a.expires.as_ref().map(|e| w.expires(e)).unwrap_or_default(),
            money(w, &a.committed),
            a.errors.to_string(),
            a.warnings.to_string(),
        ]
    });
    let head = [
        "file",
        "title",
        "reference",
        "function",
        "parties",
        "effective",
        "expires",
        "committed",
        "errors",
        "warnings",
    ];
    out.push(Block::Table(heads(w, &head), rows.collect()));
    out.push(Block::Heading(2, w.get("parties")));
    for party in &register.parties {
        party_blocks(party, w, &mut out);
    }
    if !register.affiliations.is_empty() {
        out.push(Block::Heading(2, w.get("affiliations")));
        for affiliation in &register.affiliations {
            affiliation_blocks(affiliation, w, &mut out);
        }
    }
    out
}

fn facts(party: &PartyEntry, w: &Words) -> Vec<String> {
    let fact = |key: &str, value: String| format!("{}: {value}", w.get(&format!("fact.{key}")));
    let mut facts = Vec::new();
    let sector = party.sector.as_ref().map(|s| w.word("register.sector", s));
    for (key, value) in [
        ("registration", party.registration.clone()),
        ("legal_form", party.legal_form.clone()),
        ("seat", party.seat.clone()),
        ("sector", sector),
    ] {
        if let Some(value) = value {
            facts.push(fact(key, value));
        }
    }
    facts.push(fact("committed", or_none(w, money(w, &party.committed))));
    if !party.ceilings.is_empty() {
        facts.push(fact("ceilings", money(w, &party.ceilings)));
    }
    if !party.cost_shares.is_empty() {
        facts.push(fact("cost_shares", cost_shares(w, &party.cost_shares)));
    }
    if !party.stakes.is_empty() {
        facts.push(fact("stakes", stakes(w, &party.stakes)));
    }
    let risk: Vec<String> = party.risk_total.iter().map(|e| w.exact(e)).collect();
    facts.push(fact("risk", or_none(w, risk.join("; "))));
    facts
}

/// The committed money of `lines` in `file`.
fn committed_in(w: &Words, lines: &[ContributionLine], file: &str) -> String {
    let mine: Vec<Amount> = lines
        .iter()
        .filter(|c| !c.ceiling && c.file == file)
        .map(|c| c.amount.clone())
        .collect();
    money(w, &sum(&mine))
}

fn party_blocks(party: &PartyEntry, w: &Words, out: &mut Vec<Block>) {
    let name = if party.group {
        w.fill("group", &[("name", &party.name)])
    } else {
        party.name.clone()
    };
    out.push(Block::Heading(3, name));
    out.push(Block::List(facts(party, w)));
    let rows = party.memberships.iter().map(|m| {
        let mut role = m
            .role
            .as_ref()
            .map(|r| w.word("register.role", r))
            .unwrap_or_default();
        if m.external {
            role = [role, w.get("external")]
                .into_iter()
                .filter(|s| !s.is_empty())
                .collect::<Vec<_>>()
                .join(", ");
        }
        vec![
            m.file.clone(),
            opt(m.title.as_ref()),
            role,
            m.representatives.join("; "),
            m.groups.join("; "),
            committed_in(w, &party.contributions, &m.file),
        ]
    });
    let head = [
        "file",
        "partnership",
        "role",
        "representatives",
        "groups",
        "committed",
    ];
    out.push(Block::Table(heads(w, &head), rows.collect()));
    if !party.contributions.is_empty() {
        out.push(contribution_table(w, &party.contributions));
    }
    if !party.risks.is_empty() {
        out.push(risk_table(w, &party.risks));
    }
    if !party.due.is_empty() {
        let rows = party.due.iter().map(|d| {
            vec![
                w.date(d.due),
                d.file.clone(),
                d.title.clone(),
                d.obligation
                    .as_ref()
                    .map(|o| w.word("obligation_short", o))
                    .unwrap_or_default(),
            ]
        });
        out.push(Block::Table(
            heads(w, &["due", "file", "deliverable", "obligation"]),
            rows.collect(),
        ));
    }
    if !party.seats.is_empty() {
        out.push(seat_table(w, &party.seats));
    }
}

fn contribution_kind(w: &Words, line: &ContributionLine) -> String {
    let kind = w.word("kind", &line.amount.kind);
    if line.ceiling {
        w.fill("ceiling", &[("kind", &kind)])
    } else {
        kind
    }
}

fn contribution_table(w: &Words, lines: &[ContributionLine]) -> Block {
    let rows = lines
        .iter()
        .map(|c| vec![c.file.clone(), contribution_kind(w, c), w.money(&c.amount)]);
    Block::Table(
        heads(w, &["file", "contribution", "amount"]),
        rows.collect(),
    )
}

fn risk_table(w: &Words, risks: &[RiskBorne]) -> Block {
    let rows = risks.iter().map(|r| {
        vec![
            r.file.clone(),
            r.title.clone(),
            r.category
                .as_ref()
                .map(|c| w.word("category", c))
                .unwrap_or_default(),
            w.percent(&r.share),
            r.cap.as_ref().map(|c| w.money(c)).unwrap_or_default(),
            r.borne.as_ref().map(|b| w.exact(b)).unwrap_or_default(),
        ]
    });
    Block::Table(
        heads(w, &["file", "risk", "category", "share", "cap", "borne"]),
        rows.collect(),
    )
}

fn place(w: &Words, seat: &Seat) -> (String, String) {
    let place = w.get(if seat.chair { "chair" } else { "member" });
    let vote = w.get(if seat.votes { "vote" } else { "advisory" });
    (place, vote)
}

fn seat_table(w: &Words, seats: &[Seat]) -> Block {
    let rows = seats.iter().map(|s| {
        let (place, vote) = place(w, s);
        vec![
            s.file.clone(),
            s.name.clone(),
            place,
            s.decides
                .as_ref()
                .map(|d| w.word("register.decision", d))
                .unwrap_or_default(),
            vote,
        ]
    });
    Block::Table(
        heads(w, &["file", "body", "seat", "decides", "vote"]),
        rows.collect(),
    )
}

fn seats_held(w: &Words, seats: &[Seat]) -> Vec<String> {
    seats
        .iter()
        .map(|s| {
            let (place, vote) = place(w, s);
            w.fill(
                "seat_held",
                &[("body", &s.name), ("place", &place), ("vote", &vote)],
            )
        })
        .collect()
}

fn risks_borne(w: &Words, risks: &[RiskBorne]) -> Vec<String> {
    risks
        .iter()
        .map(|r| {
            let share = w.percent(&r.share);
            match &r.borne {
                Some(borne) => w.fill(
                    "risk_borne",
                    &[
                        ("title", &r.title),
                        ("share", &share),
                        ("amount", &w.exact(borne)),
                    ],
                ),
                None => w.fill("risk_uncapped", &[("title", &r.title), ("share", &share)]),
            }
        })
        .collect()
}

/// What a group holds for its members: "De gemeenten: Stuurgroep (lid, stemrecht), geld € 50.000".
fn joint(w: &Words, j: &Joint) -> String {
    let mut parts = seats_held(w, &j.seats);
    parts.extend(j.contributions.iter().map(|c| {
        w.fill(
            "kind_amount",
            &[
                ("kind", &contribution_kind(w, c)),
                ("amount", &w.money(&c.amount)),
            ],
        )
    }));
    parts.extend(risks_borne(w, &j.risks));
    format!("{}: {}", j.group, parts.join(", "))
}

fn affiliation_blocks(a: &Affiliation, w: &Words, out: &mut Vec<Block>) {
    out.push(Block::Heading(
        3,
        format!(
            "{}: {}",
            a.party,
            a.partnership.as_deref().unwrap_or(&a.file)
        ),
    ));
    let term = w.fill(
        "term",
        &[
            ("from", &a.effective.map(|d| w.date(d)).unwrap_or_default()),
            (
                "to",
                &a.expires.as_ref().map(|e| w.expires(e)).unwrap_or_default(),
            ),
        ],
    );
    let jointly: Vec<String> = a.jointly.iter().map(|j| joint(w, j)).collect();
    let rows = [
        ("file", a.file.clone()),
        (
            "function",
            a.function
                .as_ref()
                .map(|f| w.word("register.function", f))
                .unwrap_or_default(),
        ),
        ("meeting_place", opt(a.meeting_place.as_ref())),
        ("public_interest", opt(a.public_interest.as_ref())),
        ("held", seats_held(w, &a.held).join("; ")),
        ("represented_by", a.represented_by.join("; ")),
        ("financial_interest", money(w, &a.financial_interest)),
        ("ceilings", money(w, &a.ceilings)),
        ("cost_shares", cost_shares(w, &a.cost_shares)),
        ("stakes", stakes(w, &a.stakes)),
        ("risks", risks_borne(w, &a.risks).join("; ")),
        ("jointly", jointly.join("; ")),
        ("term", term),
    ];
    let second_edition = ["cost_shares", "stakes"];
    let rows = rows
        .into_iter()
        .filter(|(k, v)| !(v.is_empty() && second_edition.contains(k)))
        .map(|(k, v)| vec![w.get(&format!("affiliation.{k}")), v])
        .collect();
    out.push(Block::Table(heads(w, &["field", "value"]), rows));
}
