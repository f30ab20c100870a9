//! `examples/spark/newsgraph_spark.py` on Spark in `local[2]`: the samples
//! plus the first few thousand Reuters-21578 bench articles (read from
//! ../shared/bench at test time, never copied) go through Spark's extract
//! tasks and `newsgraph merge`, and the graph must be byte-identical to
//! `newsgraph build` of the same input.
//!
//! Needs python3 with pyspark and Java: without them the test prints
//! "SKIPPED spark check: ..." and passes, except under `CI=true`, where
//! `.ci/run` installs them and a missing one fails the test.

mod common;

use common::*;

use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::Command;

use newsgraph::corpus::{Corpus, Item, Limits};

/// Bench articles added to the samples.
const BENCH_ARTICLES: usize = 3000;

fn skip(what: &str) {
    common::skip("spark check", what);
}

fn script() -> PathBuf {
    manifest_dir().join("examples/spark/newsgraph_spark.py")
}

/// The samples as JSON Lines articles, then the first bench articles as they are.
fn write_input(path: &Path) -> Result<usize, String> {
    let mut out = std::io::BufWriter::new(std::fs::File::create(path).unwrap());
    let mut n = 0;
    let samples = manifest_dir().join("samples");
    for item in Corpus::discover(&[samples.to_str().unwrap()]).documents(Limits::default()) {
        let Item::Doc(d) = item else {
            panic!("samples/ has a bad document")
        };
        let line = serde_json::json!({"id": d.id, "date": d.date, "text": d.text});
        writeln!(out, "{line}").unwrap();
        n += 1;
    }
    let bench = manifest_dir().join("../shared/bench/reuters21578.jsonl.gz");
    let file = std::fs::File::open(&bench).map_err(|e| format!("{}: {e}", bench.display()))?;
    let lines = BufReader::new(flate2::read::GzDecoder::new(file)).lines();
    for line in lines.take(BENCH_ARTICLES) {
        writeln!(out, "{}", line.unwrap()).unwrap();
        n += 1;
    }
    out.flush().unwrap();
    Ok(n)
}

#[test]
fn spark_script_explains_its_options() {
    let Ok(out) = Command::new("python3").arg(script()).arg("--help").output() else {
        return skip("python3");
    };
    assert!(out.status.success(), "{}", show(&out));
    let help = String::from_utf8_lossy(&out.stdout);
    for needle in [
        "--bin",
        "--master",
        "--output",
        "PARTS_DIR",
        "SparkFiles.get",
        "spark-submit",
    ] {
        assert!(help.contains(needle), "--help lacks {needle}:\n{help}");
    }
}

#[test]
fn spark_local_merge_equals_build() {
    let pyspark = Command::new("python3")
        .args(["-c", "import pyspark; print(pyspark.__version__)"])
        .output();
    if !pyspark.as_ref().is_ok_and(|o| o.status.success()) {
        return skip("python3 with pyspark (pip install pyspark)");
    }
    if !Command::new("java")
        .arg("-version")
        .output()
        .is_ok_and(|o| o.status.success())
    {
        return skip("java (apt-get install openjdk-17-jre-headless)");
    }
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("input.jsonl");
    let n = match write_input(&input) {
        Ok(n) => n,
        Err(e) => return skip(&format!("the bench corpus ({e})")),
    };
    let bin = env!("CARGO_BIN_EXE_newsgraph");
    let parts = dir.path().join("parts");
    let spark_graph = dir.path().join("spark.graphml");
    let out = Command::new("python3")
        .arg(script())
        .arg(&input)
        .arg(&parts)
        .args([
            "--bin",
            bin,
            "--master",
            "local[2]",
            "--partitions",
            "3",
            "-o",
        ])
        .arg(&spark_graph)
        .env("SPARK_LOCAL_IP", "127.0.0.1")
        .output()
        .unwrap();
    assert!(out.status.success(), "spark run failed: {}", show(&out));
    let gz_parts = std::fs::read_dir(&parts)
        .unwrap()
        .filter(|e| {
            let name = e.as_ref().unwrap().file_name();
            let name = name.to_string_lossy();
            name.starts_with("part-") && name.ends_with(".gz")
        })
        .count();
    assert!(gz_parts >= 3, "expected gzip parts in {}", parts.display());

    let build_graph = dir.path().join("build.graphml");
    let out = Command::new(bin)
        .arg("build")
        .arg(&input)
        .arg("-o")
        .arg(&build_graph)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", show(&out));
    let (a, b) = (
        std::fs::read(&build_graph).unwrap(),
        std::fs::read(&spark_graph).unwrap(),
    );
    assert!(
        a == b,
        "Spark + merge of {n} articles differs from build ({} vs {} bytes)",
        b.len(),
        a.len()
    );
    assert!(String::from_utf8_lossy(&a).contains("reuters21578-1"));
}
