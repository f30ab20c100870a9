//! Relations and co-occurrence: indices point at real entities and
//! sentences, no self-loops, and the co-occurrence cap holds.
#![no_main]

#[path = "../../tests/checks/mod.rs"]
mod checks;

libfuzzer_sys::fuzz_target!(|data: &[u8]| checks::relate(data));
