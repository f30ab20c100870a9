//! Every exporter: documents cut from the input (first line = id, so ids
//! hold any character) are built into a graph, written as GraphML, node-link
//! JSON and JSON Lines, and re-parsed; node, edge and document counts must
//! match what was written.
#![no_main]

#[path = "../../tests/checks/mod.rs"]
mod checks;

libfuzzer_sys::fuzz_target!(|data: &[u8]| checks::export(data));
