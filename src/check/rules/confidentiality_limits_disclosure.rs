//! C035 confidentiality-limits-disclosure: A public party agrees to confidentiality without reserving its statutory duties of disclosure.

use crate::check::Context;
use crate::check::RuleInfo;
use crate::check::registry::Aanwijzing;
use crate::diagnostics::Diagnostic;
use crate::diagnostics::Severity;

/// C035 confidentiality-limits-disclosure: its code, name, default level and explain page.
pub(crate) static RULE: RuleInfo = RuleInfo {
    code: "C035",
    name: "confidentiality-limits-disclosure",
    severity: Severity::Warning,
    summary: "A public party agrees to confidentiality without reserving its statutory duties of disclosure.",
    explain: include_str!("../../../docs/rules/C035.md"),
    run: Some(check),
    aanwijzing: Some(Aanwijzing {
        cite: "Aanwijzing 25, derde lid",
        must: true,
    }),
};

/// Reports C035 findings.
pub(crate) fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let a = cx.agreement;
    let Some(confidentiality) = &a.confidentiality else {
        return;
    };
    if confidentiality.subject_to.is_some() {
        return;
    }
    let Some(public) = a.public_parties().next() else {
        return;
    };
    out.push(
        Diagnostic::warning(
            "C035",
            format!(
                "{} is public, but the confidentiality clause does not give way to its duties of disclosure",
                public.describe()
            ),
            confidentiality.head(),
        )
        .with_label("no `subject-to`")
        .with_secondary(public.id.span, "a public party")
        .with_help(
            "a public body cannot contract out of the Woo and the Archiefwet: \
             `subject-to \"de Wet open overheid en de Archiefwet\"`",
        ),
    );
}

#[cfg(test)]
mod tests {
    use super::check;

    fn count(sector: &str, block: &str) -> usize {
        let text = format!("party a \"A\" {{ sector {sector} }}\nconfidentiality {{ {block} }}\n");
        crate::check::run_rule(check, &text).1.len()
    }

    #[test]
    fn public_confidentiality_is_subject_to_the_woo() {
        assert_eq!(count("public", "covers \"x\""), 1);
        assert_eq!(count("public", "covers \"x\" subject-to \"de Woo\""), 0);
        assert_eq!(count("private", "covers \"x\""), 0);
    }
}
