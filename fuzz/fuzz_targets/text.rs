//! Sentence and token splitting: spans are in bounds, on character
//! boundaries, ordered, trimmed, and sentences stay under the length cap.
#![no_main]

#[path = "../../tests/checks/mod.rs"]
mod checks;

libfuzzer_sys::fuzz_target!(|data: &[u8]| checks::text(data));
