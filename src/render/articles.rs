//! The numbered articles, in the customary order; empty ones are left out.

use std::collections::BTreeMap;

use super::context::{Block, Section, Table};
use super::escape::block;
use super::words::Words;
use crate::model::words::Consequence;
use crate::model::words::DecisionRule;
use crate::model::{DisputeStep, Evaluator, Expiry, Money};

/// A paragraph.
pub fn para(text: String) -> Block {
    Block::Paragraph { text }
}

/// A bulleted list.
pub fn list(items: Vec<String>) -> Block {
    Block::List { items }
}

/// A table; `right` names the columns aligned right.
pub fn table(w: &Words, header: &[&str], right: &[usize], rows: Vec<Vec<String>>) -> Block {
    Block::Table(Table {
        header: header.iter().map(|h| w.get(h)).collect(),
        align: (0..header.len())
            .map(|i| if right.contains(&i) { "right" } else { "left" })
            .collect(),
        rows,
    })
}

/// `**label** text`.
fn labelled(w: &Words, label: &str, text: &str) -> String {
    format!("**{}** {}", w.get(label), w.text(text))
}

/// Every article with content, numbered from 1.
///
/// # Errors
/// A total of contributions too large to compute.
pub fn articles(w: &Words) -> Result<Vec<Section>, String> {
    let mut out: Vec<(String, String, Vec<Block>)> = Vec::new();
    let mut add = |key: &str, title: String, blocks: Vec<Block>| {
        if !blocks.is_empty() {
            out.push((key.to_string(), title, blocks));
        }
    };
    add("definitions", w.get("article.definitions"), definitions(w));
    add(
        "legal-framework",
        w.get("article.legal_framework"),
        legal_framework(w),
    );
    add("ambition", w.get("article.ambition"), ambition(w));
    add("goals", w.get("article.goals"), goals(w));
    add("commitments", w.get("article.commitments"), commitments(w));
    add(
        "contributions",
        w.get("article.contributions"),
        contributions(w)?,
    );
    add("risks", w.get("article.risks"), risks(w));
    add("ownership", w.get("article.ownership"), ownership(w));
    add("operation", w.get("article.operation"), operation(w));
    add("governance", w.get("article.governance"), governance(w));
    add(
        "accountability",
        w.get("article.accountability"),
        accountability(w),
    );
    add("agenda", w.get("article.agenda"), agenda(w));
    for clause in &w.agreement.clauses {
        add(
            "clause",
            w.text(&clause.title.value),
            vec![para(block(&clause.text.value))],
        );
    }
    let text =
        |value: &Option<crate::model::Text>| value.iter().map(|t| para(w.text(&t.value))).collect();
    add(
        "accession",
        w.get("article.accession"),
        text(&w.agreement.accession),
    );
    add(
        "amendment",
        w.get("article.amendment"),
        text(&w.agreement.amendment),
    );
    add("termination", w.get("article.termination"), termination(w));
    add("disputes", w.get("article.disputes"), disputes(w));
    let header = &w.agreement.header;
    let law = header
        .governing_law
        .iter()
        .map(|l| para(w.fill("law.text", &[("law", &w.text(&l.value))])))
        .collect();
    add("governing-law", w.get("article.governing_law"), law);
    add("term", w.get("article.term"), term(w));
    let publication = header
        .publication
        .iter()
        .map(|p| para(w.fill("publication.text", &[("where", &w.text(&p.value))])))
        .collect();
    add("publication", w.get("article.publication"), publication);
    let short = header
        .short_title
        .iter()
        .map(|s| para(w.fill("short_title.text", &[("short", &w.text(&s.value))])))
        .collect();
    add("short-title", w.get("article.short_title"), short);
    Ok(out
        .into_iter()
        .enumerate()
        .map(|(i, (key, title, blocks))| Section {
            number: i + 1,
            key,
            title,
            blocks,
        })
        .collect())
}

fn definitions(w: &Words) -> Vec<Block> {
    if w.agreement.definitions.is_empty() {
        return Vec::new();
    }
    let items = w
        .agreement
        .definitions
        .iter()
        .map(|d| {
            format!(
                "**{}**: {}",
                w.text(&d.term.value),
                w.text(&d.meaning.value)
            )
        })
        .collect();
    vec![para(w.get("definitions.intro")), list(items)]
}

fn legal_framework(w: &Words) -> Vec<Block> {
    let Some(lf) = &w.agreement.legal_framework else {
        return Vec::new();
    };
    let fields = [
        ("legal.legislation", &lf.legislation),
        ("legal.procurement", &lf.procurement),
        ("legal.competition", &lf.competition),
        ("legal.state_aid", &lf.state_aid),
        ("legal.third_parties", &lf.third_parties),
    ];
    let items: Vec<String> = fields
        .iter()
        .filter_map(|(label, value)| value.as_ref().map(|v| labelled(w, label, &v.value)))
        .collect();
    if items.is_empty() {
        Vec::new()
    } else {
        vec![list(items)]
    }
}

fn ambition(w: &Words) -> Vec<Block> {
    let Some(ambition) = &w.agreement.ambition else {
        return Vec::new();
    };
    let mut blocks: Vec<Block> = ambition
        .statement
        .iter()
        .map(|s| para(w.text(&s.value)))
        .collect();
    if !ambition.endorsed_by.is_empty() {
        let names = w.names(ambition.endorsed_by.iter().map(|i| i.value.as_str()));
        blocks.push(para(w.fill("ambition.endorsed", &[("parties", &names)])));
    }
    blocks
}

fn goals(w: &Words) -> Vec<Block> {
    let goals = &w.agreement.goals;
    if goals.is_empty() {
        return Vec::new();
    }
    let dash = || "–".to_string();
    let rows = goals
        .iter()
        .map(|g| {
            vec![
                w.text(&g.title.value),
                g.indicator.as_ref().map_or_else(dash, |i| w.text(&i.value)),
                g.baseline
                    .as_ref()
                    .map_or_else(dash, |b| w.quantity(b.value)),
                g.target.as_ref().map_or_else(dash, |t| w.quantity(t.value)),
                g.deadline.as_ref().map_or_else(dash, |d| w.date(d.value)),
                g.owner.as_ref().map_or_else(dash, |o| w.name(&o.value)),
            ]
        })
        .collect();
    let header = [
        "goals.goal",
        "goals.indicator",
        "goals.baseline",
        "goals.target",
        "goals.date",
        "goals.owner",
    ];
    let mut blocks = vec![para(w.get("goals.intro")), table(w, &header, &[2, 3], rows)];
    let notes: Vec<String> = goals
        .iter()
        .filter_map(|g| {
            g.description
                .as_ref()
                .map(|d| format!("**{}**: {}", w.text(&g.title.value), w.text(&d.value)))
        })
        .collect();
    if !notes.is_empty() {
        blocks.push(list(notes));
    }
    blocks
}

fn commitments(w: &Words) -> Vec<Block> {
    let a = w.agreement;
    if a.deliverables.is_empty() {
        return Vec::new();
    }
    let mut order: Vec<&str> = a.parties.iter().map(|p| p.id.value.as_str()).collect();
    order.extend(a.groups.iter().map(|g| g.id.value.as_str()));
    for d in &a.deliverables {
        let by = d.by.as_ref().map_or("", |b| b.value.as_str());
        if !order.contains(&by) {
            order.push(by);
        }
    }
    let mut blocks = vec![para(w.get("commitments.intro"))];
    for who in order {
        let mut own: Vec<_> = a
            .deliverables
            .iter()
            .filter(|d| d.by.as_ref().map_or("", |b| b.value.as_str()) == who)
            .collect();
        if own.is_empty() {
            continue;
        }
        own.sort_by_key(|d| d.due.as_ref().map(|x| x.value));
        let heading = if who.is_empty() {
            w.get("commitments.unassigned")
        } else if let Some(group) = a.group(who) {
            let members = w.names(group.members.iter().map(|m| m.value.as_str()));
            w.fill(
                "commitments.group",
                &[("group", &w.name(who)), ("members", &members)],
            )
        } else {
            w.fill("commitments.party", &[("party", &w.name(who))])
        };
        blocks.push(para(heading));
        let items = own
            .iter()
            .map(|d| {
                let mut parts = vec![format!("**{}**", w.text(&d.title.value))];
                if let Some(o) = &d.obligation {
                    parts.push(w.word("obligation", o.value.as_str()));
                }
                if let Some(due) = &d.due {
                    parts.push(w.fill("commitments.due", &[("date", &w.date(due.value))]));
                }
                if let Some(acc) = &d.acceptance {
                    parts.push(w.fill(
                        "commitments.acceptance",
                        &[("acceptance", &w.text(&acc.value))],
                    ));
                }
                if !d.serves.is_empty() {
                    let goals: Vec<String> = d
                        .serves
                        .iter()
                        .map(|g| {
                            a.goals
                                .iter()
                                .find(|x| x.id.value == g.value)
                                .map_or_else(|| w.text(&g.value), |x| w.text(&x.title.value))
                        })
                        .collect();
                    parts.push(w.fill("commitments.serves", &[("goals", &w.join(&goals))]));
                }
                let mut item = parts.join("; ");
                if let Some(desc) = &d.description {
                    item.push_str(". ");
                    item.push_str(&w.text(&desc.value));
                }
                item
            })
            .collect();
        blocks.push(list(items));
    }
    if a.deliverables.iter().any(|d| d.obligation.is_some()) {
        blocks.push(para(w.get("commitments.meaning")));
    }
    blocks
}

/// Committed amounts summed per currency, exactly.
///
/// # Errors
/// A sum that does not fit.
pub fn totals<'m>(amounts: impl Iterator<Item = &'m Money>) -> Result<Vec<Money>, String> {
    let mut sums: BTreeMap<crate::model::money::Currency, Money> = BTreeMap::new();
    for m in amounts {
        let entry = sums.entry(m.currency).or_insert(m.with_cents(0));
        let cents = entry
            .cents
            .checked_add(m.cents)
            .ok_or("the total of the contributions is too large")?;
        *entry = entry.with_cents(cents);
    }
    Ok(sums.into_values().collect())
}

fn contributions(w: &Words) -> Result<Vec<Block>, String> {
    let Some(inv) = &w.agreement.investment else {
        return Ok(Vec::new());
    };
    let committed: Vec<_> = inv.contributions.iter().filter(|c| !c.ceiling).collect();
    let ceilings: Vec<_> = inv.contributions.iter().filter(|c| c.ceiling).collect();
    let mut blocks = Vec::new();
    if !committed.is_empty() {
        let mut rows: Vec<Vec<String>> = committed
            .iter()
            .map(|c| {
                vec![
                    w.name(&c.party.value),
                    w.word("kind", c.kind.value.as_str()),
                    c.note
                        .as_ref()
                        .map_or_else(String::new, |n| w.text(&n.value)),
                    w.money(c.amount.value),
                ]
            })
            .collect();
        for total in totals(committed.iter().map(|c| &c.amount.value))? {
            rows.push(vec![
                format!("**{}**", w.get("contributions.total")),
                String::new(),
                String::new(),
                format!("**{}**", w.money(total)),
            ]);
        }
        let header = [
            "contributions.party",
            "contributions.kind",
            "contributions.purpose",
            "contributions.amount",
        ];
        blocks.push(para(w.get("contributions.intro")));
        blocks.push(table(w, &header, &[3], rows));
    }
    if !ceilings.is_empty() {
        let items = ceilings
            .iter()
            .map(|c| {
                let mut item = w.fill(
                    "contributions.ceiling",
                    &[
                        ("party", &w.name(&c.party.value)),
                        ("amount", &w.money(c.amount.value)),
                        ("kind", &w.word("kind", c.kind.value.as_str())),
                    ],
                );
                if let Some(note) = &c.note {
                    item.push_str(": ");
                    item.push_str(&w.text(&note.value));
                }
                item
            })
            .collect();
        blocks.push(para(w.get("contributions.ceilings_intro")));
        blocks.push(list(items));
    }
    Ok(blocks)
}

fn risks(w: &Words) -> Vec<Block> {
    let risks = &w.agreement.risks;
    if risks.is_empty() {
        return Vec::new();
    }
    let dash = || "–".to_string();
    let rows = risks
        .iter()
        .map(|r| {
            vec![
                w.text(&r.title.value),
                r.category
                    .as_ref()
                    .map_or_else(dash, |c| w.word("category", c.value.as_str())),
                r.likelihood
                    .as_ref()
                    .map_or_else(dash, |l| w.word("level", l.value.as_str())),
                r.impact
                    .as_ref()
                    .map_or_else(dash, |l| w.word("level", l.value.as_str())),
                if r.bearers.is_empty() {
                    dash()
                } else {
                    w.shares(&r.bearers)
                },
                r.cap.as_ref().map_or_else(dash, |c| w.money(c.value)),
                r.response
                    .as_ref()
                    .map_or_else(dash, |x| w.word("response", x.value.as_str())),
            ]
        })
        .collect();
    let header = [
        "risks.risk",
        "risks.category",
        "risks.likelihood",
        "risks.impact",
        "risks.bearers",
        "risks.cap",
        "risks.response",
    ];
    let mut blocks = vec![para(w.get("risks.intro")), table(w, &header, &[5], rows)];
    let measures: Vec<String> = risks
        .iter()
        .filter(|r| r.mitigation.is_some() || r.cause.is_some() || r.effect.is_some())
        .map(|r| {
            let mut parts = Vec::new();
            if let Some(c) = &r.cause {
                parts.push(w.fill("risks.cause", &[("text", &w.text(&c.value))]));
            }
            if let Some(e) = &r.effect {
                parts.push(w.fill("risks.effect", &[("text", &w.text(&e.value))]));
            }
            if let Some(m) = &r.mitigation {
                parts.push(w.fill("risks.mitigation", &[("text", &w.text(&m.value))]));
            }
            format!("**{}**: {}", w.text(&r.title.value), parts.join(" "))
        })
        .collect();
    if !measures.is_empty() {
        blocks.push(para(w.get("risks.measures")));
        blocks.push(list(measures));
    }
    if risks.iter().any(|r| r.cap.is_some()) {
        blocks.push(para(w.get("risks.cap_meaning")));
    }
    blocks.push(para(w.get("risks.annex")));
    blocks
}

fn ownership(w: &Words) -> Vec<Block> {
    let items: Vec<String> = w
        .agreement
        .assets
        .iter()
        .filter(|a| !a.owners.is_empty() || a.handback.is_some())
        .map(|a| {
            let mut title = format!("**{}**", w.text(&a.title.value));
            if let Some(kind) = &a.kind {
                title.push_str(&format!(" ({})", w.word("asset", kind.value.as_str())));
            }
            let mut parts = vec![title];
            if !a.owners.is_empty() {
                parts.push(w.fill("ownership.owned", &[("owners", &w.shares(&a.owners))]));
            }
            let mut item = parts.join(": ");
            item.push('.');
            if let Some(h) = &a.handback {
                item.push(' ');
                item.push_str(&w.text(&h.value));
            }
            item
        })
        .collect();
    if items.is_empty() {
        Vec::new()
    } else {
        vec![list(items)]
    }
}

fn operation(w: &Words) -> Vec<Block> {
    let items: Vec<String> = w
        .agreement
        .assets
        .iter()
        .filter(|a| a.operator.is_some() || a.revenue.is_some())
        .map(|a| {
            let mut parts = Vec::new();
            if let Some(op) = &a.operator {
                let mut text = w.fill("operation.by", &[("party", &w.name(&op.party.value))]);
                if let Some(from) = &op.from {
                    text.push(' ');
                    text.push_str(&w.fill("operation.from", &[("date", &w.date(from.value))]));
                }
                if let Some(until) = &op.until {
                    text.push(' ');
                    text.push_str(&w.fill("operation.until", &[("date", &w.date(until.value))]));
                }
                parts.push(text);
            }
            if let Some(rev) = &a.revenue {
                let mut text = w.fill("operation.revenue", &[("party", &w.name(&rev.party.value))]);
                if let Some(note) = &rev.note {
                    text.push_str(&format!(" ({})", w.text(&note.value)));
                }
                parts.push(text);
            }
            format!("**{}**: {}.", w.text(&a.title.value), parts.join("; "))
        })
        .collect();
    if items.is_empty() {
        Vec::new()
    } else {
        vec![list(items)]
    }
}

fn governance(w: &Words) -> Vec<Block> {
    let Some(g) = &w.agreement.governance else {
        return Vec::new();
    };
    let mut blocks = Vec::new();
    let items: Vec<String> = g
        .bodies
        .iter()
        .map(|b| {
            let mut parts = Vec::new();
            if !b.members.is_empty() {
                let members = w.names(b.members.iter().map(|m| m.value.as_str()));
                parts.push(w.fill("governance.members", &[("members", &members)]));
            }
            if let Some(chair) = &b.chair {
                parts.push(w.fill("governance.chair", &[("party", &w.name(&chair.value))]));
            }
            if let Some(m) = &b.meets {
                parts.push(w.fill("governance.meets", &[("frequency", &w.frequency(m.value))]));
            }
            match (b.decides.as_ref().map(|d| d.value), &b.decided_by) {
                (Some(DecisionRule::Advisory), Some(by)) | (None, Some(by)) => {
                    parts.push(w.fill("governance.advisory", &[("party", &w.name(&by.value))]));
                }
                (Some(rule), _) => parts.push(w.word("decision", rule.as_str())),
                (None, None) => {}
            }
            format!("**{}**: {}.", w.text(&b.name.value), parts.join("; "))
        })
        .collect();
    if !items.is_empty() {
        blocks.push(para(w.get("governance.intro")));
        blocks.push(list(items));
    }
    if let Some(place) = &g.meeting_place {
        blocks.push(para(
            w.fill("governance.place", &[("place", &w.text(&place.value))]),
        ));
    }
    if let Some(esc) = &g.escalation {
        blocks.push(para(labelled(w, "governance.escalation", &esc.value)));
    }
    blocks
}

fn accountability(w: &Words) -> Vec<Block> {
    let Some(acc) = &w.agreement.accountability else {
        return Vec::new();
    };
    let mut blocks = Vec::new();
    if !acc.reports.is_empty() {
        let dash = || "–".to_string();
        let rows = acc
            .reports
            .iter()
            .map(|r| {
                let to = r.to.as_ref().map_or_else(dash, |t| {
                    let body = w
                        .agreement
                        .governance
                        .as_ref()
                        .and_then(|g| g.bodies.iter().find(|b| b.id.value == t.value));
                    body.map_or_else(|| w.name(&t.value), |b| w.text(&b.name.value))
                });
                vec![
                    w.text(&r.title.value),
                    r.by.as_ref().map_or_else(dash, |b| w.name(&b.value)),
                    to,
                    r.frequency
                        .as_ref()
                        .map_or_else(dash, |f| w.frequency(f.value)),
                ]
            })
            .collect();
        blocks.push(para(w.get("reports.intro")));
        blocks.push(table(
            w,
            &[
                "reports.report",
                "reports.by",
                "reports.to",
                "reports.frequency",
            ],
            &[],
            rows,
        ));
    }
    if let Some(ev) = &acc.evaluation {
        let who = match ev.by.as_ref().map(|b| &b.value) {
            Some(Evaluator::Party(id)) => w.name(id),
            Some(Evaluator::Named(name)) => w.text(name),
            None => w.get("evaluation.parties"),
        };
        let text = match &ev.on {
            Some(on) => w.fill(
                "evaluation.on",
                &[("who", &who), ("date", &w.date(on.value))],
            ),
            None => w.fill("evaluation.text", &[("who", &who)]),
        };
        blocks.push(para(text));
    }
    blocks
}

fn agenda(w: &Words) -> Vec<Block> {
    let Some(agenda) = &w.agreement.agenda else {
        return Vec::new();
    };
    let items: Vec<String> = agenda
        .themes
        .iter()
        .map(|t| {
            let mut parts = vec![format!("**{}**", w.text(&t.title.value))];
            if let Some(lead) = &t.lead {
                parts.push(w.fill("agenda.lead", &[("party", &w.name(&lead.value))]));
            }
            if let Some(public) = &t.public {
                parts.push(w.get(if public.value {
                    "agenda.public"
                } else {
                    "agenda.private"
                }));
            }
            parts.join("; ")
        })
        .collect();
    if items.is_empty() {
        Vec::new()
    } else {
        vec![para(w.get("agenda.intro")), list(items)]
    }
}

fn termination(w: &Words) -> Vec<Block> {
    let Some(t) = &w.agreement.termination else {
        return Vec::new();
    };
    let mut blocks = Vec::new();
    if let Some(notice) = &t.notice {
        blocks.push(para(w.fill(
            "termination.notice",
            &[("period", &w.duration(notice.value))],
        )));
    }
    if let Some(grounds) = &t.grounds {
        blocks.push(para(labelled(w, "termination.grounds", &grounds.value)));
    }
    match t.consequences.as_ref().map(|c| c.value) {
        Some(Consequence::Continue) => blocks.push(para(w.get("termination.continue"))),
        Some(Consequence::Dissolve) => blocks.push(para(w.get("termination.dissolve"))),
        None => {}
    }
    blocks
}

fn disputes(w: &Words) -> Vec<Block> {
    let mut blocks = Vec::new();
    match w.agreement.header.enforceable.as_ref().map(|e| e.value) {
        Some(true) => blocks.push(para(w.get("disputes.enforceable"))),
        Some(false) => blocks.push(para(w.get("disputes.not_enforceable"))),
        None => {}
    }
    if let Some(d) = &w.agreement.disputes {
        let items: Vec<String> = d
            .steps
            .iter()
            .map(|s| match &s.value {
                DisputeStep::Consultation(period) => {
                    w.fill("disputes.consultation", &[("period", &w.duration(*period))])
                }
                DisputeStep::Mediation(None) => w.get("disputes.mediation"),
                DisputeStep::Mediation(Some(by)) => {
                    w.fill("disputes.mediation_by", &[("mediator", &w.text(by))])
                }
                DisputeStep::Arbitration(by) => {
                    w.fill("disputes.arbitration", &[("institute", &w.text(by))])
                }
                DisputeStep::Court(court) => w.fill("disputes.court", &[("court", &w.text(court))]),
            })
            .collect();
        if !items.is_empty() {
            blocks.push(para(w.get("disputes.intro")));
            blocks.push(Block::Numbered { items });
        }
    }
    blocks
}

fn term(w: &Words) -> Vec<Block> {
    let h = &w.agreement.header;
    let mut blocks = Vec::new();
    let start = h
        .effective
        .as_ref()
        .map(|d| w.fill("term.effective", &[("date", &w.date(d.value))]));
    let end = h.expires.as_ref().map(|e| match e.value {
        Expiry::On(date) => w.fill("term.expires", &[("date", &w.date(date))]),
        Expiry::Never => w.get("term.indefinite"),
    });
    match (start, end) {
        (Some(s), Some(e)) => blocks.push(para(format!("{s} {e}"))),
        (Some(s), None) => blocks.push(para(format!("{s}."))),
        (None, Some(e)) => blocks.push(para(format!("{} {e}", w.get("term.agreement")))),
        (None, None) => {}
    }
    if let Some(renewal) = &h.renewal {
        blocks.push(para(labelled(w, "term.renewal", &renewal.value)));
    }
    blocks
}
