//! The pest parser generated from `grammar/covenant.pest`.

#![allow(missing_docs)]

/// The generated parser; [`Rule`] names every grammar rule.
#[derive(pest_derive::Parser)]
#[grammar = "../grammar/covenant.pest"]
pub struct CovenantParser;
