//! `--reference-docx`: the house style of an existing Word document (the pandoc
//! convention): its styles and theme, its page size and margins, and its
//! headers and footers with the images they show.
//!
//! The file is user input, so it is read defensively: its size, the number of
//! entries and every entry's unpacked size are limited (a zip bomb is refused,
//! whatever its headers claim), and a part is only taken over when its name,
//! resolved from the relationships, stays inside `word/` with plain characters.
//! Only parts are copied; nothing is written to disk.

use std::io::{Cursor, Read};
use std::path::Path;

use zip::ZipArchive;

use crate::render::RenderError;

/// The largest reference document read, in bytes.
const MAX_FILE: u64 = 32 * 1024 * 1024;
/// The most entries a reference document may have.
const MAX_ENTRIES: usize = 4096;
/// The largest unpacked part, in bytes.
const MAX_PART: u64 = 16 * 1024 * 1024;
/// The most a part may grow when unpacked, beyond a first megabyte.
const MAX_RATIO: u64 = 200;
/// The header and footer parts taken over, at most.
const MAX_HEADERS: usize = 12;

/// Page size and margins, in twentieths of a point.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Page {
    /// Page width.
    pub width: u32,
    /// Page height.
    pub height: u32,
    /// Whether the page is landscape.
    pub landscape: bool,
    /// Top, right, bottom and left margins.
    pub margins: [i32; 4],
    /// Distance of the header and the footer from the page edge.
    pub header: u32,
    /// Distance of the footer from the page edge.
    pub footer: u32,
}

impl Default for Page {
    /// A4 portrait with 2.5 cm margins.
    fn default() -> Self {
        Self {
            width: 11_906,
            height: 16_838,
            landscape: false,
            margins: [1418, 1418, 1418, 1418],
            header: 709,
            footer: 709,
        }
    }
}

/// A header or footer taken from the reference document.
#[derive(Debug, Clone)]
pub(crate) struct Decoration {
    /// `header` or `footer`.
    pub(crate) kind: &'static str,
    /// `default`, `first` or `even`.
    pub(crate) on: String,
    /// The part's name in the reference (`word/header1.xml`).
    pub(crate) name: String,
    /// The part.
    pub(crate) xml: Vec<u8>,
    /// Its relationships part and the parts they point at (images), by name.
    pub(crate) related: Vec<(String, Vec<u8>)>,
}

/// The house style read from a reference document.
#[derive(Debug, Clone, Default)]
pub struct Reference {
    pub(crate) styles: Option<String>,
    pub(crate) theme: Option<Vec<u8>>,
    pub(crate) page: Option<Page>,
    pub(crate) decorations: Vec<Decoration>,
}

impl Reference {
    /// Reads the house style of the Word document at `path`.
    ///
    /// # Errors
    /// The file cannot be read, is not a Word document, is too large or unpacks
    /// to too much; the message names the file.
    pub fn read(path: &Path) -> Result<Self, RenderError> {
        let name = path.display().to_string();
        let error = |why: String| RenderError::Io(format!("--reference-docx {name}: {why}"));
        let size = std::fs::metadata(path)
            .map_err(|e| error(format!("cannot read it: {e}")))?
            .len();
        if size > MAX_FILE {
            return Err(error(format!(
                "it is {size} bytes; a reference document may be at most {MAX_FILE}"
            )));
        }
        let bytes = std::fs::read(path).map_err(|e| error(format!("cannot read it: {e}")))?;
        Self::from_bytes(&bytes).map_err(error)
    }

    /// Reads the house style from the bytes of a Word document.
    fn from_bytes(bytes: &[u8]) -> Result<Self, String> {
        let mut zip = ZipArchive::new(Cursor::new(bytes))
            .map_err(|e| format!("not a Word document (not a zip archive: {e})"))?;
        if zip.len() > MAX_ENTRIES {
            return Err(format!(
                "it has {} entries; a reference document may have at most {MAX_ENTRIES}",
                zip.len()
            ));
        }
        let mut archive = Archive { zip: &mut zip };
        let document = archive
            .text("word/document.xml")?
            .ok_or("not a Word document (it has no word/document.xml)")?;
        let styles = match archive.text("word/styles.xml")? {
            Some(styles) if styles.contains("</w:styles>") => Some(styles),
            Some(_) => return Err("word/styles.xml is not a WordprocessingML styles part".into()),
            None => None,
        };
        let theme = archive.bytes("word/theme/theme1.xml")?;
        let rels = archive
            .text("word/_rels/document.xml.rels")?
            .unwrap_or_default();
        let section = last_section(&document);
        let page = section.map(page);
        let mut decorations = Vec::new();
        for (kind, tag) in [
            ("header", "w:headerReference"),
            ("footer", "w:footerReference"),
        ] {
            for reference in section.map(|s| tags(s, tag)).unwrap_or_default() {
                if decorations.len() >= MAX_HEADERS {
                    break;
                }
                let on = attribute(reference, "w:type").unwrap_or_else(|| "default".into());
                let Some(id) = attribute(reference, "r:id") else {
                    continue;
                };
                let Some(target) = relationship_target(&rels, &id, "word/") else {
                    continue;
                };
                let Some(xml) = archive.bytes(&target)? else {
                    continue;
                };
                let related = archive.related(&target)?;
                decorations.push(Decoration {
                    kind,
                    on,
                    name: target,
                    xml,
                    related,
                });
            }
        }
        Ok(Self {
            styles,
            theme,
            page: page.flatten(),
            decorations,
        })
    }

    /// The page size and margins of the reference document, if it gives them.
    #[must_use]
    pub fn page(&self) -> Option<Page> {
        self.page
    }
}

/// The zip being read, with every read limited.
struct Archive<'a, 'b> {
    zip: &'a mut ZipArchive<Cursor<&'b [u8]>>,
}

impl Archive<'_, '_> {
    /// The unpacked entry `name`, if there is one.
    fn bytes(&mut self, name: &str) -> Result<Option<Vec<u8>>, String> {
        let mut entry = match self.zip.by_name(name) {
            Ok(entry) => entry,
            Err(zip::result::ZipError::FileNotFound) => return Ok(None),
            Err(e) => return Err(format!("cannot read {name}: {e}")),
        };
        let declared = entry.size();
        let packed = entry.compressed_size().max(1);
        if declared > MAX_PART || (declared > 1024 * 1024 && declared / packed > MAX_RATIO) {
            return Err(format!(
                "{name} unpacks to {declared} bytes from {packed}; refused as a possible zip bomb"
            ));
        }
        let mut data = Vec::new();
        entry
            .by_ref()
            .take(MAX_PART + 1)
            .read_to_end(&mut data)
            .map_err(|e| format!("cannot unpack {name}: {e}"))?;
        if data.len() as u64 > MAX_PART {
            return Err(format!(
                "{name} unpacks to more than {MAX_PART} bytes; refused as a possible zip bomb"
            ));
        }
        Ok(Some(data))
    }

    /// The entry `name` as UTF-8 text.
    fn text(&mut self, name: &str) -> Result<Option<String>, String> {
        self.bytes(name)?
            .map(|b| String::from_utf8(b).map_err(|_| format!("{name} is not UTF-8 text")))
            .transpose()
    }

    /// The relationships part of `part` and the internal parts it points at.
    fn related(&mut self, part: &str) -> Result<Vec<(String, Vec<u8>)>, String> {
        let (folder, file) = part.rsplit_once('/').unwrap_or(("", part));
        let rels_name = format!("{folder}/_rels/{file}.rels");
        let Some(rels) = self.text(&rels_name)? else {
            return Ok(Vec::new());
        };
        let mut out = Vec::new();
        for relationship in tags(&rels, "Relationship") {
            if attribute(relationship, "TargetMode").as_deref() == Some("External") {
                continue;
            }
            let Some(target) = attribute(relationship, "Target") else {
                continue;
            };
            let Some(name) = resolve(&format!("{folder}/"), &target) else {
                return Err(format!(
                    "{rels_name} points outside the document's word/ folder ({target})"
                ));
            };
            if super::package::default_content_type(&name).is_none() {
                return Err(format!(
                    "{rels_name} points at {name}, which is not an image a header can show"
                ));
            }
            if let Some(data) = self.bytes(&name)? {
                out.push((name, data));
            }
        }
        out.insert(0, (rels_name, rels.into_bytes()));
        Ok(out)
    }
}

/// The last `w:sectPr` of the body: the page set-up of the document's end.
fn last_section(document: &str) -> Option<&str> {
    let start = document.rfind("<w:sectPr")?;
    let rest = &document[start..];
    let end = rest.find("</w:sectPr>").map_or(rest.len(), |e| e + 11);
    Some(&rest[..end])
}

/// The page size and margins of a `w:sectPr`.
fn page(section: &str) -> Option<Page> {
    let size = tags(section, "w:pgSz").into_iter().next()?;
    let number = |tag: &str, name: &str| attribute(tag, name).and_then(|v| v.parse::<i64>().ok());
    let default = Page::default();
    let mut page = Page {
        width: u32::try_from(number(size, "w:w")?).ok()?,
        height: u32::try_from(number(size, "w:h")?).ok()?,
        landscape: attribute(size, "w:orient").as_deref() == Some("landscape"),
        ..default
    };
    if !(1440..=31_680).contains(&page.width) || !(1440..=31_680).contains(&page.height) {
        return None;
    }
    if let Some(margins) = tags(section, "w:pgMar").into_iter().next() {
        let margin = |name: &str, fallback: i32| {
            number(margins, name)
                .and_then(|v| i32::try_from(v).ok())
                .filter(|v| v.abs() <= 31_680)
                .unwrap_or(fallback)
        };
        let distance = |name: &str, fallback: u32| {
            number(margins, name)
                .and_then(|v| u32::try_from(v).ok())
                .filter(|v| *v <= 31_680)
                .unwrap_or(fallback)
        };
        page.margins = [
            margin("w:top", default.margins[0]),
            margin("w:right", default.margins[1]),
            margin("w:bottom", default.margins[2]),
            margin("w:left", default.margins[3]),
        ];
        page.header = distance("w:header", default.header);
        page.footer = distance("w:footer", default.footer);
    }
    Some(page)
}

/// The target, inside `word/`, of relationship `id` in a relationships part.
fn relationship_target(rels: &str, id: &str, base: &str) -> Option<String> {
    tags(rels, "Relationship")
        .into_iter()
        .find(|r| attribute(r, "Id").as_deref() == Some(id))
        .filter(|r| attribute(r, "TargetMode").as_deref() != Some("External"))
        .and_then(|r| attribute(r, "Target"))
        .and_then(|target| resolve(base, &target))
}

/// A relationship target resolved against the folder `base` (`word/`), or
/// `None` when it leaves `word/` or holds anything but plain name characters.
fn resolve(base: &str, target: &str) -> Option<String> {
    let joined = match target.strip_prefix('/') {
        Some(absolute) => absolute.to_string(),
        None => format!("{base}{target}"),
    };
    let mut segments: Vec<&str> = Vec::new();
    for segment in joined.split('/') {
        match segment {
            "" | "." => {}
            ".." => {
                segments.pop()?;
            }
            s => segments.push(s),
        }
    }
    let name = segments.join("/");
    let plain = name
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || matches!(c, '/' | '.' | '_' | '-'));
    (plain && segments.len() >= 2 && segments[0] == "word").then_some(name)
}

/// Each start tag `<name ...>` in `xml`, as the text between `<` and `>`.
pub(crate) fn tags<'a>(xml: &'a str, name: &str) -> Vec<&'a str> {
    let open = format!("<{name}");
    let mut out = Vec::new();
    let mut rest = xml;
    while let Some(i) = rest.find(&open) {
        let after = &rest[i + open.len()..];
        let Some(end) = after.find('>') else { break };
        if after.starts_with(|c: char| c.is_whitespace() || c == '/' || c == '>') {
            out.push(&after[..end]);
        }
        rest = &after[end..];
    }
    out
}

/// The value of attribute `name` in a tag's text, unescaped.
pub(crate) fn attribute(tag: &str, name: &str) -> Option<String> {
    let mut rest = tag;
    loop {
        let i = rest.find(name)?;
        let before_ok = i == 0 || rest[..i].ends_with(char::is_whitespace);
        let after = rest[i + name.len()..].trim_start();
        if before_ok && let Some(value) = after.strip_prefix('=') {
            let value = value.trim_start();
            let quote = value.chars().next().filter(|c| *c == '"' || *c == '\'')?;
            let value = &value[1..];
            let end = value.find(quote)?;
            return Some(unescape(&value[..end]));
        }
        rest = &rest[i + name.len()..];
    }
}

fn unescape(value: &str) -> String {
    value
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn targets_that_leave_the_word_folder_are_refused() {
        assert_eq!(
            resolve("word/", "header1.xml").as_deref(),
            Some("word/header1.xml")
        );
        assert_eq!(
            resolve("word/", "/word/media/a.png").as_deref(),
            Some("word/media/a.png")
        );
        assert_eq!(
            resolve("word/", "media/../media/b.png").as_deref(),
            Some("word/media/b.png")
        );
        assert_eq!(resolve("word/", "../docProps/core.xml"), None);
        assert_eq!(resolve("word/", "../../../etc/passwd"), None);
        assert_eq!(resolve("word/", "/etc/passwd"), None);
        assert_eq!(resolve("word/", "media/a b\".png"), None);
    }

    #[test]
    fn the_page_comes_from_the_last_section() {
        let document = r#"<w:body><w:sectPr><w:pgSz w:w="1"/></w:sectPr><w:p/><w:sectPr w:rsidR="1"><w:footerReference w:type="default" r:id="rId9"/><w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/><w:pgMar w:top="720" w:right="1000" w:bottom="720" w:left="1000" w:header="400" w:footer="300" w:gutter="0"/></w:sectPr></w:body>"#;
        let section = last_section(document).expect("a section");
        let page = page(section).expect("a page");
        assert_eq!(
            (page.width, page.height, page.landscape),
            (16_838, 11_906, true)
        );
        assert_eq!(page.margins, [720, 1000, 720, 1000]);
        assert_eq!((page.header, page.footer), (400, 300));
        assert_eq!(tags(section, "w:footerReference").len(), 1);
        assert_eq!(
            attribute(tags(section, "w:footerReference")[0], "r:id").as_deref(),
            Some("rId9")
        );
    }

    #[test]
    fn attributes_are_matched_by_whole_name_and_unescaped() {
        let tag = r#" xId="no" Id="rId1" Target="a&amp;b.xml""#;
        assert_eq!(attribute(tag, "Id").as_deref(), Some("rId1"));
        assert_eq!(attribute(tag, "Target").as_deref(), Some("a&b.xml"));
        assert_eq!(attribute(tag, "Type"), None);
    }

    #[test]
    fn what_is_not_a_zip_is_refused() {
        let error = Reference::from_bytes(b"PK\x03\x04 not really").expect_err("refused");
        assert!(error.contains("not a Word document"), "{error}");
    }
}
