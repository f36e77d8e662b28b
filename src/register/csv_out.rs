//! The register as one CSV table with a `section` column (see docs/register.md).

use super::amount::plain;
use super::{PartyEntry, Register};

/// The columns, in order.
pub const HEADER: [&str; 17] = [
    "section",
    "file",
    "agreement",
    "reference",
    "function",
    "party",
    "registration",
    "item",
    "kind",
    "date",
    "until",
    "currency",
    "amount",
    "share",
    "errors",
    "warnings",
    "detail",
];

/// One row, by column name; unnamed columns stay empty.
#[derive(Default)]
struct Row<'a> {
    cells: Vec<(&'static str, String)>,
    section: &'a str,
}

impl<'a> Row<'a> {
    fn new(section: &'a str) -> Self {
        Self {
            cells: Vec::new(),
            section,
        }
    }

    fn set(mut self, column: &'static str, value: impl Into<String>) -> Self {
        self.cells.push((column, value.into()));
        self
    }

    fn record(&self) -> Vec<String> {
        HEADER
            .iter()
            .map(|column| {
                if *column == "section" {
                    return self.section.to_string();
                }
                self.cells
                    .iter()
                    .find(|(c, _)| c == column)
                    .map(|(_, v)| inert(v))
                    .unwrap_or_default()
            })
            .collect()
    }
}

/// A cell a spreadsheet shows as text, never runs as a formula: one starting with `=`, `+`,
/// `-`, `@`, a tab or a carriage return gets a leading `'` (OWASP's advice), unless it is a
/// plain number such as `-1500.00`, which stays numeric.
fn inert(cell: &str) -> String {
    let starts_like_formula = cell
        .chars()
        .next()
        .is_some_and(|c| matches!(c, '=' | '+' | '-' | '@' | '\t' | '\r'));
    if starts_like_formula && !is_plain_number(cell) {
        format!("'{cell}")
    } else {
        cell.to_string()
    }
}

/// `-12`, `+3.5`, `-1500.00`: a sign, digits and at most one decimal point.
fn is_plain_number(cell: &str) -> bool {
    let digits = cell.strip_prefix(['-', '+']).unwrap_or(cell);
    let (whole, fraction) = digits.split_once('.').unwrap_or((digits, "0"));
    !whole.is_empty()
        && !fraction.is_empty()
        && whole.bytes().all(|b| b.is_ascii_digit())
        && fraction.bytes().all(|b| b.is_ascii_digit())
}

/// The register as CSV text.
///
/// # Errors
/// The CSV writer failed (it writes to memory, so only on invalid state).
pub fn to_csv(register: &Register) -> Result<String, csv::Error> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer.write_record(HEADER)?;
    for row in rows(register) {
        writer.write_record(row.record())?;
    }
    let bytes = writer
        .into_inner()
        .map_err(|e| csv::Error::from(e.into_error()))?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

fn rows(register: &Register) -> Vec<Row<'static>> {
    let mut out = Vec::new();
    for a in &register.agreements {
        out.push(
            Row::new("agreement")
                .set("file", a.file.clone())
                .set("agreement", a.title.clone().unwrap_or_default())
                .set("reference", a.reference.clone().unwrap_or_default())
                .set("function", a.function.clone().unwrap_or_default())
                .set(
                    "date",
                    a.effective.map(|d| d.to_string()).unwrap_or_default(),
                )
                .set("until", a.expires.clone().unwrap_or_default())
                .set("errors", a.errors.to_string())
                .set("warnings", a.warnings.to_string())
                .set("detail", a.parties.join("; ")),
        );
    }
    for party in &register.parties {
        party_rows(party, &mut out);
    }
    out
}

fn base(section: &'static str, party: &PartyEntry, file: &str) -> Row<'static> {
    Row::new(section)
        .set("party", party.name.clone())
        .set(
            "registration",
            party.registration.clone().unwrap_or_default(),
        )
        .set("file", file.to_string())
}

fn party_rows(party: &PartyEntry, out: &mut Vec<Row<'static>>) {
    for m in &party.memberships {
        out.push(
            base("membership", party, &m.file)
                .set("agreement", m.title.clone().unwrap_or_default())
                .set("item", m.id.clone())
                .set("kind", m.role.clone().unwrap_or_default())
                .set("detail", m.representatives.join("; ")),
        );
    }
    for c in &party.contributions {
        out.push(
            base("contribution", party, &c.file)
                .set("item", if c.ceiling { "up-to" } else { "committed" })
                .set("kind", c.amount.kind.clone())
                .set("currency", c.amount.currency.clone())
                .set("amount", plain(c.amount.cents)),
        );
    }
    for c in &party.cost_shares {
        out.push(
            base("cost-share", party, &c.file)
                .set("item", c.cost.clone())
                .set("kind", c.kind.clone())
                .set("share", c.share.clone()),
        );
    }
    for s in &party.stakes {
        out.push(
            base("stake", party, &s.file)
                .set("item", s.entity.clone())
                .set("kind", s.legal_form.clone().unwrap_or_default())
                .set("share", s.share.clone())
                .set(
                    "detail",
                    match &s.through {
                        Some(group) => format!("{}; jointly through {group}", s.name),
                        None => s.name.clone(),
                    },
                ),
        );
    }
    for r in &party.risks {
        let mut row = base("risk", party, &r.file)
            .set("item", r.id.clone())
            .set("kind", r.category.clone().unwrap_or_default())
            .set("share", r.share.clone())
            .set("detail", r.title.clone());
        if let Some(borne) = &r.borne {
            row = row
                .set("currency", borne.currency.clone())
                .set("amount", borne.amount.clone());
        }
        out.push(row);
    }
    for d in &party.due {
        out.push(
            base("deliverable", party, &d.file)
                .set("item", d.id.clone())
                .set("kind", d.obligation.clone().unwrap_or_default())
                .set("date", d.due.to_string())
                .set("detail", d.title.clone()),
        );
    }
    for s in &party.seats {
        let place = if s.chair { "chair" } else { "member" };
        out.push(
            base("seat", party, &s.file)
                .set("item", s.body.clone())
                .set("kind", s.decides.clone().unwrap_or_default())
                .set("detail", format!("{place}; {}", s.name)),
        );
    }
    totals(party, out);
}

fn totals(party: &PartyEntry, out: &mut Vec<Row<'static>>) {
    let lists = [("committed", &party.committed), ("up-to", &party.ceilings)];
    for (item, list) in lists {
        for a in list {
            out.push(
                base("total", party, "")
                    .set("item", item)
                    .set("kind", a.kind.clone())
                    .set("currency", a.currency.clone())
                    .set("amount", plain(a.cents)),
            );
        }
    }
    for e in &party.risk_total {
        out.push(
            base("total", party, "")
                .set("item", "risk")
                .set("kind", "cap-share")
                .set("currency", e.currency.clone())
                .set("amount", e.amount.clone()),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_become_text_and_numbers_stay_numbers() {
        for (cell, written) in [
            ("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"),
            ("@SUM(A1)", "'@SUM(A1)"),
            ("+1+cmd|calc", "'+1+cmd|calc"),
            ("-2+3", "'-2+3"),
            ("\tx", "'\tx"),
            ("\rx", "'\rx"),
            ("-1500.00", "-1500.00"),
            ("+3", "+3"),
            ("1500.00", "1500.00"),
            ("Acme = B.V.", "Acme = B.V."),
            ("", ""),
        ] {
            assert_eq!(inert(cell), written, "{cell:?}");
        }
    }
}
