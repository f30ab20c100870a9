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

use std::io::{BufRead, BufReader, Write};
use std::time::Instant;

use newsgraph::corpus::{Corpus, Limits};
use newsgraph::extract::Extractor;
use newsgraph::graph::{GraphBuilder, GraphOptions};
use newsgraph::pipeline::Pipeline;
use newsgraph::relate::Relater;

fn main() {
    let path = std::env::var("NEWSGRAPH_BENCH").unwrap_or_else(|_| {
        concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../shared/bench/reuters21578.jsonl.gz"
        )
        .to_string()
    });
    let Ok(file) = std::fs::File::open(&path) else {
        eprintln!("bench corpus not found at {path}; set NEWSGRAPH_BENCH");
        return;
    };
    // Decompress once, outside the timing, and count what the README counts.
    let mut tmp = tempfile::Builder::new()
        .suffix(".jsonl")
        .tempfile()
        .expect("temp file");
    let (mut bytes, mut words, mut docs) = (0usize, 0usize, 0usize);
    let reader = BufReader::new(flate2::read::MultiGzDecoder::new(file));
    for line in reader.lines() {
        let line = line.expect("corpus readable");
        let v: serde_json::Value = serde_json::from_str(&line).expect("corpus is JSONL");
        let text = v["text"].as_str().unwrap_or("");
        bytes += text.len();
        words += text.split_whitespace().count();
        docs += 1;
        writeln!(tmp, "{line}").expect("write temp");
    }
    tmp.flush().expect("flush");
    let input = tmp.path().to_string_lossy().into_owned();
    println!("corpus: {docs} documents, {bytes} text bytes, {words} words");

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
        let mut best = f64::INFINITY;
        let mut nodes = 0;
        let mut edges = 0;
        for _ in 0..3 {
            let t = Instant::now();
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
            let graph = graph.finish();
            newsgraph::export::graphml::write(&graph, &mut std::io::sink()).expect("write");
            best = best.min(t.elapsed().as_secs_f64());
            nodes = graph.node_count();
            edges = graph.edge_count();
        }
        let what = if relations {
            "build"
        } else {
            "build --edges cooccurrence"
        };
        println!(
            "{what}, {threads} thread(s): {:.2} s, {:.1} MB/s, {:.0} words/s ({nodes} nodes, {edges} edges)",
            best,
            bytes as f64 / 1e6 / best,
            words as f64 / best
        );
    }
}
