//! Wording for the tree: messages filled with inline values, names with the
//! article Dutch needs, lists joined, values formatted for the language.

use crate::model::words::{Language, TimeUnit};
use crate::model::{Agreement, Date, Duration, Frequency, Money, Percent, Quantity, Share};
use crate::render::format;
use crate::render::i18n::Messages;
use crate::render::tree::Inline;

/// Where a name stands in its sentence: the start writes "De gemeente Zwolle".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum At {
    /// The first words of a sentence.
    Start,
    /// Anywhere else.
    Within,
}

/// What wording needs: the agreement, its messages and the language.
pub(crate) struct Say<'a> {
    /// The agreement.
    pub a: &'a Agreement,
    /// The messages of the document language.
    pub m: &'a Messages,
    /// The document language.
    pub lang: Language,
    definite: String,
    common: Vec<String>,
    neuter: String,
    neuter_nouns: Vec<String>,
}

/// Marks a value's place while a message is filled (never in a message file).
const MARK: char = '\u{1}';
/// Punctuation a value may end with that the message already writes after it.
const STOPS: &[char] = &['.', ';', ':', ',', '!', '?'];

impl<'a> Say<'a> {
    /// Bundles what wording needs.
    pub fn new(a: &'a Agreement, m: &'a Messages, lang: Language) -> Self {
        let definite = m.get("name.definite");
        let common = m
            .get("name.common")
            .split_whitespace()
            .map(str::to_lowercase)
            .collect();
        let neuter = m.get("name.neuter");
        let neuter_nouns = m
            .get("name.neuter_nouns")
            .split_whitespace()
            .map(str::to_lowercase)
            .collect();
        Self {
            a,
            m,
            lang,
            definite,
            common,
            neuter,
            neuter_nouns,
        }
    }

    /// A message as plain text.
    pub fn get(&self, key: &str) -> String {
        self.m.get(key)
    }

    /// A message as inlines.
    pub fn line(&self, key: &str) -> Vec<Inline> {
        vec![Inline::text(self.get(key))]
    }

    /// A message with each `{name}` replaced by inlines. A value's closing
    /// punctuation is dropped where the message puts its own right after it.
    pub fn fill(&self, key: &str, values: &[(&str, Vec<Inline>)]) -> Vec<Inline> {
        let marks: Vec<String> = (0..values.len())
            .map(|i| format!("{MARK}{i}{MARK}"))
            .collect();
        let pairs: Vec<(&str, &str)> = values
            .iter()
            .zip(&marks)
            .map(|((name, _), mark)| (*name, mark.as_str()))
            .collect();
        let filled = self.m.fill(key, &pairs);
        let mut out = Vec::new();
        let mut parts = filled.split(MARK).peekable();
        let mut is_mark = false;
        let mut skip_stop = false;
        while let Some(mut part) = parts.next() {
            if is_mark {
                if let Some((_, value)) = part.parse::<usize>().ok().and_then(|i| values.get(i)) {
                    let next = parts.peek().and_then(|p| p.chars().next());
                    let mut value = value.clone();
                    if next.is_some_and(|c| STOPS.contains(&c)) {
                        trim_stop(&mut value);
                        // An abbreviation keeps its full stop, which then ends the sentence too.
                        skip_stop = next == Some('.') && ends_with_stop(&value);
                    }
                    out.extend(value);
                }
            } else {
                if skip_stop {
                    part = part.strip_prefix('.').unwrap_or(part);
                    skip_stop = false;
                }
                if !part.is_empty() {
                    out.push(Inline::text(part));
                }
            }
            is_mark = !is_mark;
        }
        merge(out)
    }

    /// A message with plain-text values.
    pub fn fill_text(&self, key: &str, values: &[(&str, &str)]) -> Vec<Inline> {
        let values: Vec<(&str, Vec<Inline>)> = values
            .iter()
            .map(|(n, v)| (*n, vec![Inline::text(*v)]))
            .collect();
        self.fill(key, &values)
    }

    /// The word for an enum value: `key.word`, e.g. `obligation.result`.
    pub fn word(&self, key: &str, word: &str) -> String {
        self.get(&format!("{key}.{word}"))
    }

    /// The name of a party or group as written in running text: with the
    /// article the language needs ("de gemeente Zwolle", "de Opdrachtnemer").
    /// A party with a short name ("de Provincie") is called by it.
    pub fn name(&self, id: &str, at: At) -> String {
        let name = match self.a.party(id).and_then(|p| p.short_name.as_ref()) {
            Some(short) => short.value.clone(),
            None => self.plain_name(id),
        };
        self.with_article(&name, at)
    }

    /// The name of a party, group, external or entity as registered (the id if unknown).
    pub fn plain_name(&self, id: &str) -> String {
        if let Some(party) = self.a.party(id) {
            return party.name.value.clone();
        }
        if let Some(group) = self.a.group(id) {
            return group.name.value.clone();
        }
        if let Some(external) = self.a.external(id) {
            return external.name.value.clone();
        }
        if let Some(entity) = self.a.entity(id) {
            return entity.name.value.clone();
        }
        id.to_string()
    }

    /// `name` with the definite article where it needs one: a name of one
    /// word ("Opdrachtnemer") or one that starts with a common noun from
    /// `name.common` ("Gemeente Zwolle" becomes "de gemeente Zwolle"). A noun
    /// listed in `name.neuter_nouns` takes `name.neuter` ("het waterschap"); an
    /// article the name already has is kept.
    pub fn with_article(&self, name: &str, at: At) -> String {
        let first = name.split_whitespace().next().unwrap_or_default();
        let lower = first.to_lowercase();
        let rest = &name[first.len()..];
        let text = if self.is_article(&lower) {
            // The drafter wrote the article ("het Warmtebedrijf"): theirs stands.
            format!("{lower}{rest}")
        } else if self.common.contains(&lower) || self.neuter_nouns.contains(&lower) {
            format!("{} {lower}{rest}", self.article_of(first))
        } else if !self.definite.is_empty() && !name.contains(' ') && !name.is_empty() {
            format!("{} {name}", self.article_of(first))
        } else {
            name.to_string()
        };
        match at {
            At::Start => capitalise(&text),
            At::Within => text,
        }
    }

    /// Whether `word` (in lower case) is a definite article of the language.
    fn is_article(&self, word: &str) -> bool {
        [&self.definite, &self.neuter]
            .iter()
            .any(|a| !a.is_empty() && word == a.to_lowercase())
    }

    /// The definite article `noun` takes: `name.neuter` for a neuter noun, else `name.definite`.
    fn article_of(&self, noun: &str) -> &str {
        if !self.neuter.is_empty() && self.neuter_nouns.contains(&noun.to_lowercase()) {
            &self.neuter
        } else {
            &self.definite
        }
    }

    /// Names joined as `A, B en C`.
    pub fn names<'s>(&self, ids: impl IntoIterator<Item = &'s str>, at: At) -> String {
        let names: Vec<String> = ids
            .into_iter()
            .enumerate()
            .map(|(i, id)| self.name(id, if i == 0 { at } else { At::Within }))
            .collect();
        self.join(&names)
    }

    /// Items joined as `A, B en C` / `A, B and C`.
    pub fn join(&self, items: &[String]) -> String {
        match items {
            [] => String::new(),
            [one] => one.clone(),
            [rest @ .., last] => format!("{} {} {last}", rest.join(", "), self.get("word.and")),
        }
    }

    /// Shares as `A (60%), B (40%)` in a table cell; in running text names take
    /// their article and the last is joined with "en"/"and".
    pub fn shares(&self, shares: &[Share], running: bool) -> String {
        let items: Vec<String> = shares
            .iter()
            .map(|s| {
                let name = if running {
                    self.name(&s.party.value, At::Within)
                } else {
                    self.plain_name(&s.party.value)
                };
                format!("{} ({})", name, self.percent(s.percent.value))
            })
            .collect();
        if running {
            self.join(&items)
        } else {
            items.join(", ")
        }
    }

    /// A date in words.
    pub fn date(&self, date: Date) -> String {
        format::date(date, self.lang)
    }

    /// Money in the language's conventions.
    pub fn money(&self, money: Money) -> String {
        format::money(money, self.lang)
    }

    /// A percentage in the language's conventions.
    pub fn percent(&self, percent: Percent) -> String {
        format::percent(percent, self.lang)
    }

    /// A goal quantity.
    pub fn quantity(&self, quantity: Quantity) -> String {
        format::quantity(quantity, self.lang)
    }

    /// A duration: `6 maanden`, `1 year`.
    pub fn duration(&self, duration: Duration) -> String {
        duration_in(self.m, duration)
    }

    /// A frequency: `maandelijks`, `every 2 months`.
    pub fn frequency(&self, frequency: Frequency) -> String {
        match frequency {
            Frequency::Weekly => self.get("frequency.weekly"),
            Frequency::Monthly => self.get("frequency.monthly"),
            Frequency::Quarterly => self.get("frequency.quarterly"),
            Frequency::Yearly => self.get("frequency.yearly"),
            Frequency::Every(d) => self
                .m
                .fill("frequency.every", &[("period", &self.duration(d))]),
        }
    }
}

/// A duration worded with `messages`: `zes maanden`, `one year`, `60 days`
/// (a count in words where the message file has one in `number`).
pub(crate) fn duration_in(messages: &Messages, duration: Duration) -> String {
    let unit = match duration.unit {
        TimeUnit::Day => "day",
        TimeUnit::Week => "week",
        TimeUnit::Month => "month",
        TimeUnit::Year => "year",
    };
    let number = if duration.amount == 1 { "one" } else { "many" };
    format!(
        "{} {}",
        count_in(messages, duration.amount),
        messages.get(&format!("unit.{unit}.{number}"))
    )
}

/// A count in words where the message file's `number` table has it, else in digits.
pub(crate) fn count_in(messages: &Messages, count: impl std::fmt::Display) -> String {
    let digits = count.to_string();
    messages
        .tree()
        .get("number")
        .and_then(|n| n.get(&digits))
        .and_then(serde_json::Value::as_str)
        .map_or(digits.clone(), str::to_string)
}

/// The text with its first letter in upper case.
pub(crate) fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// A phrase put after a colon: its first letter in lower case when the first
/// word is an ordinary capitalised word ("Vaststelling"), not an acronym or a name in capitals.
pub(crate) fn decapitalise(inlines: &mut [Inline]) {
    if let Some(Inline::Text { text }) = inlines.first_mut() {
        let first = text.split_whitespace().next().unwrap_or_default();
        let mut chars = first.chars();
        let ordinary = chars.next().is_some_and(char::is_uppercase)
            && first.chars().count() > 1
            && chars.all(char::is_lowercase);
        if ordinary {
            let mut chars = text.chars();
            if let Some(c) = chars.next() {
                *text = c.to_lowercase().chain(chars).collect();
            }
        }
    }
}

/// Drops closing punctuation from the end of `inlines`.
pub(crate) fn trim_stop(inlines: &mut [Inline]) {
    if let Some(Inline::Text { text }) = inlines.last_mut() {
        if ends_with_abbreviation(text) {
            return;
        }
        let kept = text.trim_end().trim_end_matches(STOPS).len();
        text.truncate(kept);
    }
}

/// Whether the text ends with an abbreviation such as "B.V." or "N.V.", whose
/// full stop belongs to the name and is never dropped.
fn ends_with_abbreviation(text: &str) -> bool {
    let word = text
        .trim_end()
        .rsplit(char::is_whitespace)
        .next()
        .unwrap_or("");
    word.ends_with('.') && word[..word.len() - 1].contains('.')
}

/// Whether the inlines end a sentence already.
pub(crate) fn ends_with_stop(inlines: &[Inline]) -> bool {
    match inlines.last() {
        Some(Inline::Text { text }) => text.trim_end().ends_with(STOPS),
        _ => false,
    }
}

/// The inlines closed with `end` (`.` or `;`), replacing any closing punctuation.
pub(crate) fn close(mut inlines: Vec<Inline>, end: &str) -> Vec<Inline> {
    let keeps_own = matches!(inlines.last(), Some(Inline::Text { text })
        if text.trim_end().ends_with(['!', '?']) || (end == "." && ends_with_abbreviation(text)));
    if !keeps_own {
        trim_stop(&mut inlines);
        inlines.push(Inline::text(end));
    }
    merge(inlines)
}

/// The inlines as a sentence: a full stop added unless it ends with one.
pub(crate) fn sentence(inlines: Vec<Inline>) -> Vec<Inline> {
    if ends_with_stop(&inlines) {
        inlines
    } else {
        close(inlines, ".")
    }
}

/// Adjacent text runs joined, empty ones dropped.
pub(crate) fn merge(inlines: Vec<Inline>) -> Vec<Inline> {
    let mut out: Vec<Inline> = Vec::with_capacity(inlines.len());
    for inline in inlines {
        match (out.last_mut(), inline) {
            (_, Inline::Text { text }) if text.is_empty() => {}
            (Some(Inline::Text { text: last }), Inline::Text { text }) => last.push_str(&text),
            (_, other) => out.push(other),
        }
    }
    out
}

/// Inlines joined with a separator between them.
pub(crate) fn joined(parts: Vec<Vec<Inline>>, separator: &str) -> Vec<Inline> {
    let mut out = Vec::new();
    for (i, part) in parts.into_iter().enumerate() {
        if i > 0 {
            out.push(Inline::text(separator));
        }
        out.extend(part);
    }
    merge(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::tree::plain;

    fn dutch() -> (Agreement, Messages) {
        let m = Messages::builtin(Language::Nl).unwrap_or_else(|e| panic!("{e}"));
        (Agreement::default(), m)
    }

    #[test]
    fn the_full_stop_of_an_abbreviation_is_kept() {
        let mut name = vec![Inline::text("Sunroof B.V.")];
        trim_stop(&mut name);
        assert_eq!(plain(&name), "Sunroof B.V.");
        let mut sentence = vec![Inline::text("door de stuurgroep.")];
        trim_stop(&mut sentence);
        assert_eq!(plain(&sentence), "door de stuurgroep");
        assert_eq!(plain(&close(name, ".")), "Sunroof B.V.");
    }

    #[test]
    fn names_take_the_article_dutch_needs() {
        let (a, m) = dutch();
        let say = Say::new(&a, &m, Language::Nl);
        assert_eq!(
            say.with_article("Gemeente Apeldoorn", At::Within),
            "de gemeente Apeldoorn"
        );
        assert_eq!(
            say.with_article("Gemeente Apeldoorn", At::Start),
            "De gemeente Apeldoorn"
        );
        assert_eq!(say.with_article("Uitvoerder", At::Start), "De Uitvoerder");
        assert_eq!(
            say.with_article("De jeugdhulpaanbieders", At::Within),
            "de jeugdhulpaanbieders"
        );
        assert_eq!(
            say.with_article("Waterschap Grensland", At::Start),
            "Het waterschap Grensland"
        );
        assert_eq!(
            say.with_article("College van burgemeester en wethouders", At::Within),
            "het college van burgemeester en wethouders"
        );
        assert_eq!(say.with_article("Het Rijk", At::Within), "het Rijk");
        assert_eq!(say.with_article("Bestuur", At::Start), "Het bestuur");
        assert_eq!(
            say.with_article("Warmte Netbeheer Zwolle B.V.", At::Within),
            "Warmte Netbeheer Zwolle B.V."
        );
    }

    #[test]
    fn a_value_does_not_double_the_message_punctuation() {
        let (a, m) = dutch();
        let say = Say::new(&a, &m, Language::Nl);
        let text = say.fill(
            "commitments.acceptance",
            &[("acceptance", vec![Inline::text("door de stuurgroep.")])],
        );
        assert_eq!(
            crate::render::tree::plain(&text),
            "Het resultaat wordt aanvaard na: door de stuurgroep."
        );
    }

    #[test]
    fn sentences_are_closed_once() {
        assert_eq!(
            sentence(vec![Inline::text("Klaar")]),
            vec![Inline::text("Klaar.")]
        );
        assert_eq!(
            sentence(vec![Inline::text("Klaar.")]),
            vec![Inline::text("Klaar.")]
        );
        assert_eq!(
            close(vec![Inline::text("een.")], ";"),
            vec![Inline::text("een;")]
        );
        let mut after_colon = vec![Inline::text("Vaststelling door de raad")];
        decapitalise(&mut after_colon);
        assert_eq!(after_colon, vec![Inline::text("vaststelling door de raad")]);
        let mut acronym = vec![Inline::text("ACM keurt")];
        decapitalise(&mut acronym);
        assert_eq!(acronym, vec![Inline::text("ACM keurt")]);
    }
}
