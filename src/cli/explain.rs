//! `covenant explain`: the page of a diagnostic code.

use clap::Args;

use super::{EXIT_OK, fail};
use crate::check::{RULES, find};

/// Arguments of `covenant explain`.
#[derive(Debug, Args)]
pub struct ExplainArgs {
    /// The code or name to explain, e.g. C005 or free-rider.
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
    match find(code) {
        Some(rule) => {
            print!("{}", rule.explain);
            if !rule.explain.ends_with('\n') {
                println!();
            }
            if let Some(source) = rule.aanwijzing {
                let kind = if source.must {
                    "a duty"
                } else {
                    "a recommendation"
                };
                println!(
                    "\nSource: Aanwijzingen voor convenanten, {} (2003 numbering; {kind}).",
                    source.cite
                );
            }
            EXIT_OK
        }
        None => fail(format_args!(
            "unknown code or name `{code}`; `covenant explain --list` lists every code and name"
        )),
    }
}
