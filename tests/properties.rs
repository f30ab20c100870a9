//! Property tests: invariants that must hold for any input.
//!
//! - extraction never panics, and every span is a valid slice inside its sentence;
//! - the graph does not depend on document order or thread count;
//! - every edge joins existing nodes, co-occurrence edges are never loops, and
//!   the JSON export re-parses with the same counts;
//! - the corpus reader turns arbitrary bytes into documents or named skips,
//!   never a panic.

use std::io::Write;

use newsgraph::corpus::{Corpus, Document, Item, Limits};
use newsgraph::extract::Extractor;
use newsgraph::graph::{EdgeKind, Graph, GraphBuilder, GraphOptions};
use newsgraph::pipeline::Pipeline;
use newsgraph::relate::Relater;
use proptest::prelude::*;

/// Fragments written for these tests, mixed into articles.
const PIECES: &[&str] = &[
    "India signed a deal with Russia for S-400 systems.",
    "Defence Minister Rajnath Singh met Yury Borisov in Moscow.",
    "The Indian Air Force (IAF) will buy Su-30MKI fighters.",
    "China tested the J-20 near the Line of Actual Control.",
    "Lt Gen Ravi Menon visited Zhuhai Aerospace Ltd on Tuesday.",
    "BAE Systems delivered M777 howitzers to the Indian Army.",
    "The talks went on.",
    "Pakistan and the United States held talks with NATO.",
    "Officials said nothing.",
];

/// Loading the lexicons is the slow part: once for all cases.
fn extractor() -> Extractor {
    static E: std::sync::OnceLock<Extractor> = std::sync::OnceLock::new();
    E.get_or_init(Extractor::builtin).clone()
}

fn article() -> impl Strategy<Value = String> {
    prop::collection::vec(0..PIECES.len(), 1..8)
        .prop_map(|ix| ix.iter().map(|&i| PIECES[i]).collect::<Vec<_>>().join(" "))
}

fn build(docs: &[Document], threads: usize) -> Graph {
    let pipeline = Pipeline::new(extractor(), Relater::default(), threads).unwrap();
    let mut graph = GraphBuilder::new(GraphOptions::default());
    // The pipeline reads on a thread of its own: it takes owned items.
    let items: Vec<Item> = docs.iter().cloned().map(Item::Doc).collect();
    pipeline
        .run(
            items.into_iter(),
            |e| panic!("{e}"),
            |e| panic!("{e}"),
            |a| {
                a.add_to(&mut graph);
                Ok(())
            },
        )
        .unwrap();
    graph.finish()
}

fn graphml(g: &Graph) -> Vec<u8> {
    let mut out = Vec::new();
    newsgraph::export::graphml::write(g, &mut out).unwrap();
    out
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    #[test]
    fn extraction_never_panics_and_spans_fit(text in "\\PC{0,300}") {
        let ex = extractor().extract(&text);
        for e in &ex.entities {
            prop_assert!(!e.mentions.is_empty());
            prop_assert!(e.id.starts_with(e.kind.as_str()));
            for m in &e.mentions {
                prop_assert!(text.get(m.start..m.end).is_some());
                let s = ex.sentences[m.sentence];
                prop_assert!(s.start <= m.start && m.end <= s.end);
            }
        }
    }

    #[test]
    fn graph_is_independent_of_order_and_threads(
        texts in prop::collection::vec(article(), 1..6),
        dates in prop::collection::vec(prop::option::of(2015u32..2025), 6),
    ) {
        let docs: Vec<Document> = texts
            .iter()
            .enumerate()
            .map(|(i, t)| Document {
                id: format!("doc-{i}"),
                date: dates[i].map(|y| format!("{y}-06-01")),
                title: None,
                text: t.clone(),
            })
            .collect();
        let one = graphml(&build(&docs, 1));
        let mut reversed = docs.clone();
        reversed.reverse();
        prop_assert_eq!(&one, &graphml(&build(&reversed, 3)));
    }

    #[test]
    fn edges_join_nodes_and_json_keeps_counts(texts in prop::collection::vec(article(), 1..5)) {
        let docs: Vec<Document> = texts
            .iter()
            .enumerate()
            .map(|(i, t)| Document { id: format!("d{i}"), date: None, title: None, text: t.clone() })
            .collect();
        let g = build(&docs, 2);
        for e in g.edge_indices() {
            let (s, t) = g.edge_endpoints(e).unwrap();
            prop_assert!(g.node_weight(s).is_some() && g.node_weight(t).is_some());
            if g[e].kind == EdgeKind::Cooccurrence {
                prop_assert!(s != t);
                prop_assert!(g[s].id < g[t].id);
            }
            prop_assert!(g[e].weight >= 1 && g[e].documents >= 1);
            prop_assert!(g[e].documents <= docs.len() as u64);
        }
        let mut out = Vec::new();
        newsgraph::export::json::write(&g, &mut out).unwrap();
        let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
        prop_assert_eq!(v["nodes"].as_array().unwrap().len(), g.node_count());
        prop_assert_eq!(v["links"].as_array().unwrap().len(), g.edge_count());
    }

    #[test]
    fn arbitrary_bytes_are_read_or_skipped(
        bytes in prop::collection::vec(any::<u8>(), 0..400),
        jsonl in any::<bool>(),
    ) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(if jsonl { "x.jsonl" } else { "x.txt" });
        std::fs::File::create(&path).unwrap().write_all(&bytes).unwrap();
        let corpus = Corpus::discover(&[path.to_str().unwrap()]);
        for item in corpus.documents(Limits::default()) {
            match item {
                Item::Doc(d) => {
                    prop_assert!(!d.text.trim().is_empty());
                    let _ = extractor().extract(&d.text);
                }
                Item::Skip(e) | Item::Note(e) => prop_assert!(e.to_string().contains("x.")),
            }
        }
    }
}
