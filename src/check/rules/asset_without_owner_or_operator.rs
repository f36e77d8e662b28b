//! C007 asset-without-owner-or-operator: An asset without owners or without an operator.
//!
//! Shares in a company (`kind shares`) are held, not operated: they need owners only.

use crate::check::Context;
use crate::check::RuleInfo;
use crate::check::missing::missing;
use crate::diagnostics::Diagnostic;
use crate::diagnostics::Severity;
use crate::model::words::AssetKind;

/// C007 asset-without-owner-or-operator: its code, name, default level and explain page.
pub(crate) static RULE: RuleInfo = RuleInfo {
    code: "C007",
    name: "asset-without-owner-or-operator",
    severity: Severity::Error,
    summary: "An asset without owners or without an operator.",
    explain: include_str!("../../../docs/rules/C007.md"),
    run: Some(check),
    aanwijzing: None,
};

/// Reports C007 findings.
pub(crate) fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    for asset in &cx.agreement.assets {
        let missing = missing([
            (asset.owners.is_empty(), "owners"),
            (
                asset.operator.is_none()
                    && asset
                        .kind
                        .as_ref()
                        .is_none_or(|k| k.value != AssetKind::Shares),
                "operator",
            ),
        ]);
        if missing.is_empty() {
            continue;
        }
        out.push(
            Diagnostic::error(
                "C007",
                format!(
                    "asset `{}` ({}) has no {}",
                    asset.id.value,
                    asset.title.value,
                    missing.join(" and no ")
                ),
                asset.id.span,
            )
            .with_label(format!("no {}", missing.join(", no ")))
            .with_help(
                "say who owns it and who runs it: `owners PARTY 100%` (shares adding up to 100%) \
                 and `operator PARTY from DATE until DATE`",
            ),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::check;

    fn messages(text: &str) -> Vec<String> {
        crate::check::run_rule(check, text).1
    }

    #[test]
    fn shares_are_held_not_operated() {
        let text = "party a \"A\" {}\nasset s \"Aandelen\" { kind shares owners a 100% }\n";
        assert!(messages(text).is_empty());
    }

    #[test]
    fn other_assets_still_need_an_operator() {
        let text = "party a \"A\" {}\nasset s \"Gemaal\" { kind infrastructure owners a 100% }\n";
        assert_eq!(messages(text), ["asset `s` (Gemaal) has no operator"]);
    }
}
