//! Extraction: every mention slices the text inside its sentence, entity
//! ids are `type:slug`, mentions are in text order.
#![no_main]

#[path = "../../tests/checks/mod.rs"]
mod checks;

libfuzzer_sys::fuzz_target!(|data: &[u8]| checks::extract(data));
