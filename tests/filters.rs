//! `build` filters end to end: types, relation categories, weights,
//! documents, top N, article date range, isolated nodes, bad values. The
//! fixtures name only countries, one weapon and one city.

mod common;

use common::*;

use std::collections::BTreeSet;
use std::path::Path;

use predicates::prelude::*;
use serde_json::Value;
use tempfile::TempDir;

const ARTICLES: &[(&str, &str)] = &[
    (
        "a.txt",
        "date 2020-03-10 India and Russia signed an agreement on the S-400. China criticised India.\n",
    ),
    (
        "b.txt",
        "date 2020-11-02 Russia supplied S-400 systems to India. India and France held talks. \
         India and Russia met again.\n",
    ),
    (
        "c.txt",
        "date 2021-05-20 France and Germany agreed to build a new tank. Germany and France met in Paris.\n",
    ),
    (
        "d.txt",
        "Japan and Australia held talks with India. Brazil was mentioned alone.\n",
    ),
];

fn corpus() -> TempDir {
    common::corpus_of(ARTICLES)
}

/// `build INPUT --format json ARGS` on stdout, asserted to exit 0.
fn json(input: &Path, args: &[&str]) -> Value {
    let out = newsgraph()
        .args(["build", s(input), "--format", "json"])
        .args(args)
        .assert()
        .code(0)
        .get_output()
        .stdout
        .clone();
    serde_json::from_slice(&out).unwrap()
}

fn node_ids(g: &Value) -> BTreeSet<String> {
    g["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n["id"].as_str().unwrap().to_string())
        .collect()
}

/// Links as `source>target:kind` (kind is the relation for relation links).
fn links(g: &Value) -> BTreeSet<String> {
    g["links"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| {
            let kind = l["relation"].as_str().unwrap_or("c");
            let short = |k: &str| {
                l[k].as_str()
                    .unwrap()
                    .split(':')
                    .nth(1)
                    .unwrap()
                    .to_string()
            };
            format!("{}>{}:{kind}", short("source"), short("target"))
        })
        .collect()
}

fn set(items: &[&str]) -> BTreeSet<String> {
    items.iter().map(|s| s.to_string()).collect()
}

/// Every link's endpoints are nodes; without --keep-isolated every node has a link.
fn assert_whole(g: &Value, isolated_allowed: bool) {
    let ids = node_ids(g);
    let mut linked = BTreeSet::new();
    for l in g["links"].as_array().unwrap() {
        for end in ["source", "target"] {
            let id = l[end].as_str().unwrap().to_string();
            assert!(ids.contains(&id), "link to missing node {id}");
            linked.insert(id);
        }
    }
    if !isolated_allowed {
        assert_eq!(linked, ids, "a node without an edge is left");
    }
}

#[test]
fn no_filter_keeps_isolated_nodes() {
    let tmp = corpus();
    let g = json(&tmp.path().join("in"), &[]);
    assert!(node_ids(&g).contains("country:brazil"));
}

#[test]
fn date_range_counts_only_documents_in_range() {
    let tmp = corpus();
    let input = tmp.path().join("in");
    // Only b.txt (2020-11-02) is in range: the graph is b.txt's own graph,
    // counts included (India is in three documents but one in range).
    let g = json(&input, &["--since", "2020-06", "--until", "2020"]);
    assert_eq!(g, json(&input.join("b.txt"), &[]));
    let india = g["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|n| n["id"] == "country:india")
        .unwrap();
    assert_eq!(india["documents"], 1);
    assert_eq!(india["first_date"], "2020-11-02");
    // Undated articles are outside any bounded range.
    let g = json(&input, &["--until", "2030-12-31"]);
    let ids = node_ids(&g);
    for gone in ["country:japan", "country:australia", "country:brazil"] {
        assert!(!ids.contains(gone), "{gone} from the undated article");
    }
    assert!(ids.contains("country:germany"));
    assert_whole(&g, false);
}

#[test]
fn types_drop_nodes_with_their_edges_and_then_isolated_ones() {
    let tmp = corpus();
    let input = tmp.path().join("in");
    let g = json(&input, &["--types", "country,weapon"]);
    let ids = node_ids(&g);
    assert!(!ids.contains("location:paris"));
    assert!(!ids.contains("country:brazil"), "isolated node kept");
    assert!(ids.contains("weapon:s-400"));
    assert_whole(&g, false);
    let g = json(&input, &["--types", "country", "--keep-isolated"]);
    assert!(node_ids(&g).contains("country:brazil"));
    assert!(node_ids(&g).iter().all(|id| id.starts_with("country:")));
    assert_whole(&g, true);
}

#[test]
fn relations_and_weights() {
    let tmp = corpus();
    let input = tmp.path().join("in");
    let g = json(&input, &["--edges", "relations", "--relations", "supply"]);
    assert_eq!(
        links(&g),
        set(&["russia>india:supply", "russia>s-400:supply"])
    );
    assert_eq!(
        node_ids(&g),
        set(&["country:india", "country:russia", "weapon:s-400"])
    );
    let g = json(&input, &["--min-weight", "2"]);
    assert_eq!(
        links(&g),
        set(&[
            "france>germany:c",
            "india>russia:c",
            "india>s-400:c",
            "russia>s-400:c"
        ])
    );
    let g = json(&input, &["--min-documents", "2"]);
    assert_eq!(
        links(&g),
        set(&["india>russia:c", "india>s-400:c", "russia>s-400:c"])
    );
}

#[test]
fn top_keeps_the_strongest_nodes_and_the_edges_among_them() {
    let tmp = corpus();
    let g = json(&tmp.path().join("in"), &["--top", "3"]);
    // Weighted degrees: India 17, Russia 9, France 7, S-400 6, ...
    assert_eq!(
        node_ids(&g),
        set(&["country:france", "country:india", "country:russia"])
    );
    assert_eq!(
        links(&g),
        set(&[
            "france>india:c",
            "france>india:meet",
            "india>russia:agree",
            "india>russia:c",
            "india>russia:meet",
            "russia>india:supply",
        ])
    );
}

#[test]
fn filters_apply_the_same_to_every_format() {
    let tmp = corpus();
    let input = tmp.path().join("in");
    let args = ["--top", "4", "--types", "country,weapon"];
    let g = json(&input, &args);
    let xml = newsgraph()
        .args(["build", s(&input), "--format", "graphml"])
        .args(args)
        .assert()
        .code(0)
        .get_output()
        .stdout
        .clone();
    let xml = String::from_utf8(xml).unwrap();
    assert_eq!(xml.matches("<node ").count(), node_ids(&g).len());
    assert_eq!(xml.matches("<edge ").count(), links(&g).len());
}

#[test]
fn bad_filter_values_do_nothing() {
    let tmp = corpus();
    let input = tmp.path().join("in");
    let out = tmp.path().join("g.json");
    for (args, says) in [
        (&["--types", "country,ship"][..], "unknown type \"ship\""),
        (
            &["--relations", "suply"][..],
            "unknown relation category \"suply\"",
        ),
        (&["--since", "2020-13"][..], "--since"),
        (&["--until", "yesterday"][..], "--until"),
        (&["--since", "2021", "--until", "2020"][..], "after --until"),
        (&["--top", "0"][..], "--top"),
    ] {
        newsgraph()
            .args(["build", s(&input), "-o", s(&out)])
            .args(args)
            .assert()
            .code(1)
            .stderr(predicate::str::contains(says));
        assert!(!out.exists(), "{args:?}: output written");
    }
}
