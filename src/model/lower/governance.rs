//! Governance, accountability and the agenda.

use super::values::Lowerer;
use crate::diagnostics::Diagnostic;
use crate::model::agreement::{
    Accountability, Agenda, Body, Evaluation, Evaluator, Governance, Report, Spanned, Theme,
};
use crate::model::words::DecisionRule;
use crate::syntax::ast::{Item, ItemKind, ValueKind};

/// The governance described by a `governance` item.
pub fn governance(lw: &mut Lowerer<'_>, item: &Item) -> Governance {
    Governance {
        bodies: item.items().iter().map(|b| body(lw, b)).collect(),
        meeting_place: item
            .property("meeting-place")
            .and_then(|p| lw.first_text(p)),
        escalation: item.property("escalation").and_then(|p| lw.first_text(p)),
        span: item.span,
    }
}

fn body(lw: &mut Lowerer<'_>, item: &Item) -> Body {
    let (id, name) = lw.id_and_title(item);
    Body {
        id,
        name,
        members: item
            .property("members")
            .map(|p| lw.ids(p))
            .unwrap_or_default(),
        chair: item
            .property("chair")
            .filter(|p| p.values.first().is_some_and(|v| v.kind == ValueKind::Ident))
            .and_then(|p| lw.first_id(p)),
        chair_rotates: item
            .property("chair")
            .and_then(|p| p.values.first())
            .is_some_and(|v| v.kind == ValueKind::Word),
        observers: item
            .property("observers")
            .map(|p| lw.ids(p))
            .unwrap_or_default(),
        of: item.property("of").and_then(|p| lw.first_id(p)),
        meets: item
            .property("meets")
            .and_then(|p| p.values.first())
            .and_then(|v| lw.frequency(v)),
        decides: item
            .property("decides")
            .and_then(|p| p.values.first())
            .and_then(|v| lw.word(v, DecisionRule::from_word)),
        decided_by: item.property("decided-by").and_then(|p| lw.first_id(p)),
        span: item.span,
    }
}

/// The reports and evaluation described by an `accountability` item.
pub fn accountability(lw: &mut Lowerer<'_>, item: &Item) -> Accountability {
    let mut accountability = Accountability {
        reports: Vec::new(),
        evaluation: None,
        span: item.span,
    };
    for nested in item.items() {
        match nested.kind {
            ItemKind::Report => accountability.reports.push(report(lw, nested)),
            ItemKind::Evaluation => accountability.evaluation = Some(evaluation(lw, nested)),
            _ => {}
        }
    }
    accountability
}

fn report(lw: &mut Lowerer<'_>, item: &Item) -> Report {
    let (id, title) = lw.id_and_title(item);
    Report {
        id,
        title,
        by: item.property("by").and_then(|p| lw.first_id(p)),
        to: item.property("to").and_then(|p| lw.first_id(p)),
        frequency: item
            .property("frequency")
            .and_then(|p| p.values.first())
            .and_then(|v| lw.frequency(v)),
        span: item.span,
    }
}

fn evaluation(lw: &mut Lowerer<'_>, item: &Item) -> Evaluation {
    let by = item.property("by").and_then(|p| p.values.first()).map(|v| {
        let text = lw.text(v);
        let evaluator = if v.kind == ValueKind::Ident {
            Evaluator::Party(text.value)
        } else {
            Evaluator::Named(text.value)
        };
        Spanned::new(evaluator, v.span)
    });
    let on = item
        .property("on")
        .and_then(|p| p.values.first())
        .and_then(|v| lw.date(v));
    let after = item
        .property("after")
        .and_then(|p| p.values.first())
        .and_then(|v| lw.duration(v));
    if let (Some(on), Some(after)) = (&on, &after) {
        lw.diagnostics.push(
            Diagnostic::error(
                "S005",
                "the evaluation's date is given twice: by `on` and by `after`",
                after.span,
            )
            .with_label("given again here")
            .with_secondary(on.span, "first given here")
            .with_help("keep either `on DATE` or `after DURATION` (counted from entry into force)"),
        );
    }
    Evaluation {
        by,
        on,
        after,
        follow_up: item.property("follow-up").and_then(|p| lw.first_text(p)),
        span: item.span,
    }
}

/// The themes described by an `agenda` item.
pub fn agenda(lw: &mut Lowerer<'_>, item: &Item) -> Agenda {
    let themes = item
        .items()
        .iter()
        .map(|theme| {
            let (id, title) = lw.id_and_title(theme);
            Theme {
                id,
                title,
                lead: theme.property("lead").and_then(|p| lw.first_id(p)),
                public: theme
                    .property("public")
                    .and_then(|p| p.values.first())
                    .map(|v| lw.yes(v)),
                span: theme.span,
            }
        })
        .collect();
    Agenda {
        themes,
        span: item.span,
    }
}
