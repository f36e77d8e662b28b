//! Afdwingbaarheid en geschillen: whether obligations can be enforced and the
//! steps of dispute resolution as items a., b., ...

use super::super::{Ctx, Part, letters, lid, para};
use super::data;
use crate::model::DisputeStep;
use crate::model::words::Enforceability;

/// The disputes article, anchored as `[[disputes]]`.
pub(super) fn build(c: &mut Ctx) -> Option<Part> {
    let say = &c.say;
    let a = say.a;
    let mut leden = Vec::new();
    let enforceable = a.enforceability().map(|e| match e {
        Enforceability::Yes => "disputes.enforceable",
        Enforceability::No => "disputes.not_enforceable",
        Enforceability::Partly => "disputes.partly_enforceable",
    });
    if let Some(key) = enforceable {
        leden.push(lid(
            "lid.disputes.enforceable".to_string(),
            vec![para(say.line(key))],
        ));
    }
    if let Some(d) = &a.disputes {
        let items: Vec<_> = d
            .steps
            .iter()
            .map(|s| {
                let text = match &s.value {
                    DisputeStep::Consultation(period) => say.fill_text(
                        "disputes.consultation",
                        &[("period", &say.duration(*period))],
                    ),
                    DisputeStep::Mediation(None) => say.line("disputes.mediation"),
                    DisputeStep::Mediation(Some(by)) => {
                        say.fill("disputes.mediation_by", &[("mediator", c.text(by))])
                    }
                    DisputeStep::Arbitration(by) => {
                        say.fill("disputes.arbitration", &[("institute", c.text(by))])
                    }
                    DisputeStep::Court(court) => {
                        say.fill("disputes.court", &[("court", c.text(court))])
                    }
                };
                (None, text)
            })
            .collect();
        if !items.is_empty() {
            leden.push(lid(
                "lid.disputes.steps".to_string(),
                vec![para(say.line("disputes.intro")), letters(items)],
            ));
        }
    }
    c.anchor("disputes", "article.disputes");
    Part::new(c, "disputes", leden, data(&a.disputes))
}
