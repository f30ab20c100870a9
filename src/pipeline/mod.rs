//! The stages wired together: documents stream in, are analysed in parallel
//! batches (rayon, order kept), and come out in input order for the caller
//! to write or fold into the graph. Reading runs on its own thread, ahead of
//! the analysis.

use std::sync::mpsc;
use std::sync::Arc;
use std::time::{Duration, Instant};

use rayon::prelude::*;

use crate::corpus::{Document, Item};
use crate::error::Error;
use crate::extract::{Extraction, Extractor};
use crate::graph::{DocSummary, GraphBuilder};
use crate::relate::{self, Relation};

mod feed;
use feed::Took;

/// One analysed document.
#[derive(Debug)]
pub struct Analysis {
    /// The document as read.
    pub doc: Document,
    /// Its sentences and entities. Its tokens are dropped once the relations
    /// are found (nothing after the relation stage reads them), on the
    /// worker that made them, so that the batch waiting to be folded holds
    /// less and the worker's next document reuses memory still in its cache.
    pub extraction: Extraction,
    /// Its typed relations.
    pub relations: Vec<Relation>,
}

impl Analysis {
    /// What the graph (and `extract` output) takes from this document.
    pub fn summary(&self) -> DocSummary<'_> {
        DocSummary::from_analysis(
            &self.doc.id,
            self.doc.date.as_deref(),
            &self.doc.text,
            &self.extraction,
            &self.relations,
        )
    }

    /// Folds this document into `graph`.
    pub fn add_to(&self, graph: &mut GraphBuilder) {
        graph.add_summary(&self.summary());
    }
}

/// Text read before a batch is handed to the workers.
const BATCH_BYTES: usize = 1 << 20;
/// Documents read before a batch is handed to the workers.
const BATCH_DOCS: usize = 1024;
/// Items the gathering thread waits for before it wakes (see [`feed`]).
const CHUNK: usize = 64;
/// How long to wait for the reader when nothing is waiting before taking
/// the input for idle. The reader is usually only a moment behind (parsing
/// the next line, or not given a core): flushing then cut batches of a few
/// hundred documents and waited for each, so that the workers stood idle
/// while this thread folded every batch into the graph (73 batches on the
/// Reuters bench, where 2 threads gave 1.70 times one).
const READER_PAUSE: Duration = Duration::from_millis(20);
/// A batch open longer than this is handed over as soon as the reader is
/// found behind, so that a slowly trickling input still gets its analyses
/// out in about this time.
const MAX_BATCH_AGE: Duration = Duration::from_millis(500);

/// The documents gathered for the workers, with their text bytes and when
/// the first of them arrived.
#[derive(Default)]
struct Batch {
    docs: Vec<Document>,
    bytes: usize,
    opened: Option<Instant>,
}

impl Batch {
    fn push(&mut self, d: Document) {
        self.opened.get_or_insert_with(Instant::now);
        self.bytes += d.text.len();
        self.docs.push(d);
    }

    /// Full by bytes or by documents ([`BATCH_BYTES`], [`BATCH_DOCS`]).
    fn full(&self) -> bool {
        self.bytes >= BATCH_BYTES || self.docs.len() >= BATCH_DOCS
    }

    fn is_empty(&self) -> bool {
        self.docs.is_empty()
    }
}

/// The frozen per-document stages.
#[derive(Debug, Clone)]
pub struct Pipeline {
    extractor: Extractor,
    relater: relate::Relater,
    pool: Arc<rayon::ThreadPool>,
}

impl Pipeline {
    /// A pipeline over this extractor and relation stage, on `threads` workers.
    pub fn new(
        extractor: Extractor,
        relater: relate::Relater,
        threads: usize,
    ) -> Result<Pipeline, rayon::ThreadPoolBuildError> {
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(threads.max(1))
            .build()?;
        Ok(Pipeline {
            extractor,
            relater,
            pool: Arc::new(pool),
        })
    }

    /// Runs `f` on this pipeline's workers: rayon work inside it (the
    /// GraphML writer's) keeps to the run's number of threads.
    pub fn install<R: Send>(&self, f: impl FnOnce() -> R + Send) -> R {
        self.pool.install(f)
    }

    /// Analyses one document.
    pub fn analyse(&self, doc: Document) -> Analysis {
        analyse(&self.extractor, &self.relater, doc)
    }

    /// Streams `items` through the stages: notes go to `on_note`, skipped
    /// items to `on_skip` and analyses to `sink`, all in input order. Documents of a batch are
    /// analysed in parallel, and batches one after another in input order
    /// ([`Pipeline::start_analyser`]); memory holds two batches at a time.
    ///
    /// `items` is read on a thread of its own, and a batch is analysed as soon
    /// as it is full or the input has been idle for [`READER_PAUSE`] (or, on
    /// an input that trickles in, the batch is older than
    /// [`MAX_BATCH_AGE`]): a document that has arrived is never held back
    /// long waiting for more input, so a caller that writes one document to
    /// a pipe and waits for its line never deadlocks. With more than one thread, the workers analyse the next
    /// batch while this thread hands the previous one to `sink` (folding
    /// into the graph, writing lines), so that serial work does not leave
    /// the workers idle; with one thread everything after reading runs in
    /// turn on one thread. Batching changes only the timing, never the output.
    pub fn run(
        &self,
        items: impl Iterator<Item = Item> + Send + 'static,
        mut on_note: impl FnMut(Error),
        mut on_skip: impl FnMut(Error),
        mut sink: impl FnMut(Analysis) -> std::io::Result<()>,
    ) -> std::io::Result<()> {
        let (feeder, feed) = feed::feed();
        // Not scoped: if writing fails (a closed pipe), the run returns at once
        // instead of waiting for a reader blocked on input; the thread ends
        // at its next item.
        let reader = std::thread::Builder::new()
            .name("newsgraph-reader".into())
            .spawn(move || {
                for item in items {
                    if !feeder.push(item) {
                        break;
                    }
                }
            })?;
        let mut flow = Flow {
            queue: self.start_analyser()?,
            pending: None,
            overlap: self.pool.current_num_threads() > 1,
        };
        let mut batch = Batch::default();
        let mut took = Vec::new();
        loop {
            let waiting = !batch.is_empty() || flow.pending.is_some();
            // With nothing gathered, wait for the first item as long as it
            // takes; while gathering, for a chunk, but only a moment.
            let answer = if waiting {
                feed.take(&mut took, CHUNK, Some(READER_PAUSE))
            } else {
                feed.take(&mut took, 1, None)
            };
            match answer {
                Took::Done => break,
                // The input is idle: analyse what has arrived and deliver
                // everything before blocking for more.
                Took::Idle => {
                    flow.hand_over(&mut batch, &mut on_skip, &mut sink)?;
                    flow.finish(&mut on_skip, &mut sink)?;
                    continue;
                }
                Took::Items => {}
            }
            for item in took.drain(..) {
                match item {
                    Item::Skip(e) => on_skip(e),
                    Item::Note(e) => on_note(e),
                    Item::Doc(d) => {
                        batch.push(d);
                        if batch.full() {
                            flow.hand_over(&mut batch, &mut on_skip, &mut sink)?;
                        }
                    }
                }
            }
            // A batch open too long on a trickling input.
            if batch.opened.is_some_and(|o| o.elapsed() >= MAX_BATCH_AGE) {
                flow.hand_over(&mut batch, &mut on_skip, &mut sink)?;
            }
        }
        flow.hand_over(&mut batch, &mut on_skip, &mut sink)?;
        flow.finish(&mut on_skip, &mut sink)?;
        // The reader has let go of its end: the input ended, or it panicked,
        // which must not pass for the end of the input.
        reader.join().map_err(|payload| {
            std::io::Error::other(format!(
                "internal error while reading the input ({}); please report it",
                panic_message(payload.as_ref())
            ))
        })
    }

    /// Starts the thread that hands batches to the workers one at a time,
    /// in the order they were submitted. Each batch is analysed by all the
    /// workers together and finished before the next is started: batches
    /// handed to the pool side by side (`spawn`) were taken one per worker
    /// and ran interleaved, so two finished together and the workers stood
    /// idle while this thread folded both and gathered the next (a tenth
    /// of a two-thread run on the Reuters bench). The thread ends when the
    /// returned sender is dropped.
    fn start_analyser(&self) -> std::io::Result<mpsc::Sender<Job>> {
        let (queue, jobs) = mpsc::channel::<Job>();
        let (extractor, relater, pool) = (
            self.extractor.clone(),
            self.relater.clone(),
            self.pool.clone(),
        );
        std::thread::Builder::new()
            .name("newsgraph-batches".into())
            .spawn(move || {
                for (docs, tx) in jobs {
                    // A panic outside the documents' own analysis drops the
                    // sender, which `deliver` reports, instead of aborting
                    // the process.
                    let done = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                        pool.install(|| analyse_batch(&extractor, &relater, docs))
                    }));
                    if let Ok(done) = done {
                        let _ = tx.send(done);
                    }
                }
            })?;
        Ok(queue)
    }
}

/// A batch for the analyser thread and where its analyses go.
type Job = (
    Vec<Document>,
    mpsc::SyncSender<Vec<Result<Analysis, Error>>>,
);

/// Analyses a batch on the current pool, in order. A panic while analysing
/// one document (a bug, but one that should not cost a long run) skips that
/// document with a warning naming it, and the rest go on.
fn analyse_batch(
    extractor: &Extractor,
    relater: &relate::Relater,
    docs: Vec<Document>,
) -> Vec<Result<Analysis, Error>> {
    let analyse = |d: Document| {
        let id = d.id.clone();
        std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            analyse(extractor, relater, d)
        }))
        .map_err(|payload| Error::BadDocument {
            origin: id,
            reason: format!(
                "internal error while analysing it ({}); please report it",
                panic_message(payload.as_ref())
            ),
        })
    };
    docs.into_par_iter().map(analyse).collect()
}

/// Turns transparent huge pages off for this process (Linux; elsewhere it
/// does nothing). The allocator maps memory in regions aligned on 2 MiB;
/// with huge pages the kernel zeroes a whole 2 MiB page at the first touch
/// of any byte in it, and `perf` on a one-thread `build` of the Reuters
/// bench had 11 to 15% of all samples in that zeroing (`clear_page_erms`)
/// against 0.5% with 4 KiB pages, with 6 to 8% fewer samples in all and a
/// peak RSS of 91 instead of 120 MB. A process-wide setting, so the binary
/// asks for it at its start rather than the library behind its caller's
/// back.
pub fn prefer_small_pages() {
    #[cfg(target_os = "linux")]
    // SAFETY: PR_SET_THP_DISABLE takes plain integers and touches no memory
    // of ours; a kernel without it returns an error, which changes nothing.
    unsafe {
        libc::prctl(libc::PR_SET_THP_DISABLE, 1, 0, 0, 0);
    }
}

/// Analyses one document. Never inlined, so that profiles show the
/// per-document work as one frame (scripts/profile).
#[inline(never)]
fn analyse(extractor: &Extractor, relater: &relate::Relater, doc: Document) -> Analysis {
    let mut extraction = extractor.extract(&doc.text);
    let relations = relater.relations(&doc.text, &extraction);
    // See `Analysis::extraction`.
    extraction.tokens = Vec::new();
    Analysis {
        doc,
        extraction,
        relations,
    }
}

/// The batches of one [`Pipeline::run`] between the gathering thread and
/// the workers.
struct Flow {
    /// The analyser thread's queue.
    queue: mpsc::Sender<Job>,
    /// The batch the workers are analysing, not yet handed to `sink`.
    pending: Option<InFlight>,
    /// Whether the workers analyse the next batch while this thread
    /// delivers the previous one (more than one thread).
    overlap: bool,
}

impl Flow {
    /// Queues a batch for the workers (see [`Pipeline::start_analyser`]).
    fn submit(&self, batch: &mut Vec<Document>) -> Option<InFlight> {
        if batch.is_empty() {
            return None;
        }
        let (tx, rx) = mpsc::sync_channel(1);
        // A queue whose thread is gone drops the sender, which `deliver` reports.
        let _ = self.queue.send((std::mem::take(batch), tx));
        Some(InFlight { rx })
    }

    /// Hands the batch to the workers and delivers the one before it; with
    /// `overlap` off, delivers the new one too before returning.
    fn hand_over(
        &mut self,
        batch: &mut Batch,
        on_skip: &mut dyn FnMut(Error),
        sink: &mut impl FnMut(Analysis) -> std::io::Result<()>,
    ) -> std::io::Result<()> {
        let next = self.submit(&mut batch.docs);
        *batch = Batch::default();
        self.finish(on_skip, sink)?;
        match next {
            Some(next) if self.overlap => self.pending = Some(next),
            Some(next) => next.deliver(on_skip, sink)?,
            None => {}
        }
        Ok(())
    }

    /// Delivers the batch the workers are analysing, if any.
    fn finish(
        &mut self,
        on_skip: &mut dyn FnMut(Error),
        sink: &mut impl FnMut(Analysis) -> std::io::Result<()>,
    ) -> std::io::Result<()> {
        match self.pending.take() {
            Some(previous) => previous.deliver(on_skip, sink),
            None => Ok(()),
        }
    }
}

/// A batch on the workers; its analyses arrive in input order.
struct InFlight {
    rx: mpsc::Receiver<Vec<Result<Analysis, Error>>>,
}

impl InFlight {
    /// Waits for the batch and hands it, in order, to `sink` (or `on_skip`).
    fn deliver(
        self,
        on_skip: &mut dyn FnMut(Error),
        sink: &mut impl FnMut(Analysis) -> std::io::Result<()>,
    ) -> std::io::Result<()> {
        let done = self.rx.recv().map_err(|_| {
            std::io::Error::other("internal error: a batch of documents was lost; please report it")
        })?;
        for a in done {
            match a {
                Ok(a) => sink(a)?,
                Err(e) => on_skip(e),
            }
        }
        Ok(())
    }
}

fn panic_message(payload: &(dyn std::any::Any + Send)) -> &str {
    payload
        .downcast_ref::<&str>()
        .copied()
        .or_else(|| payload.downcast_ref::<String>().map(String::as_str))
        .unwrap_or("panic")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::Extractor;
    use crate::relate::Relater;

    /// An analysis keeps the sentences and entities the graph and `extract`
    /// read, and its relations, but not the tokens the stages used.
    #[test]
    fn analyses_keep_no_tokens() {
        let pipeline = Pipeline::new(Extractor::builtin(), Relater::new(), 1).unwrap();
        let a = pipeline.analyse(Document {
            id: "d".into(),
            date: None,
            title: None,
            text: "India signed a deal with Russia. France watched.".into(),
        });
        assert!(a.extraction.tokens.is_empty());
        assert_eq!(a.extraction.sentences.len(), 2);
        assert_eq!(a.extraction.entities.len(), 3);
        assert_eq!(a.relations.len(), 1);
    }

    /// Several full batches, so the workers analyse one while the previous
    /// is delivered: every document comes out once, in input order, with
    /// the same analysis on one thread and on three.
    #[test]
    fn batches_overlap_and_keep_order() {
        let n = BATCH_DOCS * 2 + 7;
        let names = ["India", "France", "Russia", "Japan", "Brazil"];
        let run = |threads: usize| {
            let pipeline = Pipeline::new(Extractor::builtin(), Relater::new(), threads).unwrap();
            let docs = (0..n).map(move |i| {
                Item::Doc(Document {
                    id: format!("d{i}"),
                    date: None,
                    title: None,
                    text: format!(
                        "{} signed a deal with {} on day {i}.",
                        names[i % 5],
                        names[(i / 5) % 5]
                    ),
                })
            });
            let mut seen = Vec::new();
            pipeline
                .run(
                    docs,
                    |_| {},
                    |e| panic!("{e}"),
                    |a| {
                        seen.push((
                            a.doc.id.clone(),
                            a.extraction.entities.len(),
                            a.relations.len(),
                        ));
                        Ok(())
                    },
                )
                .unwrap();
            seen
        };
        let one = run(1);
        assert_eq!(one.len(), n);
        for (i, (id, _, _)) in one.iter().enumerate() {
            assert_eq!(id, &format!("d{i}"));
        }
        assert!(
            one.iter().any(|&(_, e, r)| e == 2 && r > 0),
            "{:?}",
            &one[..3]
        );
        assert_eq!(run(3), one);
    }

    /// The process is asked to use small pages, and the kernel says so.
    #[cfg(target_os = "linux")]
    #[test]
    fn small_pages_are_asked_for() {
        prefer_small_pages();
        // SAFETY: reads a flag of this process; no memory is touched.
        let off = unsafe { libc::prctl(libc::PR_GET_THP_DISABLE, 0, 0, 0, 0) };
        assert_eq!(off, 1);
    }

    /// A reader that dies is an error, not a short input that looks complete.
    #[test]
    fn a_panicking_reader_is_an_error() {
        let pipeline = Pipeline::new(Extractor::builtin(), Relater::off(), 1).unwrap();
        let doc = Document {
            id: "a".into(),
            date: None,
            title: None,
            text: "India and France held talks.".into(),
        };
        let mut docs = vec![Item::Doc(doc)].into_iter();
        let items = std::iter::from_fn(move || match docs.next() {
            Some(item) => Some(item),
            None => panic!("reader broke"),
        });
        let mut seen = 0;
        let result = pipeline.run(
            items,
            |_| {},
            |_| {},
            |_| {
                seen += 1;
                Ok(())
            },
        );
        let err = result.expect_err("the reader's panic must surface");
        assert!(err.to_string().contains("reader broke"), "{err}");
        assert_eq!(seen, 1, "the document read before the panic is analysed");
    }
}
