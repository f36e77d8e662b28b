//! `covenant explain`: the page of a diagnostic code.

use clap::Args;

use super::{EXIT_OK, fail};
use crate::check::{RULES, lookup};

/// Arguments of `covenant explain`.
#[derive(Debug, Args)]
pub struct ExplainArgs {
    /// The code to explain, e.g. C005.
    #[arg(required_unless_present = "list")]
    pub code: Option<String>,
    /// List every code with its severity and summary.
    #[arg(long, conflicts_with = "code")]
    pub list: bool,
}

/// Prints the page or the list.
pub fn run(args: &ExplainArgs) -> u8 {
    if args.list {
        for rule in RULES {
            println!(
                "{}  {:<7}  {:<32}  {}",
                rule.code,
                rule.severity.as_str(),
                rule.name,
                rule.summary
            );
        }
        return EXIT_OK;
    }
    let code = args.code.as_deref().unwrap_or_default();
    match lookup(code) {
        Some(rule) => {
            print!("{}", rule.explain);
            if !rule.explain.ends_with('\n') {
                println!();
            }
            EXIT_OK
        }
        None => fail(format_args!(
            "unknown code `{code}`; `covenant explain --list` lists every code"
        )),
    }
}
