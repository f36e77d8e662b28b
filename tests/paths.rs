//! Path safety: imports cannot reach outside the repository (by `..`, an
//! absolute path or a symbolic link), `--templates` cannot read outside its
//! folder, and a failed build leaves an existing output untouched.

use std::path::{Path, PathBuf};

use assert_cmd::Command;

const MINIMAL: &str = "tests/fixtures/valid/minimal.covenant";
const SECRET: &str = "SECRET-MARKER-7f3a9c";

fn covenant() -> Command {
    Command::cargo_bin("covenant").unwrap_or_else(|e| panic!("{e}"))
}

fn write(path: &Path, text: &str) {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).unwrap_or_else(|e| panic!("{e}"));
    }
    std::fs::write(path, text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
}

fn minimal() -> String {
    std::fs::read_to_string(MINIMAL).unwrap_or_else(|e| panic!("{MINIMAL}: {e}"))
}

/// A parties file outside the repository whose every field holds the secret.
fn secret_parties() -> String {
    format!(
        "party outsider \"{SECRET} name\" {{\n  sector private\n  role partner\n  \
         seat \"{SECRET} seat\"\n  representative \"{SECRET} rep\" {{\n    \
         capacity \"{SECRET}\"\n    mandate statutory\n  }}\n}}\n"
    )
}

/// A temporary layout: `repo/` (with covenant.toml) and `outside/secret.covenant`.
struct Layout {
    dir: tempfile::TempDir,
}

impl Layout {
    fn new() -> Self {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        write(&dir.path().join("repo/covenant.toml"), "");
        write(
            &dir.path().join("outside/secret.covenant"),
            &secret_parties(),
        );
        write(
            &dir.path().join("outside/secret.md"),
            &format!("{SECRET}\n"),
        );
        Self { dir }
    }

    fn repo(&self) -> PathBuf {
        self.dir.path().join("repo")
    }

    fn outside(&self) -> PathBuf {
        self.dir.path().join("outside")
    }

    /// Writes `repo/agreement.covenant`: `import "{import}"` then the minimal agreement.
    fn agreement(&self, import: &str) -> PathBuf {
        let path = self.repo().join("agreement.covenant");
        write(&path, &format!("import \"{import}\"\n\n{}", minimal()));
        path
    }
}

/// Runs covenant; returns the exit code and everything it printed.
fn run(args: &[&std::ffi::OsStr]) -> (Option<i32>, String) {
    let output = covenant()
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    let shown = format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    (output.status.code(), shown)
}

fn assert_refused_import(agreement: &Path) {
    for command in ["check", "build"] {
        let (code, shown) = run(&[command.as_ref(), agreement.as_os_str()]);
        assert_eq!(code, Some(1), "{command}: {shown}");
        assert!(shown.contains("R006"), "{command}: {shown}");
        assert!(
            shown.contains("outside the repository"),
            "{command}: {shown}"
        );
        assert!(
            !shown.contains(SECRET),
            "{command} showed the outside file: {shown}"
        );
    }
    let (code, shown) = run(&["build".as_ref(), "--draft".as_ref(), agreement.as_os_str()]);
    assert_eq!(code, Some(0), "draft: {shown}");
    assert!(
        shown.contains("R006"),
        "the draft lists the refused import: {shown}"
    );
    assert!(
        !shown.contains(SECRET),
        "the draft showed the outside file: {shown}"
    );
}

#[test]
fn a_relative_import_climbing_out_is_refused() {
    let layout = Layout::new();
    assert_refused_import(&layout.agreement("../outside/secret.covenant"));
    assert_refused_import(&layout.agreement("../../../../../../etc/passwd"));
    assert_refused_import(&layout.agreement("parties/../../outside/secret.covenant"));
}

#[test]
fn an_absolute_import_is_refused() {
    let layout = Layout::new();
    let absolute = layout.outside().join("secret.covenant");
    assert_refused_import(&layout.agreement(&absolute.to_string_lossy()));
    assert_refused_import(&layout.agreement("/etc/passwd"));
}

#[cfg(unix)]
#[test]
fn a_symlink_inside_the_repository_pointing_outside_is_refused() {
    let layout = Layout::new();
    let link = layout.repo().join("parties.covenant");
    std::os::unix::fs::symlink(layout.outside().join("secret.covenant"), &link)
        .unwrap_or_else(|e| panic!("{e}"));
    assert_refused_import(&layout.agreement("parties.covenant"));
    let folder = layout.repo().join("shared");
    std::os::unix::fs::symlink(layout.outside(), &folder).unwrap_or_else(|e| panic!("{e}"));
    assert_refused_import(&layout.agreement("shared/secret.covenant"));
}

#[test]
fn an_import_inside_the_repository_is_read() {
    let layout = Layout::new();
    write(
        &layout.repo().join("parties/inside.covenant"),
        &secret_parties().replace("outsider", "insider"),
    );
    let agreement = layout.agreement("parties/inside.covenant");
    let (_, shown) = run(&["check".as_ref(), agreement.as_os_str()]);
    assert!(!shown.contains("R006"), "{shown}");
}

/// Builds `agreement` with `--templates dir`; returns the exit code and output.
fn build_with_templates(agreement: &Path, dir: &Path) -> (Option<i32>, String) {
    run(&[
        "build".as_ref(),
        "--templates".as_ref(),
        dir.as_os_str(),
        agreement.as_os_str(),
    ])
}

#[cfg(unix)]
#[test]
fn templates_cannot_be_read_through_a_symlink_out_of_the_folder() {
    let layout = Layout::new();
    let agreement = layout.agreement("parties/none.covenant");
    write(&agreement, &minimal());
    let templates = layout.repo().join("templates");
    std::fs::create_dir_all(&templates).unwrap_or_else(|e| panic!("{e}"));
    std::os::unix::fs::symlink(
        layout.outside().join("secret.md"),
        templates.join("covenant.md"),
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let (code, shown) = build_with_templates(&agreement, &templates);
    assert_eq!(code, Some(2), "{shown}");
    assert!(shown.contains("outside the template folder"), "{shown}");
    assert!(!shown.contains(SECRET), "{shown}");

    let messages = layout.repo().join("messages");
    std::fs::create_dir_all(&messages).unwrap_or_else(|e| panic!("{e}"));
    write(
        &layout.outside().join("i18n/en.toml"),
        &format!("x = \"{SECRET}\"\n"),
    );
    std::os::unix::fs::symlink(layout.outside().join("i18n"), messages.join("i18n"))
        .unwrap_or_else(|e| panic!("{e}"));
    let (code, shown) = build_with_templates(&agreement, &messages);
    assert_eq!(code, Some(2), "{shown}");
    assert!(!shown.contains(SECRET), "{shown}");
}

#[cfg(unix)]
#[test]
fn a_symlink_between_templates_inside_the_folder_is_allowed() {
    let layout = Layout::new();
    let agreement = layout.repo().join("agreement.covenant");
    write(&agreement, &minimal());
    let templates = layout.repo().join("templates");
    write(&templates.join("house.md"), "HOUSE STYLE {{ 1 + 1 }}\n");
    std::os::unix::fs::symlink(templates.join("house.md"), templates.join("covenant.md"))
        .unwrap_or_else(|e| panic!("{e}"));
    let (code, shown) = build_with_templates(&agreement, &templates);
    assert_eq!(code, Some(0), "{shown}");
    assert!(shown.contains("HOUSE STYLE 2"), "{shown}");
}

#[test]
fn templates_cannot_include_files_by_a_parent_path() {
    let layout = Layout::new();
    let agreement = layout.repo().join("agreement.covenant");
    write(&agreement, &minimal());
    let templates = layout.repo().join("templates");
    for directive in [
        "{% include \"../../outside/secret.md\" %}",
        "{% include \"../outside/secret.md\" %}",
        "{% extends \"../../outside/secret.md\" %}",
        "{% import \"../../outside/secret.md\" as m %}",
    ] {
        write(&templates.join("covenant.md"), &format!("{directive}\n"));
        let (code, shown) = build_with_templates(&agreement, &templates);
        assert_eq!(code, Some(2), "{directive}: {shown}");
        assert!(shown.contains("template"), "{directive}: {shown}");
        assert!(!shown.contains(SECRET), "{directive}: {shown}");
    }
}

/// The names in `dir`, sorted.
fn listing(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{e}"))
        .map(|e| {
            e.unwrap_or_else(|e| panic!("{e}"))
                .file_name()
                .to_string_lossy()
                .into_owned()
        })
        .collect();
    names.sort();
    names
}

#[test]
fn a_failed_build_leaves_the_existing_output_untouched() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let out = dir.path().join("out.html");
    let old: Vec<u8> = b"<p>the previous document</p>\n\xff\x00".to_vec();
    std::fs::write(&out, &old).unwrap_or_else(|e| panic!("{e}"));
    let broken = dir.path().join("broken.covenant");
    write(
        &broken,
        &minimal().replace("serves     roofs", "serves     nowhere"),
    );
    let templates = dir.path().join("templates");
    write(
        &templates.join("covenant.html"),
        "{{ no_such_value.field }}\n",
    );
    let good = dir.path().join("good.covenant");
    write(&good, &minimal());
    let missing = dir.path().join("missing.covenant");
    let before = listing(dir.path());

    let cases: Vec<(Vec<&std::ffi::OsStr>, i32)> = vec![
        (vec![broken.as_os_str()], 1),
        (
            vec![
                "--templates".as_ref(),
                templates.as_os_str(),
                good.as_os_str(),
            ],
            2,
        ),
        (vec![missing.as_os_str()], 2),
    ];
    for (args, expected) in cases {
        let output = covenant()
            .args(["build", "--to", "html", "-o"])
            .arg(&out)
            .args(&args)
            .output()
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(output.status.code(), Some(expected), "{args:?}: {output:?}");
        let now = std::fs::read(&out).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(now, old, "{args:?} changed the output");
        assert_eq!(listing(dir.path()), before, "{args:?} left a file behind");
    }

    covenant()
        .args(["build", "--to", "html", "-o"])
        .arg(&out)
        .arg(&good)
        .assert()
        .code(0);
    assert_ne!(std::fs::read(&out).unwrap_or_default(), old);
    assert_eq!(listing(dir.path()), before, "a temporary file remains");
}
