//! End-to-end tests of the `newsgraph` binary: every test writes its own
//! fixtures into a temporary directory and runs the built executable on them.
//!
//! What is checked is the command-line contract (output places and formats,
//! exit status 0/2/1, skips named on stderr, whole-or-nothing output files,
//! determinism), not extraction quality: the only entities relied on are
//! plain country names.

mod common;

use common::*;

use std::fs;
use std::path::{Path, PathBuf};

use predicates::prelude::*;
use serde_json::Value;
use tempfile::TempDir;

// Fixtures: short defence-news sentences written for these tests.

/// Header running straight into the first sentence.
const ARTICLE_A: &str = "date 2020-06-24 Defence Minister Anil Varma arrived in Moscow \
on Tuesday to speed up delivery of the S-400 air defence system. India and Russia agreed \
to extend their cooperation on Kamov helicopters.\n\nChina criticised the visit.\n";

/// Header on its own line, then a blank line.
const ARTICLE_B: &str = "date 2021-03-16\n\nThe Indian Navy signed a deal with Lockheed \
Martin for MH-60R helicopters. The United States approved the sale to India last year.\n";

/// No header at all.
const ARTICLE_C: &str = "Pakistan test-fired a Shaheen-III missile on Wednesday, said \
Lt Gen Farhan Aziz Malik. India and China did not comment on the launch.\n";

const JSONL: &str = concat!(
    r#"{"id": "j1", "date": "2020-12-15T08:00:00Z", "title": "Sanctions", "text": "Turkey bought the S-400 from Russia. The United States imposed sanctions on Turkey."}"#,
    "\n",
    r#"{"id": "j2", "text": "Japan and Australia joined India and the United States in the Malabar exercise."}"#,
    "\n",
);

/// A temp dir holding `articles/` with two text articles and one JSONL file.
fn corpus() -> (TempDir, PathBuf) {
    let tmp = TempDir::new().unwrap();
    let dir = tmp.path().join("articles");
    write(&dir, "a.txt", ARTICLE_A);
    write(&dir, "b.txt", ARTICLE_B);
    write(&dir, "sub/c.md", ARTICLE_C);
    write(&dir, "d.jsonl", JSONL);
    (tmp, dir)
}

/// The document text of a text file, by the documented rule: a leading
/// `date YYYY-MM-DD` header and the white space after it are removed.
fn body_after_header(content: &str) -> &str {
    let t = content.trim_start();
    match t.strip_prefix("date ") {
        Some(rest)
            if rest.len() >= 10
                && rest.as_bytes()[4] == b'-'
                && rest.as_bytes()[7] == b'-'
                && rest[..10].bytes().filter(u8::is_ascii_digit).count() == 8
                && rest[10..].chars().next().is_none_or(char::is_whitespace) =>
        {
            rest[10..].trim_start()
        }
        _ => content,
    }
}

fn parse_jsonl(out: &[u8]) -> Vec<Value> {
    let text = std::str::from_utf8(out).expect("JSONL is UTF-8");
    assert!(
        text.is_empty() || text.ends_with('\n'),
        "last line not terminated"
    );
    text.lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("bad JSONL line {l:?}: {e}")))
        .collect()
}

/// Every mention span of one `extract` line slices `text` to the mention's `text`.
fn check_spans(line: &Value, text: &str) -> usize {
    let mut n = 0;
    for entity in line["entities"].as_array().expect("entities array") {
        for key in ["id", "type", "label"] {
            assert!(entity[key].is_string(), "entity without {key}: {entity}");
        }
        for m in entity["mentions"].as_array().expect("mentions array") {
            let start = m["start"].as_u64().expect("start") as usize;
            let end = m["end"].as_u64().expect("end") as usize;
            assert!(
                start < end && end <= text.len(),
                "span {start}..{end} out of range: {m}"
            );
            assert_eq!(
                text.get(start..end),
                m["text"].as_str(),
                "span {start}..{end} does not slice the document to the mention in {}",
                line["doc"]
            );
            assert!(m["sentence"].is_u64(), "mention without sentence: {m}");
            n += 1;
        }
    }
    n
}

fn keys(v: &Value) -> Vec<&str> {
    let mut k: Vec<&str> = v
        .as_object()
        .expect("object")
        .keys()
        .map(String::as_str)
        .collect();
    k.sort_unstable();
    k
}

fn assert_graphml(bytes: &[u8]) {
    let text = std::str::from_utf8(bytes).expect("GraphML is UTF-8");
    assert!(
        text.starts_with("<?xml"),
        "not XML: {:?}",
        &text[..text.len().min(80)]
    );
    assert!(text.contains("<graphml"), "no <graphml> element");
    assert!(
        text.contains(r#"edgedefault="directed""#),
        "graph is not directed"
    );
    assert!(text.contains("<node id="), "no nodes");
    assert!(
        text.trim_end().ends_with("</graphml>"),
        "GraphML is truncated"
    );
}

fn assert_node_link(bytes: &[u8]) -> Value {
    let v: Value = serde_json::from_slice(bytes).expect("output is JSON");
    for key in ["directed", "multigraph", "graph", "nodes", "links"] {
        assert!(v.get(key).is_some(), "node-link JSON lacks {key:?}");
    }
    assert_eq!(v["directed"], Value::Bool(true));
    assert!(v["multigraph"].is_boolean());
    assert!(!v["nodes"].as_array().unwrap().is_empty(), "no nodes");
    assert!(v["links"].is_array());
    v
}

fn leftovers(dir: &Path) -> Vec<String> {
    fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(".newsgraph"))
        .collect()
}

// ---------------------------------------------------------------- build

#[test]
fn build_dir_writes_graphml_to_output_file() {
    let (tmp, dir) = corpus();
    let out = tmp.path().join("graph.graphml");
    newsgraph()
        .args(["build", s(&dir), "-o", s(&out)])
        .assert()
        .code(0)
        .stdout(predicate::str::is_empty());
    assert_graphml(&fs::read(&out).unwrap());
    assert!(leftovers(tmp.path()).is_empty(), "temp file left behind");
}

#[test]
fn build_format_from_extension_is_node_link_json() {
    let (tmp, dir) = corpus();
    let out = tmp.path().join("graph.json");
    newsgraph()
        .args(["build", s(&dir), "-o", s(&out)])
        .assert()
        .code(0);
    let v = assert_node_link(&fs::read(&out).unwrap());
    // Uppercase extension too.
    let upper = tmp.path().join("GRAPH.JSON");
    newsgraph()
        .args(["build", s(&dir), "-o", s(&upper)])
        .assert()
        .code(0);
    assert_eq!(assert_node_link(&fs::read(&upper).unwrap()), v);
}

#[test]
fn build_format_flag_overrides_extension() {
    let (tmp, dir) = corpus();
    let json = tmp.path().join("graph.graphml");
    newsgraph()
        .args(["build", s(&dir), "--format", "json", "-o", s(&json)])
        .assert()
        .code(0);
    assert_node_link(&fs::read(&json).unwrap());

    let xml = tmp.path().join("graph.json");
    newsgraph()
        .args(["build", s(&dir), "--format", "graphml", "-o", s(&xml)])
        .assert()
        .code(0);
    assert_graphml(&fs::read(&xml).unwrap());

    // With --format, any name will do (mktemp names, say).
    let other = tmp.path().join("graph.out");
    newsgraph()
        .args(["build", s(&dir), "--format", "graphml", "-o", s(&other)])
        .assert()
        .code(0);
    assert_graphml(&fs::read(&other).unwrap());
}

#[test]
fn build_without_output_writes_stdout() {
    let (tmp, dir) = corpus();
    let out = newsgraph()
        .current_dir(tmp.path())
        .args(["build", s(&dir)])
        .assert()
        .code(0)
        .get_output()
        .clone();
    assert_graphml(&out.stdout);
    let out = newsgraph()
        .args(["build", s(&dir), "--format", "json"])
        .assert()
        .code(0)
        .get_output()
        .clone();
    assert_node_link(&out.stdout);
    // Nothing but the input dir in the working directory.
    let names: Vec<_> = fs::read_dir(tmp.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names, vec![std::ffi::OsString::from("articles")]);
}

#[test]
fn build_same_bytes_for_any_thread_count_and_input_order() {
    let tmp = TempDir::new().unwrap();
    let a = write(tmp.path(), "a.txt", ARTICLE_A);
    let b = write(tmp.path(), "b.txt", ARTICLE_B);
    let c = write(tmp.path(), "c.txt", ARTICLE_C);
    let d = write(tmp.path(), "d.jsonl", JSONL);
    for format in ["graphml", "json"] {
        let run = |threads: &str, inputs: [&Path; 4]| {
            let mut cmd = newsgraph();
            cmd.args(["build", "--format", format, "--threads", threads]);
            cmd.args(inputs.iter().map(|p| s(p)));
            cmd.assert().code(0).get_output().stdout.clone()
        };
        let one = run("1", [&a, &b, &c, &d]);
        assert!(!one.is_empty());
        assert_eq!(
            one,
            run("4", [&a, &b, &c, &d]),
            "{format}: --threads 1 vs 4 differ"
        );
        assert_eq!(
            one,
            run("1", [&d, &c, &b, &a]),
            "{format}: input order changes output"
        );
        assert_eq!(
            one,
            run("4", [&c, &a, &d, &b]),
            "{format}: input order changes output"
        );
    }
}

#[test]
fn build_output_file_same_for_threads() {
    let (tmp, dir) = corpus();
    let one = tmp.path().join("one.graphml");
    let four = tmp.path().join("four.graphml");
    newsgraph()
        .args(["build", s(&dir), "--threads", "1", "-o", s(&one)])
        .assert()
        .code(0);
    newsgraph()
        .args(["build", s(&dir), "--threads", "4", "-o", s(&four)])
        .assert()
        .code(0);
    assert_eq!(fs::read(&one).unwrap(), fs::read(&four).unwrap());
}

// ---------------------------------------------------------------- extract

#[test]
fn extract_one_line_per_document_in_input_order() {
    let (tmp, dir) = corpus();
    let out = tmp.path().join("entities.jsonl");
    newsgraph()
        .args(["extract", s(&dir), "-o", s(&out)])
        .assert()
        .code(0)
        .stdout(predicate::str::is_empty());
    let lines = parse_jsonl(&fs::read(&out).unwrap());
    let docs: Vec<&str> = lines.iter().map(|l| l["doc"].as_str().unwrap()).collect();
    // Files sorted by path; JSONL lines in file order.
    assert_eq!(docs, ["a.txt", "b.txt", "j1", "j2", "sub/c.md"]);
    for l in &lines {
        assert_eq!(keys(l), ["date", "doc", "entities", "relations"], "{l}");
        assert!(l["relations"].is_array());
    }
    let dates: Vec<&Value> = lines.iter().map(|l| &l["date"]).collect();
    assert_eq!(dates[0], "2020-06-24");
    assert_eq!(dates[1], "2021-03-16");
    assert_eq!(dates[2], "2020-12-15", "JSONL timestamp keeps the day");
    assert_eq!(dates[3], &Value::Null);
    assert_eq!(dates[4], &Value::Null);

    let jsonl: Vec<Value> = JSONL
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let texts = [
        body_after_header(ARTICLE_A),
        body_after_header(ARTICLE_B),
        jsonl[0]["text"].as_str().unwrap(),
        jsonl[1]["text"].as_str().unwrap(),
        body_after_header(ARTICLE_C),
    ];
    for (line, text) in lines.iter().zip(texts) {
        let n = check_spans(line, text);
        assert!(n > 0, "no mention found in {}: {text:?}", line["doc"]);
    }
}

#[test]
fn extract_date_header_running_into_first_sentence() {
    let tmp = TempDir::new().unwrap();
    let content = "date 2020-06-24 Defence Minister Anil Varma said Russia will deliver \
the S-400 to India on time.\n";
    let f = write(tmp.path(), "visit.txt", content);
    let out = newsgraph()
        .args(["extract", s(&f)])
        .assert()
        .code(0)
        .get_output()
        .stdout
        .clone();
    let lines = parse_jsonl(&out);
    assert_eq!(lines.len(), 1);
    let line = &lines[0];
    assert_eq!(line["doc"], "visit.txt");
    assert_eq!(line["date"], "2020-06-24");
    let body = body_after_header(content);
    assert!(body.starts_with("Defence Minister"));
    check_spans(line, body);
    let mut saw_russia = false;
    for e in line["entities"].as_array().unwrap() {
        assert!(
            !e["label"].as_str().unwrap().contains("2020"),
            "header leaked into {e}"
        );
        for m in e["mentions"].as_array().unwrap() {
            let t = m["text"].as_str().unwrap();
            assert!(
                !t.contains("date") && !t.contains("2020-06-24"),
                "header leaked: {m}"
            );
            if t == "Russia" {
                assert_eq!(
                    m["start"].as_u64().unwrap() as usize,
                    body.find("Russia").unwrap()
                );
                saw_russia = true;
            }
        }
    }
    assert!(saw_russia, "Russia not found: {line}");
}

#[test]
fn extract_stdin_text_with_dash_and_without_input() {
    for args in [vec!["extract", "-"], vec!["extract"]] {
        let out = newsgraph()
            .args(&args)
            .write_stdin(ARTICLE_A)
            .assert()
            .code(0)
            .get_output()
            .stdout
            .clone();
        let lines = parse_jsonl(&out);
        assert_eq!(lines.len(), 1, "{args:?}");
        assert_eq!(lines[0]["date"], "2020-06-24", "{args:?}");
        assert!(check_spans(&lines[0], body_after_header(ARTICLE_A)) > 0);
    }
}

#[test]
fn extract_stdin_jsonl_with_dash_and_without_input() {
    for args in [vec!["extract", "-"], vec!["extract"]] {
        let out = newsgraph()
            .args(&args)
            .write_stdin(JSONL)
            .assert()
            .code(0)
            .get_output()
            .stdout
            .clone();
        let lines = parse_jsonl(&out);
        let docs: Vec<&str> = lines.iter().map(|l| l["doc"].as_str().unwrap()).collect();
        assert_eq!(docs, ["j1", "j2"], "{args:?}");
    }
}

#[test]
fn build_stdin_text_and_jsonl() {
    for input in [ARTICLE_A, JSONL] {
        for args in [
            vec!["build", "-", "--format", "json"],
            vec!["build", "--format", "json"],
        ] {
            let out = newsgraph()
                .args(&args)
                .write_stdin(input)
                .assert()
                .code(0)
                .get_output()
                .stdout
                .clone();
            assert_node_link(&out);
        }
    }
}

#[test]
fn gzip_inputs_read_like_plain_ones() {
    let tmp = TempDir::new().unwrap();
    let plain = tmp.path().join("plain");
    let packed = tmp.path().join("packed");
    write(&plain, "a.txt", ARTICLE_A);
    write(&plain, "d.jsonl", JSONL);
    write(&packed, "a.txt.gz", gzip(ARTICLE_A.as_bytes()));
    write(&packed, "d.jsonl.gz", gzip(JSONL.as_bytes()));

    let run = |dir: &Path| {
        let out = newsgraph()
            .args(["extract", s(dir)])
            .assert()
            .code(0)
            .get_output()
            .stdout
            .clone();
        parse_jsonl(&out)
    };
    let want = run(&plain);
    let got = run(&packed);
    assert_eq!(got.len(), 3);
    assert_eq!(got[0]["doc"], "a.txt.gz");
    assert_eq!(got[0]["date"], "2020-06-24");
    for (g, w) in got.iter().zip(&want) {
        assert_eq!(g["entities"], w["entities"]);
        assert_eq!(g["relations"], w["relations"]);
    }
    check_spans(&got[0], body_after_header(ARTICLE_A));

    // A gzip file named directly, and gzip on stdin.
    newsgraph()
        .args(["extract", s(&packed.join("d.jsonl.gz"))])
        .assert()
        .code(0)
        .stdout(predicate::str::contains(r#""doc":"j2""#));
    newsgraph()
        .arg("extract")
        .write_stdin(gzip(JSONL.as_bytes()))
        .assert()
        .code(0)
        .stdout(predicate::str::contains(r#""doc":"j1""#));
}

#[test]
fn extract_is_the_same_for_any_thread_count() {
    let (_tmp, dir) = corpus();
    let run = |threads: &str| {
        newsgraph()
            .args(["extract", s(&dir), "--threads", threads])
            .assert()
            .code(0)
            .get_output()
            .stdout
            .clone()
    };
    assert_eq!(run("1"), run("4"));
}

// ---------------------------------------------------------------- bad input

/// Bad inputs, each with a word stderr must hold besides the path.
fn bad_inputs(dir: &Path) -> Vec<(PathBuf, &'static str)> {
    let notes = dir.join("notes");
    write(&notes, "readme.csv", "not,an,article\n");
    vec![
        (
            write(dir, "blob.txt", b"India\0\0\0\x01\x02Russia\0"),
            "binary",
        ),
        (write(dir, "empty.txt", b""), "empty"),
        (
            write(dir, "header_only.txt", b"date 2020-06-24\n\n"),
            "empty",
        ),
        (notes, "no articles"),
        // Named by the path alone: the OS message varies.
        (dir.join("does-not-exist.txt"), ""),
    ]
}

#[test]
fn each_bad_input_is_named_and_good_output_still_written() {
    let tmp = TempDir::new().unwrap();
    let good = write(tmp.path(), "good.txt", ARTICLE_A);
    for (bad, why) in bad_inputs(&tmp.path().join("bad")) {
        for job in ["build", "extract"] {
            let out = tmp.path().join(format!("out-{job}"));
            let _ = fs::remove_file(&out);
            let assert = newsgraph()
                .args([job, s(&good), s(&bad), "-o", s(&out)])
                .assert()
                .code(2)
                .stderr(predicate::str::contains(s(&bad)))
                .stderr(predicate::str::contains(why));
            let stderr = String::from_utf8_lossy(&assert.get_output().stderr).into_owned();
            assert!(
                out.is_file(),
                "{job} {bad:?}: no output written; stderr: {stderr}"
            );
            assert!(
                !stderr.contains("good.txt"),
                "good file named on stderr: {stderr}"
            );
        }
    }
}

#[test]
fn only_bad_inputs_exit_1_and_create_no_file() {
    let tmp = TempDir::new().unwrap();
    for (bad, why) in bad_inputs(&tmp.path().join("bad")) {
        for job in ["build", "extract"] {
            let out = tmp.path().join("out.graphml");
            newsgraph()
                .args([job, s(&bad), "-o", s(&out)])
                .assert()
                .code(1)
                .stdout(predicate::str::is_empty())
                .stderr(predicate::str::contains(s(&bad)))
                .stderr(predicate::str::contains(why));
            assert!(
                !out.exists(),
                "{job} {bad:?}: output created though nothing was read"
            );
            assert!(leftovers(tmp.path()).is_empty(), "temp file left behind");
        }
    }
}

#[test]
fn all_bad_inputs_together_are_each_named() {
    let tmp = TempDir::new().unwrap();
    let bad = bad_inputs(&tmp.path().join("bad"));
    let good = write(tmp.path(), "good.txt", ARTICLE_B);
    let out = tmp.path().join("g.json");
    let mut cmd = newsgraph();
    cmd.args(["build", "-o", s(&out), s(&good)]);
    cmd.args(bad.iter().map(|(p, _)| s(p)));
    let assert = cmd.assert().code(2);
    let stderr = String::from_utf8_lossy(&assert.get_output().stderr).into_owned();
    for (p, _) in &bad {
        assert!(
            stderr.contains(s(p)),
            "{p:?} not named on stderr:\n{stderr}"
        );
    }
    assert_node_link(&fs::read(&out).unwrap());
}

#[test]
fn bad_jsonl_lines_are_named_with_file_and_line() {
    let tmp = TempDir::new().unwrap();
    let f = write(
        tmp.path(),
        "mixed.jsonl",
        concat!(
            r#"{"id": "ok1", "text": "India and Russia signed the S-400 deal."}"#,
            "\n",
            "this line is not JSON\n",
            r#"{"id": "notext", "date": "2020-01-01"}"#,
            "\n",
            "\n",
            r#"{"id": "ok2", "text": "China and Pakistan held a joint naval exercise."}"#,
            "\n",
        ),
    );
    let path = s(&f).to_string();
    let out = tmp.path().join("x.jsonl");
    newsgraph()
        .args(["extract", &path, "-o", s(&out)])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(format!("{path}:2")))
        .stderr(predicate::str::contains(format!("{path}:3")))
        .stderr(predicate::str::contains("text"))
        .stderr(predicate::str::contains(format!("{path}:1")).not())
        .stderr(predicate::str::contains(format!("{path}:5")).not());
    let docs: Vec<String> = parse_jsonl(&fs::read(&out).unwrap())
        .iter()
        .map(|l| l["doc"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(docs, ["ok1", "ok2"]);

    // Only bad lines: nothing written, exit 1.
    let bad = write(tmp.path(), "bad.jsonl", "{not json\n{\"id\": 3}\n");
    let out = tmp.path().join("none.graphml");
    newsgraph()
        .args(["build", s(&bad), "-o", s(&out)])
        .assert()
        .code(1)
        .stderr(predicate::str::contains(format!("{}:1", s(&bad))))
        .stderr(predicate::str::contains(format!("{}:2", s(&bad))));
    assert!(!out.exists());
}

#[test]
fn empty_stdin_is_nothing_done() {
    for job in ["build", "extract"] {
        newsgraph()
            .arg(job)
            .write_stdin("")
            .assert()
            .code(1)
            .stdout(predicate::str::is_empty())
            .stderr(predicate::str::contains("stdin"));
    }
}

// ---------------------------------------------------------------- output

#[test]
fn unwritable_output_exits_1_and_writes_nothing() {
    let (tmp, dir) = corpus();
    let out = tmp.path().join("missing-dir").join("graph.graphml");
    for job in ["build", "extract"] {
        newsgraph()
            .args([job, s(&dir), "-o", s(&out)])
            .assert()
            .code(1)
            .stdout(predicate::str::is_empty())
            .stderr(predicate::str::contains("graph.graphml"));
        assert!(!out.exists());
        assert!(!tmp.path().join("missing-dir").exists());
    }
    // An existing directory as output.
    newsgraph()
        .args(["build", s(&dir), "-o", s(tmp.path())])
        .assert()
        .code(1)
        .stdout(predicate::str::is_empty());
}

#[test]
fn failed_run_leaves_existing_output_untouched() {
    let tmp = TempDir::new().unwrap();
    let out = tmp.path().join("graph.graphml");
    fs::write(&out, "previous contents").unwrap();
    let bad = write(tmp.path(), "empty.txt", "");
    newsgraph()
        .args(["build", s(&bad), "-o", s(&out)])
        .assert()
        .code(1);
    assert_eq!(fs::read_to_string(&out).unwrap(), "previous contents");
    newsgraph()
        .args(["build", s(&bad), "-o", s(&out), "--threads", "0"])
        .assert()
        .code(1);
    assert_eq!(fs::read_to_string(&out).unwrap(), "previous contents");
    assert!(leftovers(tmp.path()).is_empty(), "temp file left behind");

    // A successful run replaces it whole.
    let good = write(tmp.path(), "good.txt", ARTICLE_C);
    newsgraph()
        .args(["build", s(&good), "-o", s(&out)])
        .assert()
        .code(0);
    assert_graphml(&fs::read(&out).unwrap());
}

#[test]
fn bad_arguments_exit_1_and_write_nothing() {
    let (tmp, dir) = corpus();
    let out = tmp.path().join("g.graphml");
    for extra in [
        &["--threads", "0"][..],
        &["--format", "pajek"],
        &["--max-sentence-entities", "1"],
        &["--max-doc-bytes", "0"],
        &["--lexicon", "no-equals-sign"],
        &["--no-such-option"],
    ] {
        newsgraph()
            .args(["build", s(&dir), "-o", s(&out)])
            .args(extra)
            .assert()
            .code(1)
            .stdout(predicate::str::is_empty());
        assert!(!out.exists(), "{extra:?}: output written");
    }
    newsgraph().assert().code(1);
    newsgraph().arg("frobnicate").assert().code(1);
}

// ---------------------------------------------------------------- help

#[test]
fn help_mentions_every_option_and_examples() {
    let pages: [(&[&str], &[&str]); 3] = [
        (
            &["--help"],
            &[
                "build",
                "extract",
                "Exit status",
                "stdin",
                "date YYYY-MM-DD",
                ".jsonl",
                ".gz",
            ],
        ),
        (
            &["build", "--help"],
            &[
                "--output",
                "-o",
                "--threads",
                "--lexicon",
                "--max-doc-bytes",
                "--quiet",
                "--format",
                "--max-sentence-entities",
                "--edges",
                "--evidence",
                "graphml",
                "json",
                "newsgraph build samples/ -o graph.graphml",
                "edges=\"links\"",
            ],
        ),
        (
            &["extract", "--help"],
            &[
                "--output",
                "--threads",
                "--lexicon",
                "--max-doc-bytes",
                "--quiet",
                "newsgraph extract articles/ -o entities.jsonl",
                "byte offsets",
            ],
        ),
    ];
    for (args, needles) in pages {
        let out = newsgraph()
            .args(args)
            .assert()
            .code(0)
            .get_output()
            .stdout
            .clone();
        let page = String::from_utf8(out).unwrap();
        for needle in needles {
            assert!(page.contains(needle), "{args:?} lacks {needle:?}");
        }
    }
    newsgraph()
        .arg("--version")
        .assert()
        .code(0)
        .stdout(predicate::str::contains(env!("CARGO_PKG_VERSION")));
}

// ---------------------------------------------------------------- samples

#[test]
fn extract_spans_slice_the_repo_samples() {
    let samples = Path::new(env!("CARGO_MANIFEST_DIR")).join("samples");
    let out = newsgraph()
        .args(["extract", s(&samples)])
        .assert()
        .code(0)
        .get_output()
        .stdout
        .clone();
    let lines = parse_jsonl(&out);
    let mut files: Vec<String> = fs::read_dir(&samples)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".txt"))
        .collect();
    files.sort();
    let docs: Vec<&str> = lines.iter().map(|l| l["doc"].as_str().unwrap()).collect();
    assert_eq!(docs, files);
    for line in &lines {
        let content = fs::read_to_string(samples.join(line["doc"].as_str().unwrap())).unwrap();
        assert!(
            line["date"].is_string(),
            "sample without date: {}",
            line["doc"]
        );
        assert!(check_spans(line, body_after_header(&content)) > 0);
    }
}

// ------------------------------------------------- formerly reported bugs
// Regression tests for bugs found while writing these tests.

#[cfg(unix)]
#[test]
fn output_file_mode_follows_umask() {
    use std::os::unix::fs::PermissionsExt;
    let tmp = TempDir::new().unwrap();
    let good = write(tmp.path(), "good.txt", ARTICLE_A);
    let out = tmp.path().join("graph.graphml");
    newsgraph()
        .args(["build", s(&good), "-o", s(&out)])
        .assert()
        .code(0);
    let mode = |p: &Path| fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(
        mode(&out),
        mode(&good),
        "output mode differs from a file written normally"
    );
}

#[test]
fn same_file_by_two_spellings_is_read_once() {
    let tmp = TempDir::new().unwrap();
    write(tmp.path(), "d/a.txt", ARTICLE_A);
    let out = newsgraph()
        .current_dir(tmp.path())
        .args(["extract", "d", "./d", "d/a.txt"])
        .assert()
        .code(0)
        .get_output()
        .stdout
        .clone();
    assert_eq!(parse_jsonl(&out).len(), 1);
}

#[test]
fn jsonl_with_byte_order_mark() {
    let tmp = TempDir::new().unwrap();
    let bom = format!("\u{feff}{JSONL}");
    let f = write(tmp.path(), "bom.jsonl", &bom);
    for (args, stdin) in [
        (vec!["extract", s(&f)], ""),
        (vec!["extract"], bom.as_str()),
    ] {
        let out = newsgraph()
            .args(&args)
            .write_stdin(stdin)
            .assert()
            .code(0)
            .get_output()
            .stdout
            .clone();
        let lines = parse_jsonl(&out);
        let docs: Vec<&str> = lines.iter().map(|l| l["doc"].as_str().unwrap()).collect();
        assert_eq!(docs, ["j1", "j2"], "{args:?}");
    }
}

#[test]
fn jsonl_array_line_is_skipped() {
    let tmp = TempDir::new().unwrap();
    let f = write(
        tmp.path(),
        "arr.jsonl",
        "[\"x\", \"2020-01-01\", \"t\", \"India and Russia.\"]\n",
    );
    newsgraph()
        .args(["extract", s(&f)])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("arr.jsonl:1"));
}
