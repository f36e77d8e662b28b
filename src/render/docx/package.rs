//! The OPC package: parts, content types, relationships, document properties,
//! zipped deterministically (fixed entry order, 1980-01-01 timestamps, fixed
//! permissions, one compression level), so the same tree gives the same bytes.

use std::io::{Cursor, Write};

use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, DateTime, ZipWriter};

use super::xml::escape;
use crate::render::RenderError;
use crate::render::tree::Meta;

/// The relationship type namespace of office documents.
pub(crate) const REL: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/// One part of the package.
#[derive(Debug, Clone)]
pub(crate) struct Part {
    /// Its name in the package (`word/document.xml`).
    pub(crate) name: String,
    /// Its content type, when it is not given by its extension.
    pub(crate) content_type: Option<String>,
    /// Its bytes.
    pub(crate) data: Vec<u8>,
}

impl Part {
    /// An XML part with its own content type.
    pub(crate) fn xml(name: &str, content_type: &str, data: String) -> Self {
        Self {
            name: name.to_string(),
            content_type: Some(content_type.to_string()),
            data: data.into_bytes(),
        }
    }
}

/// The content type of a part that is known by its extension alone.
pub(crate) fn default_content_type(name: &str) -> Option<&'static str> {
    let ext = name.rsplit_once('.')?.1.to_ascii_lowercase();
    Some(match ext.as_str() {
        "rels" => "application/vnd.openxmlformats-package.relationships+xml",
        "xml" => "application/xml",
        "png" => "image/png",
        "jpeg" | "jpg" => "image/jpeg",
        "gif" => "image/gif",
        "emf" => "image/x-emf",
        "wmf" => "image/x-wmf",
        "svg" => "image/svg+xml",
        _ => return None,
    })
}

/// A relationships part listing `(id, type, target)`.
pub(crate) fn relationships(rels: &[(String, String, String)]) -> String {
    let mut out = String::from(concat!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#,
        "\n",
        r#"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
    ));
    for (id, kind, target) in rels {
        out.push_str(&format!(
            r#"<Relationship Id="{}" Type="{}" Target="{}"/>"#,
            escape(id),
            escape(kind),
            escape(target)
        ));
    }
    out.push_str("</Relationships>");
    out
}

/// `docProps/core.xml`: title, subject (the reference), language, version and dates.
pub(crate) fn core(meta: &Meta, created: Option<&str>) -> String {
    let mut out = String::from(concat!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#,
        "\n",
        r#"<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" "#,
        r#"xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" "#,
        r#"xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">"#
    ));
    out.push_str(&format!("<dc:title>{}</dc:title>", escape(&meta.title)));
    if let Some(reference) = &meta.reference {
        out.push_str(&format!("<dc:subject>{}</dc:subject>", escape(reference)));
    }
    if let Some(short) = &meta.short_title {
        out.push_str(&format!(
            "<dc:description>{}</dc:description>",
            escape(short)
        ));
    }
    out.push_str(&format!(
        "<dc:language>{}</dc:language>",
        escape(meta.language_tag)
    ));
    if let Some(version) = &meta.version {
        out.push_str(&format!("<cp:version>{}</cp:version>", escape(version)));
    }
    if let Some(when) = created {
        for element in ["dcterms:created", "dcterms:modified"] {
            out.push_str(&format!(
                r#"<{element} xsi:type="dcterms:W3CDTF">{}</{element}>"#,
                escape(when)
            ));
        }
    }
    out.push_str("</cp:coreProperties>");
    out
}

/// `docProps/app.xml`: the application that wrote the document.
pub(crate) fn app() -> String {
    concat!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#,
        "\n",
        r#"<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">"#,
        r#"<Application>covenant</Application></Properties>"#
    )
    .to_string()
}

/// A `YYYY-MM-DD` date as a W3CDTF timestamp at midnight UTC, if it is one.
pub(crate) fn timestamp_of_date(date: &str) -> Option<String> {
    crate::model::Date::parse(date).map(|d| format!("{d}T00:00:00Z"))
}

/// A `SOURCE_DATE_EPOCH` value (seconds since 1970, UTC) as a W3CDTF timestamp.
///
/// # Errors
/// The value is not a whole number of seconds between 1970 and 9999.
pub fn timestamp_of_epoch(epoch: &str) -> Result<String, RenderError> {
    let bad = || {
        RenderError::Data(format!(
            "SOURCE_DATE_EPOCH must be a number of seconds since 1970-01-01, not `{epoch}`"
        ))
    };
    let seconds: u64 = epoch.trim().parse().map_err(|_| bad())?;
    let rest = seconds % 86_400;
    let date = i64::try_from(seconds / 86_400)
        .ok()
        .and_then(crate::model::Date::from_unix_days)
        .ok_or_else(bad)?;
    Ok(format!(
        "{date}T{:02}:{:02}:{:02}Z",
        rest / 3600,
        rest % 3600 / 60,
        rest % 60
    ))
}

/// The package as zip bytes: `[Content_Types].xml` and `_rels/.rels` first, then
/// the parts in the order given.
///
/// # Errors
/// Writing the zip fails (it is written to memory, so only on a bug in the zip crate).
pub(crate) fn zip(parts: &[Part]) -> Result<Vec<u8>, RenderError> {
    let mut all = Vec::with_capacity(parts.len() + 2);
    all.push(Part {
        name: "[Content_Types].xml".into(),
        content_type: None,
        data: content_types(parts).into_bytes(),
    });
    all.push(Part {
        name: "_rels/.rels".into(),
        content_type: None,
        data: relationships(&[
            (
                "rId1".into(),
                format!("{REL}/officeDocument"),
                "word/document.xml".into(),
            ),
            (
                "rId2".into(),
                "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties".into(),
                "docProps/core.xml".into(),
            ),
            (
                "rId3".into(),
                format!("{REL}/extended-properties"),
                "docProps/app.xml".into(),
            ),
        ])
        .into_bytes(),
    });
    all.extend_from_slice(parts);
    let options = SimpleFileOptions::default()
        .compression_method(CompressionMethod::Deflated)
        .compression_level(Some(6))
        .last_modified_time(DateTime::default())
        .unix_permissions(0o644);
    let mut writer = ZipWriter::new(Cursor::new(Vec::new()));
    let error =
        |e: &dyn std::fmt::Display| RenderError::Data(format!("cannot write the .docx: {e}"));
    for part in &all {
        writer
            .start_file(part.name.as_str(), options)
            .map_err(|e| error(&e))?;
        writer.write_all(&part.data).map_err(|e| error(&e))?;
    }
    let cursor = writer.finish().map_err(|e| error(&e))?;
    Ok(cursor.into_inner())
}

/// `[Content_Types].xml`: defaults by extension, an override per typed part.
fn content_types(parts: &[Part]) -> String {
    let mut out = String::from(concat!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#,
        "\n",
        r#"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">"#
    ));
    let mut extensions: Vec<(String, &str)> = vec![
        (
            "rels".into(),
            "application/vnd.openxmlformats-package.relationships+xml",
        ),
        ("xml".into(), "application/xml"),
    ];
    for part in parts.iter().filter(|p| p.content_type.is_none()) {
        if let (Some((_, ext)), Some(kind)) =
            (part.name.rsplit_once('.'), default_content_type(&part.name))
        {
            let ext = ext.to_ascii_lowercase();
            if !extensions.iter().any(|(e, _)| *e == ext) {
                extensions.push((ext, kind));
            }
        }
    }
    for (ext, kind) in &extensions {
        out.push_str(&format!(
            r#"<Default Extension="{}" ContentType="{}"/>"#,
            escape(ext),
            escape(kind)
        ));
    }
    out.push_str(r#"<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>"#);
    out.push_str(r#"<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>"#);
    for part in parts {
        if let Some(kind) = &part.content_type {
            out.push_str(&format!(
                r#"<Override PartName="/{}" ContentType="{}"/>"#,
                escape(&part.name),
                escape(kind)
            ));
        }
    }
    out.push_str("</Types>");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn epoch_seconds_become_a_utc_timestamp() {
        assert_eq!(
            timestamp_of_epoch("0").expect("valid"),
            "1970-01-01T00:00:00Z"
        );
        assert_eq!(
            timestamp_of_epoch("1775001600").expect("valid"),
            "2026-04-01T00:00:00Z"
        );
        assert_eq!(
            timestamp_of_epoch("951825600").expect("valid"),
            "2000-02-29T12:00:00Z"
        );
        assert!(timestamp_of_epoch("-1").is_err());
        assert!(timestamp_of_epoch("soon").is_err());
        assert!(timestamp_of_epoch("999999999999999").is_err());
    }

    #[test]
    fn the_same_parts_give_the_same_bytes() {
        let parts = [Part::xml("word/document.xml", "text/x", "<a/>".into())];
        assert_eq!(zip(&parts).expect("zip"), zip(&parts).expect("zip"));
    }
}
