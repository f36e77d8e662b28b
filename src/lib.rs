//! covenant: a compiler for collaboration agreements.
//!
//! The pipeline is the layout: [`syntax`] parses text into a tree,
//! [`model`] gives it meaning, [`check`] finds what is missing or
//! inconsistent, [`render`] writes documents, and [`cli`] drives it all.

pub mod check;
pub mod cli;
pub mod compare;
pub mod diagnostics;
pub mod format;
pub mod lsp;
pub mod model;
pub mod register;
pub mod render;
pub mod serve;
pub mod source;
pub mod syntax;
