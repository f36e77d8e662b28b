//! C017 closed-agenda: An agenda theme that is not public.

use crate::check::Context;
use crate::check::RuleInfo;
use crate::diagnostics::Diagnostic;
use crate::diagnostics::Severity;

/// C017 closed-agenda: its code, name, default level and explain page.
pub(crate) static RULE: RuleInfo = RuleInfo {
    code: "C017",
    name: "closed-agenda",
    severity: Severity::Warning,
    summary: "An agenda theme that is not public.",
    explain: include_str!("../../../docs/rules/C017.md"),
    run: Some(check),
    aanwijzing: None,
};

/// Reports C017 findings.
pub(crate) fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let themes = cx.agreement.agenda.iter().flat_map(|a| &a.themes);
    for theme in themes.filter(|t| !t.public.as_ref().is_some_and(|p| p.value)) {
        let (span, label) = match &theme.public {
            Some(public) => (public.span, "declared not public"),
            None => (theme.id.span, "not declared public"),
        };
        out.push(
            Diagnostic::warning(
                "C017",
                format!(
                    "agenda theme `{}` ({}) is not public",
                    theme.id.value, theme.title.value
                ),
                span,
            )
            .with_label(label)
            .with_help(
                "open the theme to others with `public yes`, so that new partners can join; \
                 keep confidential matters in clauses instead",
            ),
        );
    }
}
