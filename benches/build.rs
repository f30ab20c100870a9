//! Throughput of `build` on the Reuters-21578 corpus in ../shared/bench/.
//!
//!     cargo bench --bench build            # 1 thread and all threads
//!     NEWSGRAPH_BENCH=path.jsonl.gz cargo bench --bench build
//!
//! The corpus is decompressed to a temporary file first (not timed), as its
//! README asks. Each configuration runs the whole `build` path (read JSONL,
//! extract, relate, fold into the graph, write GraphML to a sink) three times
//! and reports the best run in MB/s over the `text` bytes and words/s over
//! whitespace-separated words, the units the corpus README defines. A last
//! run on one thread without the relation stage (`--edges cooccurrence`)
//! shows what that stage costs.
//!
//! The **floor** is a bare segmentation pass over the same texts, already in
//! memory: unicode-segmentation's `unicode_sentences`, then
//! `split_word_bounds` over each sentence, nothing else. It is run before
//! every timed build run, so it sees the same machine load, and each
//! configuration is printed with its ratio to the best floor of this run
//! (issue 8 asks for `build --threads 1` at 2x the floor): the ratio moves
//! far less than MB/s when other jobs share the machine.
//!
//! Beside wall time, each run's CPU time (user + system, all threads of this
//! process, from /proc/self/stat) is printed, and the ratio of CPU times: on
//! a machine loaded by other jobs the wall-clock ratio swings with the load,
//! while CPU time still measures the work done (for one thread the two
//! agree on a quiet machine; for more threads only wall time shows the
//! speed-up). `NEWSGRAPH_BENCH_RUNS` sets the runs per configuration (3).
//! With `NEWSGRAPH_BENCH_FLOOR_ONLY` set, the floor runs once and nothing
//! else does (`scripts/profile-floor` counts its instructions).

mod common;

use std::io::{BufRead, BufReader, Write};
use std::time::Instant;

use newsgraph::corpus::{Corpus, Limits};
use newsgraph::extract::Extractor;
use newsgraph::graph::{GraphBuilder, GraphOptions};
use newsgraph::pipeline::Pipeline;
use newsgraph::relate::Relater;
use unicode_segmentation::UnicodeSegmentation;

/// The allocator the `newsgraph` binary uses (src/main.rs), so that the
/// in-process runs here cost what `build` costs.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// The floor: UAX #29 sentences, then word bounds in each; returns the
/// number of segments so the work cannot be optimised away.
fn floor(texts: &[String]) -> usize {
    let mut n = 0;
    for t in texts {
        for s in t.unicode_sentences() {
            n += s.split_word_bounds().count();
        }
    }
    n
}

/// CPU seconds used so far by this process, all threads; 0 where /proc
/// is missing.
fn cpu_seconds() -> f64 {
    common::cpu_seconds("self").unwrap_or(0.0)
}

/// Wall and CPU seconds of `f`.
fn timed(f: impl FnOnce()) -> (f64, f64) {
    let (t, c) = (Instant::now(), cpu_seconds());
    f();
    (t.elapsed().as_secs_f64(), cpu_seconds() - c)
}

/// Best (wall, CPU) seconds of `runs` runs of the floor.
fn time_floor(texts: &[String], runs: usize) -> (f64, f64) {
    (0..runs)
        .map(|_| {
            timed(|| {
                std::hint::black_box(floor(std::hint::black_box(texts)));
            })
        })
        .fold((f64::INFINITY, f64::INFINITY), |a, b| {
            (a.0.min(b.0), a.1.min(b.1))
        })
}

fn main() {
    // As the binary does at its start.
    newsgraph::pipeline::prefer_small_pages();
    let Some(file) = common::open_corpus() else {
        return;
    };
    // Decompress once, outside the timing, and count what the README counts.
    let mut tmp = tempfile::Builder::new()
        .suffix(".jsonl")
        .tempfile()
        .expect("temp file");
    let (mut bytes, mut words, mut docs) = (0usize, 0usize, 0usize);
    let mut texts: Vec<String> = Vec::new();
    let reader = BufReader::new(flate2::read::MultiGzDecoder::new(file));
    for line in reader.lines() {
        let line = line.expect("corpus readable");
        let v: serde_json::Value = serde_json::from_str(&line).expect("corpus is JSONL");
        let text = v["text"].as_str().unwrap_or("");
        bytes += text.len();
        words += text.split_whitespace().count();
        docs += 1;
        texts.push(text.to_string());
        writeln!(tmp, "{line}").expect("write temp");
    }
    tmp.flush().expect("flush");
    let input = tmp.path().to_string_lossy().into_owned();
    println!("corpus: {docs} documents, {bytes} text bytes, {words} words");
    let mb = |secs: f64| bytes as f64 / 1e6 / secs;
    let repeat: usize = std::env::var("NEWSGRAPH_BENCH_RUNS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(3);
    if std::env::var_os("NEWSGRAPH_BENCH_FLOOR_ONLY").is_some() {
        // One floor pass and nothing else, for an instruction count
        // (scripts/profile-floor runs this under callgrind).
        println!("floor segments: {}", floor(&texts));
        return;
    }
    let mut floor_best = time_floor(&texts, 3);
    println!(
        "floor (unicode_sentences + split_word_bounds): {:.2} s, {:.1} MB/s (CPU {:.2} s)",
        floor_best.0,
        mb(floor_best.0),
        floor_best.1
    );
    let mut results = Vec::new();

    let all = std::thread::available_parallelism().map_or(1, |n| n.get());
    let mut configs = vec![1];
    if all > 1 {
        configs.push(all);
    }
    let extractor = Extractor::builtin();
    // `build` as users run it, and `build --edges cooccurrence`, which skips
    // the relation stage: the difference is that stage's cost.
    let runs = configs
        .iter()
        .map(|&t| (t, true))
        .chain(std::iter::once((1, false)));
    for (threads, relations) in runs {
        let relater = if relations {
            Relater::new()
        } else {
            Relater::off()
        };
        let options = GraphOptions {
            relations,
            ..GraphOptions::default()
        };
        let pipeline = Pipeline::new(extractor.clone(), relater, threads).expect("pool");
        let mut best = (f64::INFINITY, f64::INFINITY);
        let mut nodes = 0;
        let mut edges = 0;
        for _ in 0..repeat {
            let f = time_floor(&texts, 1);
            floor_best = (floor_best.0.min(f.0), floor_best.1.min(f.1));
            let (t, c) = (Instant::now(), cpu_seconds());
            let mut graph = GraphBuilder::new(options);
            let items = Corpus::discover(&[input.as_str()]).documents(Limits::default());
            pipeline
                .run(
                    items,
                    |e| panic!("bench corpus needs a note: {e}"),
                    |e| panic!("bench corpus has a bad document: {e}"),
                    |a| {
                        a.add_to(&mut graph);
                        Ok(())
                    },
                )
                .expect("run");
            // On the run's workers, as `build` does: the writer's rayon
            // work keeps to the configuration's threads.
            let graph = pipeline.install(|| {
                let graph = graph.finish();
                newsgraph::export::graphml::write(&graph, &mut std::io::sink()).expect("write");
                graph
            });
            best.0 = best.0.min(t.elapsed().as_secs_f64());
            best.1 = best.1.min(cpu_seconds() - c);
            nodes = graph.node_count();
            edges = graph.edge_count();
        }
        let what = if relations {
            "build"
        } else {
            "build --edges cooccurrence"
        };
        println!(
            "{what}, {threads} thread(s): {:.2} s, {:.1} MB/s, {:.0} words/s, CPU {:.2} s ({nodes} nodes, {edges} edges)",
            best.0,
            mb(best.0),
            words as f64 / best.0,
            best.1
        );
        results.push((what, threads, best));
    }
    // Ratios at the end, against the best floor of the whole run.
    println!(
        "floor, best of this run: {:.2} s, {:.1} MB/s (CPU {:.2} s)",
        floor_best.0,
        mb(floor_best.0),
        floor_best.1
    );
    let one = results.first().map_or(f64::NAN, |r| r.2 .0);
    for (what, threads, best) in results {
        println!(
            "ratio to floor: {what}, {threads} thread(s): {:.2} wall, {:.2} CPU (wall x{:.2} the first run)",
            floor_best.0 / best.0,
            floor_best.1 / best.1,
            one / best.0
        );
    }
}
