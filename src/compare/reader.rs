//! The diff in the reader's language: items named by their names and titles,
//! never their ids; money, dates, percentages and durations written as in
//! the documents; every generated word from the `diff` messages.

use super::change::Change;
use crate::model::words::Language;
use crate::model::{Agreement, Date, Decimal, Duration, Money, Percent};
use crate::render::i18n::Messages;
use crate::render::{duration_in, format};

/// Enum words a value may hold, with the message table that words them.
const WORD_TABLES: &[&str] = &[
    "obligation_short",
    "register.decision",
    "register.role",
    "register.sector",
    "register.function",
    "kind",
    "category",
    "level",
    "response",
    "diff.word",
];

/// Wording of a diff between `old` and `new` in one language.
pub struct Reader<'a> {
    old: &'a Agreement,
    new: &'a Agreement,
    messages: Messages,
    /// The language.
    pub language: Language,
}

impl<'a> Reader<'a> {
    /// The built-in wording of `language` for a diff of `old` and `new`.
    ///
    /// # Errors
    /// Never for the shipped message files.
    pub fn new(old: &'a Agreement, new: &'a Agreement, language: Language) -> Result<Self, String> {
        Ok(Self {
            old,
            new,
            messages: Messages::builtin(language)?,
            language,
        })
    }

    /// The message `diff.KEY`.
    #[must_use]
    pub fn get(&self, key: &str) -> String {
        self.messages.get(&format!("diff.{key}"))
    }

    /// The message `diff.KEY` with its `{name}`s filled.
    #[must_use]
    pub fn fill(&self, key: &str, values: &[(&str, &str)]) -> String {
        self.messages.fill(&format!("diff.{key}"), values)
    }

    /// "1 wijziging", "3 wijzigingen".
    #[must_use]
    pub fn count(&self, n: usize) -> String {
        let form = if n == 1 { "one" } else { "many" };
        self.fill(&format!("count.{form}"), &[("n", &n.to_string())])
    }

    /// The word for `value` in `table`, if the table has one.
    fn lookup(&self, table: &str, value: &str) -> Option<String> {
        let key = format!("{table}.{value}");
        let word = self.messages.get(&key);
        (word != format!("[{key}]")).then_some(word)
    }

    /// The word for `value` in `table`, else the value with its hyphens as spaces.
    fn word(&self, table: &str, value: &str) -> String {
        self.lookup(table, value)
            .unwrap_or_else(|| value.replace('-', " "))
    }

    /// A section's heading.
    #[must_use]
    pub fn section(&self, section: &str) -> String {
        self.word("diff.section", section)
    }

    /// The name or title of the item `id` in the new version, else in the old.
    #[must_use]
    pub fn name(&self, id: &str) -> Option<String> {
        name_in(self.new, id).or_else(|| name_in(self.old, id))
    }

    /// The name of a party or group, else its id.
    #[must_use]
    pub fn party(&self, id: &str) -> String {
        self.name(id).unwrap_or_else(|| id.to_string())
    }

    /// A contribution's kind in words, `ten hoogste` for a ceiling.
    #[must_use]
    pub fn kind(&self, kind: &str, ceiling: bool) -> String {
        let word = self.word("kind", kind);
        if ceiling {
            self.fill("ceiling", &[("kind", &word)])
        } else {
            word
        }
    }

    /// The item a change is about: "resultaat ‘Aansluiten huurwoningen’".
    #[must_use]
    pub fn subject(&self, change: &Change) -> String {
        if let Some(money) = &change.money {
            return self.fill(
                "contribution",
                &[
                    ("party", &self.party(&money.party)),
                    ("kind", &self.kind(&money.kind, money.ceiling)),
                ],
            );
        }
        let subject = change.subject.as_str();
        let (noun, id) = match subject.strip_prefix("cost share") {
            Some(rest) => ("cost-share", rest.trim()),
            None => subject.split_once(' ').unwrap_or((subject, "")),
        };
        let noun = self.word("diff.noun", noun);
        if id.is_empty() {
            return noun;
        }
        let name = self.name(id).unwrap_or_else(|| self.value_words(id));
        self.fill("of", &[("noun", &noun), ("name", &name)])
    }

    /// The property changed: "termijn", "aandeel van Gemeente Zwolle".
    #[must_use]
    pub fn field(&self, field: &str) -> String {
        if let Some(name) = field.strip_prefix("representative ") {
            let noun = self.word("diff.noun", "representative");
            return self.fill("of", &[("noun", &noun), ("name", name.trim_matches('"'))]);
        }
        match field.split_once('.') {
            Some((head, id)) => self.fill(
                "field_of",
                &[
                    ("field", &self.word("diff.field", head)),
                    ("name", &self.party(id)),
                ],
            ),
            None => self.word("diff.field", field),
        }
    }

    /// A value in words; a text (one with a word diff) is shown as written.
    #[must_use]
    pub fn value(&self, change: &Change, value: &str) -> String {
        if change.words.is_some() {
            return value.to_string();
        }
        value
            .split(", ")
            .map(|part| self.value_words(part))
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// What an item added or removed holds, as its summary lists it
    /// (`"Name", capacity "...", mandate statutory`): names unquoted, each
    /// property in words.
    #[must_use]
    pub fn summary(&self, summary: &str) -> String {
        summary
            .split(", ")
            .map(|part| match part.split_once(' ') {
                _ if Money::parse(part).is_ok() => self.value_words(part),
                Some((key, rest)) if !part.starts_with('"') => {
                    let field = self.word("diff.field", key);
                    let rest = rest.trim_matches('"');
                    let value = if rest.starts_with('"') || rest.contains(' ') {
                        rest.to_string()
                    } else {
                        self.value_words(rest)
                    };
                    format!("{field} {value}")
                }
                _ => part.trim_matches('"').to_string(),
            })
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// One value: a whole amount, else each word read on its own.
    fn value_words(&self, value: &str) -> String {
        if let Ok(money) = Money::parse(value) {
            return format::money(money, self.language);
        }
        if let Some(d) = Duration::parse(value) {
            return duration_in(&self.messages, d);
        }
        if let Some(name) = self.name(value) {
            return name;
        }
        value
            .split(' ')
            .map(|word| self.one_word(word))
            .collect::<Vec<_>>()
            .join(" ")
    }

    fn one_word(&self, word: &str) -> String {
        if let Some(date) = Date::parse(word) {
            return format::date(date, self.language);
        }
        if let Ok(percent) = Percent::parse(word) {
            return format::percent(percent, self.language);
        }
        if let Some(number) = Decimal::parse(word).filter(|_| word.len() > 3) {
            return format::number(number, self.language);
        }
        if let Some(name) = self.name(word) {
            return name;
        }
        WORD_TABLES
            .iter()
            .find_map(|table| self.lookup(table, word))
            .unwrap_or_else(|| word.to_string())
    }

    /// Signed money: "+€ 100.000", "-EUR 5".
    #[must_use]
    pub fn signed(&self, currency: &str, cents: i64) -> String {
        let sign = match cents.signum() {
            1 => "+",
            -1 => "-",
            _ => "",
        };
        format!("{sign}{}", self.money(currency, cents.saturating_abs()))
    }

    /// Money as in the documents.
    #[must_use]
    pub fn money(&self, currency: &str, cents: i64) -> String {
        format::exact_money(currency, i128::from(cents) * 10_000, self.language)
    }
}

/// The name or title of whatever `id` names in `a`.
fn name_in(a: &Agreement, id: &str) -> Option<String> {
    let text = |t: &crate::model::Text| t.value.split_whitespace().collect::<Vec<_>>().join(" ");
    if let Some(p) = a.party(id) {
        return Some(text(&p.name));
    }
    if let Some(g) = a.group(id) {
        return Some(text(&g.name));
    }
    if let Some(x) = a.external(id) {
        return Some(text(&x.name));
    }
    if let Some(x) = a.entity(id) {
        return Some(text(&x.name));
    }
    if let Some(b) = a.body(id) {
        return Some(text(&b.name));
    }
    let quoted = |t: &crate::model::Text| format!("‘{}’", text(t));
    a.goals
        .iter()
        .find(|x| x.id.value == id)
        .map(|x| quoted(&x.title))
        .or_else(|| {
            a.deliverables
                .iter()
                .find(|x| x.id.value == id)
                .map(|x| quoted(&x.title))
        })
        .or_else(|| {
            a.risks
                .iter()
                .find(|x| x.id.value == id)
                .map(|x| quoted(&x.title))
        })
        .or_else(|| {
            a.assets
                .iter()
                .find(|x| x.id.value == id)
                .map(|x| quoted(&x.title))
        })
        .or_else(|| {
            a.clauses
                .iter()
                .find(|x| x.id.value == id)
                .map(|x| quoted(&x.title))
        })
        .or_else(|| {
            a.annexes
                .iter()
                .find(|x| x.id.value == id)
                .map(|x| quoted(&x.title))
        })
        .or_else(|| {
            a.definitions
                .iter()
                .find(|x| x.id.value == id)
                .map(|x| quoted(&x.term))
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn summaries_and_values_read_as_the_documents_write_them() {
        let a = Agreement::default();
        let nl = Reader::new(&a, &a, Language::Nl).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            nl.summary("\"B. Jansen\", capacity \"directeur\", mandate statutory"),
            "B. Jansen, hoedanigheid directeur, bevoegdheid op grond van de wet"
        );
        assert_eq!(nl.summary("EUR 350_000"), "€ 350.000");
        assert_eq!(nl.value_words("6 months"), "zes maanden");
        assert_eq!(nl.value_words("effort"), "inspanning");
        assert_eq!(nl.signed("EUR", -5_000_000), "-€ 50.000");
        assert_eq!(nl.count(1), "1 wijziging");
    }
}
