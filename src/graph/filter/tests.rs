use super::*;
use crate::graph::{Edge, Node};

/// A hand-made graph:
///
/// ```text
/// country:a --c w5 d3-- country:b --c w1 d1-- person:p
/// country:a --supply w2 d2--> weapon:w
/// country:b --acquire w1 d1--> weapon:w
/// person:p --meet w3 d1--> country:a
/// organisation:lonely (no edge, 1 document)
/// ```
fn sample() -> Graph {
    let mut g = Graph::default();
    let mut node = |id: &str, kind, documents| {
        g.add_node(Node {
            id: id.to_string(),
            label: id.to_string(),
            kind,
            mentions: documents * 2,
            documents,
            first_date: None,
            last_date: None,
            aliases: vec![],
            months: vec![],
            days: vec![],
        })
    };
    let a = node("country:a", EntityType::Country, 4);
    let b = node("country:b", EntityType::Country, 3);
    let _ = node("organisation:lonely", EntityType::Organisation, 1);
    let p = node("person:p", EntityType::Person, 1);
    let w = node("weapon:w", EntityType::Weapon, 2);
    let edge = |kind: EdgeKind, weight, documents| Edge {
        kind,
        verb: None,
        weight,
        documents,
        first_date: None,
        last_date: None,
        evidence: vec![],
        days: vec![],
    };
    let rel = |r: &str| EdgeKind::Relation {
        relation: r.to_string(),
        negated: false,
    };
    g.add_edge(a, b, edge(EdgeKind::Cooccurrence, 5, 3));
    g.add_edge(b, p, edge(EdgeKind::Cooccurrence, 1, 1));
    g.add_edge(a, w, edge(rel("supply"), 2, 2));
    g.add_edge(b, w, edge(rel("acquire"), 1, 1));
    g.add_edge(p, a, edge(rel("meet"), 3, 1));
    g
}

/// Node ids, and edges as `source>target:kind`, in graph order.
fn shape(g: &Graph) -> (Vec<String>, Vec<String>) {
    let nodes = g.node_indices().map(|i| g[i].id.clone()).collect();
    let edges = g
        .edge_indices()
        .map(|e| {
            let (s, t) = g.edge_endpoints(e).unwrap();
            let kind = match &g[e].kind {
                EdgeKind::Cooccurrence => "c".to_string(),
                EdgeKind::Relation { relation, .. } => relation.clone(),
            };
            format!("{}>{}:{kind}", short(&g[s].id), short(&g[t].id))
        })
        .collect();
    (nodes, edges)
}

fn short(id: &str) -> &str {
    id.split_once(':').unwrap().1
}

#[test]
fn filters_table() {
    let all_nodes = [
        "country:a",
        "country:b",
        "organisation:lonely",
        "person:p",
        "weapon:w",
    ];
    let cases: Vec<(&str, Filter, Vec<&str>, Vec<&str>)> = vec![
        (
            "no filter keeps everything, even the isolated node",
            Filter::default(),
            all_nodes.to_vec(),
            vec!["a>b:c", "b>p:c", "a>w:supply", "b>w:acquire", "p>a:meet"],
        ),
        (
            "types drop nodes with their edges, then the isolated",
            Filter {
                types: Some(vec![EntityType::Country, EntityType::Weapon]),
                ..Filter::default()
            },
            vec!["country:a", "country:b", "weapon:w"],
            vec!["a>b:c", "a>w:supply", "b>w:acquire"],
        ),
        (
            "keep_isolated keeps nodes left without edges",
            Filter {
                types: Some(vec![EntityType::Person, EntityType::Organisation]),
                keep_isolated: true,
                ..Filter::default()
            },
            vec!["organisation:lonely", "person:p"],
            vec![],
        ),
        (
            "relations keep the named categories and all co-occurrence",
            Filter {
                relations: Some(vec!["supply".into()]),
                ..Filter::default()
            },
            vec!["country:a", "country:b", "person:p", "weapon:w"],
            vec!["a>b:c", "b>p:c", "a>w:supply"],
        ),
        (
            "min_weight drops light edges, then their lone endpoints",
            Filter {
                min_weight: 3,
                ..Filter::default()
            },
            vec!["country:a", "country:b", "person:p"],
            vec!["a>b:c", "p>a:meet"],
        ),
        (
            "min_documents applies to nodes and edges",
            Filter {
                min_documents: 2,
                ..Filter::default()
            },
            vec!["country:a", "country:b", "weapon:w"],
            vec!["a>b:c", "a>w:supply"],
        ),
        (
            // Weighted degrees: a 10, b 7, p 4, w 3.
            "top keeps the strongest nodes and the edges among them",
            Filter {
                top: Some(2),
                ..Filter::default()
            },
            vec!["country:a", "country:b"],
            vec!["a>b:c"],
        ),
        (
            "top after the other filters: degrees are recounted",
            Filter {
                top: Some(2),
                types: Some(vec![
                    EntityType::Country,
                    EntityType::Weapon,
                    EntityType::Person,
                ]),
                relations: Some(vec!["supply".into(), "acquire".into()]),
                min_weight: 2,
                ..Filter::default()
            },
            // a: 5 + 2, b: 5, w: 2, p: 0.
            vec!["country:a", "country:b"],
            vec!["a>b:c"],
        ),
    ];
    for (what, filter, nodes, edges) in cases {
        let mut g = sample();
        filter.apply(&mut g);
        let (got_nodes, got_edges) = shape(&g);
        assert_eq!(got_nodes, nodes, "{what}: nodes");
        assert_eq!(got_edges, edges, "{what}: edges");
    }
}

#[test]
fn top_ties_go_to_the_smaller_id() {
    let mut g = sample();
    Filter {
        relations: Some(vec![]),
        min_weight: 0,
        top: Some(4),
        keep_isolated: true,
        ..Filter::default()
    }
    .apply(&mut g);
    // Degrees now: b 6, a 5, p 1, lonely 0, w 0; the tie at 0 goes to the
    // smaller id, "organisation:lonely" < "weapon:w".
    let (nodes, _) = shape(&g);
    assert_eq!(
        nodes,
        ["country:a", "country:b", "organisation:lonely", "person:p"]
    );
}

#[test]
fn every_edge_keeps_its_endpoints() {
    let filters = [
        Filter {
            types: Some(vec![EntityType::Weapon, EntityType::Person]),
            keep_isolated: true,
            ..Filter::default()
        },
        Filter {
            top: Some(1),
            keep_isolated: true,
            ..Filter::default()
        },
        Filter {
            top: Some(3),
            ..Filter::default()
        },
    ];
    for f in filters {
        let mut g = sample();
        f.apply(&mut g);
        for e in g.edge_indices() {
            let (s, t) = g.edge_endpoints(e).unwrap();
            assert!(g.contains_node(s) && g.contains_node(t), "{f:?}");
        }
        if !f.keep_isolated {
            for n in g.node_indices() {
                assert!(g.neighbors_undirected(n).next().is_some(), "{f:?}");
            }
        }
    }
}

#[test]
fn date_ranges() {
    let range = |since: &str, until: &str| DateRange {
        since: (!since.is_empty()).then(|| DateRange::parse_since(since).unwrap()),
        until: (!until.is_empty()).then(|| DateRange::parse_until(until).unwrap()),
    };
    let cases = [
        (range("", ""), None, true),
        (range("", ""), Some("1999-01-01"), true),
        (range("2020", ""), None, false),
        (range("2020", ""), Some("2019-12-31"), false),
        (range("2020", ""), Some("2020-01-01"), true),
        (range("", "2020-06"), Some("2020-06-30"), true),
        (range("", "2020-06"), Some("2020-07-01"), false),
        (range("", "2020-02"), Some("2020-02-29"), true),
        (range("2020-06-24", "2020-06-24"), Some("2020-06-24"), true),
        (range("2020-06-24", "2020-06-24"), Some("2020-06-25"), false),
        (range("2021", "2021"), Some("2021-12-31"), true),
    ];
    for (r, date, want) in cases {
        assert_eq!(r.contains(date), want, "{r:?} {date:?}");
    }
    for bad in ["20", "2020-13", "2020-02-30", "june", "2020-6-1"] {
        assert!(DateRange::parse_since(bad).is_err(), "{bad}");
        assert!(DateRange::parse_until(bad).is_err(), "{bad}");
    }
}

#[test]
fn unknown_relation_names_the_known_ones() {
    let f = Filter {
        relations: Some(vec!["supply".into(), "suply".into()]),
        ..Filter::default()
    };
    let e = f.check().unwrap_err().to_string();
    assert!(
        e.contains("\"suply\"") && e.contains("supply, support"),
        "{e}"
    );
    assert!(Filter::default().check().is_ok());
}
