//! Checks: every completeness and consistency rule, run over a loaded agreement.

pub mod config;
pub mod levels;
mod missing;
pub mod profiles;
pub mod registry;
mod repeats;
pub(crate) mod rules;

pub use config::{Config, Overrides, effective_levels};
pub use levels::{Level, Levels};
pub use registry::{Aanwijzing, RULES, RuleInfo, find, lookup};

use crate::diagnostics::{self, Diagnostic};
use crate::model::{Agreement, Loaded};
use crate::source::Sources;

/// What a rule sees: the agreement and the files it came from.
pub struct Context<'a> {
    /// The agreement under check.
    pub agreement: &'a Agreement,
    /// Its sources, for text the model does not keep.
    pub sources: &'a Sources,
}

/// Every diagnostic for a loaded agreement: syntax and import findings,
/// then every rule, with lint levels applied, sorted by position.
#[must_use]
pub fn check(loaded: &Loaded, levels: &Levels) -> Vec<Diagnostic> {
    let mut found = loaded.diagnostics.clone();
    let syntax_ok = !found.iter().any(|d| d.code.starts_with('S'));
    if syntax_ok && !loaded.agreement.is_parties_file() {
        let context = Context {
            agreement: &loaded.agreement,
            sources: &loaded.sources,
        };
        for rule in RULES {
            if let Some(run) = rule.run
                && levels.level(rule.code) != Some(Level::Allow)
            {
                run(&context, &mut found);
            }
        }
    }
    let mut out = levels.apply(found);
    diagnostics::sort(&mut out);
    out
}

/// Runs one rule over an agreement given as text, for the rules' own tests:
/// the loaded agreement (which must load without diagnostics) and the messages found.
#[cfg(test)]
pub(crate) fn run_rule(rule: registry::RuleFn, text: &str) -> (Loaded, Vec<String>) {
    let path = std::path::Path::new("test.covenant");
    let loaded = crate::model::load_text(path, "test.covenant", text.to_string());
    assert!(loaded.diagnostics.is_empty(), "{:?}", loaded.diagnostics);
    let mut out = Vec::new();
    rule(
        &Context {
            agreement: &loaded.agreement,
            sources: &loaded.sources,
        },
        &mut out,
    );
    (loaded, out.into_iter().map(|d| d.message).collect())
}
