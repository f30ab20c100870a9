//! The hand-off from the reader thread to the pipeline: a bounded queue of
//! items whose consumer asks to be woken only when as many items as it
//! wants are waiting, when the reader ends, or when its own timeout runs
//! out.
//!
//! A channel woke the consumer at every document: it takes a document in
//! no time and the reader parses the next one, so it emptied the channel
//! and slept again after each, some 10,000 context switches and a sixth of
//! the CPU time of a two-thread run on the Reuters bench. Here the consumer
//! that is gathering a batch sleeps until a chunk of documents waits, or
//! until its pause ends, and takes them all in one lock.

use std::sync::{Arc, Condvar, Mutex, MutexGuard};
use std::time::{Duration, Instant};

use crate::corpus::Item;

/// Items the reader may hold unread before it waits for the consumer.
const CAPACITY: usize = 256;

#[derive(Default)]
struct State {
    items: Vec<Item>,
    /// Items the sleeping consumer waits for; 0 when it is not sleeping.
    want: usize,
    /// The reader is done (the input ended, or the reader panicked).
    done: bool,
    /// The consumer is gone: the reader stops at its next item.
    closed: bool,
}

#[derive(Default)]
struct Shared {
    state: Mutex<State>,
    /// The consumer's wake-up.
    ready: Condvar,
    /// The reader's wake-up when the queue was full.
    space: Condvar,
}

impl Shared {
    fn lock(&self) -> MutexGuard<'_, State> {
        // Neither side panics while holding the lock; a poisoned lock still
        // holds consistent state.
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }
}

/// The reader's end. Dropping it (at the end of the input, or while a
/// panic unwinds the reader thread) tells the consumer that no more items
/// come.
pub(super) struct Feeder {
    shared: Arc<Shared>,
}

/// The consumer's end. Dropping it stops the reader at its next item.
pub(super) struct Feed {
    shared: Arc<Shared>,
}

/// What [`Feed::take`] found.
#[derive(Debug, PartialEq, Eq)]
pub(super) enum Took {
    /// Some items were moved into the buffer.
    Items,
    /// Nothing came within the timeout.
    Idle,
    /// The reader is done and every item was taken.
    Done,
}

/// A connected pair.
pub(super) fn feed() -> (Feeder, Feed) {
    let shared = Arc::new(Shared::default());
    (
        Feeder {
            shared: shared.clone(),
        },
        Feed { shared },
    )
}

impl Feeder {
    /// Queues `item`, waiting while the queue is full; false when the
    /// consumer is gone.
    pub(super) fn push(&self, item: Item) -> bool {
        let mut s = self.shared.lock();
        while s.items.len() >= CAPACITY && !s.closed {
            s = self.shared.space.wait(s).unwrap_or_else(|e| e.into_inner());
        }
        if s.closed {
            return false;
        }
        s.items.push(item);
        if s.want > 0 && s.items.len() >= s.want {
            s.want = 0;
            self.shared.ready.notify_one();
        }
        true
    }
}

impl Drop for Feeder {
    fn drop(&mut self) {
        self.shared.lock().done = true;
        self.shared.ready.notify_one();
    }
}

impl Feed {
    /// Moves the waiting items to the end of `buf` once at least `want`
    /// (at least 1) are waiting, or the reader is done, or `timeout` (none:
    /// no limit) has passed with at least one item waiting.
    pub(super) fn take(&self, buf: &mut Vec<Item>, want: usize, timeout: Option<Duration>) -> Took {
        let want = want.clamp(1, CAPACITY);
        let deadline = timeout.map(|t| Instant::now() + t);
        let mut s = self.shared.lock();
        loop {
            let enough = s.items.len() >= want || (s.done && !s.items.is_empty());
            let late = deadline.is_some_and(|d| Instant::now() >= d);
            if enough || (late && !s.items.is_empty()) {
                let full = s.items.len() >= CAPACITY;
                buf.append(&mut s.items);
                s.want = 0;
                if full {
                    self.shared.space.notify_one();
                }
                return Took::Items;
            }
            if s.done {
                return Took::Done;
            }
            if late {
                s.want = 0;
                return Took::Idle;
            }
            s.want = want;
            s = match deadline {
                None => self.shared.ready.wait(s).unwrap_or_else(|e| e.into_inner()),
                Some(d) => {
                    let left = d.saturating_duration_since(Instant::now());
                    self.shared
                        .ready
                        .wait_timeout(s, left)
                        .unwrap_or_else(|e| e.into_inner())
                        .0
                }
            };
        }
    }
}

impl Drop for Feed {
    fn drop(&mut self) {
        self.shared.lock().closed = true;
        self.shared.space.notify_one();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::Document;

    fn doc(i: usize) -> Item {
        Item::Doc(Document {
            id: format!("d{i}"),
            date: None,
            title: None,
            text: String::new(),
        })
    }

    fn ids(buf: &[Item]) -> Vec<String> {
        buf.iter()
            .map(|i| match i {
                Item::Doc(d) => d.id.clone(),
                _ => unreachable!(),
            })
            .collect()
    }

    /// Everything pushed comes out once, in order, then `Done`; the
    /// consumer waiting for a chunk still gets the last few items.
    #[test]
    fn items_arrive_in_order_then_done() {
        let (feeder, feed) = feed();
        let reader = std::thread::spawn(move || {
            for i in 0..1000 {
                assert!(feeder.push(doc(i)));
            }
        });
        let mut buf = Vec::new();
        while feed.take(&mut buf, 64, None) == Took::Items {}
        reader.join().unwrap();
        let want: Vec<String> = (0..1000).map(|i| format!("d{i}")).collect();
        assert_eq!(ids(&buf), want);
    }

    /// A consumer waiting for more than has come is answered at its
    /// timeout with what has come, and with `Idle` when nothing has: an
    /// input that trickles is never held back waiting for a chunk.
    #[test]
    fn a_trickle_is_taken_at_the_timeout() {
        let (feeder, feed) = feed();
        assert!(feeder.push(doc(0)));
        let mut buf = Vec::new();
        let pause = Duration::from_millis(5);
        assert_eq!(feed.take(&mut buf, 64, Some(pause)), Took::Items);
        assert_eq!(ids(&buf), ["d0"]);
        assert_eq!(feed.take(&mut buf, 64, Some(pause)), Took::Idle);
        drop(feeder);
        assert_eq!(feed.take(&mut buf, 1, None), Took::Done);
    }

    /// A full queue holds the reader until the consumer takes; a consumer
    /// that is gone stops it.
    #[test]
    fn a_full_queue_waits_and_a_gone_consumer_stops_the_reader() {
        let (feeder, feed) = feed();
        let reader = std::thread::spawn(move || {
            let mut pushed = 0;
            while feeder.push(doc(pushed)) {
                pushed += 1;
            }
            pushed
        });
        let mut buf = Vec::new();
        assert_eq!(feed.take(&mut buf, CAPACITY, None), Took::Items);
        assert_eq!(buf.len(), CAPACITY);
        drop(feed);
        let pushed = reader.join().unwrap();
        assert!((CAPACITY..=2 * CAPACITY).contains(&pushed), "{pushed}");
    }
}
