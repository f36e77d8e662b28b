//! C037 legislative-commitment: A public party promises, as a result, to make, change or
//! repeal rules.

use crate::check::Context;
use crate::check::RuleInfo;
use crate::check::registry::Aanwijzing;
use crate::diagnostics::Diagnostic;
use crate::diagnostics::Severity;
use crate::model::words::Obligation;
use crate::model::{Agreement, Deliverable};

/// C037 legislative-commitment: its code, name, default level and explain page.
pub(crate) static RULE: RuleInfo = RuleInfo {
    code: "C037",
    name: "legislative-commitment",
    severity: Severity::Warning,
    summary: "A public party promises, as a result, to make, change or repeal rules.",
    explain: include_str!("../../../docs/rules/C037.md"),
    run: Some(check),
    aanwijzing: Some(Aanwijzing {
        cite: "Aanwijzing 7, derde lid",
        must: true,
    }),
};

/// Whether `d` promises legislation as a result, delivered by a public party.
fn promises_legislation(a: &Agreement, d: &Deliverable) -> bool {
    let result = d
        .obligation
        .as_ref()
        .is_some_and(|o| o.value == Obligation::Result);
    let public = d.by.as_ref().is_some_and(|by| a.is_public(&by.value));
    result && public
}

/// Reports C037 findings.
pub(crate) fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let a = cx.agreement;
    for d in &a.deliverables {
        let Some(legislative) = d.legislative.as_ref().filter(|l| l.value) else {
            continue;
        };
        if !promises_legislation(a, d) {
            continue;
        }
        let mut diagnostic = Diagnostic::warning(
            "C037",
            format!(
                "deliverable `{}` promises legislation as a result: a public party cannot bind the legislature",
                d.id.value
            ),
            legislative.span,
        )
        .with_label("a promise to make, change or repeal rules")
        .with_help(
            "write `obligation effort` (the party prepares and proposes the rules), \
             and leave the decision to the legislature",
        );
        if let Some(o) = &d.obligation {
            diagnostic = diagnostic.with_secondary(o.span, "promised as a result");
        }
        out.push(diagnostic);
    }
}

#[cfg(test)]
mod tests {
    use super::check;

    fn messages(sector: &str, obligation: &str) -> Vec<String> {
        let text = format!(
            "party m \"M\" {{ sector {sector} }}\n\
             deliverable wet \"Wetsvoorstel\" {{ by m obligation {obligation} legislative yes }}\n"
        );
        crate::check::run_rule(check, &text).1
    }

    #[test]
    fn a_public_party_promising_legislation_as_a_result() {
        assert_eq!(messages("public", "result").len(), 1);
        assert!(messages("public", "effort").is_empty());
        assert!(messages("private", "result").is_empty());
    }
}
