//! `build --format csv -o DIR`: the directory and its two files, both
//! flavours, the same graph as the JSON, and the errors.

mod common;

use common::*;

use std::fs;
use std::path::Path;

use predicates::prelude::*;
use serde_json::Value;
use tempfile::TempDir;

const ARTICLES: &[(&str, &str)] = &[
    (
        "a.txt",
        "date 2021-02-01 Russia supplied S-400 systems to India. India and China \
         held talks.\n",
    ),
    (
        "b.txt",
        "Israel did not supply the Barak-8 to India, officials said \"today\".\n",
    ),
];

fn corpus() -> TempDir {
    common::corpus_of(ARTICLES)
}

fn records(path: &Path) -> Vec<Vec<String>> {
    csv::ReaderBuilder::new()
        .has_headers(false)
        .from_path(path)
        .unwrap()
        .records()
        .map(|r| r.unwrap().iter().map(str::to_string).collect())
        .collect()
}

#[test]
fn gephi_csv_holds_the_json_graph() {
    let tmp = corpus();
    let input = tmp.path().join("in");
    let dir = tmp.path().join("graph-csv");
    newsgraph()
        .args(["build", s(&input), "--format", "csv", "-o", s(&dir)])
        .assert()
        .code(0)
        .stdout(predicate::str::is_empty());
    let mut names: Vec<_> = fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    names.sort();
    assert_eq!(
        names,
        ["edges.csv", "nodes.csv"],
        "nothing else left behind"
    );
    let json = newsgraph()
        .args(["build", s(&input), "--format", "json"])
        .assert()
        .code(0)
        .get_output()
        .stdout
        .clone();
    let json: Value = serde_json::from_slice(&json).unwrap();
    let nodes = records(&dir.join("nodes.csv"));
    let edges = records(&dir.join("edges.csv"));
    assert_eq!(nodes[0][..3], ["Id", "Label", "type"]);
    assert_eq!(edges[0][..4], ["Source", "Target", "Type", "Weight"]);
    let want_nodes: Vec<&str> = json["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n["id"].as_str().unwrap())
        .collect();
    let got_nodes: Vec<&str> = nodes[1..].iter().map(|r| r[0].as_str()).collect();
    assert_eq!(got_nodes, want_nodes);
    let links = json["links"].as_array().unwrap();
    assert_eq!(edges.len() - 1, links.len());
    for (row, link) in edges[1..].iter().zip(links) {
        assert_eq!(row[0], link["source"].as_str().unwrap());
        assert_eq!(row[1], link["target"].as_str().unwrap());
        let relation = link["kind"] == "relation";
        assert_eq!(row[2], if relation { "Directed" } else { "Undirected" });
        assert_eq!(
            row[3].parse::<f64>().unwrap(),
            link["weight"].as_f64().unwrap()
        );
        if relation {
            let negated = link["negated"].as_bool().unwrap();
            let category = link["relation"].as_str().unwrap();
            let kind = if negated {
                format!("not-{category}")
            } else {
                category.to_string()
            };
            assert_eq!(row[4], kind);
            assert_eq!(row[10], negated.to_string());
            assert_eq!(row[11], link["evidence"][0]["text"].as_str().unwrap());
        } else {
            assert_eq!(row[4], "cooccurrence");
        }
    }
    // The quoted word survives the round trip, and a negated relation is there.
    assert!(edges.iter().any(|r| r[11].contains("\"today\"")));
    assert!(edges.iter().any(|r| r[4] == "not-supply"));
}

#[test]
fn neo4j_flavour_and_same_bytes_for_any_thread_count() {
    let tmp = corpus();
    let input = tmp.path().join("in");
    let run = |name: &str, threads: &str| {
        let dir = tmp.path().join(name);
        newsgraph()
            .args([
                "build",
                s(&input),
                "--format",
                "csv",
                "--csv-flavour",
                "neo4j",
            ])
            .args(["--threads", threads, "-o", s(&dir)])
            .assert()
            .code(0);
        (
            fs::read(dir.join("nodes.csv")).unwrap(),
            fs::read(dir.join("edges.csv")).unwrap(),
        )
    };
    let one = run("one", "1");
    assert_eq!(one, run("two", "2"));
    let nodes = String::from_utf8(one.0).unwrap();
    let edges = String::from_utf8(one.1).unwrap();
    assert!(nodes.starts_with("id:ID,label,type,:LABEL,mentions:long,"));
    assert!(nodes.contains(",Entity;Country,"));
    assert!(edges.starts_with(":START_ID,:END_ID,:TYPE,weight:double,"));
    assert!(edges.contains(",COOCCURS_WITH,"));
    assert!(edges.contains(",NOT_SUPPLY,"));
    // Rewriting into an existing directory replaces the two files.
    run("one", "1");
}

#[test]
fn csv_errors_write_nothing() {
    let tmp = corpus();
    let input = tmp.path().join("in");
    newsgraph()
        .args(["build", s(&input), "--format", "csv"])
        .assert()
        .code(1)
        .stdout(predicate::str::is_empty())
        .stderr(predicate::str::contains("give -o DIR"));
    newsgraph()
        .args(["build", s(&input), "--csv-flavour", "neo4j"])
        .args(["-o", s(&tmp.path().join("g.json"))])
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "--csv-flavour goes with --format csv",
        ));
    // Nothing readable: exit 1, and the directory is not left behind.
    let empty = tmp.path().join("empty");
    fs::create_dir(&empty).unwrap();
    let dir = tmp.path().join("out-csv");
    newsgraph()
        .args(["build", s(&empty), "--format", "csv", "-o", s(&dir)])
        .assert()
        .code(1);
    assert!(!dir.exists());
    // A file where the directory should be.
    let file = tmp.path().join("a-file");
    fs::write(&file, "keep").unwrap();
    newsgraph()
        .args(["build", s(&input), "--format", "csv", "-o", s(&file)])
        .assert()
        .code(1);
    assert_eq!(fs::read_to_string(&file).unwrap(), "keep");
}
