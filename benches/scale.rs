//! Scale table: `newsgraph build` on corpora of 10 MB, 100 MB and 1 GB of
//! text, on one thread and on all threads, with MB/s, words/s, documents/s
//! and the peak resident memory of the process.
//!
//!     cargo bench --bench scale              # 10 and 100 MB
//!     cargo bench --bench scale -- 10 100 1000
//!
//! Each corpus is the Reuters-21578 bench corpus (`../shared/bench/`, or
//! NEWSGRAPH_BENCH) repeated with fresh ids until its `text` fields reach the
//! size, written as plain JSON Lines to a temporary directory (not timed).
//! Each run is the built binary (`build CORPUS -o out.graphml --threads N`)
//! timed from start to exit; peak RSS is the child's VmHWM from /proc, read
//! every 20 ms while it runs (so a Linux-only figure), and so is its CPU
//! time (user + system, all threads; the last reading, at most 20 ms before
//! it exits), which still measures the work when other jobs load the machine. MB are 10^6 bytes of
//! document text, words are whitespace-separated, as the corpus README counts.

mod common;

use std::io::{BufRead, BufReader, BufWriter, Write};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

struct Corpus {
    bytes: u64,
    words: u64,
    docs: u64,
}

/// Writes `target` bytes of text (at least) to `out`, cycling through the
/// bench corpus with ids made fresh on each pass.
fn make_corpus(source: &[(String, String)], target: u64, out: &Path) -> Corpus {
    let mut w = BufWriter::new(std::fs::File::create(out).expect("create corpus"));
    let mut c = Corpus {
        bytes: 0,
        words: 0,
        docs: 0,
    };
    'outer: for pass in 0.. {
        for (id, text) in source {
            if c.bytes >= target {
                break 'outer;
            }
            let line = serde_json::json!({"id": format!("p{pass}-{id}"), "text": text});
            writeln!(w, "{line}").expect("write corpus");
            c.bytes += text.len() as u64;
            c.words += text.split_whitespace().count() as u64;
            c.docs += 1;
        }
    }
    w.flush().expect("flush corpus");
    c
}

/// Runs the binary; returns (seconds, CPU seconds, peak RSS in kB).
fn run(corpus: &Path, out: &Path, threads: usize) -> (f64, f64, u64) {
    let start = Instant::now();
    let mut child = Command::new(env!("CARGO_BIN_EXE_newsgraph"))
        .arg("build")
        .arg(corpus)
        .arg("-o")
        .arg(out)
        .args(["--threads", &threads.to_string(), "-q"])
        .stderr(Stdio::null())
        .spawn()
        .expect("run newsgraph");
    let status_path = format!("/proc/{}/status", child.id());
    let mut peak = 0;
    let mut cpu = 0.0;
    loop {
        cpu = common::cpu_seconds(&child.id().to_string()).unwrap_or(cpu);
        if let Ok(status) = std::fs::read_to_string(&status_path) {
            let hwm = status
                .lines()
                .find_map(|l| l.strip_prefix("VmHWM:"))
                .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok());
            peak = peak.max(hwm.unwrap_or(0));
        }
        if let Some(status) = child.try_wait().expect("wait") {
            assert!(status.success(), "newsgraph failed: {status}");
            break;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    (start.elapsed().as_secs_f64(), cpu, peak)
}

fn main() {
    let sizes: Vec<u64> = std::env::args()
        .skip(1)
        .filter_map(|a| a.parse().ok())
        .collect();
    let sizes = if sizes.is_empty() {
        vec![10, 100]
    } else {
        sizes
    };
    let Some(file) = common::open_corpus() else {
        return;
    };
    let source: Vec<(String, String)> = BufReader::new(flate2::read::MultiGzDecoder::new(file))
        .lines()
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(&l.expect("readable")).expect("JSONL");
            let id = match &v["id"] {
                serde_json::Value::String(s) => s.clone(),
                other => other.to_string(),
            };
            (id, v["text"].as_str().unwrap_or("").to_string())
        })
        .collect();
    let dir = tempfile::tempdir().expect("temp dir");
    let all = std::thread::available_parallelism().map_or(1, |n| n.get());
    let mut threads = vec![1];
    if all > 1 {
        threads.push(all);
    }
    println!(
        "| corpus | threads | documents | seconds | MB/s | words/s | documents/s | CPU seconds | peak RSS |"
    );
    println!("| --- | --- | --- | --- | --- | --- | --- | --- | --- |");
    for mb in sizes {
        let corpus_path = dir.path().join(format!("corpus-{mb}mb.jsonl"));
        let c = make_corpus(&source, mb * 1_000_000, &corpus_path);
        for &t in &threads {
            let (secs, cpu, rss_kb) = run(&corpus_path, &dir.path().join("out.graphml"), t);
            println!(
                "| {mb} MB | {t} | {} | {secs:.1} | {:.1} | {:.2} M | {:.0} | {cpu:.1} | {} MB |",
                c.docs,
                c.bytes as f64 / 1e6 / secs,
                c.words as f64 / 1e6 / secs,
                c.docs as f64 / secs,
                rss_kb / 1024,
            );
        }
        std::fs::remove_file(&corpus_path).ok();
    }
}
