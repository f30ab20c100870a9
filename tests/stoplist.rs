//! `--stop TYPE=FILE`: names never tagged, in build and extract, and a bad
//! stop file stops everything before any input is read.

mod common;

use common::*;

use std::fs;

use predicates::prelude::*;
use serde_json::Value;
use tempfile::TempDir;

const ARTICLE: &str = "date 2020-06-24 Russia supplied S-400 systems to India. \
China criticised India and Russia.\n";

fn ids(graph: &Value) -> Vec<String> {
    graph["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n["id"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn stopped_names_are_never_tagged() {
    let tmp = TempDir::new().unwrap();
    let article = tmp.path().join("a.txt");
    fs::write(&article, ARTICLE).unwrap();
    let stop = tmp.path().join("stop.tsv");
    fs::write(
        &stop,
        "# countries we do not want\nchina\tnot in this study\n",
    )
    .unwrap();
    let graph = |extra: &[&str]| -> Value {
        let out = newsgraph()
            .args(["build", s(&article), "--format", "json"])
            .args(extra)
            .assert()
            .code(0)
            .get_output()
            .stdout
            .clone();
        serde_json::from_slice(&out).unwrap()
    };
    let all = graph(&[]);
    assert!(ids(&all).contains(&"country:china".to_string()));
    let stopped = graph(&["--stop", &format!("country={}", s(&stop))]);
    let left = ids(&stopped);
    assert!(!left.contains(&"country:china".to_string()), "{left:?}");
    assert!(left.contains(&"country:russia".to_string()));
    let criticize = stopped["links"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|l| l["relation"] == "criticize")
        .count();
    assert_eq!(criticize, 0, "a relation of a stopped entity remains");
    // The type matters: a stop list for people leaves the country alone.
    let other = graph(&["--stop", &format!("person={}", s(&stop))]);
    assert_eq!(ids(&other), ids(&all));
    // `all` applies to every type; extract drops it too.
    let out = newsgraph()
        .args([
            "extract",
            s(&article),
            "--stop",
            &format!("all={}", s(&stop)),
        ])
        .assert()
        .code(0)
        .get_output()
        .stdout
        .clone();
    let line: Value = serde_json::from_slice(&out).unwrap();
    let labels: Vec<&str> = line["entities"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["label"].as_str().unwrap())
        .collect();
    assert!(
        !labels.contains(&"China") && labels.contains(&"India"),
        "{labels:?}"
    );
}

#[test]
fn a_bad_stop_file_stops_everything() {
    let tmp = TempDir::new().unwrap();
    let article = tmp.path().join("a.txt");
    fs::write(&article, ARTICLE).unwrap();
    let stop = tmp.path().join("stop.tsv");
    fs::write(&stop, "china\n\tno name here\n").unwrap();
    let out = tmp.path().join("g.json");
    for (arg, says) in [
        (
            format!("country={}", s(&stop)),
            format!("{}:2: empty name", s(&stop)),
        ),
        (
            format!("ship={}", s(&stop)),
            "unknown type \"ship\"".to_string(),
        ),
        (
            format!("country={}", s(&tmp.path().join("missing.tsv"))),
            "missing.tsv".to_string(),
        ),
        (
            "no-equals".to_string(),
            "--stop takes TYPE=FILE".to_string(),
        ),
    ] {
        newsgraph()
            .args(["build", s(&article), "-o", s(&out), "--stop", &arg])
            .assert()
            .code(1)
            .stdout(predicate::str::is_empty())
            .stderr(predicate::str::contains(says));
        assert!(!out.exists());
    }
}
