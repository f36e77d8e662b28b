//! Juridisch kader: one lid per aspect of the law the agreement touches.

use super::super::{Ctx, Part, lid, para};
use super::{data, labelled};

/// The legal framework article.
pub(super) fn build(c: &mut Ctx) -> Option<Part> {
    let lf = c.say.a.legal_framework.as_ref()?;
    let fields = [
        ("legislation", "legal.legislation", &lf.legislation),
        ("procurement", "legal.procurement", &lf.procurement),
        ("competition", "legal.competition", &lf.competition),
        ("state-aid", "legal.state_aid", &lf.state_aid),
        ("third-parties", "legal.third_parties", &lf.third_parties),
        ("basis", "legal.basis", &lf.basis),
        ("powers", "legal.powers", &lf.powers),
        ("reservation", "legal.reservation", &lf.reservation),
        ("notification", "legal.notification", &lf.notification),
        ("implements", "legal.implements", &lf.implements),
        ("instrument", "legal.instrument", &lf.instrument),
    ];
    let leden = fields
        .iter()
        .filter_map(|(key, label, value)| {
            value.as_ref().map(|v| {
                lid(
                    format!("lid.legal-framework.{key}"),
                    vec![para(labelled(c, label, &v.value))],
                )
            })
        })
        .collect();
    Part::new(c, "legal-framework", leden, data(lf))
}
