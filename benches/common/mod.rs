//! Shared by the benches: the bench corpus they read and CPU time from
//! /proc. Each bench is its own crate and uses `mod common;`.

use std::fs::File;

/// The bench corpus (`NEWSGRAPH_BENCH`, else the Reuters-21578 JSON Lines
/// in ../shared/bench), opened; `None`, with a message, when it is missing.
pub fn open_corpus() -> Option<File> {
    let path = std::env::var("NEWSGRAPH_BENCH").unwrap_or_else(|_| {
        concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../shared/bench/reuters21578.jsonl.gz"
        )
        .to_string()
    });
    let file = File::open(&path).ok();
    if file.is_none() {
        eprintln!("bench corpus not found at {path}; set NEWSGRAPH_BENCH");
    }
    file
}

/// CPU seconds (user + system, all threads) used so far by process `pid`
/// ("self" for this one), from /proc; Linux counts them in ticks of 1/100 s.
pub fn cpu_seconds(pid: &str) -> Option<f64> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    // Fields after the command name, which is in parentheses: utime and
    // stime are the 12th and 13th of them.
    let rest = stat.rsplit_once(')')?.1;
    let f: Vec<f64> = rest
        .split_whitespace()
        .skip(11)
        .take(2)
        .filter_map(|v| v.parse().ok())
        .collect();
    Some(f.iter().sum::<f64>() / 100.0)
}
