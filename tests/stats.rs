//! `newsgraph stats` end to end: on articles, on the JSON graph `build`
//! wrote (the same summary but for document counts), `--json`, and errors.

mod common;

use common::*;

use std::fs;

use assert_cmd::Command;
use predicates::prelude::*;
use serde_json::Value;
use tempfile::TempDir;

const ARTICLES: &[(&str, &str)] = &[
    (
        "a.txt",
        "date 2020-06-24 Russia supplied S-400 systems to India. India and China held talks.\n",
    ),
    (
        "b.txt",
        "date 2020-06-30 Russia supplied S-400 systems to India again.\n",
    ),
    ("c.txt", "date 2021-01-05 China criticised India.\n"),
    ("d.txt", "India and France held talks.\n"),
];

fn corpus() -> TempDir {
    common::corpus_of(ARTICLES)
}

fn stdout(cmd: &mut Command) -> String {
    let out = cmd.assert().code(0).get_output().stdout.clone();
    String::from_utf8(out).unwrap()
}

#[test]
fn stats_of_articles_reads_as_a_report() {
    let tmp = corpus();
    let text = stdout(newsgraph().args(["stats", s(&tmp.path().join("in"))]));
    for want in [
        "documents: 4 (1 undated)",
        "dates: 2020-06-24 to 2021-01-05",
        "entities: 5 (country 4, weapon 1)",
        "top entities by weighted degree:\n   1. India (country)",
        "top entities by documents:\n   1. India (country) 4",
        "strongest relations:\n",
        "\"Russia supplied S-400 systems to India.\" [a.txt]",
        "busiest months (mentions): 2020-06",
    ] {
        assert!(text.contains(want), "missing {want:?} in\n{text}");
    }
}

#[test]
fn stats_of_the_json_graph_match_stats_of_the_articles() {
    let tmp = corpus();
    let input = tmp.path().join("in");
    let graph = tmp.path().join("graph.json.gz");
    newsgraph()
        .args(["build", s(&input), "-o", s(&graph)])
        .assert()
        .code(0);
    let parse = |t: String| -> Value { serde_json::from_str(&t).unwrap() };
    let mut from_articles = parse(stdout(newsgraph().args(["stats", "--json", s(&input)])));
    let from_graph = parse(stdout(newsgraph().args(["stats", "--json", s(&graph)])));
    assert_eq!(from_articles["documents"], 4);
    assert_eq!(from_articles["undated_documents"], 1);
    assert_eq!(
        from_graph["documents"],
        Value::Null,
        "a graph records no document count"
    );
    from_articles["documents"] = Value::Null;
    from_articles["undated_documents"] = Value::Null;
    assert_eq!(from_articles, from_graph);
    assert_eq!(from_graph["edges_by_kind"]["supply"], 2, "{from_graph}");
}

#[test]
fn stats_of_extract_output_match_stats_of_the_articles() {
    let tmp = corpus();
    let input = tmp.path().join("in");
    let parts = tmp.path().join("parts.jsonl.gz");
    newsgraph()
        .args(["extract", s(&input), "-o", s(&parts)])
        .assert()
        .code(0);
    let parse = |t: String| -> Value { serde_json::from_str(&t).unwrap() };
    let from_articles = parse(stdout(newsgraph().args(["stats", "--json", s(&input)])));
    let from_parts = parse(stdout(newsgraph().args(["stats", "--json", s(&parts)])));
    assert_eq!(from_parts["documents"], 4);
    assert_eq!(from_articles, from_parts);
}

#[test]
fn stats_errors() {
    let tmp = corpus();
    let input = tmp.path().join("in");
    let bad = tmp.path().join("bad.json");
    fs::write(&bad, "{\"nodes\": 3}").unwrap();
    newsgraph()
        .args(["stats", s(&bad)])
        .assert()
        .code(1)
        .stdout(predicate::str::is_empty())
        .stderr(predicate::str::contains("bad.json: not a node-link graph"));
    let graph = tmp.path().join("g.json");
    newsgraph()
        .args(["build", s(&input), "-o", s(&graph)])
        .assert()
        .code(0);
    newsgraph()
        .args(["stats", s(&graph), s(&input)])
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "either articles or one graph file",
        ));
}
