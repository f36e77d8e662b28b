//! Golden documents of every example, placeholders, overrides, injection and determinism.

use std::path::{Path, PathBuf};

use covenant::model::load;
use covenant::model::words::Language;
use covenant::render::{Options, Templates, render_html, render_markdown};

fn examples() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir("examples")
        .expect("examples folder")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "covenant"))
        .collect();
    files.sort();
    assert!(files.len() >= 4, "expected the examples");
    files
}

fn agreement(path: &Path) -> covenant::model::Agreement {
    load::load(path, &path.display().to_string())
        .expect("example loads")
        .agreement
}

fn other(language: Option<Language>) -> Language {
    match language {
        Some(Language::En) => Language::Nl,
        _ => Language::En,
    }
}

fn stem(path: &Path) -> String {
    path.file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or("example")
        .to_string()
}

#[test]
fn every_example_in_its_own_language() {
    for path in examples() {
        let a = agreement(&path);
        let options = Options::default();
        insta::assert_snapshot!(
            format!("{}.md", stem(&path)),
            render_markdown(&a, &options).expect("markdown")
        );
        insta::assert_snapshot!(
            format!("{}.html", stem(&path)),
            render_html(&a, &options).expect("html")
        );
    }
}

#[test]
fn every_example_in_the_other_language() {
    for path in examples() {
        let a = agreement(&path);
        let language = other(a.header.language.as_ref().map(|l| l.value));
        let options = Options {
            language: Some(language),
            ..Options::default()
        };
        let name = format!("{}.{}", stem(&path), language.as_str());
        insta::assert_snapshot!(
            format!("{name}.md"),
            render_markdown(&a, &options).expect("markdown")
        );
        insta::assert_snapshot!(
            format!("{name}.html"),
            render_html(&a, &options).expect("html")
        );
    }
}

#[test]
fn tendered_parties_render_as_placeholders() {
    let a = agreement(Path::new("examples/tender-mobility-hub.covenant"));
    let md = render_markdown(&a, &Options::default()).expect("markdown");
    assert!(md.contains(
        "4. **\\[naam inschrijver\\]**, \\[rechtsvorm\\], gevestigd te \\[vestigingsplaats\\]"
    ));
    assert!(md.contains(
        "wordt gekozen via Europese openbare aanbesteding Design \\& Build Mobiliteitshub Vathorst"
    ));
    assert!(md.contains("### \\[naam inschrijver\\] (Opdrachtnemer)"));
    assert!(md.contains("Naam: \\[naam vertegenwoordiger\\]"));
    let en = Options {
        language: Some(Language::En),
        ..Options::default()
    };
    let md = render_markdown(&a, &en).expect("markdown");
    assert!(md.contains(
        "**\\[name of tenderer\\]**, \\[legal form\\], having its seat in \\[registered office\\]"
    ));
    let html = render_html(&a, &Options::default()).expect("html");
    assert!(html.contains(
        "<strong>[naam inschrijver]</strong>, <span class=\"placeholder\">[rechtsvorm]</span>"
    ));
}

#[test]
fn a_template_folder_overrides_by_file_name() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(
        dir.path().join("signatures.md"),
        "## HUISSTIJL ONDERTEKENING\n\n{% for s in signatures %}- {{ s.party }}: {{ s.signatories.0.name | inlines }}\n{% endfor %}",
    )
    .expect("write template");
    std::fs::create_dir(dir.path().join("i18n")).expect("i18n folder");
    std::fs::write(
        dir.path().join("i18n/nl.toml"),
        "[doc]\narticle_label = \"Art. {number}\"\n",
    )
    .expect("write messages");
    let templates = Templates::with_overrides(dir.path()).expect("templates");
    let a = agreement(Path::new("examples/tender-mobility-hub.covenant"));
    let md = render_markdown(
        &a,
        &Options {
            templates,
            ..Options::default()
        },
    )
    .expect("markdown");
    assert!(
        md.contains("## HUISSTIJL ONDERTEKENING\n\n- Gemeente Amersfoort: mr. L. van den Berg\n")
    );
    assert!(md.contains("## Art. 1 Begripsbepalingen"), "{md}");
    assert!(!md.contains("## Ondertekening"));
    assert!(
        md.contains("## Bijlage 1 Risicomatrix"),
        "other templates and messages stay built in"
    );
}

#[test]
fn a_broken_override_is_reported_not_panicked() {
    let mut templates = Templates::builtin();
    templates.set("covenant.md", "{% if %}");
    let a = agreement(Path::new("examples/tender-mobility-hub.covenant"));
    let error = render_markdown(
        &a,
        &Options {
            templates,
            ..Options::default()
        },
    )
    .expect_err("must fail");
    assert!(error.to_string().contains("template error"), "{error}");
}

const HOSTILE: &str = r##"covenant "Evil <script>alert(1)</script> covenant" {
  language nl
  effective 2026-01-01
  expires 2027-01-01
}
party a "A | B" { sector public  seat "X | Y"  representative "<b>Boss</b>" { capacity "# chief"  mandate statutory } }
party c "C" { sector public }
recital "> quoted | piped <img src=x onerror=alert(1)>"
investment {
  a EUR 1_000 cash "a | b | c"
  c EUR 2_000.50 cash "<script>x</script>"
}
risk r "Risk | pipe" { likelihood low  impact high  bearers a 100% }
clause raw "Raw <b>HTML</b>" """
  Before.
  <img src=x onerror=alert(1)>
  # Not a heading
  > not a quote
  | not | a | table |
  [link](javascript:alert(1))
  """
"##;

#[test]
fn agreement_text_cannot_inject_markup() {
    let loaded = covenant::model::load_text(
        Path::new("hostile.covenant"),
        "hostile.covenant",
        HOSTILE.to_string(),
    );
    let a = loaded.agreement;
    assert_eq!(a.parties.len(), 2, "the hostile agreement parses");
    let options = Options::default();
    let html = render_html(&a, &options).expect("html");
    for bad in ["<script", "<img", "<b>", "<blockquote", "javascript"] {
        assert!(!html.contains(bad), "injected {bad} in HTML");
    }
    assert_eq!(
        html.matches("href=").count(),
        html.matches("<a class=\"ref\" href=\"#").count(),
        "the only links are references inside the document"
    );
    assert!(html.contains("&lt;script&gt;alert(1)&lt;&#x2F;script&gt;"));
    assert!(html.contains("&lt;img src=x onerror=alert(1)&gt;"));
    assert_eq!(html.matches("<h1>").count(), 1);
    assert!(
        html.contains("<title>Evil &lt;script&gt;alert(1)&lt;&#x2F;script&gt; covenant</title>"),
        "{html}"
    );
    let md = render_markdown(&a, &options).expect("markdown");
    assert!(
        md.contains("**Not a heading**"),
        "a heading in a clause is a strong line"
    );
    assert!(
        md.contains("not a quote \\| not \\| a \\| table \\|"),
        "{md}"
    );
    assert!(
        !md.lines()
            .any(|l| l.starts_with('>') || l.starts_with("# N"))
    );
    assert!(!md.contains("javascript"), "a link is its text");
    let mut tables = 0;
    let mut expected: Option<usize> = None;
    for line in md.lines() {
        if line.starts_with('|') {
            let pipes = line.replace("\\|", "").matches('|').count();
            match expected {
                None => {
                    tables += 1;
                    expected = Some(pipes);
                }
                Some(n) => assert_eq!(pipes, n, "table shape broken: {line}"),
            }
        } else {
            expected = None;
        }
    }
    assert_eq!(
        tables, 4,
        "contributions, risks, risk matrix and per-party tables"
    );
    assert!(
        md.contains("| A \\| B | geld | a \\| b \\| c | € 1.000 |"),
        "{md}"
    );
    assert!(md.contains("| Risk \\| pipe |"));
}

#[test]
fn two_builds_are_byte_identical() {
    for path in examples() {
        let first = agreement(&path);
        let second = agreement(&path);
        let options = Options::default();
        assert_eq!(
            render_markdown(&first, &options).ok(),
            render_markdown(&second, &options).ok()
        );
        assert_eq!(
            render_html(&first, &options).ok(),
            render_html(&second, &options).ok()
        );
    }
}

#[test]
fn a_fragment_is_the_body_alone() {
    let a = agreement(Path::new("examples/research-consortium.covenant"));
    let options = Options {
        fragment: true,
        ..Options::default()
    };
    let html = render_html(&a, &options).expect("html");
    assert!(html.starts_with("<h1>"));
    assert!(!html.contains("<html") && !html.contains("<style"));
}

#[test]
fn a_draft_is_marked_and_lists_open_issues() {
    let a = agreement(Path::new("examples/research-consortium.covenant"));
    let options = Options {
        draft: Some(vec!["C005 (x.covenant 3:1): a <b>problem</b>".to_string()]),
        ..Options::default()
    };
    let md = render_markdown(&a, &options).expect("markdown");
    assert!(md.starts_with("**DRAFT** – This is a draft."));
    assert!(
        md.contains("## Open issues\n\n- C005 (x.covenant 3:1): a \\<b\\>problem\\</b\\>\n"),
        "{md}"
    );
    let html = render_html(&a, &options).expect("html");
    assert!(html.contains("<body class=\"draft\">"));
}

#[test]
fn a_house_style_sheet_replaces_the_print_css() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(dir.path().join("page.css"), "h2 { color: #00615f; }\n").expect("write css");
    let templates = Templates::with_overrides(dir.path()).expect("templates");
    let a = agreement(Path::new("examples/tender-mobility-hub.covenant"));
    let html = render_html(
        &a,
        &Options {
            templates,
            ..Options::default()
        },
    )
    .expect("html");
    assert!(
        html.contains("<style>\nh2 { color: #00615f; }\nbody.draft::before"),
        "{html}"
    );
    assert!(
        !html.contains("@page"),
        "the built-in sheet is replaced, not added to"
    );
}
