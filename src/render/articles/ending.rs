//! Termination, disputes and the term.

use super::{labelled, para};
use crate::model::words::Consequence;
use crate::model::{DisputeStep, Expiry};
use crate::render::context::Block;
use crate::render::words::Words;

/// Notice, grounds and consequences of termination.
pub(super) fn termination(w: &Words) -> Vec<Block> {
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

/// The steps of dispute resolution.
pub(super) fn disputes(w: &Words) -> Vec<Block> {
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

/// Entry into force, end and renewal.
pub(super) fn term(w: &Words) -> Vec<Block> {
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
