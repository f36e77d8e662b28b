//! C016 ambition-too-long: An ambition statement longer than 40 words.
//!
//! A word is a run of characters between white space that holds at least one
//! letter or digit, so a dash or a bullet standing alone is not counted.

use crate::check::Context;
use crate::check::RuleInfo;
use crate::diagnostics::Diagnostic;
use crate::diagnostics::Severity;

/// The most words an ambition statement should have.
pub const MAX_WORDS: usize = 40;

/// The number of words in `text`.
#[must_use]
pub fn word_count(text: &str) -> usize {
    text.split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count()
}

/// C016 ambition-too-long: its code, name, default level and explain page.
pub(crate) static RULE: RuleInfo = RuleInfo {
    code: "C016",
    name: "ambition-too-long",
    severity: Severity::Warning,
    summary: "An ambition statement longer than 40 words.",
    explain: include_str!("../../../docs/rules/C016.md"),
    run: Some(check),
    aanwijzing: None,
};

/// Reports C016 findings.
pub(crate) fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let Some(statement) = cx
        .agreement
        .ambition
        .as_ref()
        .and_then(|a| a.statement.as_ref())
    else {
        return;
    };
    let words = word_count(&statement.value);
    if words <= MAX_WORDS {
        return;
    }
    out.push(
        Diagnostic::warning(
            "C016",
            format!("the ambition statement has {words} words, more than {MAX_WORDS}"),
            statement.span,
        )
        .with_label(format!("{words} words"))
        .with_help(format!(
            "say the ambition in one or two concrete sentences of at most {MAX_WORDS} words; \
             move the detail to goals and recitals"
        )),
    );
}

#[cfg(test)]
mod tests {
    use super::word_count;

    #[test]
    fn counts_words_between_white_space() {
        assert_eq!(
            word_count("In 2030 verwarmen 4.000 woningen zich zonder aardgas."),
            8
        );
        assert_eq!(word_count("  two\n\twords  "), 2);
    }

    #[test]
    fn lone_punctuation_is_not_a_word() {
        assert_eq!(word_count("fiets – bus - trein"), 3);
        assert_eq!(word_count(""), 0);
    }

    #[test]
    fn hyphenated_and_accented_words_count_once() {
        assert_eq!(word_count("Zwolle-Zuid één café"), 3);
    }
}
