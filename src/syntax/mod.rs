//! Syntax: the only module that knows pest. Text in, syntax tree out.

pub mod ast;
mod build;
mod duplicates;
pub mod expected;
pub mod grammar;
mod habits;
pub mod keywords;
mod parser;
pub mod scan;
pub mod text;
pub mod words;

pub use parser::{Parsed, parse};
