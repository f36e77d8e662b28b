//! The pipelines the fuzz targets run; `tests/fuzz_regressions.rs` in the
//! main crate includes `pipeline.rs` so that found inputs run the same code.

#[path = "pipeline.rs"]
pub mod pipeline;
