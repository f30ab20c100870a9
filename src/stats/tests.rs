use super::*;
use crate::export;
use crate::extract::Extractor;
use crate::graph::{GraphBuilder, GraphOptions};
use crate::relate::Relater;

fn graph() -> Graph {
    let ex = Extractor::builtin();
    let relater = Relater::new();
    let mut b = GraphBuilder::new(GraphOptions::default());
    for (id, date, text) in [
        (
            "a",
            Some("2020-06-24"),
            "Russia supplied S-400 systems to India. India and China held talks.",
        ),
        (
            "b",
            Some("2020-06-30"),
            "Russia supplied S-400 systems to India again.",
        ),
        ("c", Some("2021-01-05"), "China criticised India."),
        ("d", None, "India and France held talks."),
    ] {
        let extraction = ex.extract(text);
        let relations = relater.relations(text, &extraction);
        b.add(id, date, text, &extraction, &relations);
    }
    b.finish()
}

#[test]
fn summary_counts_ranks_and_months() {
    let g = graph();
    let s = summarise(&g, Some(4), Some(1), 3);
    assert_eq!(s.entities, g.node_count());
    assert_eq!(s.entities_by_type.values().sum::<usize>(), s.entities);
    assert_eq!(s.edges_by_kind.values().sum::<usize>(), s.edges);
    assert_eq!(s.top_by_degree[0].label, "India");
    assert_eq!(s.top_by_documents[0].label, "India");
    assert_eq!(s.top_by_documents[0].value, 4);
    assert_eq!(s.first_date.as_deref(), Some("2020-06-24"));
    assert_eq!(s.last_date.as_deref(), Some("2021-01-05"));
    assert_eq!(s.busiest_months[0].0, "2020-06");
    // India acquire S-400 and Russia supply India/S-400 are stated twice;
    // ties go by source id.
    let strongest = &s.strongest_relations[0];
    assert_eq!(strongest.weight, 2);
    assert_eq!(
        (strongest.source.as_str(), strongest.relation.as_str()),
        ("India", "acquire")
    );
    assert_eq!(strongest.doc.as_deref(), Some("a"));
    let text = s.to_text();
    assert!(text.contains("documents: 4 (1 undated)"), "{text}");
    assert!(text.contains("dates: 2020-06-24 to 2021-01-05"), "{text}");
    assert!(
        text.contains("\"Russia supplied S-400 systems to India.\" [a]"),
        "{text}"
    );
}

#[test]
fn graph_json_reads_back_to_the_same_summary() {
    let g = graph();
    let mut json = Vec::new();
    export::json::write(&g, &mut json).unwrap();
    let back = read_graph_json(&json).unwrap();
    assert_eq!(
        summarise(&back, None, None, 5),
        summarise(&g, None, None, 5)
    );
    for (bad, says) in [
        (&b"[1, 2]"[..], "not a node-link graph"),
        (
            b"{\"nodes\": [], \"links\": [{\"source\": \"x\", \"target\": \"y\"}]}",
            "link 1: source is not a node",
        ),
        (
            b"{\"nodes\": [{\"id\": \"a\", \"type\": \"ship\"}], \"links\": []}",
            "node 1: no known type",
        ),
        (b"nope", "not JSON"),
    ] {
        let e = read_graph_json(bad).unwrap_err();
        assert!(e.contains(says), "{e}");
    }
}
