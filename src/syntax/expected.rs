//! Plain-language names for what the parser expected.

use super::grammar::Rule;
use super::keywords::keyword_of;
use super::words::closed_set;

/// What a grammar rule looks like to a person writing an agreement.
#[must_use]
pub fn describe(rule: Rule) -> String {
    let fixed = match rule {
        Rule::ident => "an identifier like `gemeente`",
        Rule::string => "a string in double quotes",
        Rule::text_block => "a text block between `\"\"\"` lines",
        Rule::number => "a number like 4000 or 12.5",
        Rule::integer => "a whole number",
        Rule::money => "an amount like EUR 12_500",
        Rule::percent => "a percentage like 60%",
        Rule::date => "a date like 2027-06-30",
        Rule::duration => "a duration like 30 days or 6 months",
        Rule::frequency => "a frequency like monthly, quarterly or every 2 months",
        Rule::lbrace => "`{`",
        Rule::rbrace => "`}`",
        Rule::language_code => "a language code like `nl` or `de`",
        Rule::contribution => "a contribution like `gemeente EUR 10_000 cash`",
        _ => {
            if let Some(set) = closed_set(rule) {
                let words: Vec<String> = set.words.iter().map(|w| format!("`{w}`")).collect();
                return match set.what {
                    "" => join_or(&words),
                    what => format!("{what} ({})", join_or(&words)),
                };
            }
            return keyword_of(rule).map_or_else(|| format!("{rule:?}"), |k| format!("`{k}`"));
        }
    };
    fixed.to_string()
}

/// The things in `rules` as one phrase: "a, b or c".
#[must_use]
pub fn phrase(rules: &[Rule]) -> String {
    let mut names: Vec<String> = Vec::new();
    for rule in rules {
        let name = describe(*rule);
        if !names.contains(&name) {
            names.push(name);
        }
    }
    join_or(&names)
}

/// Joins words as "a, b or c".
#[must_use]
pub fn join_or(names: &[String]) -> String {
    match names {
        [] => "something else".to_string(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} or {last}", init.join(", ")),
    }
}

/// The keyword among `rules` closest to `found`, if it is a likely typo.
#[must_use]
pub fn did_you_mean(found: &str, rules: &[Rule]) -> Option<String> {
    rules
        .iter()
        .filter_map(|r| keyword_of(*r))
        .map(|k| (edit_distance(found, k), k))
        .filter(|(d, k)| *d > 0 && *d <= 2.max(k.len() / 4))
        .min()
        .map(|(_, k)| k.to_string())
}

/// The Levenshtein distance between two words, in characters.
#[must_use]
pub fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut previous = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let substitution = previous + usize::from(ca != *cb);
            previous = row[j + 1];
            row[j + 1] = substitution.min(row[j] + 1).min(previous + 1);
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keywords_read_as_written() {
        assert_eq!(describe(Rule::k_short_title), "`short-title`");
        assert_eq!(describe(Rule::date), "a date like 2027-06-30");
        assert_eq!(
            describe(Rule::sector_value),
            "a sector (`public`, `private`, `civil` or `knowledge`)"
        );
        assert_eq!(describe(Rule::yes_no), "`yes` or `no`");
    }

    #[test]
    fn phrase_joins_with_or() {
        assert_eq!(
            phrase(&[Rule::k_seat, Rule::k_role, Rule::rbrace]),
            "`seat`, `role` or `}`"
        );
    }

    #[test]
    fn typos_find_their_keyword() {
        assert_eq!(
            did_you_mean("represntative", &[Rule::k_seat, Rule::k_representative]).as_deref(),
            Some("representative")
        );
        assert_eq!(did_you_mean("xyz", &[Rule::k_seat]), None);
    }
}
