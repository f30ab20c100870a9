//! The run summary on stderr (one line at the end of every run, none with
//! -q) and the input size the progress bar's time-left estimate uses.

mod common;

use common::*;

use std::fs;

use assert_cmd::Command;
use newsgraph::corpus::Corpus;
use tempfile::TempDir;

const A: &str = "date 2020-06-24 Russia supplied S-400 systems to India. China criticised India.\n";
const B: &str = "India and France held talks.\n";

fn corpus() -> TempDir {
    common::corpus_of(&[("a.txt", A), ("b.txt", B)])
}

fn stderr(cmd: &mut Command, code: i32) -> String {
    let out = cmd.assert().code(code).get_output().stderr.clone();
    String::from_utf8(out).unwrap()
}

#[test]
fn one_summary_line_per_run() {
    let tmp = corpus();
    let input = tmp.path().join("in");
    let out = tmp.path().join("g.graphml");
    let line = stderr(newsgraph().args(["build", s(&input), "-o", s(&out)]), 0);
    assert_eq!(line.lines().count(), 1, "{line}");
    let nodes = fs::read_to_string(&out).unwrap().matches("<node ").count();
    for want in [
        "newsgraph: 2 documents read, 0 skipped; ".to_string(),
        format!("wrote {nodes} entities, "),
        " cooccurrence, ".to_string(),
        " relation); ".to_string(),
        " MB/s); ".to_string(),
        format!("output: {}\n", out.display()),
    ] {
        assert!(line.contains(&want), "missing {want:?} in {line}");
    }
    let line = stderr(newsgraph().args(["extract", s(&input)]), 0);
    assert!(line.contains("entities and"), "{line}");
    assert!(line.ends_with("output: <stdout>\n"), "{line}");
    let line = stderr(newsgraph().args(["build", s(&input), "--since", "2020"]), 0);
    assert!(
        line.contains("2 documents read (1 outside --since/--until)"),
        "{line}"
    );
}

#[test]
fn quiet_runs_are_silent_and_skips_are_counted_once() {
    let tmp = corpus();
    let input = tmp.path().join("in");
    assert_eq!(stderr(newsgraph().args(["build", s(&input), "-q"]), 0), "");
    assert_eq!(
        stderr(newsgraph().args(["extract", s(&input), "-q"]), 0),
        ""
    );
    fs::write(input.join("c.txt"), b"binary\0data").unwrap();
    let err = stderr(newsgraph().args(["build", s(&input)]), 2);
    assert!(err.contains("warning: skipped"), "{err}");
    assert_eq!(err.matches("documents read").count(), 1, "{err}");
    assert!(err.contains("2 documents read, 1 skipped;"), "{err}");
    // -q keeps the warning and the count, without the summary.
    let err = stderr(newsgraph().args(["build", s(&input), "-q"]), 2);
    assert!(err.contains("warning: skipped"), "{err}");
    assert!(err.contains("2 documents read, 1 skipped\n"), "{err}");
    assert!(!err.contains("MB/s"), "{err}");
}

#[test]
fn input_size_is_known_only_for_plain_files() {
    let tmp = corpus();
    let input = tmp.path().join("in");
    let size = (A.len() + B.len()) as u64;
    assert_eq!(Corpus::discover(&[&input]).known_size(), Some(size));
    fs::write(input.join("c.txt.gz"), b"not really gzip").unwrap();
    assert_eq!(Corpus::discover(&[&input]).known_size(), None);
    assert_eq!(Corpus::discover(&["-"]).known_size(), None);
}
