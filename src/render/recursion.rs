//! Refusing house templates that recurse: tera has no depth limit, so a macro that calls itself
//! (directly or through others) or a template that includes itself overflows the stack and
//! aborts the process. The call graph is read from the template text before rendering and any
//! cycle is an error naming it; without a cycle, rendering depth is bounded by the number of
//! macros and templates.

use std::collections::BTreeMap;

/// A macro, as (template file, macro name).
type Node = (String, String);

/// The first recursion in `files` (template name and text), described in words.
#[must_use]
pub fn find_recursion<'a>(files: impl IntoIterator<Item = (&'a str, &'a str)>) -> Option<String> {
    let mut calls: BTreeMap<Node, Vec<Node>> = BTreeMap::new();
    let mut includes: BTreeMap<Node, Vec<Node>> = BTreeMap::new();
    for (file, text) in files {
        let imports = imports(text);
        for tag in tags(text) {
            if let Some(target) = tag.strip_prefix("include ").and_then(quoted) {
                includes
                    .entry((file.to_string(), String::new()))
                    .or_default()
                    .push((target.to_string(), String::new()));
            }
        }
        for (name, body) in macros(text) {
            let callees = macro_calls(body)
                .into_iter()
                .filter_map(|(namespace, callee)| {
                    let target = if namespace == "self" {
                        Some(file.to_string())
                    } else {
                        imports.get(namespace).cloned()
                    };
                    target.map(|t| (t, callee.to_string()))
                })
                .collect();
            calls.insert((file.to_string(), name.to_string()), callees);
        }
    }
    cycle(&calls)
        .map(|path| {
            let names: Vec<String> = path.iter().map(|(f, m)| format!("{f}::{m}")).collect();
            format!(
                "macro {} calls itself ({}); recursive macros are not supported in templates",
                names[0],
                names.join(" -> ")
            )
        })
        .or_else(|| {
            cycle(&includes).map(|path| {
                let names: Vec<&str> = path.iter().map(|(f, _)| f.as_str()).collect();
                format!(
                    "template {} includes itself ({})",
                    names[0],
                    names.join(" -> ")
                )
            })
        })
}

/// The inside of every `{% ... %}` tag, trimmed, without whitespace-control dashes.
fn tags(text: &str) -> Vec<&str> {
    let mut found = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find("{%") {
        let after = &rest[open + 2..];
        let Some(close) = after.find("%}") else { break };
        found.push(after[..close].trim_matches(|c: char| c == '-' || c.is_whitespace()));
        rest = &after[close + 2..];
    }
    found
}

/// The text inside the first pair of double or single quotes.
fn quoted(text: &str) -> Option<&str> {
    let text = text.trim();
    let quote = text.chars().next().filter(|c| *c == '"' || *c == '\'')?;
    let inner = &text[1..];
    inner.find(quote).map(|end| &inner[..end])
}

/// `{% import "file" as ns %}`: namespace to file.
fn imports(text: &str) -> BTreeMap<&str, String> {
    tags(text)
        .into_iter()
        .filter_map(|tag| {
            let rest = tag.strip_prefix("import ")?;
            let file = quoted(rest)?;
            let namespace = rest.rsplit_once(" as ")?.1.trim();
            Some((namespace, file.to_string()))
        })
        .collect()
}

/// Each macro's name and body.
fn macros(text: &str) -> Vec<(&str, &str)> {
    let mut found = Vec::new();
    let mut rest = text;
    while let Some(at) = find_tag(rest, "macro ") {
        let after = &rest[at..];
        let Some(head_end) = after.find("%}") else {
            break;
        };
        let head = after[..head_end].trim_start_matches(['{', '%', '-', ' ']);
        let name = head
            .trim_start_matches("macro ")
            .split('(')
            .next()
            .unwrap_or("")
            .trim();
        let body_start = at + head_end + 2;
        let body_end =
            find_tag(&rest[body_start..], "endmacro").map_or(rest.len(), |e| body_start + e);
        found.push((name, &rest[body_start..body_end]));
        rest = &rest[body_end..];
        if rest.len() <= 2 {
            break;
        }
        rest = &rest[2..];
    }
    found
}

/// The offset of the `{%` of the first tag starting with `keyword`.
fn find_tag(text: &str, keyword: &str) -> Option<usize> {
    let mut offset = 0;
    while let Some(open) = text[offset..].find("{%") {
        let start = offset + open;
        let inner = text[start + 2..].trim_start_matches(|c: char| c == '-' || c.is_whitespace());
        if inner.starts_with(keyword) {
            return Some(start);
        }
        offset = start + 2;
    }
    None
}

/// Every `namespace::name(` in a macro body.
fn macro_calls(body: &str) -> Vec<(&str, &str)> {
    let is_ident = |c: char| c.is_ascii_alphanumeric() || c == '_';
    let mut found = Vec::new();
    for (at, _) in body.match_indices("::") {
        let namespace_start = body[..at]
            .rfind(|c: char| !is_ident(c))
            .map_or(0, |i| i + 1);
        let after = &body[at + 2..];
        let name_end = after.find(|c: char| !is_ident(c)).unwrap_or(after.len());
        let namespace = &body[namespace_start..at];
        let name = &after[..name_end];
        if !namespace.is_empty()
            && !name.is_empty()
            && after[name_end..].trim_start().starts_with('(')
        {
            found.push((namespace, name));
        }
    }
    found
}

/// A cycle in `graph`, as the path from its first node back to it.
fn cycle(graph: &BTreeMap<Node, Vec<Node>>) -> Option<Vec<Node>> {
    #[derive(Clone, Copy, PartialEq)]
    enum Mark {
        Open,
        Done,
    }
    let mut marks: BTreeMap<&Node, Mark> = BTreeMap::new();
    for start in graph.keys() {
        if marks.contains_key(start) {
            continue;
        }
        // Depth-first with an explicit stack: (node, index of the next edge).
        let mut stack: Vec<(&Node, usize)> = vec![(start, 0)];
        marks.insert(start, Mark::Open);
        while let Some((node, edge)) = stack.last().copied() {
            let next = graph.get(node).and_then(|edges| edges.get(edge));
            let Some(next) = next else {
                marks.insert(node, Mark::Done);
                stack.pop();
                continue;
            };
            if let Some(top) = stack.last_mut() {
                top.1 += 1;
            }
            match marks.get(next) {
                Some(Mark::Open) => {
                    let from = stack.iter().position(|(n, _)| *n == next).unwrap_or(0);
                    let mut path: Vec<Node> =
                        stack[from..].iter().map(|(n, _)| (*n).clone()).collect();
                    path.push(next.clone());
                    return Some(path);
                }
                Some(Mark::Done) => {}
                None => {
                    marks.insert(next, Mark::Open);
                    stack.push((next, 0));
                }
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_macro_calling_itself_is_found() {
        let text = "{% macro loop(n) %}{{ self::loop(n=n) }}{% endmacro loop %}";
        let found = find_recursion([("blocks.md", text)]);
        assert!(found.is_some_and(|f| f.contains("blocks.md::loop")));
    }

    #[test]
    fn recursion_through_an_import_and_includes_are_found() {
        let a = "{% import \"b.md\" as b %}{% macro x() %}{{ b::y() }}{% endmacro %}";
        let b = "{% import \"a.md\" as a %}{%- macro y() -%}{{ a::x() }}{%- endmacro -%}";
        assert!(find_recursion([("a.md", a), ("b.md", b)]).is_some());
        let inc = "{% include \"c.md\" %}";
        assert!(find_recursion([("c.md", inc)]).is_some_and(|f| f.contains("includes itself")));
    }

    #[test]
    fn the_builtin_templates_do_not_recurse() {
        let files = crate::render::templates::BUILTIN
            .iter()
            .map(|(n, t)| (*n, *t));
        assert_eq!(find_recursion(files), None);
    }
}
