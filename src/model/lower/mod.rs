//! Lowering: from the syntax tree to the typed agreement.

mod clauses;
mod economics;
mod goals;
mod governance;
mod header;
mod parties;
mod procedures;
mod provisions;
mod values;

pub use values::Lowerer;

use crate::diagnostics::Diagnostic;
use crate::model::agreement::{Agreement, Import};
use crate::source::Span;
use crate::syntax::ast::{Item, ItemKind};

/// Adds the meaning of `items` to `agreement`.
pub fn lower(lw: &mut Lowerer<'_>, items: &[Item], agreement: &mut Agreement) {
    let mut singles: Vec<(ItemKind, Span)> = Vec::new();
    for item in items {
        if is_single(item.kind) {
            if let Some((_, first)) = singles.iter().find(|(k, _)| *k == item.kind) {
                lw.diagnostics.push(given_twice(item, *first));
                continue;
            }
            singles.push((item.kind, item.keyword));
        }
        lower_item(lw, item, agreement);
    }
}

fn lower_item(lw: &mut Lowerer<'_>, item: &Item, a: &mut Agreement) {
    match item.kind {
        ItemKind::Covenant => a.header = header::header(lw, item),
        ItemKind::Party => a.parties.push(parties::party(lw, item)),
        ItemKind::Group => a.groups.push(parties::group(lw, item)),
        ItemKind::Import => a.imports.push(Import {
            path: clauses::text_arg(lw, item),
            span: item.span,
        }),
        ItemKind::Recital => a.recitals.push(clauses::text_arg(lw, item)),
        ItemKind::Define => a.definitions.push(clauses::definition(lw, item)),
        ItemKind::LegalFramework => a.legal_framework = Some(clauses::legal_framework(lw, item)),
        ItemKind::Ambition => a.ambition = Some(goals::ambition(lw, item)),
        ItemKind::Goal => a.goals.push(goals::goal(lw, item)),
        ItemKind::Deliverable => a.deliverables.push(goals::deliverable(lw, item)),
        ItemKind::Investment => a.investment = Some(economics::investment(lw, item)),
        ItemKind::Asset => a.assets.push(economics::asset(lw, item)),
        ItemKind::Risk => a.risks.push(economics::risk(lw, item)),
        ItemKind::Governance => a.governance = Some(governance::governance(lw, item)),
        ItemKind::Accountability => a.accountability = Some(governance::accountability(lw, item)),
        ItemKind::Agenda => a.agenda = Some(governance::agenda(lw, item)),
        ItemKind::Disputes => a.disputes = Some(clauses::disputes(lw, item)),
        ItemKind::Termination => a.termination = Some(clauses::termination(lw, item)),
        ItemKind::Amendment => a.amendment = Some(procedures::amendment(lw, item)),
        ItemKind::Accession => a.accession = Some(procedures::accession(lw, item)),
        ItemKind::Clause => a.clauses.push(clauses::clause(lw, item)),
        ItemKind::External => a.externals.push(parties::external(lw, item)),
        ItemKind::Entity => a.entities.push(parties::entity(lw, item)),
        ItemKind::Scope => a.scope = Some(clauses::scope(lw, item)),
        ItemKind::Annex => a.annexes.push(clauses::annex(lw, item)),
        ItemKind::Notices => a.notices = Some(provisions::notices(lw, item)),
        ItemKind::Liability => a.liability = Some(provisions::liability(lw, item)),
        ItemKind::ForceMajeure => a.force_majeure = Some(clauses::text_arg(lw, item)),
        ItemKind::Penalty => a.penalty = Some(clauses::text_arg(lw, item)),
        ItemKind::Compliance => a.compliance = Some(clauses::text_arg(lw, item)),
        ItemKind::Confidentiality => {
            a.confidentiality = Some(procedures::confidentiality(lw, item));
        }
        ItemKind::Representative
        | ItemKind::Body
        | ItemKind::Report
        | ItemKind::Evaluation
        | ItemKind::Theme
        | ItemKind::Publication => {}
    }
}

/// Items an agreement holds at most once.
fn is_single(kind: ItemKind) -> bool {
    matches!(
        kind,
        ItemKind::Covenant
            | ItemKind::LegalFramework
            | ItemKind::Ambition
            | ItemKind::Investment
            | ItemKind::Governance
            | ItemKind::Accountability
            | ItemKind::Agenda
            | ItemKind::Disputes
            | ItemKind::Termination
            | ItemKind::Amendment
            | ItemKind::Accession
            | ItemKind::Scope
            | ItemKind::Notices
            | ItemKind::Liability
            | ItemKind::ForceMajeure
            | ItemKind::Penalty
            | ItemKind::Confidentiality
            | ItemKind::Compliance
    )
}

fn given_twice(item: &Item, first: Span) -> Diagnostic {
    let keyword = item.kind.keyword();
    Diagnostic::error(
        "S005",
        format!("`{keyword}` is given twice in this agreement"),
        item.keyword,
    )
    .with_label("given again here")
    .with_secondary(first, "first given here")
    .with_help(format!(
        "an agreement has one `{keyword}`: merge the two into one"
    ))
}
