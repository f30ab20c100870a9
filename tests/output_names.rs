//! Output names: the format an `-o` extension selects, the error for one
//! newsgraph does not write, and `.gz` compression for `build` and `extract`.

mod common;

use common::*;

use std::fs;

use predicates::prelude::*;
use tempfile::TempDir;

const ARTICLE: &str = "date 2020-06-24 India and Russia agreed to extend their \
cooperation. China criticised India and Russia.\n";

const JSONL: &str = "{\"id\": \"j1\", \"date\": \"2021-01-05\", \"text\": \"Turkey bought \
the S-400 from Russia. The United States imposed sanctions on Turkey.\"}\n";

fn corpus() -> TempDir {
    common::corpus_of(&[("a.txt", ARTICLE), ("b.jsonl", JSONL)])
}

/// `build in -o NAME` (plus `extra`), asserted to exit 0; the bytes written.
fn build(tmp: &TempDir, name: &str, extra: &[&str]) -> Vec<u8> {
    let out = tmp.path().join(name);
    newsgraph()
        .args(["build", s(&tmp.path().join("in")), "-o", s(&out)])
        .args(extra)
        .assert()
        .code(0);
    fs::read(&out).unwrap()
}

#[test]
fn unknown_extension_is_an_error_naming_the_formats() {
    let tmp = corpus();
    for name in ["graph.txt", "graph.gexff", "graph.xml.gz", "graph.out"] {
        let out = tmp.path().join(name);
        newsgraph()
            .args(["build", s(&tmp.path().join("in")), "-o", s(&out)])
            .assert()
            .code(1)
            .stdout(predicate::str::is_empty())
            .stderr(
                predicate::str::contains("does not write")
                    .and(predicate::str::contains(".graphml"))
                    .and(predicate::str::contains(".json"))
                    .and(predicate::str::contains(".gexf")),
            );
        assert!(!out.exists(), "{name}: something written");
    }
}

#[test]
fn gz_after_any_extension_gzips_build_output() {
    let tmp = corpus();
    for (plain, gz) in [
        ("g.graphml", "g.graphml.gz"),
        ("g.json", "g.json.gz"),
        ("G.JSON", "G.JSON.GZ"),
        ("g.gexf", "g.gexf.gz"),
    ] {
        let want = build(&tmp, plain, &[]);
        let got = build(&tmp, gz, &[]);
        assert_eq!(gunzip(&got), want, "{gz} is not {plain} gzipped");
    }
    // The format still comes from the extension before .gz.
    let json = gunzip(&build(&tmp, "h.json.gz", &[]));
    assert!(json.starts_with(b"{"), "not JSON");
    // --format picks the format; .gz still compresses.
    let forced = gunzip(&build(&tmp, "i.graphml.gz", &["--format", "json"]));
    assert_eq!(forced, json);
    // Same bytes every run: no time stamp in the gzip header.
    assert_eq!(
        build(&tmp, "g.json.gz", &[]),
        build(&tmp, "g2.json.gz", &[])
    );
}

#[test]
fn gz_gzips_extract_output() {
    let tmp = corpus();
    let run = |name: &str| {
        let out = tmp.path().join(name);
        newsgraph()
            .args(["extract", s(&tmp.path().join("in")), "-o", s(&out)])
            .assert()
            .code(0);
        fs::read(&out).unwrap()
    };
    let plain = run("parts.jsonl");
    assert_eq!(plain.iter().filter(|&&b| b == b'\n').count(), 2);
    assert_eq!(gunzip(&run("parts.jsonl.gz")), plain);
    // extract writes JSON Lines whatever the name.
    assert_eq!(run("parts.out"), plain);
}
