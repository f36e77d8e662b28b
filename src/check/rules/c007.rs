//! C007 asset-without-owner-or-operator: An asset without owners or without an operator.

use crate::check::Context;
use crate::check::missing::missing;
use crate::diagnostics::Diagnostic;

/// Reports C007 findings.
pub fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    for asset in &cx.agreement.assets {
        let missing = missing([
            (asset.owners.is_empty(), "owners"),
            (asset.operator.is_none(), "operator"),
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
