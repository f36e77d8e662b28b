//! Every free text of an agreement, for checks that look for words or
//! references in them.

use super::agreement::{Agreement, DisputeStep, Evaluator, Text};
use crate::source::Span;

/// A text and the span of the literal (or property) it was written in.
pub type Written<'a> = (&'a str, Span);

/// Collects texts with their spans.
#[derive(Default)]
struct Texts<'a>(Vec<Written<'a>>);

impl<'a> Texts<'a> {
    fn add(&mut self, text: &'a Text) {
        self.0.push((text.value.as_str(), text.span));
    }

    fn all(&mut self, texts: impl IntoIterator<Item = &'a Text>) {
        for text in texts {
            self.add(text);
        }
    }
}

impl Agreement {
    /// Every free text of the agreement except the defined terms and their meanings:
    /// header, parties, externals, entities, recitals, legal framework, scope,
    /// ambition, goals, deliverables, contributions, assets, risks, governance,
    /// accountability, agenda, disputes, termination, amendment, accession,
    /// confidentiality, clauses and annexes.
    #[must_use]
    pub fn texts(&self) -> Vec<&str> {
        self.written_texts(false)
            .into_iter()
            .map(|(t, _)| t)
            .collect()
    }

    /// Every free text with where it is written, the definitions' terms and
    /// meanings included when `definitions` is set.
    #[must_use]
    pub fn written_texts(&self, definitions: bool) -> Vec<Written<'_>> {
        let mut texts = Texts::default();
        self.header_and_party_texts(&mut texts);
        if definitions {
            for d in &self.definitions {
                texts.all([&d.term, &d.meaning]);
            }
        }
        self.purpose_texts(&mut texts);
        self.economic_texts(&mut texts);
        self.closing_texts(&mut texts);
        self.building_block_texts(&mut texts);
        texts.0
    }

    /// The texts of the building blocks of issue 14.
    fn building_block_texts<'a>(&'a self, texts: &mut Texts<'a>) {
        texts.all(&self.header.condition);
        texts.all(self.parties.iter().filter_map(|p| p.short_name.as_ref()));
        texts.all(self.deliverables.iter().filter_map(|d| d.penalty.as_ref()));
        texts.all(self.deliverables.iter().filter_map(|d| d.remedy.as_ref()));
        if let Some(i) = &self.investment {
            texts.all([&i.payment, &i.indexation].into_iter().flatten());
            for c in &i.contributions {
                texts.all([&c.payment, &c.indexation].into_iter().flatten());
            }
        }
        for a in self.notices.iter().flat_map(|n| &n.addresses) {
            texts.all([&a.contact, &a.email, &a.address].into_iter().flatten());
        }
        if let Some(l) = &self.liability {
            texts.all([&l.excludes, &l.description].into_iter().flatten());
        }
        texts.all(
            [&self.force_majeure, &self.penalty, &self.compliance]
                .into_iter()
                .flatten(),
        );
    }

    fn header_and_party_texts<'a>(&'a self, texts: &mut Texts<'a>) {
        let h = &self.header;
        let header = [
            &h.title,
            &h.short_title,
            &h.renewal,
            &h.governing_law,
            &h.supersedes,
            &h.amends,
            &h.legal_review,
        ];
        texts.all(header.into_iter().flatten());
        texts.all(h.effective_upon.iter().map(|c| &c.upon));
        texts.all(h.publication.iter().flat_map(super::Publication::texts));
        for party in &self.parties {
            texts.add(&party.name);
            let fields = [
                &party.selected_by,
                &party.acting_for,
                &party.part_of,
                &party.consulted,
                &party.competence,
            ];
            texts.all(fields.into_iter().flatten());
            texts.all(party.representatives.iter().flat_map(|r| &r.capacity));
        }
        texts.all(self.groups.iter().map(|g| &g.name));
        for external in &self.externals {
            texts.add(&external.name);
            texts.all(&external.description);
        }
        for entity in &self.entities {
            texts.add(&entity.name);
            texts.all(&entity.purpose);
        }
        texts.all(&self.recitals);
        if let Some(l) = &self.legal_framework {
            let fields = [
                &l.legislation,
                &l.procurement,
                &l.competition,
                &l.state_aid,
                &l.third_parties,
                &l.basis,
                &l.powers,
                &l.reservation,
                &l.notification,
                &l.implements,
                &l.instrument,
            ];
            texts.all(fields.into_iter().flatten());
        }
        if let Some(scope) = &self.scope {
            texts.all([&scope.covers, &scope.excludes].into_iter().flatten());
        }
    }

    fn purpose_texts<'a>(&'a self, texts: &mut Texts<'a>) {
        texts.all(self.ambition.iter().filter_map(|a| a.statement.as_ref()));
        for goal in &self.goals {
            let fields = [
                Some(&goal.title),
                goal.indicator.as_ref(),
                goal.description.as_ref(),
            ];
            texts.all(fields.into_iter().flatten());
        }
        for d in &self.deliverables {
            let fields = [
                Some(&d.title),
                d.acceptance.as_ref(),
                d.description.as_ref(),
            ];
            texts.all(fields.into_iter().flatten());
        }
    }

    fn economic_texts<'a>(&'a self, texts: &mut Texts<'a>) {
        if let Some(investment) = &self.investment {
            texts.all(
                investment
                    .contributions
                    .iter()
                    .filter_map(|c| c.note.as_ref()),
            );
            for share in &investment.cost_shares {
                texts.add(&share.cost);
                texts.all(&share.note);
            }
        }
        for asset in &self.assets {
            texts.add(&asset.title);
            texts.all(asset.revenue.iter().filter_map(|r| r.note.as_ref()));
            texts.all(&asset.handback);
        }
        for risk in &self.risks {
            let fields = [
                Some(&risk.title),
                risk.mitigation.as_ref(),
                risk.cause.as_ref(),
                risk.effect.as_ref(),
            ];
            texts.all(fields.into_iter().flatten());
        }
    }

    fn closing_texts<'a>(&'a self, texts: &mut Texts<'a>) {
        if let Some(g) = &self.governance {
            texts.all(g.bodies.iter().map(|b| &b.name));
            texts.all([&g.meeting_place, &g.escalation].into_iter().flatten());
        }
        if let Some(a) = &self.accountability {
            texts.all(a.reports.iter().map(|r| &r.title));
            texts.all(a.evaluation.iter().filter_map(|e| e.follow_up.as_ref()));
            if let Some(by) = a.evaluation.as_ref().and_then(|e| e.by.as_ref())
                && let Evaluator::Named(name) = &by.value
            {
                texts.0.push((name, by.span));
            }
        }
        texts.all(self.agenda.iter().flat_map(|a| &a.themes).map(|t| &t.title));
        for step in self.disputes.iter().flat_map(|d| &d.steps) {
            match &step.value {
                DisputeStep::Mediation(Some(s))
                | DisputeStep::Arbitration(s)
                | DisputeStep::Court(s) => texts.0.push((s, step.span)),
                DisputeStep::Mediation(None) | DisputeStep::Consultation(_) => {}
            }
        }
        if let Some(t) = &self.termination {
            texts.all([&t.grounds, &t.manner].into_iter().flatten());
        }
        texts.all(self.amendment.iter().flat_map(super::Amendment::texts));
        texts.all(self.accession.iter().flat_map(super::Accession::texts));
        texts.all(
            self.confidentiality
                .iter()
                .flat_map(super::Confidentiality::texts),
        );
        for clause in &self.clauses {
            texts.all([&clause.title, &clause.text]);
        }
        for annex in &self.annexes {
            texts.add(&annex.title);
            texts.all([&annex.document, &annex.description].into_iter().flatten());
        }
    }
}
