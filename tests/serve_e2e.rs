//! The live preview driven in a real browser: playwright runs `tests/serve/` against Debian's
//! chromium and the binary Cargo built. `scripts/test` installs both; without them this test fails.

use std::process::Command;

#[test]
fn the_preview_passes_the_playwright_suite() {
    let output = Command::new("python3")
        .args([
            "-m",
            "pytest",
            "tests/serve",
            "-q",
            "-p",
            "no:cacheprovider",
        ])
        .env("COVENANT_BIN", env!("CARGO_BIN_EXE_covenant"))
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("python3 runs (scripts/test installs playwright)");
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        output.status.success(),
        "playwright tests failed:\n{stdout}\n{stderr}"
    );
    assert!(stdout.contains(" passed"), "no tests ran:\n{stdout}");
    assert!(!stdout.contains("skipped"), "tests were skipped:\n{stdout}");
}
