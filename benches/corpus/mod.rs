//! A generator of realistic, clean agreements of configurable size, for benchmarks.

use std::fmt::Write as _;

/// The shape of a generated agreement.
#[derive(Debug, Clone, Copy)]
pub struct Shape {
    /// Number of parties besides the municipality (at least 2).
    pub parties: usize,
    /// Number of goals; each gets two deliverables.
    pub goals: usize,
    /// Number of risks besides the three required categories.
    pub risks: usize,
    /// Number of free clauses.
    pub clauses: usize,
}

impl Shape {
    /// A shape of about `lines` lines.
    #[must_use]
    pub fn of_lines(lines: usize) -> Self {
        let unit = (lines / 66).max(1);
        Self {
            parties: unit + 1,
            goals: unit,
            risks: unit,
            clauses: unit,
        }
    }
}

/// The text of agreement number `seed` with the given shape.
#[must_use]
pub fn agreement(seed: usize, shape: Shape) -> String {
    let mut out = String::with_capacity(shape.goals * 1200 + 4000);
    let parties: Vec<String> = (0..shape.parties.max(2))
        .map(|i| format!("partner{i}"))
        .collect();
    header(&mut out, seed);
    party(
        &mut out,
        "gemeente",
        &format!("Gemeente Voorbeeld {seed}"),
        "public",
    );
    for (i, id) in parties.iter().enumerate() {
        let sector = ["private", "civil", "knowledge"][i % 3];
        party(
            &mut out,
            id,
            &format!("Partner {i} van convenant {seed} B.V."),
            sector,
        );
    }
    let all: Vec<&str> = std::iter::once("gemeente")
        .chain(parties.iter().map(String::as_str))
        .collect();
    preamble(&mut out, &all);
    goals_and_deliverables(&mut out, shape.goals, &all);
    investment(&mut out, &all);
    risks(&mut out, shape.risks, &all);
    closing(&mut out, shape.clauses, &all);
    out
}

fn header(out: &mut String, seed: usize) {
    let _ = writeln!(
        out,
        "// Generated agreement {seed} for benchmarks.\ncovenant \"Samenwerkingsovereenkomst {seed}\" {{\n  short-title   \"Convenant {seed}\"\n  reference     \"GEN-{seed:06}\"\n  language      nl\n  function      development\n  effective     2026-01-01\n  expires       2035-12-31\n  renewal       \"Verlenging met vijf jaar bij besluit van alle partijen.\"\n  enforceable   yes\n  governing-law \"Nederlands recht\"\n  publication   \"Gemeenteblad\"\n  signed-at     \"Utrecht\"\n}}\n"
    );
}

fn party(out: &mut String, id: &str, name: &str, sector: &str) {
    let _ = writeln!(
        out,
        "party {id} \"{name}\" {{\n  sector {sector}\n  role   partner\n  seat   \"Utrecht\"\n  representative \"J. Jansen\" {{\n    capacity \"bestuurder\"\n    mandate  \"besluit van 1 december 2025\"\n  }}\n}}\n"
    );
}

fn preamble(out: &mut String, all: &[&str]) {
    let _ = writeln!(
        out,
        "recital \"\"\"\n  Partijen willen samen de wijk verduurzamen en leggen hun afspraken vast in dit\n  convenant, waarbij de *Wijkraad* wordt betrokken.\n  \"\"\"\n\nlegal-framework {{\n  legislation \"Omgevingswet\"\n  state-aid   \"De bijdragen zijn marktconform.\"\n}}\n\ndefine wijkraad \"Wijkraad\" \"de raad van bewoners van de wijk\"\n\nambition {{\n  statement   \"In 2030 is de wijk aardgasvrij en betaalbaar verwarmd.\"\n  endorsed-by {}\n}}\n",
        all.join(", ")
    );
}

fn goals_and_deliverables(out: &mut String, goals: usize, all: &[&str]) {
    for g in 0..goals.max(1) {
        let _ = writeln!(
            out,
            "goal doel{g} \"Doel {g}: {} woningen aangesloten\" {{\n  indicator \"aantal aangesloten woningen\"\n  baseline  0\n  target    {} by 2030-12-31\n  owner     gemeente\n}}\n",
            (g + 1) * 100,
            (g + 1) * 100
        );
        for d in 0..2 {
            let by = all[(g * 2 + d) % all.len()];
            let _ = writeln!(
                out,
                "deliverable lev{g}-{d} \"Levering {d} voor doel {g}\" {{\n  by         {by}\n  serves     doel{g}\n  due        2029-0{}-15\n  obligation {}\n  acceptance \"Acceptatie door de stuurgroep na inspectie ter plaatse.\"\n}}\n",
                d + 3,
                if d == 0 { "result" } else { "effort" }
            );
        }
    }
}

fn investment(out: &mut String, all: &[&str]) {
    out.push_str("investment {\n");
    for (i, id) in all.iter().enumerate() {
        let _ = writeln!(out, "  {id} EUR {}_000 cash \"bijdrage {i}\"", 100 + i);
    }
    let total: usize = (0..all.len()).map(|i| (100 + i) * 1000).sum();
    let _ = writeln!(out, "  total EUR {total}\n}}\n");
}

fn risks(out: &mut String, extra: usize, all: &[&str]) {
    let categories = [
        "financial",
        "administrative",
        "policy",
        "technical",
        "market",
        "legal",
    ];
    for r in 0..extra + 3 {
        let category = categories[r % categories.len()];
        let bearer = all[r % all.len()];
        let other = all[(r + 1) % all.len()];
        let _ = writeln!(
            out,
            "risk risico{r} \"Risico {r} ({category})\" {{\n  category   {category}\n  likelihood medium\n  impact     high\n  bearers    {bearer} 60%, {other} 40%\n  cap        EUR 250_000\n  response   share\n  mitigation \"Maandelijkse rapportage aan de stuurgroep en een reserve.\"\n}}\n"
        );
    }
}

fn closing(out: &mut String, clauses: usize, all: &[&str]) {
    let _ = writeln!(
        out,
        "governance {{\n  body stuurgroep \"Stuurgroep\" {{\n    members {}\n    chair   gemeente\n    meets   quarterly\n    decides unanimity\n  }}\n  meeting-place \"Stadhuis\"\n}}\n\naccountability {{\n  report voortgang \"Voortgangsrapportage\" {{\n    by        gemeente\n    to        stuurgroep\n    frequency quarterly\n  }}\n  evaluation {{\n    by \"onafhankelijk bureau\"\n    on 2030-06-30\n  }}\n}}\n\nagenda {{\n  theme bewoners \"Betrekken van bewoners\" {{\n    lead   gemeente\n    public yes\n  }}\n}}\n\ndisputes {{\n  consultation 30 days\n  then mediation\n  then court \"Rechtbank Midden-Nederland\"\n}}\n\ntermination {{\n  notice       6 months\n  grounds      \"Ingrijpende wijziging van omstandigheden.\"\n  consequences continue\n}}\n\namendment \"Wijzigingen worden schriftelijk overeengekomen.\"\naccession \"Toetreding met instemming van de stuurgroep.\"\n",
        all.join(", ")
    );
    for c in 0..clauses {
        let _ = writeln!(
            out,
            "clause artikel{c} \"Bepaling {c}\" \"\"\"\n  Partijen spannen zich in om de afspraken in deze bepaling na te komen en\n  informeren elkaar tijdig over wijzigingen die van belang zijn.\n\n  - eerste punt van aandacht\n  - tweede punt van aandacht\n  \"\"\"\n"
        );
    }
}
