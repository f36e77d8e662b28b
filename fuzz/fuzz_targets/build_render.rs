//! Bytes -> text -> load, check, then one of the four renderings (Dutch or
//! English, Markdown or HTML), picked by the input's length: nothing panics.
//! One rendering per input keeps the target fast; the fuzzer's many inputs
//! reach all four.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = covenant_fuzz::pipeline::text_of(data);
    covenant_fuzz::pipeline::render_one(&text, data.len());
});
