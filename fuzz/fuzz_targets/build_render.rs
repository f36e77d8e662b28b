//! Bytes -> text -> load, check, render (Markdown and HTML, Dutch and
//! English) and format: nothing panics, formatting is a fixed point and
//! keeps the model.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = covenant_fuzz::pipeline::text_of(data);
    covenant_fuzz::pipeline::build(&text);
});
