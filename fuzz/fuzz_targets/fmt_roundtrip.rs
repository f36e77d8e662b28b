//! Bytes -> text -> format: when the input parses, formatting succeeds, the
//! result formats to itself, reparses and means the same (the model without
//! spans is equal).
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = covenant_fuzz::pipeline::text_of(data);
    covenant_fuzz::pipeline::format_round_trip(&text);
});
