//! Column widths of a table on a page, from what the columns hold.
//!
//! The paged outputs (Word, PDF) fix a table's column widths before the text
//! is set. Equal widths break "organisatorisch" in the middle while a column
//! of "hoog" and "laag" stays half empty, so each column is given at least
//! room for its longest word and the rest of the line goes to the columns
//! with the most text, the way a browser lays out a table.

use super::tree::{Align, Table, plain};

/// What a page offers a table, in characters of its table text.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Page {
    /// How many characters fit on one line across the page.
    pub(crate) line: usize,
    /// A word longer than this may break (or hyphenate) rather than widen its column.
    pub(crate) longest_word: usize,
    /// The room a cell takes beyond its text: padding and rules.
    pub(crate) padding: usize,
}

/// The width of each column of `table` on `page`, in thousandths of the line; they add up to 1000.
#[must_use]
pub(crate) fn column_widths(table: &Table, page: Page) -> Vec<u32> {
    let count = table.columns.len();
    if count == 0 {
        return Vec::new();
    }
    let mut longest_word = vec![1usize; count];
    let mut natural = vec![1usize; count];
    // An amount or a number is one word: "€ 750.000" does not break after the sign.
    let whole: Vec<bool> = table
        .columns
        .iter()
        .map(|c| c.align == Align::Right)
        .collect();
    // `fifths`: how wide the letters are, in fifths of a plain letter (bold is 6).
    let mut measure = |column: usize, text: &str, fifths: usize| {
        let length = text.chars().count() * fifths / 5;
        let longest = if whole[column] {
            length
        } else {
            text.split_whitespace()
                .map(|w| w.chars().count() * fifths / 5)
                .max()
                .unwrap_or(0)
        };
        longest_word[column] = longest_word[column].max(longest);
        natural[column] = natural[column].max(length);
    };
    for (i, column) in table.columns.iter().enumerate() {
        measure(i, &column.heading, 6);
    }
    // The total row is bold as well.
    let rows = table.rows.iter().map(|row| (row, 5));
    for (row, fifths) in rows.chain(table.footer.iter().map(|row| (row, 6))) {
        for (i, cell) in row.cells.iter().take(count).enumerate() {
            measure(i, &plain(cell), fifths);
        }
    }
    // Where not every long word fits, the longest break first: short words
    // ("hoog", "€ 750.000") stay whole and only the long ones hyphenate.
    let room = page.line.saturating_sub(page.padding * count);
    let mut cap = page.longest_word;
    while cap > 1 && longest_word.iter().map(|w| (*w).min(cap)).sum::<usize>() > room {
        cap -= 1;
    }
    let least: Vec<usize> = longest_word
        .iter()
        .map(|w| (*w).min(cap) + page.padding)
        .collect();
    let natural: Vec<usize> = natural.iter().map(|w| w + page.padding).collect();
    let chars = share_out(&least, &natural, page.line);
    thousandths(&chars)
}

/// Characters per column: each its natural width when all fit, else each its
/// least and the rest of the line shared in proportion to what it lacks.
fn share_out(least: &[usize], natural: &[usize], line: usize) -> Vec<usize> {
    let all: usize = natural.iter().sum();
    let floor: usize = least.iter().sum();
    if all <= line || floor >= line {
        return if all <= line {
            natural.to_vec()
        } else {
            least.to_vec()
        };
    }
    let rest = line - floor;
    let wanting: usize = natural.iter().zip(least).map(|(n, l)| n - l).sum();
    least
        .iter()
        .zip(natural)
        .map(|(l, n)| l + rest * (n - l) / wanting)
        .collect()
}

/// Widths in thousandths of their sum, the rounding put on the widest column.
fn thousandths(chars: &[usize]) -> Vec<u32> {
    let total: usize = chars.iter().sum::<usize>().max(1);
    let mut out: Vec<u32> = chars
        .iter()
        .map(|c| u32::try_from(c * 1000 / total).unwrap_or(1000))
        .collect();
    let given: u32 = out.iter().sum();
    if let Some(widest) = (0..out.len()).max_by_key(|&i| (out[i], std::cmp::Reverse(i))) {
        out[widest] += 1000 - given;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::tree::{Column, Inline, Row};

    const PAGE: Page = Page {
        line: 90,
        longest_word: 18,
        padding: 2,
    };

    fn table(headings: &[&str], rows: &[&[&str]]) -> Table {
        Table {
            key: "table.test".into(),
            columns: headings
                .iter()
                .map(|h| Column {
                    role: "text".into(),
                    heading: (*h).into(),
                    align: Align::Left,
                })
                .collect(),
            rows: rows
                .iter()
                .map(|r| Row {
                    key: None,
                    cells: r.iter().map(|c| vec![Inline::text(*c)]).collect(),
                })
                .collect(),
            footer: None,
        }
    }

    #[test]
    fn widths_add_up_to_the_line() {
        let t = table(&["A", "B", "C"], &[&["een", "twee", "drie"]]);
        assert_eq!(column_widths(&t, PAGE).iter().sum::<u32>(), 1000);
        assert!(column_widths(&table(&[], &[]), PAGE).is_empty());
    }

    #[test]
    fn a_column_of_long_text_is_wider_than_one_of_short_words() {
        let t = table(
            &["Risico", "Kans", "Gedragen door"],
            &[&[
                "Personeelstekort bij aanbieders en wijkteams",
                "hoog",
                "De jeugdhulpaanbieders (70%), Stichting Sociale Wijkteams Deventer (30%)",
            ]],
        );
        let widths = column_widths(&t, PAGE);
        assert!(widths[1] < widths[0] && widths[0] < widths[2], "{widths:?}");
    }

    #[test]
    fn every_column_has_room_for_its_longest_word_when_the_line_allows() {
        let long = "woord ".repeat(40);
        let t = table(
            &["Categorie", "Omschrijving"],
            &[&["organisatorisch", long.as_str()]],
        );
        let widths = column_widths(&t, PAGE);
        let least = (("organisatorisch".len() + PAGE.padding) * 1000 / PAGE.line) as u32;
        assert!(widths[0] >= least, "{widths:?} < {least}");
    }

    #[test]
    fn in_a_crowded_table_only_the_longest_words_break() {
        let t = table(
            &["Risico", "Kans", "Impact", "Gedragen door"],
            &[&[
                "persoonsgegevens",
                "hoog",
                "middel",
                "jeugdhulpaanbieders jeugdhulpaanbieders jeugdhulpaanbieders",
            ]],
        );
        let narrow = Page { line: 36, ..PAGE };
        let widths = column_widths(&t, narrow);
        let short = ((6 + PAGE.padding) * 1000 / 36) as u32;
        assert!(widths[2] >= short, "\"middel\" stays whole: {widths:?}");
    }

    #[test]
    fn the_same_table_gets_the_same_widths() {
        let t = table(&["A", "B"], &[&["x", "y"], &["langer", "z"]]);
        assert_eq!(column_widths(&t, PAGE), column_widths(&t, PAGE));
    }
}
