//! C025 duration-unstated: The agreement does not state how long it runs.
//!
//! Neither a date nor `never`: the term is unknown. C013 and C022 only look at a term that is stated.

use crate::check::Context;
use crate::check::RuleInfo;
use crate::check::registry::Aanwijzing;
use crate::diagnostics::Diagnostic;
use crate::diagnostics::Severity;

/// C025 duration-unstated: its code, name, default level and explain page.
pub(crate) static RULE: RuleInfo = RuleInfo {
    code: "C025",
    name: "duration-unstated",
    severity: Severity::Error,
    summary: "The agreement does not state how long it runs.",
    explain: include_str!("../../../docs/rules/C025.md"),
    run: Some(check),
    aanwijzing: Some(Aanwijzing {
        cite: "Aanwijzing 19, eerste lid",
        must: true,
    }),
};

/// Reports C025 findings.
pub(crate) fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let agreement = cx.agreement;
    if agreement.header.expires.is_some() || agreement.header.term.is_some() {
        return;
    }
    out.push(
        Diagnostic::error(
            "C025",
            "the agreement does not state how long it runs",
            agreement.anchor(),
        )
        .with_label("no `expires` in the header")
        .with_help(
            "state the term: `expires 2030-12-31`, or `expires never` for an indefinite term \
             (then `termination { notice ... }` says how a party leaves)",
        ),
    );
}

#[cfg(test)]
mod tests {
    use super::check;

    #[test]
    fn fires_only_without_expires() {
        let without = "covenant \"T\" { effective 2026-01-01 }\n";
        assert_eq!(crate::check::run_rule(check, without).1.len(), 1);
        for expires in ["2030-12-31", "never"] {
            let with = format!("covenant \"T\" {{ effective 2026-01-01  expires {expires} }}\n");
            assert!(crate::check::run_rule(check, &with).1.is_empty());
        }
    }
}
