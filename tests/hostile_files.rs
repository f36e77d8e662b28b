//! Issue 15, items 5-10 and 13: the one rule for reading (regular files inside the repository,
//! by bytes actually read, never a hang) and the one rule for writing (never the input, never a
//! non-regular file, never through a link out of the folder).

use std::path::{Path, PathBuf};
use std::time::Duration;

use assert_cmd::Command;
use covenant::check::{Levels, check};
use covenant::diagnostics::{Located, Renderer, Style};
use covenant::model::load;

const MINIMAL: &str = "tests/fixtures/valid/minimal.covenant";
const SECRET: &str = "SECRET-3f9a-do-not-print";

fn covenant() -> Command {
    let mut command = Command::cargo_bin("covenant").unwrap_or_else(|e| panic!("{e}"));
    // A hang is a failure, not a stuck test run.
    command.timeout(Duration::from_secs(20));
    command
}

fn minimal() -> String {
    std::fs::read_to_string(MINIMAL).unwrap_or_else(|e| panic!("{MINIMAL}: {e}"))
}

fn write(path: &Path, text: &str) {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).unwrap_or_else(|e| panic!("{e}"));
    }
    std::fs::write(path, text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
}

fn temp_dir() -> tempfile::TempDir {
    tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"))
}

fn symlink(target: &Path, link: &Path) {
    std::os::unix::fs::symlink(target, link).unwrap_or_else(|e| panic!("{e}"));
}

fn mkfifo(path: &Path) {
    let status = std::process::Command::new("mkfifo")
        .arg(path)
        .status()
        .unwrap_or_else(|e| panic!("mkfifo is needed for this test: {e}"));
    assert!(status.success(), "mkfifo {} failed", path.display());
}

/// Runs covenant in `dir` and returns (exit code, stdout + stderr); a timeout panics.
fn run_in(dir: &Path, args: &[&str]) -> (Option<i32>, String) {
    let output = covenant()
        .current_dir(dir)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("{args:?}: {e}"));
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    (output.status.code(), text)
}

fn is_char_device(path: &Path) -> bool {
    use std::os::unix::fs::FileTypeExt as _;
    std::fs::metadata(path).is_ok_and(|m| m.file_type().is_char_device())
}

// Item 5: `build a.covenant -o a.covenant` replaced the source.
#[test]
fn build_never_overwrites_its_input() {
    let dir = temp_dir();
    write(&dir.path().join("a.covenant"), &minimal());
    std::fs::hard_link(dir.path().join("a.covenant"), dir.path().join("hard.md"))
        .unwrap_or_else(|e| panic!("{e}"));
    for out in ["a.covenant", "./a.covenant", "hard.md"] {
        let (code, text) = run_in(dir.path(), &["build", "a.covenant", "-o", out]);
        assert_eq!(code, Some(2), "-o {out}: {text}");
        assert!(
            text.contains("never overwrites its input"),
            "-o {out}: {text}"
        );
    }
    for command in ["build", "export"] {
        let (code, text) = run_in(dir.path(), &[command, "a.covenant", "-o", "a.covenant"]);
        assert_eq!(code, Some(2), "{command}: {text}");
    }
    let after = std::fs::read_to_string(dir.path().join("a.covenant")).unwrap_or_default();
    assert_eq!(after, minimal(), "the source was changed");
}

#[test]
fn register_never_overwrites_an_input() {
    let dir = temp_dir();
    write(&dir.path().join("a.covenant"), &minimal());
    let (code, text) = run_in(dir.path(), &["register", ".", "-o", "a.covenant"]);
    assert_eq!(code, Some(2), "{text}");
    assert!(text.contains("a.covenant"), "{text}");
    let after = std::fs::read_to_string(dir.path().join("a.covenant")).unwrap_or_default();
    assert_eq!(after, minimal());
}

// Item 6: `-o` onto a device node replaced it with a regular file.
#[test]
fn output_to_a_device_fifo_or_folder_is_refused() {
    let dir = temp_dir();
    write(&dir.path().join("a.covenant"), &minimal());
    mkfifo(&dir.path().join("pipe.md"));
    std::fs::create_dir(dir.path().join("folder.md")).unwrap_or_else(|e| panic!("{e}"));
    symlink(Path::new("/dev/null"), &dir.path().join("null.md"));
    for out in ["/dev/null", "pipe.md", "folder.md", "null.md"] {
        let (code, text) = run_in(dir.path(), &["build", "a.covenant", "-o", out]);
        assert_eq!(code, Some(2), "-o {out}: {text}");
        assert!(
            text.contains(&format!("cannot write {out}")),
            "-o {out}: {text}"
        );
    }
    assert!(
        is_char_device(Path::new("/dev/null")),
        "/dev/null was replaced"
    );
    assert!(dir.path().join("folder.md").is_dir());
    let leftovers: Vec<_> = std::fs::read_dir(dir.path())
        .map(|e| e.filter_map(Result::ok).map(|e| e.file_name()).collect())
        .unwrap_or_default();
    assert_eq!(leftovers.len(), 4, "temporary files left: {leftovers:?}");
}

#[test]
fn a_link_to_a_file_in_the_same_folder_is_written_through_one_out_is_refused() {
    let dir = temp_dir();
    let repo = dir.path().join("repo");
    write(&repo.join("a.covenant"), &minimal());
    write(&repo.join("real.md"), "old");
    write(&dir.path().join("outside.md"), "outside");
    symlink(Path::new("real.md"), &repo.join("in.md"));
    symlink(&dir.path().join("outside.md"), &repo.join("out.md"));
    let (code, text) = run_in(&repo, &["build", "a.covenant", "-o", "in.md"]);
    assert_eq!(code, Some(0), "{text}");
    assert!(std::fs::symlink_metadata(repo.join("in.md")).is_ok_and(|m| m.is_symlink()));
    let real = std::fs::read_to_string(repo.join("real.md")).unwrap_or_default();
    assert!(
        real.starts_with('#'),
        "not written through the link: {real}"
    );
    let (code, text) = run_in(&repo, &["build", "a.covenant", "-o", "out.md"]);
    assert_eq!(code, Some(2), "{text}");
    assert!(text.contains("outside its folder"), "{text}");
    let outside = std::fs::read_to_string(dir.path().join("outside.md")).unwrap_or_default();
    assert_eq!(outside, "outside");
}

// Item 7: a FIFO named `*.covenant` hung every command.
#[test]
fn a_fifo_is_refused_by_every_command_without_a_hang() {
    let dir = temp_dir();
    mkfifo(&dir.path().join("x.covenant"));
    for args in [
        &["check", "."][..],
        &["check", "x.covenant"],
        &["build", "x.covenant"],
        &["fmt", "."],
        &["fmt", "--check", "x.covenant"],
        &["register", "."],
        &["diff", "x.covenant", "x.covenant"],
        &["export", "x.covenant"],
    ] {
        let (code, text) = run_in(dir.path(), args);
        assert_eq!(code, Some(2), "{args:?}: {text}");
        assert!(text.contains("x.covenant"), "{args:?}: {text}");
        assert!(text.contains("named pipe (FIFO)"), "{args:?}: {text}");
    }
}

#[test]
fn an_import_of_a_fifo_is_an_r006_without_a_hang() {
    let dir = temp_dir();
    mkfifo(&dir.path().join("parties.covenant"));
    let text = minimal().replacen("party", "import \"parties.covenant\"\n\nparty", 1);
    write(&dir.path().join("a.covenant"), &text);
    let (code, out) = run_in(dir.path(), &["check", "a.covenant"]);
    assert_eq!(code, Some(1), "{out}");
    assert!(
        out.contains("R006") && out.contains("named pipe (FIFO)"),
        "{out}"
    );
}

#[test]
fn a_fifo_in_a_template_folder_is_refused_without_a_hang() {
    let dir = temp_dir();
    write(&dir.path().join("a.covenant"), &minimal());
    std::fs::create_dir(dir.path().join("house")).unwrap_or_else(|e| panic!("{e}"));
    mkfifo(&dir.path().join("house/covenant.md"));
    let (code, text) = run_in(dir.path(), &["build", "a.covenant", "--templates", "house"]);
    assert_eq!(code, Some(2), "{text}");
    assert!(
        text.contains("covenant.md") && text.contains("FIFO"),
        "{text}"
    );
}

// Item 8: a link to /dev/zero was read until memory ran out.
#[test]
fn a_link_to_a_device_is_refused_before_reading() {
    let dir = temp_dir();
    write(&dir.path().join("a.covenant"), &minimal());
    symlink(Path::new("/dev/zero"), &dir.path().join("z.covenant"));
    for args in [
        &["check", "."][..],
        &["check", "z.covenant"],
        &["build", "z.covenant"],
    ] {
        let (code, text) = run_in(dir.path(), args);
        assert_eq!(code, Some(2), "{args:?}: {text}");
        assert!(
            text.contains("z.covenant") && text.contains("a device"),
            "{text}"
        );
    }
}

// Item 9: the folder walk followed links out of the repository and printed their text.
#[test]
fn a_folder_walk_does_not_follow_links_out_of_the_repository() {
    let dir = temp_dir();
    let repo = dir.path().join("repo");
    write(&repo.join("covenant.toml"), "");
    write(&repo.join("a.covenant"), &minimal());
    write(&dir.path().join("secret.txt"), &format!("{SECRET}\n"));
    symlink(&dir.path().join("secret.txt"), &repo.join("s.covenant"));
    symlink(Path::new("/proc/self/environ"), &repo.join("e.covenant"));
    symlink(Path::new("/etc/passwd"), &repo.join("p.covenant"));
    for args in [
        &["check", "."][..],
        &["check", "--format", "json", "."],
        &["register", "."],
        &["fmt", "--check", "."],
    ] {
        let (code, text) = run_in(&repo, args);
        assert_eq!(code, Some(2), "{args:?}: {text}");
        assert!(
            !text.contains(SECRET),
            "{args:?} printed the secret: {text}"
        );
        assert!(
            !text.contains("root:"),
            "{args:?} printed /etc/passwd: {text}"
        );
        assert!(
            !text.contains("PATH="),
            "{args:?} printed the environment: {text}"
        );
        assert!(text.contains("outside the repository"), "{args:?}: {text}");
    }
    // The file given by name is held to its own repository too.
    let (code, text) = run_in(&repo, &["check", "s.covenant"]);
    assert_eq!(code, Some(2), "{text}");
    assert!(!text.contains(SECRET), "{text}");
}

#[test]
fn a_link_inside_the_walked_folder_is_read() {
    let dir = temp_dir();
    write(&dir.path().join("sub/a.covenant"), &minimal());
    symlink(Path::new("sub/a.covenant"), &dir.path().join("b.covenant"));
    let (code, text) = run_in(dir.path(), &["check", "."]);
    assert_eq!(code, Some(0), "{text}");
    assert!(text.contains("2 files"), "{text}");
}

/// Every `.covenant` file under `folder`, relative to it.
fn covenant_files(folder: &Path, relative: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<_> = std::fs::read_dir(folder.join(relative))
        .map(|e| e.filter_map(Result::ok).collect())
        .unwrap_or_default();
    entries.sort_by_key(std::fs::DirEntry::file_name);
    for entry in entries {
        let path = relative.join(entry.file_name());
        if entry.file_type().is_ok_and(|t| t.is_dir()) {
            covenant_files(folder, &path, out);
        } else if path.extension().is_some_and(|e| e == "covenant") {
            out.push(path);
        }
    }
}

/// Every finding of `file`, rendered, with the file named `name`.
fn findings(file: &Path, name: &str) -> Vec<String> {
    let loaded = load::load(file, name).unwrap_or_else(|e| panic!("{e}"));
    let renderer = Renderer::new(Style::Plain, 100);
    check(&loaded, &Levels::default())
        .iter()
        .map(|d| {
            let located = Located::new(d, &loaded.sources, &renderer);
            format!(
                "{} {}:{}-{}:{} {}\n{}",
                d.code,
                located.primary.start.line,
                located.primary.start.column,
                located.primary.end.line,
                located.primary.end.column,
                d.message,
                located.human
            )
        })
        .collect()
}

// Item 10: a byte-order mark at the start was S001; a Windows copy (BOM and CRLF, or a BOM
// alone) must check identically.
#[test]
fn a_bom_and_crlf_copy_of_every_example_and_fixture_checks_identically() {
    let dir = temp_dir();
    let mut files = Vec::new();
    for folder in ["examples", "tests/fixtures"] {
        covenant_files(Path::new("."), Path::new(folder), &mut files);
    }
    assert!(files.len() > 40, "too few files: {}", files.len());
    for file in &files {
        let text = std::fs::read_to_string(file).unwrap_or_default();
        write(&dir.path().join("plain").join(file), &text);
        let windows = format!("\u{feff}{}", text.replace('\n', "\r\n"));
        write(&dir.path().join("windows").join(file), &windows);
        write(
            &dir.path().join("bom").join(file),
            &format!("\u{feff}{text}"),
        );
    }
    let mut with_findings = 0;
    for file in &files {
        let name = file.display().to_string();
        let plain = findings(&dir.path().join("plain").join(file), &name);
        let windows = findings(&dir.path().join("windows").join(file), &name);
        assert_eq!(
            plain, windows,
            "{name} checks differently with a BOM and CRLF"
        );
        let bom = findings(&dir.path().join("bom").join(file), &name);
        assert_eq!(plain, bom, "{name} checks differently with a BOM");
        with_findings += usize::from(!plain.is_empty());
    }
    assert!(with_findings > 30, "the fixtures must give findings");
}

#[test]
fn fmt_of_a_windows_file_gives_the_plain_canonical_file() {
    let dir = temp_dir();
    let text = minimal();
    write(
        &dir.path().join("a.covenant"),
        &format!("\u{feff}{}", text.replace('\n', "\r\n")),
    );
    let (code, out) = run_in(dir.path(), &["fmt", "a.covenant"]);
    assert_eq!(code, Some(0), "{out}");
    let after = std::fs::read_to_string(dir.path().join("a.covenant")).unwrap_or_default();
    assert_eq!(after, text);
}

// Item 13: `templates export` overwrote a house style and wrote through links.
#[test]
fn templates_export_keeps_existing_files_unless_forced() {
    let dir = temp_dir();
    let house = dir.path().join("house");
    let (code, text) = run_in(dir.path(), &["templates", "export", "house"]);
    assert_eq!(code, Some(0), "{text}");
    write(&house.join("covenant.md"), "my house style");
    let (code, text) = run_in(dir.path(), &["templates", "export", "house"]);
    assert_eq!(code, Some(2), "{text}");
    assert!(
        text.contains("covenant.md") && text.contains("--force"),
        "{text}"
    );
    let kept = std::fs::read_to_string(house.join("covenant.md")).unwrap_or_default();
    assert_eq!(kept, "my house style");
    let (code, text) = run_in(dir.path(), &["templates", "export", "--force", "house"]);
    assert_eq!(code, Some(0), "{text}");
    let replaced = std::fs::read_to_string(house.join("covenant.md")).unwrap_or_default();
    assert_ne!(replaced, "my house style");
}

#[test]
fn templates_export_never_writes_through_a_link_out_of_the_folder() {
    let dir = temp_dir();
    let house = dir.path().join("house");
    write(&dir.path().join("outside.md"), "outside");
    std::fs::create_dir_all(dir.path().join("elsewhere")).unwrap_or_else(|e| panic!("{e}"));
    std::fs::create_dir_all(&house).unwrap_or_else(|e| panic!("{e}"));
    symlink(&dir.path().join("outside.md"), &house.join("covenant.md"));
    let (code, text) = run_in(dir.path(), &["templates", "export", "--force", "house"]);
    assert_eq!(code, Some(2), "{text}");
    assert!(text.contains("covenant.md"), "{text}");
    let outside = std::fs::read_to_string(dir.path().join("outside.md")).unwrap_or_default();
    assert_eq!(outside, "outside");

    std::fs::remove_file(house.join("covenant.md")).unwrap_or_else(|e| panic!("{e}"));
    symlink(&dir.path().join("elsewhere"), &house.join("i18n"));
    let (code, text) = run_in(dir.path(), &["templates", "export", "--force", "house"]);
    assert_eq!(code, Some(2), "{text}");
    assert!(
        text.contains("i18n") && text.contains("links out"),
        "{text}"
    );
    let written: Vec<_> = std::fs::read_dir(dir.path().join("elsewhere"))
        .map(|e| e.filter_map(Result::ok).collect())
        .unwrap_or_default();
    assert!(
        written.is_empty(),
        "wrote through the i18n link: {written:?}"
    );
    assert!(!house.join("covenant.md").exists(), "wrote before refusing");
}

// Item 14: a recursive macro in a house template overflowed the stack (exit 134).
#[test]
fn a_recursive_macro_in_a_house_template_is_a_clear_error() {
    let dir = temp_dir();
    write(&dir.path().join("a.covenant"), &minimal());
    write(
        &dir.path().join("house/blocks.md"),
        "{% macro loop(n) %}{{ self::loop(n=n) }}{% endmacro loop %}",
    );
    write(
        &dir.path().join("house/covenant.md"),
        "{% import \"blocks.md\" as b %}{{ b::loop(n=1) }}",
    );
    let (code, text) = run_in(dir.path(), &["build", "a.covenant", "--templates", "house"]);
    assert_eq!(code, Some(2), "{text}");
    assert!(
        text.contains("blocks.md::loop") && text.contains("calls itself"),
        "{text}"
    );
}
