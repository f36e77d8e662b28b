//! `word/numbering.xml`: articles, leden, annexes and lists as real Word numbering.
//!
//! One abstract numbering carries the articles (level 0, "Artikel %1", on the
//! Heading 1 style) and their leden (level 1, "%2.", restarted by each article),
//! so Word renumbers when an article or lid is added or removed. Annexes have
//! their own ("Bijlage %1"). Each list of the document has an abstract
//! numbering of its own, as Word gives each new list, so it starts at "a." and
//! its markers follow how deep it is nested ("a.", then "1°", then "i.").

use super::styles::{ANNEX, HEADING, LID};
use super::xml::escape;
use crate::render::tree::ListStyle;

/// The numbering instance of the articles and leden.
pub(crate) const ARTICLES: u32 = 1;
/// The numbering instance of the annexes.
pub(crate) const ANNEXES: u32 = 2;
/// The level of an article heading.
pub(crate) const ARTICLE_LEVEL: u32 = 0;
/// The level of a numbered lid.
pub(crate) const LID_LEVEL: u32 = 1;
/// Indentation step of the leden and lists, in twentieths of a point (1 cm).
pub(crate) const STEP: u32 = 567;
/// The levels a list numbering defines.
const LIST_LEVELS: u32 = 6;

/// The numbering of one document: fixed instances and one per list.
#[derive(Debug)]
pub(crate) struct Numbering {
    article_label: String,
    annex_label: String,
    /// Each list: its style, the level its items are at, and how many lists it is nested in.
    lists: Vec<(ListStyle, u32, u32)>,
}

impl Numbering {
    /// Article headings read `{article_label} 1`, annex headings `{annex_label} 1`.
    pub(crate) fn new(article_label: &str, annex_label: &str) -> Self {
        Self {
            article_label: level_text_literal(article_label),
            annex_label: level_text_literal(annex_label),
            lists: Vec::new(),
        }
    }

    /// A new list of `style` whose items are at `level`, inside `nesting`
    /// other lists: its numbering id.
    pub(crate) fn list(&mut self, style: ListStyle, level: u32, nesting: u32) -> u32 {
        self.lists.push((style, level, nesting));
        ANNEXES + u32::try_from(self.lists.len()).unwrap_or(u32::MAX - ANNEXES)
    }

    /// The numbering part.
    pub(crate) fn xml(&self) -> String {
        let mut out = String::from(concat!(
            r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#,
            "\n",
            r#"<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">"#
        ));
        out.push_str(r#"<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="multilevel"/><w:name w:val="Artikelen"/>"#);
        out.push_str(&level(&Level {
            ilvl: ARTICLE_LEVEL,
            format: "decimal",
            text: &format!("{} %1", self.article_label),
            style: Some(HEADING),
            left: 2 * STEP,
            hanging: 2 * STEP,
            bold: true,
        }));
        out.push_str(&level(&Level {
            ilvl: LID_LEVEL,
            format: "decimal",
            text: "%2.",
            style: Some(LID),
            left: STEP,
            hanging: STEP,
            bold: false,
        }));
        out.push_str("</w:abstractNum>");
        out.push_str(r#"<w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="singleLevel"/><w:name w:val="Bijlagen"/>"#);
        out.push_str(&level(&Level {
            ilvl: 0,
            format: "decimal",
            text: &format!("{} %1", self.annex_label),
            style: Some(ANNEX),
            left: 0,
            hanging: 0,
            bold: true,
        }));
        out.push_str("</w:abstractNum>");
        for (i, (style, first, nesting)) in self.lists.iter().enumerate() {
            out.push_str(&format!(
                r#"<w:abstractNum w:abstractNumId="{}"><w:multiLevelType w:val="hybridMultilevel"/>"#,
                i + 2
            ));
            for ilvl in 0..LIST_LEVELS {
                let depth = nesting + ilvl.saturating_sub(*first);
                let (format, text) = list_marker(*style, ilvl, depth);
                out.push_str(&level(&Level {
                    ilvl,
                    format,
                    text: &text,
                    style: None,
                    left: STEP * (ilvl + 1),
                    hanging: STEP,
                    bold: false,
                }));
            }
            out.push_str("</w:abstractNum>");
        }
        out.push_str(&format!(
            r#"<w:num w:numId="{ARTICLES}"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="{ANNEXES}"><w:abstractNumId w:val="1"/></w:num>"#
        ));
        for i in 0..self.lists.len() {
            out.push_str(&format!(
                r#"<w:num w:numId="{}"><w:abstractNumId w:val="{}"/></w:num>"#,
                i + 3,
                i + 2
            ));
        }
        out.push_str("</w:numbering>");
        out
    }
}

/// The number format and level text of level `ilvl` of a list nested `depth`
/// deep: "a.", then "1°", then "i." for lettered lists; "1.", "a.", "i." for
/// numbered ones; alternating bullets.
fn list_marker(style: ListStyle, ilvl: u32, depth: u32) -> (&'static str, String) {
    let n = ilvl + 1;
    match (style, depth % 3) {
        (ListStyle::Letter, 0) | (ListStyle::Number, 1) => ("lowerLetter", format!("%{n}.")),
        (ListStyle::Letter, 1) => ("decimal", format!("%{n}°")),
        (ListStyle::Number, 0) => ("decimal", format!("%{n}.")),
        (ListStyle::Letter | ListStyle::Number, _) => ("lowerRoman", format!("%{n}.")),
        (ListStyle::Bullet, 0) => ("bullet", "•".to_string()),
        (ListStyle::Bullet, 1) => ("bullet", "–".to_string()),
        (ListStyle::Bullet, _) => ("bullet", "◦".to_string()),
    }
}

/// One level of an abstract numbering.
struct Level<'a> {
    ilvl: u32,
    format: &'a str,
    text: &'a str,
    style: Option<&'a str>,
    left: u32,
    hanging: u32,
    bold: bool,
}

fn level(l: &Level<'_>) -> String {
    let style = l
        .style
        .map(|s| format!(r#"<w:pStyle w:val="{s}"/>"#))
        .unwrap_or_default();
    let bold = if l.bold { "<w:b/>" } else { "" };
    format!(
        concat!(
            r#"<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="{format}"/>{style}"#,
            r#"<w:suff w:val="tab"/><w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>"#,
            r#"<w:pPr><w:ind w:left="{left}" w:hanging="{hanging}"/></w:pPr>"#,
            r#"<w:rPr>{bold}</w:rPr></w:lvl>"#
        ),
        ilvl = l.ilvl,
        format = l.format,
        style = style,
        text = escape(l.text),
        left = l.left,
        hanging = l.hanging,
        bold = bold,
    )
}

/// A heading word usable as literal level text: Word reads `%` as a level placeholder.
fn level_text_literal(label: &str) -> String {
    label.replace('%', "").trim().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn articles_and_leden_share_one_multilevel_numbering() {
        let mut numbering = Numbering::new("Artikel", "Bijlage");
        assert_eq!(numbering.list(ListStyle::Letter, 1, 0), 3);
        assert_eq!(numbering.list(ListStyle::Letter, 2, 1), 4);
        let xml = numbering.xml();
        assert!(xml.contains(r#"<w:lvlText w:val="Artikel %1"/>"#), "{xml}");
        assert!(xml.contains(r#"<w:lvlText w:val="%2."/>"#));
        assert!(xml.contains(r#"<w:lvlText w:val="Bijlage %1"/>"#));
        assert!(xml.contains(r#"<w:num w:numId="3"><w:abstractNumId w:val="2"/></w:num>"#));
        assert!(xml.contains(r#"<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:suff w:val="tab"/><w:lvlText w:val="%2."/>"#), "{xml}");
        assert!(xml.contains(r#"<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:suff w:val="tab"/><w:lvlText w:val="%3°"/>"#), "{xml}");
    }

    #[test]
    fn a_percent_sign_cannot_become_a_level_placeholder() {
        let xml = Numbering::new("Art%1<x>", "Annex").xml();
        assert!(xml.contains(r#"w:val="Art1&lt;x&gt; %1""#), "{xml}");
    }
}
