//! Where `-o` writes, end to end: devices and named pipes are written in
//! place (never replaced by a regular file), a full device is exit 1 with a
//! message, a closed pipe is not an error, the output is never one of the
//! inputs, and file names that are not UTF-8 are read.
//!
//! Device nodes are made with `mknod` inside a temporary directory; the
//! machine's own `/dev` files are never used. That needs root: without it
//! those tests print SKIPPED (and fail under CI=true, where we are root).

mod common;

use common::*;

use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command as Process, Stdio};

use predicates::prelude::*;
use tempfile::TempDir;

const ARTICLE: &str = "date 2021-03-16\n\nThe Indian Navy signed a deal with Lockheed \
Martin for MH-60R helicopters. The United States approved the sale to India last year.\n";
const ARTICLE_2: &str = "Pakistan test-fired a Shaheen-III missile on Wednesday. India \
and China did not comment on the launch.\n";

fn write(dir: &Path, name: &str, content: &str) -> PathBuf {
    let path = dir.join(name);
    fs::create_dir_all(path.parent().unwrap()).unwrap();
    fs::write(&path, content).unwrap();
    path
}

fn corpus() -> (TempDir, PathBuf) {
    let tmp = TempDir::new().unwrap();
    let dir = tmp.path().join("in");
    write(&dir, "a.txt", ARTICLE);
    write(&dir, "b.txt", ARTICLE_2);
    (tmp, dir)
}

/// Names of the files in `dir`, sorted.
fn listing(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

/// Makes a character device node `dir/name`; `None` (with SKIPPED) when
/// not allowed, which is a failure under CI=true.
fn mknod(dir: &Path, name: &str, major: u32, minor: u32) -> Option<PathBuf> {
    let path = dir.join(name);
    let ok = Process::new("mknod")
        .arg(&path)
        .args(["c", &major.to_string(), &minor.to_string()])
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if ok {
        return Some(path);
    }
    assert!(
        std::env::var("CI").as_deref() != Ok("true"),
        "mknod failed under CI (not root?)"
    );
    println!("SKIPPED: cannot mknod {name} here (needs root)");
    None
}

fn is_char_device(path: &Path) -> bool {
    use std::os::unix::fs::FileTypeExt;
    fs::metadata(path).unwrap().file_type().is_char_device()
}

#[test]
fn null_device_is_written_in_place_not_replaced() {
    let (tmp, dir) = corpus();
    let Some(null) = mknod(tmp.path(), "null", 1, 3) else {
        return;
    };
    for job in ["build", "extract"] {
        newsgraph()
            .args([job, dir.to_str().unwrap(), "-o", null.to_str().unwrap()])
            .assert()
            .code(0);
        assert!(is_char_device(&null), "{job} replaced the device node");
    }
    assert_eq!(listing(tmp.path()), ["in", "null"], "temp file left behind");
}

#[test]
fn full_device_is_exit_1_with_the_message() {
    let (tmp, dir) = corpus();
    let Some(full) = mknod(tmp.path(), "full", 1, 7) else {
        return;
    };
    for job in ["build", "extract"] {
        newsgraph()
            .args([job, dir.to_str().unwrap(), "-o", full.to_str().unwrap()])
            .assert()
            .code(1)
            .stdout(predicate::str::is_empty())
            .stderr(predicate::str::contains(format!(
                "cannot write {}",
                full.display()
            )))
            .stderr(predicate::str::contains("No space left on device"))
            .stderr(predicate::str::contains("panicked").not());
        assert!(is_char_device(&full), "{job} replaced the device node");
    }
    assert_eq!(listing(tmp.path()), ["full", "in"], "temp file left behind");
}

#[test]
fn named_pipe_feeds_its_reader() {
    let (tmp, dir) = corpus();
    let fifo = tmp.path().join("fifo");
    assert!(Process::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap()
        .success());
    let reader = {
        let fifo = fifo.clone();
        std::thread::spawn(move || {
            let mut got = String::new();
            fs::File::open(&fifo)
                .unwrap()
                .read_to_string(&mut got)
                .unwrap();
            got
        })
    };
    newsgraph()
        .args(["build", dir.to_str().unwrap(), "-o", fifo.to_str().unwrap()])
        .timeout(std::time::Duration::from_secs(60))
        .assert()
        .code(0);
    let got = reader.join().unwrap();
    assert!(got.trim_end().ends_with("</graphml>"), "reader got {got:?}");
    use std::os::unix::fs::FileTypeExt;
    assert!(fs::metadata(&fifo).unwrap().file_type().is_fifo());
}

#[test]
fn link_to_own_stdout_writes_stdout() {
    // A link in the temp dir to this process's stdout: written through, never replaced.
    let (tmp, dir) = corpus();
    let link = tmp.path().join("out.graphml");
    std::os::unix::fs::symlink("/proc/self/fd/1", &link).unwrap();
    let out = newsgraph()
        .args(["build", dir.to_str().unwrap(), "-o", link.to_str().unwrap()])
        .assert()
        .code(0)
        .get_output()
        .stdout
        .clone();
    let text = String::from_utf8(out).unwrap();
    assert!(text.trim_end().ends_with("</graphml>"), "{text:?}");
    assert!(fs::symlink_metadata(&link).unwrap().is_symlink());
}

#[test]
fn closed_pipe_on_stdout_is_not_an_error() {
    let (_tmp, dir) = corpus();
    // Enough output to overflow a pipe buffer.
    let big = dir.join("big.txt");
    fs::write(&big, ARTICLE_2.repeat(2000)).unwrap();
    for job in ["build", "extract"] {
        let mut child = Process::new(env!("CARGO_BIN_EXE_newsgraph"))
            .args([job, dir.to_str().unwrap()])
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        drop(child.stdout.take()); // the reader goes away before anything is written
        let out = child.wait_with_output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(0), "{job}: {stderr}");
        assert!(!stderr.contains("panicked"), "{job}: {stderr}");
    }
}

#[test]
fn output_that_is_an_input_is_refused_before_anything_happens() {
    let tmp = TempDir::new().unwrap();
    let article = write(tmp.path(), "article.txt", ARTICLE);
    fs::hard_link(&article, tmp.path().join("hard.txt")).unwrap();
    std::os::unix::fs::symlink("article.txt", tmp.path().join("sym.txt")).unwrap();
    write(tmp.path(), "sub/keep.txt", ARTICLE_2);
    for out in [
        "article.txt",
        "./article.txt",
        "hard.txt",
        "sym.txt",
        "sub/../article.txt",
    ] {
        for job in ["build", "extract"] {
            // build needs --format for an -o name ending .txt (else that is the error).
            let format: &[&str] = if job == "build" {
                &["--format", "graphml"]
            } else {
                &[]
            };
            newsgraph()
                .current_dir(tmp.path())
                .args([job, "sub", "article.txt", "-o", out])
                .args(format)
                .assert()
                .code(1)
                .stdout(predicate::str::is_empty())
                .stderr(predicate::str::contains("is also an input (article.txt)"))
                .stderr(predicate::str::contains("warning").not());
            assert_eq!(
                fs::read_to_string(&article).unwrap(),
                ARTICLE,
                "{job} -o {out}"
            );
        }
    }
    assert_eq!(
        listing(tmp.path()),
        ["article.txt", "hard.txt", "sub", "sym.txt"]
    );
}

#[test]
fn rerun_does_not_read_its_own_output_in_an_input_folder() {
    let (_tmp, dir) = corpus();
    let out = dir.join("out.jsonl");
    let run = || {
        newsgraph()
            .current_dir(&dir)
            .args(["extract", ".", "-o", "out.jsonl", "-q"])
            .assert()
            .code(0)
    };
    // -q: no summary line, so stderr holds only notes.
    run().stderr(predicate::str::is_empty());
    let first = fs::read(&out).unwrap();
    let second = run().get_output().stderr.clone();
    let second = String::from_utf8(second).unwrap();
    assert_eq!(
        second.matches("note:").count(),
        1,
        "one note expected: {second}"
    );
    assert!(second.contains("out.jsonl: is the output file"), "{second}");
    assert_eq!(fs::read(&out).unwrap(), first, "output read as input");
}

#[test]
fn file_names_that_are_not_utf8_are_read_with_a_note() {
    use std::ffi::OsStr;
    use std::os::unix::ffi::OsStrExt;
    let (_tmp, dir) = corpus();
    let bad = dir.join(OsStr::from_bytes(b"bad\xffname.txt"));
    fs::write(&bad, ARTICLE).unwrap();
    // In a folder.
    let assert = newsgraph()
        .args(["extract", dir.to_str().unwrap()])
        .assert()
        .code(0)
        .stderr(predicate::str::contains(
            "file name is not UTF-8; read with document id \"bad\u{fffd}name.txt\"",
        ));
    let out = String::from_utf8(assert.get_output().stdout.clone()).unwrap();
    let docs: Vec<String> = out
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap()["doc"].to_string())
        .collect();
    assert_eq!(docs, ["\"a.txt\"", "\"b.txt\"", "\"bad\u{fffd}name.txt\""]);
    // Named on the command line.
    newsgraph()
        .arg("extract")
        .arg(&bad)
        .assert()
        .code(0)
        .stdout(predicate::str::contains("\"doc\":\"bad\u{fffd}name.txt\""))
        .stderr(predicate::str::contains("not UTF-8"));
}
