//! Every free text of an agreement, for checks that look for words in them.

use super::agreement::Agreement;

impl Agreement {
    /// Every free text of the agreement except the defined terms and their meanings:
    /// header, parties, recitals, legal framework, ambition, goals, deliverables,
    /// contributions, assets, risks, governance, accountability, agenda, disputes,
    /// termination, amendment, accession and clauses.
    #[must_use]
    pub fn texts(&self) -> Vec<&str> {
        let mut texts = Vec::new();
        self.header_and_party_texts(&mut texts);
        self.purpose_texts(&mut texts);
        self.economic_texts(&mut texts);
        self.closing_texts(&mut texts);
        texts
    }

    fn header_and_party_texts<'a>(&'a self, texts: &mut Vec<&'a str>) {
        let h = &self.header;
        let header = [
            &h.title,
            &h.short_title,
            &h.renewal,
            &h.governing_law,
            &h.publication,
        ];
        texts.extend(header.into_iter().flatten().map(|t| t.value.as_str()));
        for party in &self.parties {
            texts.push(&party.name.value);
            texts.extend(party.selected_by.iter().map(|t| t.value.as_str()));
            texts.extend(
                party
                    .representatives
                    .iter()
                    .flat_map(|r| &r.capacity)
                    .map(|t| t.value.as_str()),
            );
        }
        texts.extend(self.groups.iter().map(|g| g.name.value.as_str()));
        texts.extend(self.recitals.iter().map(|r| r.value.as_str()));
        if let Some(l) = &self.legal_framework {
            let fields = [
                &l.legislation,
                &l.procurement,
                &l.competition,
                &l.state_aid,
                &l.third_parties,
            ];
            texts.extend(fields.into_iter().flatten().map(|t| t.value.as_str()));
        }
    }

    fn purpose_texts<'a>(&'a self, texts: &mut Vec<&'a str>) {
        texts.extend(
            self.ambition
                .iter()
                .filter_map(|a| a.statement.as_ref())
                .map(|t| t.value.as_str()),
        );
        for goal in &self.goals {
            let fields = [
                Some(&goal.title),
                goal.indicator.as_ref(),
                goal.description.as_ref(),
            ];
            texts.extend(fields.into_iter().flatten().map(|t| t.value.as_str()));
        }
        for deliverable in &self.deliverables {
            let d = deliverable;
            let fields = [
                Some(&d.title),
                d.acceptance.as_ref(),
                d.description.as_ref(),
            ];
            texts.extend(fields.into_iter().flatten().map(|t| t.value.as_str()));
        }
    }

    fn economic_texts<'a>(&'a self, texts: &mut Vec<&'a str>) {
        let contributions = self.investment.iter().flat_map(|i| &i.contributions);
        texts.extend(
            contributions
                .filter_map(|c| c.note.as_ref())
                .map(|t| t.value.as_str()),
        );
        for asset in &self.assets {
            texts.push(&asset.title.value);
            texts.extend(
                asset
                    .revenue
                    .iter()
                    .filter_map(|r| r.note.as_ref())
                    .map(|t| t.value.as_str()),
            );
            texts.extend(asset.handback.iter().map(|t| t.value.as_str()));
        }
        for risk in &self.risks {
            let fields = [
                Some(&risk.title),
                risk.mitigation.as_ref(),
                risk.cause.as_ref(),
                risk.effect.as_ref(),
            ];
            texts.extend(fields.into_iter().flatten().map(|t| t.value.as_str()));
        }
    }

    fn closing_texts<'a>(&'a self, texts: &mut Vec<&'a str>) {
        use super::agreement::{DisputeStep, Evaluator};
        if let Some(g) = &self.governance {
            texts.extend(g.bodies.iter().map(|b| b.name.value.as_str()));
            texts.extend(
                [&g.meeting_place, &g.escalation]
                    .into_iter()
                    .flatten()
                    .map(|t| t.value.as_str()),
            );
        }
        if let Some(a) = &self.accountability {
            texts.extend(a.reports.iter().map(|r| r.title.value.as_str()));
            if let Some(Evaluator::Named(name)) = a
                .evaluation
                .as_ref()
                .and_then(|e| e.by.as_ref())
                .map(|b| &b.value)
            {
                texts.push(name);
            }
        }
        texts.extend(
            self.agenda
                .iter()
                .flat_map(|a| &a.themes)
                .map(|t| t.title.value.as_str()),
        );
        for step in self.disputes.iter().flat_map(|d| &d.steps) {
            match &step.value {
                DisputeStep::Mediation(Some(s))
                | DisputeStep::Arbitration(s)
                | DisputeStep::Court(s) => texts.push(s),
                DisputeStep::Mediation(None) | DisputeStep::Consultation(_) => {}
            }
        }
        texts.extend(
            self.termination
                .iter()
                .filter_map(|t| t.grounds.as_ref())
                .map(|t| t.value.as_str()),
        );
        texts.extend(
            [&self.amendment, &self.accession]
                .into_iter()
                .flatten()
                .map(|t| t.value.as_str()),
        );
        for clause in &self.clauses {
            texts.extend([clause.title.value.as_str(), clause.text.value.as_str()]);
        }
    }
}
