//! The HTML report opened in headless Chromium from `file://` with the
//! network off, driven over the DevTools protocol by
//! `tests/report/check_report.js` (puppeteer-core with the system browser).
//! The script checks: no request but the file itself and no console or page
//! error; no `src`/`href` outside the file; one `data-id` element per drawn
//! node, the same nodes as the JSON export with the same `--top`; drawn
//! relation edges are relations of that export; every node inside the
//! picture; a click on a node opens its card with its label, its strongest
//! relation's evidence sentence and document id and its month chart, and
//! lights its neighbours;
//! the search box marks a node; the screenshot has many colours including
//! each entity type's palette colour.
//!
//! Chromium (Debian `chromium`, or `NEWSGRAPH_CHROMIUM`), node and the
//! modules of `tests/report/package.json` missing: the test fails when
//! `CI=true` (`.ci/run` installs them) and otherwise says "SKIPPED report
//! checks: ..." and passes.

mod common;

use common::*;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;

use tempfile::TempDir;

fn skip(what: &str) {
    common::skip("report checks", what);
}

/// The browser: `NEWSGRAPH_CHROMIUM`, else the first of the usual names on PATH.
fn chromium() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("NEWSGRAPH_CHROMIUM") {
        return Some(PathBuf::from(p));
    }
    let path = std::env::var_os("PATH")?;
    ["chromium", "chromium-browser", "google-chrome"]
        .iter()
        .flat_map(|name| std::env::split_paths(&path).map(move |d| d.join(name)))
        .find(|p| p.is_file())
}

/// `newsgraph build samples/ ARGS -o DIR/NAME`, checked to exit 0.
fn build(dir: &Path, name: &str, args: &[&str]) -> PathBuf {
    let out = dir.join(name);
    let run = Command::new(env!("CARGO_BIN_EXE_newsgraph"))
        .arg("build")
        .arg(manifest_dir().join("samples"))
        .args(args)
        .arg("-o")
        .arg(&out)
        .output()
        .expect("run newsgraph");
    assert_eq!(
        run.status.code(),
        Some(0),
        "newsgraph build {args:?} failed:\n{}",
        String::from_utf8_lossy(&run.stderr)
    );
    out
}

/// Builds the report and the JSON export with the same `top` and runs the
/// browser checks on them.
fn check(top: Option<&str>) {
    let Some(browser) = chromium() else {
        return skip("chromium (Debian package chromium, or set NEWSGRAPH_CHROMIUM)");
    };
    let tmp = TempDir::new().unwrap();
    // The report's default picture is the top 150, as `--top 150` chooses.
    let top_args = ["--top", top.unwrap_or("150")];
    let html = match top {
        Some(_) => build(tmp.path(), "report.html", &top_args),
        None => build(tmp.path(), "report.html", &[]),
    };
    let json = build(tmp.path(), "graph.json", &top_args);
    let script = manifest_dir().join("tests/report/check_report.js");
    let out = match Command::new("node")
        .arg(&script)
        .arg(&browser)
        .arg(&html)
        .arg(&json)
        .arg(tmp.path().join("shot.png"))
        .output()
    {
        Ok(o) => o,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return skip("node"),
        Err(e) => panic!("cannot run node: {e}"),
    };
    let stdout = String::from_utf8_lossy(&out.stdout);
    if out.status.code() == Some(3) {
        return skip(stdout.trim().trim_start_matches("MISSING: "));
    }
    assert!(
        out.status.success(),
        "report checks failed (top {top:?}):\n{stdout}\n--- stderr\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let _ = writeln!(
        std::io::stderr(),
        "report checks (top {top:?}): {}",
        stdout.trim()
    );
}

#[test]
fn report_of_samples_in_chromium() {
    check(None);
}

#[test]
fn report_of_samples_top_12_in_chromium() {
    check(Some("12"));
}

/// The report grows with what it shows, not with the corpus: the samples
/// read 30 times over (as 120 documents) give a report within a few per cent
/// of the size of the samples read once, and the picture shows the same nodes.
#[test]
fn report_size_follows_the_picture_not_the_corpus() {
    let tmp = TempDir::new().unwrap();
    let (once, many) = (tmp.path().join("once"), tmp.path().join("many"));
    std::fs::create_dir_all(&once).unwrap();
    std::fs::create_dir_all(&many).unwrap();
    for entry in std::fs::read_dir(manifest_dir().join("samples")).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        std::fs::copy(&path, once.join(&name)).unwrap();
        for copy in 0..30 {
            std::fs::copy(&path, many.join(format!("{copy:02}_{name}"))).unwrap();
        }
    }
    let report = |dir: &Path| {
        let out = dir.with_extension("html");
        let run = Command::new(env!("CARGO_BIN_EXE_newsgraph"))
            .arg("build")
            .arg(dir)
            .arg("-o")
            .arg(&out)
            .output()
            .expect("run newsgraph");
        assert_eq!(
            run.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&run.stderr)
        );
        std::fs::read_to_string(out).unwrap()
    };
    let (small, big) = (report(&once), report(&many));
    let ids = |html: &str| html.matches(" data-id=\"").count();
    assert_eq!(ids(&small), ids(&big));
    let ratio = big.len() as f64 / small.len() as f64;
    assert!(
        ratio < 1.1,
        "30 times the documents made the report {ratio:.2} times larger ({} vs {} bytes)",
        big.len(),
        small.len()
    );
}
