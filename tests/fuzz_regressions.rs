//! Every input the fuzzers found (kept in `tests/fuzz_regressions/`) runs
//! through the same pipelines as the fuzz targets, without panicking.

use std::path::{Path, PathBuf};

#[path = "../fuzz/src/pipeline.rs"]
mod pipeline;

const FOLDER: &str = "tests/fuzz_regressions";

fn inputs() -> Vec<PathBuf> {
    let entries = std::fs::read_dir(FOLDER).unwrap_or_else(|e| panic!("{FOLDER} must exist: {e}"));
    let mut files: Vec<PathBuf> = entries
        .map(|e| e.unwrap_or_else(|e| panic!("{FOLDER}: {e}")).path())
        .filter(|p| p.is_file() && p.extension().is_none_or(|e| e != "md"))
        .collect();
    files.sort();
    files
}

fn bytes(path: &Path) -> Vec<u8> {
    std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

#[test]
fn every_found_input_passes_parse_and_check() {
    let files = inputs();
    assert!(!files.is_empty(), "no regression inputs in {FOLDER}");
    for path in &files {
        let (loaded, _) = pipeline::parse_check(&pipeline::text_of(&bytes(path)));
        assert_eq!(loaded.sources.iter().count(), 1, "{}", path.display());
    }
}

#[test]
fn every_found_input_passes_build_and_format() {
    for path in &inputs() {
        pipeline::build(&pipeline::text_of(&bytes(path)));
    }
}
