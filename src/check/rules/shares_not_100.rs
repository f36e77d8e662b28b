//! N001 shares-not-100: Shares of owners, bearers or shareholders do not add up to 100%.
//!
//! Checked lists: an asset's `owners`, a risk's `bearers` and `above-cap`, and an
//! entity's `shareholders`.

use crate::check::Context;
use crate::check::RuleInfo;
use crate::diagnostics::Diagnostic;
use crate::diagnostics::Severity;
use crate::model::{Id, Percent, Share};
use crate::source::Span;

/// N001 shares-not-100: its code, name, default level and explain page.
pub(crate) static RULE: RuleInfo = RuleInfo {
    code: "N001",
    name: "shares-not-100",
    severity: Severity::Error,
    summary: "Shares of owners, bearers or shareholders do not add up to 100%.",
    explain: include_str!("../../../docs/rules/N001.md"),
    run: Some(check),
    aanwijzing: None,
};

/// Reports N001 findings.
pub(crate) fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let a = cx.agreement;
    for asset in &a.assets {
        if let Some(list) = asset.owners_span {
            verify(
                &asset.owners,
                list,
                &asset.id,
                "owners of asset",
                "ownership",
                out,
            );
        }
    }
    for risk in &a.risks {
        if let Some(list) = risk.bearers_span {
            verify(
                &risk.bearers,
                list,
                &risk.id,
                "bearers of risk",
                "risk",
                out,
            );
        }
        if let Some(list) = risk.above_cap_span {
            verify(
                &risk.above_cap,
                list,
                &risk.id,
                "bearers above the cap of risk",
                "excess over the cap",
                out,
            );
        }
    }
    for entity in &a.entities {
        if let Some(list) = entity.shareholders_span {
            verify(
                &entity.shareholders,
                list,
                &entity.id,
                "shareholders of entity",
                "shares",
                out,
            );
        }
    }
}

/// The exact sum of the shares, in hundredths of a percent.
#[must_use]
pub fn sum(shares: &[Share]) -> u64 {
    shares
        .iter()
        .map(|s| u64::from(s.percent.value.hundredths))
        .sum()
}

fn verify(
    shares: &[Share],
    list: Span,
    item: &Id,
    whose: &str,
    what: &str,
    out: &mut Vec<Diagnostic>,
) {
    if shares.is_empty() {
        return;
    }
    let total = sum(shares);
    let full = u64::from(Percent::FULL.hundredths);
    if total == full {
        return;
    }
    let parties: Vec<String> = shares
        .iter()
        .map(|s| format!("{} {}", s.party.value, s.percent.value))
        .collect();
    let (gap, direction) = if total < full {
        (full - total, "short")
    } else {
        (total - full, "too much")
    };
    let help = if total < full {
        format!(
            "allocate the missing {} of the {what} to a party, so that the shares add up to 100%",
            hundredths(gap)
        )
    } else {
        format!(
            "lower the shares by {} in total, so that they add up to 100%",
            hundredths(gap)
        )
    };
    out.push(
        Diagnostic::error(
            "N001",
            format!(
                "the {whose} `{}` add up to {}, not 100% ({})",
                item.value,
                hundredths(total),
                parties.join(", ")
            ),
            item.span,
        )
        .with_label(format!("{} {direction}", hundredths(gap)))
        .with_secondary(list, "the shares are listed here")
        .with_help(help),
    );
}

/// A sum of hundredths of a percent, written as a percentage (`99.99%`).
pub(crate) fn hundredths(value: u64) -> String {
    let (units, rest) = (value / 100, value % 100);
    match rest {
        0 => format!("{units}%"),
        r if r % 10 == 0 => format!("{units}.{}%", r / 10),
        r => format!("{units}.{r:02}%"),
    }
}

#[cfg(test)]
mod tests {
    use super::{hundredths, sum};
    use crate::model::{Id, Percent, Share, Spanned};
    use crate::source::Span;

    fn shares(values: &[&str]) -> Vec<Share> {
        values
            .iter()
            .enumerate()
            .map(|(i, v)| Share {
                party: Id::new(format!("p{i}"), Span::default()),
                percent: Spanned::new(
                    Percent::parse(v).unwrap_or_else(|e| panic!("{v}: {e:?}")),
                    Span::default(),
                ),
            })
            .collect()
    }

    #[test]
    fn thirds_with_two_decimals_add_up_exactly() {
        assert_eq!(sum(&shares(&["33.33%", "33.33%", "33.34%"])), 10_000);
        assert_eq!(sum(&shares(&["33.33%", "33.33%", "33.33%"])), 9_999);
        assert_eq!(sum(&shares(&["62.5%", "37.5%"])), 10_000);
        assert_eq!(sum(&shares(&["0.1%", "0.2%", "99.7%"])), 10_000);
    }

    #[test]
    fn sums_are_shown_exactly() {
        assert_eq!(hundredths(9_999), "99.99%");
        assert_eq!(hundredths(9_000), "90%");
        assert_eq!(hundredths(1_250), "12.5%");
        assert_eq!(hundredths(1), "0.01%");
    }
}
