//! Bytes -> text -> load -> check -> rendered diagnostics: nothing panics.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = covenant_fuzz::pipeline::text_of(data);
    let _ = covenant_fuzz::pipeline::parse_check(&text);
});
