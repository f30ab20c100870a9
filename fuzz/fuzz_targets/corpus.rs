//! Document reading: any bytes, as stdin is read (gzip, JSON Lines or text,
//! sniffed). Never a panic; every document has non-blank text; every skip
//! and note names its origin.
#![no_main]

#[path = "../../tests/checks/mod.rs"]
mod checks;

libfuzzer_sys::fuzz_target!(|data: &[u8]| checks::corpus(data));
