//! What a run tells the user on stderr: a progress bar while it works
//! (documents, MB, rate and, when the input size is known, time left; only
//! on a terminal, never with -q) and one summary line at the end (silent
//! with -q).

use std::cell::Cell;
use std::fmt;
use std::io::{self, IsTerminal};
use std::time::{Duration, Instant};

use indicatif::{ProgressBar, ProgressState, ProgressStyle};
use newsgraph::graph::{EdgeKind, Graph};

/// Counters and the bar of one run; every method takes `&self`, so the
/// pipeline's callbacks can share it.
pub struct Progress {
    bar: ProgressBar,
    start: Instant,
    documents: Cell<u64>,
    skipped: Cell<u64>,
    bytes: Cell<u64>,
    entities: Cell<u64>,
    relations: Cell<u64>,
}

impl Progress {
    /// A bar on stderr, unless `quiet` or stderr is no terminal; a
    /// percentage and time left when `total_bytes` (the input's size) is known.
    pub fn new(quiet: bool, total_bytes: Option<u64>) -> Progress {
        let bar = if quiet || !io::stderr().is_terminal() {
            ProgressBar::hidden()
        } else {
            let (bar, template) = match total_bytes {
                Some(n) => (
                    ProgressBar::new(n),
                    "{bar:30} {percent:>3}% {msg}, {mb} MB at {rate}, ~{eta} left",
                ),
                None => (
                    ProgressBar::new_spinner(),
                    "{spinner} {msg}, {mb} MB at {rate} [{elapsed}]",
                ),
            };
            // Documents arrive a batch at a time, so indicatif's smoothed rate
            // lags; the plain average over the run reads right.
            let style = ProgressStyle::with_template(template)
                .expect("valid template")
                .with_key("mb", |s: &ProgressState, w: &mut dyn fmt::Write| {
                    let _ = write!(w, "{:.1}", s.pos() as f64 / 1e6);
                })
                .with_key("rate", |s: &ProgressState, w: &mut dyn fmt::Write| {
                    let secs = s.elapsed().as_secs_f64().max(1e-3);
                    let _ = write!(w, "{:.1} MB/s", s.pos() as f64 / 1e6 / secs);
                });
            bar.set_style(style);
            bar.set_message("0 documents");
            bar.enable_steady_tick(Duration::from_millis(200));
            bar
        };
        Progress {
            bar,
            start: Instant::now(),
            documents: Cell::new(0),
            skipped: Cell::new(0),
            bytes: Cell::new(0),
            entities: Cell::new(0),
            relations: Cell::new(0),
        }
    }

    /// One document done: its text bytes, entities and relations.
    pub fn document(&self, bytes: usize, entities: usize, relations: usize) {
        let n = self.documents.get() + 1;
        self.documents.set(n);
        self.bytes.set(self.bytes.get() + bytes as u64);
        self.entities.set(self.entities.get() + entities as u64);
        self.relations.set(self.relations.get() + relations as u64);
        self.bar.inc(bytes as u64);
        if n % 16 == 1 {
            self.bar.set_message(format!("{n} documents"));
        }
    }

    /// One input skipped, with the warning.
    pub fn skip(&self, e: &newsgraph::Error) {
        self.skipped.set(self.skipped.get() + 1);
        self.bar
            .suspend(|| eprintln!("newsgraph: warning: skipped {e}"));
    }

    /// A note (not a skip).
    pub fn note(&self, e: &newsgraph::Error) {
        self.bar.suspend(|| eprintln!("newsgraph: note: {e}"));
    }

    /// Documents read.
    pub fn documents(&self) -> u64 {
        self.documents.get()
    }

    /// Inputs skipped.
    pub fn skipped(&self) -> u64 {
        self.skipped.get()
    }

    /// Clears the bar.
    pub fn finish(&self) {
        self.bar.finish_and_clear();
    }

    /// The summary line: `what` says what came out (see [`graph_counts`]),
    /// `out_of_range` documents were outside --since/--until, `output` is
    /// where it went.
    pub fn summary(&self, what: &str, out_of_range: u64, output: &str) -> String {
        let secs = self.start.elapsed().as_secs_f64();
        let mb = self.bytes.get() as f64 / 1e6;
        let range = if out_of_range > 0 {
            format!(" ({out_of_range} outside --since/--until)")
        } else {
            String::new()
        };
        format!(
            "newsgraph: {} documents read{range}, {} skipped; {what}; {mb:.2} MB in {secs:.2} s ({:.1} MB/s); output: {output}",
            self.documents.get(),
            self.skipped.get(),
            mb / secs.max(1e-9),
        )
    }

    /// `extract`'s part of the summary.
    pub fn extract_counts(&self) -> String {
        format!(
            "{} entities and {} relations in documents",
            self.entities.get(),
            self.relations.get()
        )
    }
}

/// A graph's part of the summary: `N entities, M edges (C cooccurrence, R relation)`.
pub fn graph_counts(graph: &Graph) -> String {
    let relations = graph
        .edge_weights()
        .filter(|e| matches!(e.kind, EdgeKind::Relation { .. }))
        .count();
    format!(
        "{} entities, {} edges ({} cooccurrence, {relations} relation)",
        graph.node_count(),
        graph.edge_count(),
        graph.edge_count() - relations,
    )
}
