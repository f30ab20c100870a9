//! The stages wired together: documents stream in, are analysed in parallel
//! batches (rayon, order kept), and come out in input order for the caller
//! to write or fold into the graph. Reading runs on its own thread, ahead of
//! the analysis.

use std::sync::mpsc::{self, TryRecvError};
use std::sync::Arc;

use rayon::prelude::*;

use crate::corpus::{Document, Item};
use crate::error::Error;
use crate::extract::{Extraction, Extractor};
use crate::graph::{DocSummary, GraphBuilder};
use crate::relate::{self, Relation};

/// One analysed document.
#[derive(Debug)]
pub struct Analysis {
    /// The document as read.
    pub doc: Document,
    /// Its entities.
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
const BATCH_BYTES: usize = 4 << 20;
/// Documents read before a batch is handed to the workers.
const BATCH_DOCS: usize = 4096;
/// Documents read ahead while a batch is analysed: the smallest batch when
/// reading is faster than analysis, as it nearly always is.
const QUEUE: usize = 256;

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

    /// Analyses one document.
    pub fn analyse(&self, doc: Document) -> Analysis {
        let extraction = self.extractor.extract(&doc.text);
        let relations = self.relater.relations(&doc.text, &extraction);
        Analysis {
            doc,
            extraction,
            relations,
        }
    }

    /// Streams `items` through the stages: notes go to `on_note`, skipped
    /// items to `on_skip` and analyses to `sink`, all in input order. Documents of a batch are
    /// analysed in parallel; memory holds one batch at a time.
    ///
    /// `items` is read on a thread of its own, and a batch is analysed as soon
    /// as it is full or nothing more is waiting to be read: a document that
    /// has arrived is never held back waiting for more input, so a caller
    /// that writes one document to a pipe and waits for its line never
    /// deadlocks. Batching changes only the timing, never the output.
    pub fn run(
        &self,
        items: impl Iterator<Item = Item> + Send + 'static,
        mut on_note: impl FnMut(Error),
        mut on_skip: impl FnMut(Error),
        mut sink: impl FnMut(Analysis) -> std::io::Result<()>,
    ) -> std::io::Result<()> {
        let (tx, rx) = mpsc::sync_channel::<Item>(QUEUE);
        // Not scoped: if writing fails (a closed pipe), the run returns at once
        // instead of waiting for a reader blocked on input; the thread ends
        // at its next send.
        let reader = std::thread::Builder::new()
            .name("newsgraph-reader".into())
            .spawn(move || {
                for item in items {
                    if tx.send(item).is_err() {
                        break;
                    }
                }
            })?;
        let mut batch: Vec<Document> = Vec::new();
        let mut bytes = 0;
        loop {
            let item = if batch.is_empty() {
                match rx.recv() {
                    Ok(item) => item,
                    Err(_) => break,
                }
            } else {
                match rx.try_recv() {
                    Ok(item) => item,
                    Err(TryRecvError::Empty) => {
                        self.flush(&mut batch, &mut on_skip, &mut sink)?;
                        bytes = 0;
                        continue;
                    }
                    Err(TryRecvError::Disconnected) => break,
                }
            };
            match item {
                Item::Skip(e) => on_skip(e),
                Item::Note(e) => on_note(e),
                Item::Doc(d) => {
                    bytes += d.text.len();
                    batch.push(d);
                    if bytes >= BATCH_BYTES || batch.len() >= BATCH_DOCS {
                        self.flush(&mut batch, &mut on_skip, &mut sink)?;
                        bytes = 0;
                    }
                }
            }
        }
        self.flush(&mut batch, &mut on_skip, &mut sink)?;
        // The channel is closed: the reader is done, or it panicked, which
        // must not pass for the end of the input.
        reader.join().map_err(|payload| {
            std::io::Error::other(format!(
                "internal error while reading the input ({}); please report it",
                panic_message(payload.as_ref())
            ))
        })
    }

    /// Analyses a batch. A panic while analysing one document (a bug, but
    /// one that should not cost a long run) skips that document with a
    /// warning naming it, and the rest go on.
    fn flush(
        &self,
        batch: &mut Vec<Document>,
        on_skip: &mut impl FnMut(Error),
        sink: &mut impl FnMut(Analysis) -> std::io::Result<()>,
    ) -> std::io::Result<()> {
        let docs = std::mem::take(batch);
        let done: Vec<Result<Analysis, Error>> = self.pool.install(|| {
            docs.into_par_iter()
                .map(|d| {
                    let id = d.id.clone();
                    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| self.analyse(d)))
                        .map_err(|payload| Error::BadDocument {
                            origin: id,
                            reason: format!(
                                "internal error while analysing it ({}); please report it",
                                panic_message(payload.as_ref())
                            ),
                        })
                })
                .collect()
        });
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
