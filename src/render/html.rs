//! Markdown to HTML with pulldown-cmark; raw HTML never passes through.

use pulldown_cmark::{CowStr, Event, HeadingLevel, Options, Parser, Tag, TagEnd, html};

/// Renders Markdown to an HTML fragment. Raw HTML in the Markdown is shown
/// as text; level-2 headings starting with one of `breaks` get the class
/// `page-break`; right-aligned table cells get the class `right`.
#[must_use]
pub fn to_html(markdown: &str, breaks: &[String]) -> String {
    let options = Options::ENABLE_TABLES | Options::ENABLE_FOOTNOTES;
    let events: Vec<Event> = Parser::new_ext(markdown, options)
        .map(|event| match event {
            Event::Html(text) | Event::InlineHtml(text) => Event::Text(text),
            Event::Start(Tag::HtmlBlock) => Event::Start(Tag::Paragraph),
            Event::End(TagEnd::HtmlBlock) => Event::End(TagEnd::Paragraph),
            other => other,
        })
        .collect();
    let mut out: Vec<Event> = Vec::with_capacity(events.len());
    for (i, event) in events.iter().enumerate() {
        match event {
            Event::Start(Tag::Heading {
                level: HeadingLevel::H2,
                id,
                classes,
                attrs,
            }) => {
                let text = heading_text(&events[i + 1..]);
                let mut classes = classes.clone();
                if breaks.iter().any(|b| text.starts_with(b.as_str())) {
                    classes.push(CowStr::from("page-break"));
                }
                out.push(Event::Start(Tag::Heading {
                    level: HeadingLevel::H2,
                    id: id.clone(),
                    classes,
                    attrs: attrs.clone(),
                }));
            }
            other => out.push(other.clone()),
        }
    }
    let mut body = String::with_capacity(markdown.len() * 2);
    html::push_html(&mut body, out.into_iter());
    body.replace(" style=\"text-align: right\"", " class=\"right\"")
        .replace(" style=\"text-align: left\"", "")
        .replace("<th>", "<th scope=\"col\">")
        .replace("<th class=\"right\">", "<th scope=\"col\" class=\"right\">")
}

/// The text of the heading whose events start here.
fn heading_text(events: &[Event]) -> String {
    let mut text = String::new();
    for event in events {
        match event {
            Event::End(TagEnd::Heading(_)) => break,
            Event::Text(t) | Event::Code(t) => text.push_str(t),
            _ => {}
        }
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn raw_html_is_shown_as_text() {
        let html = to_html(
            "<script>alert(1)</script>\n\npara <img src=x onerror=alert(1)>",
            &[],
        );
        assert!(!html.contains("<script"));
        assert!(!html.contains("<img"));
        assert!(
            html.contains("<p>&lt;script&gt;alert(1)&lt;/script&gt;\n</p>"),
            "{html}"
        );
    }

    #[test]
    fn annex_headings_break_the_page() {
        let html = to_html(
            "## Bijlage 1. Risicomatrix\n\n## Artikel 1. Doel",
            &["Bijlage ".to_string()],
        );
        assert!(html.contains("<h2 class=\"page-break\">Bijlage 1"));
        assert!(html.contains("<h2>Artikel 1"));
    }
}
