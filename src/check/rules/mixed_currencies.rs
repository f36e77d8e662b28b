//! N003 mixed-currencies: More than one currency in one agreement.

use crate::check::Context;
use crate::check::RuleInfo;
use crate::diagnostics::Diagnostic;
use crate::diagnostics::Severity;
use crate::model::{Agreement, Money, Quantity};
use crate::source::Span;

/// N003 mixed-currencies: its code, name, default level and explain page.
pub(crate) static RULE: RuleInfo = RuleInfo {
    code: "N003",
    name: "mixed-currencies",
    severity: Severity::Warning,
    summary: "More than one currency in one agreement.",
    explain: include_str!("../../../docs/rules/N003.md"),
    run: Some(check),
    aanwijzing: None,
};

/// Reports N003 findings.
pub(crate) fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let amounts = amounts(cx.agreement);
    let Some((first, first_span)) = amounts.first().copied() else {
        return;
    };
    let mut seen = vec![first.currency];
    for (money, span) in amounts {
        if seen.contains(&money.currency) {
            continue;
        }
        seen.push(money.currency);
        out.push(
            Diagnostic::warning(
                "N003",
                format!(
                    "this agreement uses {} as well as {}; amounts in different currencies cannot be added up",
                    money.currency, first.currency
                ),
                span,
            )
            .with_label(format!("in {}", money.currency))
            .with_secondary(first_span, format!("first amount, in {}", first.currency))
            .with_help(format!(
                "state every amount in {}, converted at an agreed rate, and mention the original amount in a note",
                first.currency
            )),
        );
    }
}

fn amounts(a: &Agreement) -> Vec<(Money, Span)> {
    let mut found: Vec<(Money, Span)> = Vec::new();
    for goal in &a.goals {
        for q in goal.baseline.iter().chain(&goal.target) {
            if let Quantity::Money(m) = q.value {
                found.push((m, q.span));
            }
        }
    }
    if let Some(investment) = &a.investment {
        found.extend(
            investment
                .contributions
                .iter()
                .map(|c| (c.amount.value, c.amount.span)),
        );
        found.extend(investment.total.iter().map(|t| (t.value, t.span)));
    }
    found.extend(
        a.risks
            .iter()
            .flat_map(|r| &r.cap)
            .map(|c| (c.value, c.span)),
    );
    found.sort_by_key(|(_, span)| (span.file, span.start));
    found
}
