//! Writes a corpus of generated agreements: `cargo run --release --example gen_corpus -- N DIR [LINES]`.

mod corpus;

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(count), Some(dir)) = (
        args.first().and_then(|n| n.parse::<usize>().ok()),
        args.get(1),
    ) else {
        eprintln!("usage: gen_corpus N DIR [LINES]");
        return ExitCode::from(2);
    };
    let lines = args.get(2).and_then(|l| l.parse().ok()).unwrap_or(300);
    let dir = PathBuf::from(dir);
    if let Err(error) = std::fs::create_dir_all(&dir) {
        eprintln!("cannot create {}: {error}", dir.display());
        return ExitCode::from(2);
    }
    let shape = corpus::Shape::of_lines(lines);
    for i in 0..count {
        let path = dir.join(format!("agreement-{i:05}.covenant"));
        if let Err(error) = std::fs::write(&path, corpus::agreement(i, shape)) {
            eprintln!("cannot write {}: {error}", path.display());
            return ExitCode::from(2);
        }
    }
    ExitCode::SUCCESS
}
