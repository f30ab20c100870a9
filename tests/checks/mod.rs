//! Invariant checks over arbitrary bytes, one function per fuzz target.
//! Shared by the `cargo fuzz` targets in `fuzz/` (which include this file)
//! and by `tests/fuzz_replay.rs`, which replays the inputs fuzzing found
//! and runs a short random sample in CI. Each function panics on a broken
//! invariant.
#![allow(dead_code)]

use std::sync::OnceLock;

use newsgraph::corpus::{read_stream, Item, Limits};
use newsgraph::extract::Extractor;
use newsgraph::graph::{GraphBuilder, GraphOptions};
use newsgraph::relate::{cooccurrence, Relater};
use newsgraph::text::{sentences, tokenize, MAX_SENTENCE_BYTES};
use quick_xml::events::Event;

fn stages() -> &'static (Extractor, Relater) {
    static S: OnceLock<(Extractor, Relater)> = OnceLock::new();
    S.get_or_init(|| (Extractor::builtin(), Relater::new().with_other(true)))
}

/// Document reading: any bytes, as stdin is read (gzip, JSON Lines or text,
/// sniffed). Never a panic; every document has non-blank text; every skip
/// and note names its origin.
pub fn corpus(data: &[u8]) {
    let limits = Limits {
        max_document_bytes: 4096,
    };
    for item in read_stream(std::io::Cursor::new(data.to_vec()), "in", limits) {
        match item {
            Item::Doc(d) => {
                assert!(!d.text.trim().is_empty(), "blank document kept");
                assert!(d.text.len() <= limits.max_document_bytes, "over the limit");
                if let Some(date) = &d.date {
                    assert!(newsgraph::corpus::is_date(date), "bad date {date:?}");
                }
            }
            Item::Skip(e) | Item::Note(e) => {
                assert!(e.to_string().starts_with("in"), "origin missing: {e}")
            }
        }
    }
}

/// Sentence and token splitting: spans are in bounds, on character
/// boundaries, ordered, trimmed, and sentences stay under the length cap.
pub fn text(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let text = text.as_ref();
    let sents = sentences(text);
    let mut prev = 0;
    for s in &sents {
        assert!(
            prev <= s.start && s.start < s.end && s.end <= text.len(),
            "{s:?}"
        );
        assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
        let piece = &text[s.start..s.end];
        assert_eq!(piece, piece.trim(), "untrimmed sentence");
        assert!(
            piece.len() <= MAX_SENTENCE_BYTES,
            "sentence of {} bytes",
            piece.len()
        );
        prev = s.end;
    }
    let mut prev = 0;
    for t in tokenize(text, &sents) {
        let (start, end) = (t.start as usize, t.end as usize);
        let s = sents[t.sentence as usize];
        assert!(prev <= start && start < end, "{t:?}");
        assert!(
            s.start <= start && end <= s.end,
            "token outside its sentence"
        );
        assert!(text.is_char_boundary(start) && text.is_char_boundary(end));
        prev = end;
    }
}

/// Extraction: every mention slices the text inside its sentence, entity
/// ids are `type:slug`, an entity's mentions are in text order and never overlap.
pub fn extract(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let text = text.as_ref();
    let ex = stages().0.extract(text);
    for e in &ex.entities {
        let (kind, slug) = e.id.split_once(':').expect("type:slug id");
        assert_eq!(kind, e.kind.as_str());
        assert!(!slug.is_empty() && !e.label.is_empty(), "{e:?}");
        assert!(!e.mentions.is_empty());
        for w in e.mentions.windows(2) {
            assert!(
                w[0].end <= w[1].start,
                "mentions out of order or overlapping: {w:?}"
            );
        }
        for m in &e.mentions {
            let s = ex.sentences[m.sentence];
            assert!(
                s.start <= m.start && m.start < m.end && m.end <= s.end,
                "{m:?}"
            );
            assert!(text.get(m.start..m.end).is_some(), "not on char boundaries");
        }
    }
}

/// Relations and co-occurrence: indices point at real entities and
/// sentences, no self-loops, and the co-occurrence cap holds.
pub fn relate(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let (extractor, relater) = stages();
    let ex = extractor.extract(&text);
    for r in relater.relations(&text, &ex) {
        assert!(
            r.source < ex.entities.len() && r.target < ex.entities.len(),
            "{r:?}"
        );
        assert_ne!(r.source, r.target, "self-relation {r:?}");
        assert!(r.sentence < ex.sentences.len(), "{r:?}");
        assert!(!r.relation.is_empty() && !r.verb.is_empty(), "{r:?}");
    }
    let cap = 4;
    let pairs = cooccurrence(&ex, cap);
    for &(s, a, b) in &pairs {
        assert!(a < b && b < ex.entities.len() && s < ex.sentences.len());
    }
    for s in 0..ex.sentences.len() {
        let n = pairs.iter().filter(|p| p.0 == s).count();
        assert!(
            n <= cap * (cap - 1) / 2,
            "sentence {s}: {n} pairs over the cap"
        );
    }
}

/// (nodes, edges) of a GraphML document; panics if it is not well-formed XML.
fn graphml_counts(xml: &[u8]) -> (usize, usize) {
    let mut reader = quick_xml::Reader::from_reader(xml);
    let (mut nodes, mut edges, mut buf) = (0, 0, Vec::new());
    loop {
        match reader.read_event_into(&mut buf) {
            Ok(Event::Start(e)) | Ok(Event::Empty(e)) => match e.name().as_ref() {
                "node" => nodes += 1,
                "edge" => edges += 1,
                _ => {}
            },
            Ok(Event::GeneralRef(r)) => {
                let name: &str = &r;
                assert!(
                    ["amp", "lt", "gt", "quot", "apos"].contains(&name) || name.starts_with('#'),
                    "undefined entity &{name};"
                );
            }
            Ok(Event::Eof) => break,
            Ok(_) => {}
            Err(e) => panic!("GraphML does not parse: {e}"),
        }
        buf.clear();
    }
    (nodes, edges)
}

/// Every exporter: documents cut from the input (first line = id, so ids
/// hold any character) are built into a graph, written as GraphML, node-link
/// JSON and JSON Lines, and re-parsed; node, edge and document counts must
/// match what was written.
pub fn export(data: &[u8]) {
    let input = String::from_utf8_lossy(data);
    let (extractor, relater) = stages();
    let mut graph = GraphBuilder::new(GraphOptions {
        sentence_cap: 5,
        evidence: 2,
        other: true,
        ..GraphOptions::default()
    });
    let mut jsonl = Vec::new();
    let mut docs = 0;
    for piece in input.split('\u{1}').take(8) {
        let (id, text) = piece.split_once('\n').unwrap_or((piece, piece));
        let ex = extractor.extract(text);
        let rel = relater.relations(text, &ex);
        graph.add(id, Some("2020-01-02"), text, &ex, &rel);
        let doc = newsgraph::graph::DocSummary::from_analysis(id, None, text, &ex, &rel);
        newsgraph::export::jsonl::write(&mut jsonl, &doc).unwrap();
        docs += 1;
    }
    let graph = graph.finish();

    let mut xml = Vec::new();
    newsgraph::export::graphml::write(&graph, &mut xml).unwrap();
    assert_eq!(
        graphml_counts(&xml),
        (graph.node_count(), graph.edge_count())
    );

    let mut json = Vec::new();
    newsgraph::export::json::write(&graph, &mut json).unwrap();
    let v: serde_json::Value = serde_json::from_slice(&json).expect("node-link JSON parses");
    assert_eq!(v["nodes"].as_array().unwrap().len(), graph.node_count());
    assert_eq!(v["links"].as_array().unwrap().len(), graph.edge_count());

    let text = std::str::from_utf8(&jsonl).expect("JSONL is UTF-8");
    assert_eq!(text.lines().count(), docs, "one line per document");
    for line in text.lines() {
        let v: serde_json::Value = serde_json::from_str(line).expect("JSONL line parses");
        assert!(v["entities"].is_array());
    }
}
