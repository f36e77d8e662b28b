//! T002 date-outside-term: A due date, target date or evaluation falls outside the term.
//!
//! The end of the term is `expires DATE`, or computed from a dated `effective` and
//! `expires after DURATION`. The dates of a continuing duty (`during DATE until DATE`)
//! and an evaluation `after DURATION` (counted from entry into force) are checked too,
//! and so are a goal's milestones, each of which must also lie before the goal's target date.

use crate::check::Context;
use crate::check::RuleInfo;
use crate::diagnostics::Diagnostic;
use crate::diagnostics::Severity;
use crate::model::{Date, During, Goal, Spanned};
use crate::source::Span;

/// T002 date-outside-term: its code, name, default level and explain page.
pub(crate) static RULE: RuleInfo = RuleInfo {
    code: "T002",
    name: "date-outside-term",
    severity: Severity::Error,
    summary: "A due date, target date, milestone or evaluation falls outside the term.",
    explain: include_str!("../../../docs/rules/T002.md"),
    run: Some(check),
    aanwijzing: None,
};

/// Reports T002 findings.
pub(crate) fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let a = cx.agreement;
    let term = Term {
        start: a.header.effective.as_ref().map(|d| (d.value, d.span)),
        end: a.end_date().zip(a.end_span()),
    };
    if let (Some((start, _)), Some((end, _))) = (term.start, term.end)
        && end < start
    {
        return;
    }
    for goal in &a.goals {
        if let Some(deadline) = &goal.deadline {
            term.verify(
                deadline,
                &format!("goal `{}` is to be reached by", goal.id.value),
                out,
            );
        }
        milestones(&term, goal, out);
    }
    for deliverable in &a.deliverables {
        if let Some(due) = &deliverable.due {
            term.verify(
                due,
                &format!("deliverable `{}` is due on", deliverable.id.value),
                out,
            );
        }
    }
    for deliverable in &a.deliverables {
        if let Some(During::Period { from, until }) = deliverable.during.as_ref().map(|d| &d.value)
        {
            let what = format!("deliverable `{}` runs", deliverable.id.value);
            term.verify(from, &format!("{what} from"), out);
            term.verify(until, &format!("{what} until"), out);
        }
    }
    let evaluation = a
        .accountability
        .as_ref()
        .and_then(|x| x.evaluation.as_ref());
    if let Some(on) = evaluation.and_then(|e| e.on.as_ref()) {
        term.verify(on, "the evaluation takes place on", out);
    }
    if let (Some(after), Some(start)) = (evaluation.and_then(|e| e.after.as_ref()), a.start_date())
    {
        let on = Spanned::new(start.after(after.value), after.span);
        term.verify(
            &on,
            &format!(
                "the evaluation {} after entry into force falls on",
                after.value
            ),
            out,
        );
    }
}

/// A goal's milestones: inside the term, and each before the goal's target date.
fn milestones(term: &Term, goal: &Goal, out: &mut Vec<Diagnostic>) {
    let what = format!("a milestone of goal `{}` falls on", goal.id.value);
    for milestone in &goal.milestones {
        term.verify(&milestone.by, &what, out);
        let Some(deadline) = goal
            .deadline
            .as_ref()
            .filter(|d| milestone.by.value >= d.value)
        else {
            continue;
        };
        out.push(
            Diagnostic::error(
                "T002",
                format!(
                    "{what} {}, not before the goal's target date {}",
                    milestone.by.value, deadline.value
                ),
                milestone.by.span,
            )
            .with_label("not before the target date")
            .with_secondary(deadline.span, "the goal is to be reached by then")
            .with_help("an interim target lies before the goal's date: move the milestone earlier, or make it the goal's `target`"),
        );
    }
}

/// The term: its first and last day, where they are written.
struct Term {
    start: Option<(Date, Span)>,
    end: Option<(Date, Span)>,
}

impl Term {
    fn verify(&self, date: &Spanned<Date>, what: &str, out: &mut Vec<Diagnostic>) {
        if let Some((start, span)) = self.start.filter(|(start, _)| date.value < *start) {
            out.push(
                Diagnostic::error(
                    "T002",
                    format!("{what} {}, before the agreement takes effect on {start}", date.value),
                    date.span,
                )
                .with_label("before the term")
                .with_secondary(span, "the term starts here")
                .with_help("move the date to or after `effective`, or let the agreement take effect earlier"),
            );
        }
        if let Some((end, span)) = self.end.filter(|(end, _)| date.value > *end) {
            out.push(
                Diagnostic::error(
                    "T002",
                    format!("{what} {}, after the agreement expires on {end}", date.value),
                    date.span,
                )
                .with_label("after the term")
                .with_secondary(span, "the term ends here")
                .with_help("move the date to or before `expires`, or extend the term; obligations after the end cannot be enforced"),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Term;
    use crate::model::{Date, Spanned};
    use crate::source::Span;

    fn date(text: &str) -> Date {
        Date::parse(text).unwrap_or_else(|| panic!("bad date {text}"))
    }

    fn findings(on: &str) -> Vec<&'static str> {
        let term = Term {
            start: Some((date("2026-01-01"), Span::default())),
            end: Some((date("2030-12-31"), Span::default())),
        };
        let mut out = Vec::new();
        term.verify(
            &Spanned::new(date(on), Span::default()),
            "the due date",
            &mut out,
        );
        out.iter()
            .map(|d| d.secondary[0].message.as_str())
            .map(|m| {
                if m.contains("ends") {
                    "after"
                } else {
                    "before"
                }
            })
            .collect()
    }

    #[test]
    fn the_first_and_last_day_are_inside_the_term() {
        assert!(findings("2026-01-01").is_empty());
        assert!(findings("2030-12-31").is_empty());
    }

    #[test]
    fn one_day_outside_is_outside() {
        assert_eq!(findings("2025-12-31"), vec!["before"]);
        assert_eq!(findings("2031-01-01"), vec!["after"]);
    }
}

#[cfg(test)]
mod second_edition {
    use super::check;

    fn messages(text: &str) -> Vec<String> {
        crate::check::run_rule(check, text).1
    }

    const HEADER: &str =
        "covenant \"C\" { effective 2026-01-01  expires after 5 years }\nparty a \"A\" {}\n";

    #[test]
    fn the_computed_end_is_the_last_day_of_the_term() {
        let inside = format!("{HEADER}deliverable d \"D\" {{ by a due 2030-12-31 }}\n");
        assert!(messages(&inside).is_empty());
        let outside = format!("{HEADER}deliverable d \"D\" {{ by a due 2031-01-01 }}\n");
        assert_eq!(
            messages(&outside),
            ["deliverable `d` is due on 2031-01-01, after the agreement expires on 2030-12-31"]
        );
    }

    #[test]
    fn milestones_lie_in_the_term_and_before_the_target_date() {
        let goal = |milestones: &str| {
            format!("{HEADER}goal g \"G\" {{ target 10 by 2029-12-31 {milestones} }}\n")
        };
        assert!(messages(&goal("milestone 4 by 2027-12-31 milestone 8 by 2029-12-30")).is_empty());
        assert_eq!(
            messages(&goal(
                "milestone 4 by 2025-12-31 milestone 10 by 2029-12-31"
            )),
            [
                "a milestone of goal `g` falls on 2025-12-31, before the agreement takes effect on 2026-01-01",
                "a milestone of goal `g` falls on 2029-12-31, not before the goal's target date 2029-12-31"
            ]
        );
    }

    #[test]
    fn a_period_of_duty_and_an_evaluation_after_are_checked() {
        let text = format!(
            "{HEADER}deliverable d \"D\" {{ by a during 2025-06-01 until 2030-12-31 }}\n\
             accountability {{ evaluation {{ by \"X\" after 6 years }} }}\n"
        );
        assert_eq!(
            messages(&text),
            [
                "deliverable `d` runs from 2025-06-01, before the agreement takes effect on 2026-01-01",
                "the evaluation 6 years after entry into force falls on 2032-01-01, after the agreement expires on 2030-12-31"
            ]
        );
    }
}
