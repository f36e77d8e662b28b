//! `word/styles.xml` and `word/settings.xml`: the house style of a covenant in Word.
//!
//! Built-in names (Title, heading 1, List Paragraph, Table Grid...) are used where
//! Word has one, so a reference document's styles replace them; the covenant's
//! own styles (Lid, Bijlage, Kop zonder nummer...) are added to any style set
//! that lacks them.

use super::numbering::{ARTICLE_LEVEL, ARTICLES, LID_LEVEL, STEP};

/// The document title.
pub(crate) const TITLE: &str = "Title";
/// Reference and version under the title.
pub(crate) const SUBTITLE: &str = "Subtitle";
/// An article heading (numbered "Artikel N").
pub(crate) const HEADING: &str = "Heading1";
/// A heading without a number ("Partijen", "Ondertekening").
pub(crate) const SECTION: &str = "CovenantSection";
/// A numbered lid.
pub(crate) const LID: &str = "CovenantLid";
/// Running text inside an article, aligned with the text of the leden.
pub(crate) const ARTICLE_TEXT: &str = "CovenantText";
/// An annex heading ("Bijlage N"), on a new page.
pub(crate) const ANNEX: &str = "CovenantAnnex";
/// A list item.
pub(crate) const LIST: &str = "ListParagraph";
/// Text in a table cell.
pub(crate) const CELL: &str = "CovenantCell";
/// The "CONCEPT" line of a draft.
pub(crate) const DRAFT: &str = "CovenantDraft";
/// The page footer.
pub(crate) const FOOTER: &str = "Footer";
/// The page header.
pub(crate) const HEADER: &str = "Header";
/// Running text.
pub(crate) const NORMAL: &str = "Normal";
/// A fill-in field's text.
pub(crate) const PLACEHOLDER: &str = "PlaceholderText";
/// The table style of data tables.
pub(crate) const TABLE: &str = "TableGrid";
/// The table style of the signature blocks (no borders).
pub(crate) const SIGNATURES: &str = "CovenantSignatures";

/// One style definition: its id and its XML.
pub(crate) struct Style {
    /// The `w:styleId`.
    pub(crate) id: &'static str,
    /// The whole `<w:style>` element.
    pub(crate) xml: String,
}

/// The opening of a styles part up to and including the document defaults.
fn head(language: &str) -> String {
    format!(
        concat!(
            r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#,
            "\n",
            r#"<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">"#,
            r#"<w:docDefaults><w:rPrDefault><w:rPr>"#,
            r#"<w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:eastAsia="Arial" w:cs="Arial"/>"#,
            r#"<w:sz w:val="20"/><w:szCs w:val="20"/>"#,
            r#"<w:lang w:val="{language}" w:eastAsia="{language}" w:bidi="ar-SA"/>"#,
            r#"</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>"#,
            r#"<w:spacing w:after="120" w:line="276" w:lineRule="auto"/>"#,
            r#"</w:pPr></w:pPrDefault></w:docDefaults>"#
        ),
        language = language
    )
}

/// The whole styles part of a document without a reference document.
pub(crate) fn xml(language: &str) -> String {
    let mut out = head(language);
    for style in all() {
        out.push_str(&style.xml);
    }
    out.push_str("</w:styles>");
    out
}

/// A paragraph style; a `<w:next>` at the start of `body` is moved before
/// `qFormat`, where the schema wants it.
fn paragraph(id: &'static str, name: &str, based_on: Option<&str>, body: &str) -> Style {
    let mut based = based_on
        .map(|b| format!(r#"<w:basedOn w:val="{b}"/>"#))
        .unwrap_or_default();
    let body = match body.strip_prefix("<w:next ") {
        Some(rest) => {
            let end = rest.find("/>").map_or(0, |e| e + 2);
            based.push_str("<w:next ");
            based.push_str(&rest[..end]);
            &rest[end..]
        }
        None => body,
    };
    let default = if id == NORMAL {
        r#" w:default="1""#
    } else {
        ""
    };
    Style {
        id,
        xml: format!(
            r#"<w:style w:type="paragraph"{default} w:styleId="{id}"><w:name w:val="{name}"/>{based}<w:qFormat/>{body}</w:style>"#
        ),
    }
}

/// Every style of the covenant house style.
pub(crate) fn all() -> Vec<Style> {
    vec![
        paragraph(NORMAL, "Normal", None, "<w:pPr><w:widowControl/></w:pPr>"),
        paragraph(
            TITLE,
            "Title",
            Some(NORMAL),
            r#"<w:pPr><w:keepNext/><w:spacing w:before="0" w:after="240"/></w:pPr><w:rPr><w:b/><w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr>"#,
        ),
        paragraph(
            SUBTITLE,
            "Subtitle",
            Some(NORMAL),
            r#"<w:pPr><w:spacing w:after="0"/></w:pPr><w:rPr><w:color w:val="404040"/></w:rPr>"#,
        ),
        paragraph(
            HEADING,
            "heading 1",
            Some(NORMAL),
            &format!(
                concat!(
                    r#"<w:next w:val="{lid}"/><w:pPr><w:keepNext/><w:keepLines/>"#,
                    r#"<w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="{num}"/></w:numPr>"#,
                    r#"<w:spacing w:before="360" w:after="120"/><w:outlineLvl w:val="0"/></w:pPr>"#,
                    r#"<w:rPr><w:b/><w:sz w:val="22"/><w:szCs w:val="22"/></w:rPr>"#
                ),
                lid = LID,
                level = ARTICLE_LEVEL,
                num = ARTICLES
            ),
        ),
        paragraph(
            SECTION,
            "Kop zonder nummer",
            Some(NORMAL),
            concat!(
                r#"<w:next w:val="Normal"/><w:pPr><w:keepNext/><w:keepLines/>"#,
                r#"<w:spacing w:before="360" w:after="120"/><w:outlineLvl w:val="0"/></w:pPr>"#,
                r#"<w:rPr><w:b/><w:sz w:val="22"/><w:szCs w:val="22"/></w:rPr>"#
            ),
        ),
        paragraph(
            LID,
            "Lid",
            Some(NORMAL),
            &format!(
                concat!(
                    r#"<w:pPr><w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="{num}"/></w:numPr>"#,
                    r#"<w:ind w:left="{step}" w:hanging="{step}"/></w:pPr>"#
                ),
                level = LID_LEVEL,
                num = ARTICLES,
                step = STEP
            ),
        ),
        paragraph(
            ARTICLE_TEXT,
            "Artikeltekst",
            Some(NORMAL),
            &format!(r#"<w:pPr><w:ind w:left="{STEP}"/></w:pPr>"#),
        ),
        paragraph(
            ANNEX,
            "Bijlage",
            Some(NORMAL),
            concat!(
                r#"<w:next w:val="Normal"/><w:pPr><w:keepNext/><w:keepLines/><w:pageBreakBefore/>"#,
                r#"<w:spacing w:before="0" w:after="240"/><w:outlineLvl w:val="0"/></w:pPr>"#,
                r#"<w:rPr><w:b/><w:sz w:val="24"/><w:szCs w:val="24"/></w:rPr>"#
            ),
        ),
        paragraph(
            LIST,
            "List Paragraph",
            Some(NORMAL),
            r#"<w:pPr><w:spacing w:after="60"/><w:ind w:left="720"/></w:pPr>"#,
        ),
        paragraph(
            CELL,
            "Tabeltekst",
            Some(NORMAL),
            r#"<w:pPr><w:spacing w:before="20" w:after="20" w:line="240" w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr>"#,
        ),
        paragraph(
            DRAFT,
            "Concept",
            Some(NORMAL),
            r#"<w:pPr><w:spacing w:after="240"/></w:pPr><w:rPr><w:b/><w:color w:val="C00000"/></w:rPr>"#,
        ),
        paragraph(
            HEADER,
            "header",
            Some(NORMAL),
            r#"<w:pPr><w:jc w:val="right"/><w:spacing w:after="0"/></w:pPr><w:rPr><w:b/><w:color w:val="C00000"/></w:rPr>"#,
        ),
        paragraph(
            FOOTER,
            "footer",
            Some(NORMAL),
            r#"<w:pPr><w:jc w:val="center"/><w:spacing w:after="0"/></w:pPr><w:rPr><w:sz w:val="16"/><w:szCs w:val="16"/></w:rPr>"#,
        ),
        Style {
            id: PLACEHOLDER,
            xml: format!(
                r#"<w:style w:type="character" w:styleId="{PLACEHOLDER}"><w:name w:val="Placeholder Text"/><w:rPr><w:color w:val="595959"/></w:rPr></w:style>"#
            ),
        },
        Style {
            id: TABLE,
            xml: format!(
                concat!(
                    r#"<w:style w:type="table" w:styleId="{id}"><w:name w:val="Table Grid"/><w:tblPr>"#,
                    r#"<w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="808080"/>"#,
                    r#"<w:left w:val="single" w:sz="4" w:space="0" w:color="808080"/>"#,
                    r#"<w:bottom w:val="single" w:sz="4" w:space="0" w:color="808080"/>"#,
                    r#"<w:right w:val="single" w:sz="4" w:space="0" w:color="808080"/>"#,
                    r#"<w:insideH w:val="single" w:sz="4" w:space="0" w:color="808080"/>"#,
                    r#"<w:insideV w:val="single" w:sz="4" w:space="0" w:color="808080"/></w:tblBorders>"#,
                    r#"<w:tblCellMar><w:left w:w="85" w:type="dxa"/><w:right w:w="85" w:type="dxa"/></w:tblCellMar>"#,
                    r#"</w:tblPr></w:style>"#
                ),
                id = TABLE
            ),
        },
        Style {
            id: SIGNATURES,
            xml: format!(
                concat!(
                    r#"<w:style w:type="table" w:styleId="{id}"><w:name w:val="Ondertekening"/><w:tblPr>"#,
                    r#"<w:tblCellMar><w:left w:w="0" w:type="dxa"/><w:right w:w="284" w:type="dxa"/></w:tblCellMar>"#,
                    r#"</w:tblPr></w:style>"#
                ),
                id = SIGNATURES
            ),
        },
    ]
}

/// `word/settings.xml`: tab stops, compatibility mode and the proofing language.
pub(crate) fn settings(language: &str) -> String {
    let (decimal, separator) = if language.starts_with("nl") {
        (",", ";")
    } else {
        (".", ",")
    };
    format!(
        concat!(
            r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#,
            "\n",
            r#"<w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">"#,
            r#"<w:zoom w:percent="100"/><w:defaultTabStop w:val="{step}"/>"#,
            r#"<w:characterSpacingControl w:val="doNotCompress"/>"#,
            r#"<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>"#,
            r#"<w:themeFontLang w:val="{language}"/>"#,
            r#"<w:decimalSymbol w:val="{decimal}"/><w:listSeparator w:val="{separator}"/>"#,
            r#"</w:settings>"#
        ),
        step = STEP,
        language = language,
        decimal = decimal,
        separator = separator
    )
}

/// A reference document's styles with the document language set and every
/// covenant style it lacks added, so nothing in the body names a missing style.
pub(crate) fn merge(reference: &str, language: &str) -> String {
    let defined: Vec<String> = super::reference::tags(reference, "w:style")
        .into_iter()
        .filter_map(|tag| super::reference::attribute(tag, "w:styleId"))
        .collect();
    let mut out = with_language(reference, language);
    let missing: String = all()
        .into_iter()
        .filter(|style| !defined.iter().any(|d| d == style.id))
        .map(|style| style.xml)
        .collect();
    if let Some(end) = out.rfind("</w:styles>") {
        out.insert_str(end, &missing);
    }
    out
}

/// The styles part with the language of the document defaults replaced.
fn with_language(styles: &str, language: &str) -> String {
    let lang = format!(r#"<w:lang w:val="{language}" w:eastAsia="{language}" w:bidi="ar-SA"/>"#);
    let Some(start) = styles.find("<w:rPrDefault>") else {
        return styles.to_string();
    };
    let Some(len) = styles[start..].find("</w:rPrDefault>") else {
        return styles.to_string();
    };
    let defaults = &styles[start..start + len];
    let replaced = match defaults.find("<w:lang ") {
        Some(i) => match defaults[i..].find("/>") {
            Some(j) => format!("{}{lang}{}", &defaults[..i], &defaults[i + j + 2..]),
            None => return styles.to_string(),
        },
        None => match defaults.rfind("</w:rPr>") {
            Some(i) => format!("{}{lang}{}", &defaults[..i], &defaults[i..]),
            None => return styles.to_string(),
        },
    };
    format!("{}{replaced}{}", &styles[..start], &styles[start + len..])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_reference_style_set_keeps_its_styles_and_gains_the_missing_ones() {
        let reference = concat!(
            r#"<w:styles><w:docDefaults><w:rPrDefault><w:rPr><w:lang w:val="en-US"/></w:rPr></w:rPrDefault></w:docDefaults>"#,
            r#"<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:rPr><w:color w:val="FF0000"/></w:rPr></w:style></w:styles>"#
        );
        let merged = merge(reference, "nl-NL");
        assert!(merged.contains(r#"<w:lang w:val="nl-NL""#), "{merged}");
        assert!(!merged.contains("en-US"));
        assert_eq!(merged.matches(r#"w:styleId="Heading1""#).count(), 1);
        assert!(merged.contains(r#"<w:color w:val="FF0000"/>"#));
        assert!(merged.contains(&format!(r#"w:styleId="{LID}""#)));
        assert!(merged.ends_with("</w:styles>"));
    }

    #[test]
    fn style_elements_follow_the_schema_order() {
        let xml = xml("nl-NL");
        assert!(
            xml.contains(concat!(
                r#"<w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>"#,
                r#"<w:next w:val="CovenantLid"/><w:qFormat/><w:pPr>"#
            )),
            "{xml}"
        );
        assert!(!xml.contains("<w:qFormat/><w:next"));
    }
}
