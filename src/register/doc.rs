//! The register as a document of plain blocks, rendered to Markdown and HTML.

use super::amount::{Amount, show, show_exact};
use super::{Affiliation, CostShareLine, PartyEntry, Register, RiskBorne, Seat, Stake};

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

fn amounts(list: &[Amount]) -> String {
    list.iter()
        .map(|a| format!("{} {}", a.kind, show(a)))
        .collect::<Vec<_>>()
        .join("; ")
}

fn cost_shares(list: &[CostShareLine]) -> String {
    list.iter()
        .map(|c| format!("{}% of \"{}\" ({})", c.share, c.cost, c.kind))
        .collect::<Vec<_>>()
        .join("; ")
}

fn stakes(list: &[Stake]) -> String {
    list.iter()
        .map(|s| {
            let through = s
                .through
                .as_ref()
                .map(|g| format!(", jointly through {g}"))
                .unwrap_or_default();
            format!("{}% of {}{through}", s.share, s.name)
        })
        .collect::<Vec<_>>()
        .join("; ")
}

fn heads(names: &[&str]) -> Vec<String> {
    names.iter().map(|s| (*s).to_string()).collect()
}

/// The register as blocks.
#[must_use]
pub fn blocks(register: &Register) -> Vec<Block> {
    let mut out = vec![
        Block::Heading(1, "Register of agreements".to_string()),
        Block::Paragraph(format!(
            "Reference date {}; deliverables due up to {}. {} agreements, {} parties and groups.",
            register.today,
            register.due_until,
            register.agreements.len(),
            register.parties.len()
        )),
        Block::Heading(2, "Agreements".to_string()),
    ];
    let rows = register.agreements.iter().map(|a| {
        vec![
            a.file.clone(),
            opt(a.title.as_ref()),
            opt(a.reference.as_ref()),
            opt(a.function.as_ref()),
            a.parties.join("; "),
            a.effective.map(|d| d.to_string()).unwrap_or_default(),
            opt(a.expires.as_ref()),
            amounts(&a.committed),
            a.errors.to_string(),
            a.warnings.to_string(),
        ]
    });
    let head = [
        "File",
        "Title",
        "Reference",
        "Function",
        "Parties",
        "Effective",
        "Expires",
        "Committed",
        "Errors",
        "Warnings",
    ];
    out.push(Block::Table(heads(&head), rows.collect()));
    out.push(Block::Heading(2, "Parties".to_string()));
    for party in &register.parties {
        party_blocks(party, &mut out);
    }
    if !register.affiliations.is_empty() {
        out.push(Block::Heading(
            2,
            "Affiliated parties (verbonden partijen)".to_string(),
        ));
        for affiliation in &register.affiliations {
            affiliation_blocks(affiliation, &mut out);
        }
    }
    out
}

fn party_blocks(party: &PartyEntry, out: &mut Vec<Block>) {
    let kind = if party.group { " (group)" } else { "" };
    out.push(Block::Heading(3, format!("{}{kind}", party.name)));
    let mut facts = Vec::new();
    for (label, value) in [
        ("Registration", &party.registration),
        ("Legal form", &party.legal_form),
        ("Seat", &party.seat),
        ("Sector", &party.sector),
    ] {
        if let Some(value) = value {
            facts.push(format!("{label}: {value}"));
        }
    }
    facts.push(format!(
        "Committed: {}",
        or_none(&amounts(&party.committed))
    ));
    if !party.ceilings.is_empty() {
        facts.push(format!("Up to (ceilings): {}", amounts(&party.ceilings)));
    }
    if !party.cost_shares.is_empty() {
        facts.push(format!(
            "Shares of costs: {}",
            cost_shares(&party.cost_shares)
        ));
    }
    if !party.stakes.is_empty() {
        facts.push(format!("Stakes in entities: {}", stakes(&party.stakes)));
    }
    let risk: Vec<String> = party.risk_total.iter().map(show_exact).collect();
    facts.push(format!("Risk caps borne: {}", or_none(&risk.join("; "))));
    out.push(Block::List(facts));
    let rows = party.memberships.iter().map(|m| {
        vec![
            m.file.clone(),
            opt(m.title.as_ref()),
            m.id.clone(),
            opt(m.role.as_ref()),
            m.representatives.join("; "),
            m.groups.join("; "),
        ]
    });
    out.push(Block::Table(
        heads(&[
            "File",
            "Partnership",
            "Id",
            "Role",
            "Representatives",
            "Groups",
        ]),
        rows.collect(),
    ));
    if !party.contributions.is_empty() {
        let rows = party.contributions.iter().map(|c| {
            let kind = if c.ceiling {
                format!("up-to {}", c.amount.kind)
            } else {
                c.amount.kind.clone()
            };
            vec![c.file.clone(), kind, show(&c.amount)]
        });
        out.push(Block::Table(
            heads(&["File", "Contribution", "Amount"]),
            rows.collect(),
        ));
    }
    if !party.risks.is_empty() {
        out.push(risk_table(&party.risks));
    }
    if !party.due.is_empty() {
        let rows = party.due.iter().map(|d| {
            vec![
                d.due.to_string(),
                d.file.clone(),
                d.id.clone(),
                d.title.clone(),
                opt(d.obligation.as_ref()),
            ]
        });
        out.push(Block::Table(
            heads(&["Due", "File", "Deliverable", "Title", "Obligation"]),
            rows.collect(),
        ));
    }
    if !party.seats.is_empty() {
        out.push(seat_table(&party.seats));
    }
}

fn or_none(text: &str) -> String {
    if text.is_empty() {
        "none".to_string()
    } else {
        text.to_string()
    }
}

fn risk_table(risks: &[RiskBorne]) -> Block {
    let rows = risks.iter().map(|r| {
        vec![
            r.file.clone(),
            r.id.clone(),
            r.title.clone(),
            opt(r.category.as_ref()),
            format!("{}%", r.share),
            r.cap.as_ref().map(show).unwrap_or_default(),
            r.borne.as_ref().map(show_exact).unwrap_or_default(),
        ]
    });
    Block::Table(
        heads(&["File", "Risk", "Title", "Category", "Share", "Cap", "Borne"]),
        rows.collect(),
    )
}

fn seat_table(seats: &[Seat]) -> Block {
    let rows = seats.iter().map(|s| {
        let place = if s.chair { "chair" } else { "member" };
        let vote = if s.votes { "vote" } else { "advisory" };
        vec![
            s.file.clone(),
            s.body.clone(),
            s.name.clone(),
            place.to_string(),
            opt(s.decides.as_ref()),
            vote.to_string(),
        ]
    });
    Block::Table(
        heads(&["File", "Body", "Name", "Seat", "Decides", "Vote"]),
        rows.collect(),
    )
}

fn affiliation_blocks(a: &Affiliation, out: &mut Vec<Block>) {
    out.push(Block::Heading(
        3,
        format!(
            "{}: {}",
            a.party,
            a.partnership.as_deref().unwrap_or(&a.file)
        ),
    ));
    let held: Vec<String> = a
        .held
        .iter()
        .map(|s| {
            format!(
                "{} ({}{})",
                s.name,
                if s.chair { "chair" } else { "member" },
                if s.votes { ", vote" } else { ", advisory" }
            )
        })
        .collect();
    let risks: Vec<String> = a
        .risks
        .iter()
        .map(|r| match &r.borne {
            Some(borne) => format!(
                "{} ({}% of the cap: {})",
                r.title,
                r.share,
                show_exact(borne)
            ),
            None => format!("{} ({}%, no cap)", r.title, r.share),
        })
        .collect();
    let term = format!(
        "{} to {}",
        a.effective.map(|d| d.to_string()).unwrap_or_default(),
        opt(a.expires.as_ref())
    );
    let rows = [
        ("File", a.file.clone()),
        ("Function", opt(a.function.as_ref())),
        ("Meeting place", opt(a.meeting_place.as_ref())),
        ("Public interest", opt(a.public_interest.as_ref())),
        ("Interest held (seats and votes)", held.join("; ")),
        ("Represented by", a.represented_by.join("; ")),
        (
            "Financial interest (committed)",
            amounts(&a.financial_interest),
        ),
        ("Ceilings (up-to)", amounts(&a.ceilings)),
        ("Shares of costs", cost_shares(&a.cost_shares)),
        ("Stakes in entities", stakes(&a.stakes)),
        ("Risks that matter", risks.join("; ")),
        ("Jointly, through groups", a.jointly.join("; ")),
        ("Term", term),
    ];
    let second_edition = ["Shares of costs", "Stakes in entities"];
    let rows = rows
        .into_iter()
        .filter(|(k, v)| !(v.is_empty() && second_edition.contains(k)))
        .map(|(k, v)| vec![k.to_string(), v])
        .collect();
    out.push(Block::Table(heads(&["Field", "Value"]), rows));
}
