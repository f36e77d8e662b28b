//! covenant: a compiler for collaboration agreements.
//!
//! The pipeline is the layout: [`syntax`] parses text into a tree,
//! [`model`] gives it meaning, [`check`] finds what is missing or
//! inconsistent, [`render`] writes documents, and [`cli`] drives it all.

pub mod diagnostics;
pub mod model;
pub mod check;
pub mod compare;
pub mod register;
pub mod cli;
pub mod source;
pub mod syntax;
