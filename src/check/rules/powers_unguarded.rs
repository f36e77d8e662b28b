//! C033 powers-unguarded: The agreement concerns public-law powers but does not reserve their statutory procedures or weigh third parties' interests.

use crate::check::Context;
use crate::check::RuleInfo;
use crate::check::registry::Aanwijzing;
use crate::diagnostics::Diagnostic;
use crate::diagnostics::Severity;

/// C033 powers-unguarded: its code, name, default level and explain page.
pub(crate) static RULE: RuleInfo = RuleInfo {
    code: "C033",
    name: "powers-unguarded",
    severity: Severity::Warning,
    summary: "The agreement concerns public-law powers but does not reserve their statutory procedures or weigh third parties' interests.",
    explain: include_str!("../../../docs/rules/C033.md"),
    run: Some(check),
    aanwijzing: Some(Aanwijzing {
        cite: "Aanwijzing 10, eerste lid, 11, 13 en 21, derde lid",
        must: true,
    }),
};

/// Reports C033 findings.
pub(crate) fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let Some(lf) = &cx.agreement.legal_framework else {
        return;
    };
    let Some(powers) = &lf.powers else {
        return;
    };
    let missing = match (lf.reservation.is_some(), lf.third_parties.is_some()) {
        (true, true) => return,
        (false, false) => "a `reservation` or the interests of third parties (`third-parties`)",
        (false, true) => "a `reservation`",
        (true, false) => "the interests of third parties (`third-parties`)",
    };
    out.push(
        Diagnostic::warning(
            "C033",
            format!("the agreement concerns public-law powers, but does not state {missing}"),
            powers.span,
        )
        .with_label("public-law powers")
        .with_help(
            "say that decisions under these powers keep their statutory procedures and weighing \
             (`reservation \"...\"`), and whose interests were weighed and how (`third-parties \"...\"`)",
        ),
    );
}

#[cfg(test)]
mod tests {
    use super::check;

    fn count(framework: &str) -> usize {
        crate::check::run_rule(check, &format!("legal-framework {{ {framework} }}\n"))
            .1
            .len()
    }

    #[test]
    fn powers_need_a_reservation_and_third_parties() {
        assert_eq!(count("powers \"p\""), 1);
        assert_eq!(count("powers \"p\" reservation \"r\""), 1);
        assert_eq!(
            count("powers \"p\" reservation \"r\" third-parties \"t\""),
            0
        );
        assert_eq!(count("legislation \"l\""), 0);
    }
}
