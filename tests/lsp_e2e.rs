//! The language server driven by a real LSP client: pytest-lsp runs `tests/lsp/` against
//! the binary Cargo built. `scripts/test` installs pytest-lsp; without it this test fails.

use std::process::Command;

#[test]
fn the_language_server_passes_the_pytest_lsp_suite() {
    let output = Command::new("python3")
        .args(["-m", "pytest", "tests/lsp", "-q", "-p", "no:cacheprovider"])
        .env("COVENANT_BIN", env!("CARGO_BIN_EXE_covenant"))
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("python3 runs (scripts/test installs pytest-lsp)");
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        output.status.success(),
        "pytest-lsp failed:\n{stdout}\n{stderr}"
    );
    assert!(stdout.contains(" passed"), "no tests ran:\n{stdout}");
    assert!(!stdout.contains("skipped"), "tests were skipped:\n{stdout}");
}
