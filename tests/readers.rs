//! The graph files of `newsgraph build samples/` checked by real readers:
//! xmllint against the GraphML 1.0 schema and the GEXF 1.3 RELAX NG
//! grammar, networkx and igraph through `tests/readers/check_graph.py`,
//! graphology (what Gephi Lite imports with) through
//! `tests/readers/check_graphology.js` (GraphML) and
//! `tests/readers/check_gexf.js` (GEXF, against the JSON export), and
//! Kùzu, which loads the CSV with COPY FROM and answers Cypher queries,
//! through `tests/readers/check_kuzu.py` (against the JSON export).
//!
//! A missing tool (xmllint, python3, networkx >= 3.4, python-igraph, kuzu, node
//! and the modules of `tests/readers/package.json`, the schema in ../shared)
//! fails the test when `CI=true` (`.ci/run` installs them); elsewhere the
//! test says "SKIPPED reader checks: ..." and passes.

mod common;

use common::*;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use tempfile::TempDir;

/// Fails on CI, otherwise reports the skip. Written to the real stderr, not
/// through `eprintln!`, so that the test harness does not swallow it.
fn skip(what: &str) {
    common::skip("reader checks", what);
}

/// `newsgraph build samples/ -o DIR/graph.EXT`, checked to exit 0.
fn build_samples(dir: &Path, ext: &str) -> PathBuf {
    let out = dir.join(format!("graph.{ext}"));
    let samples = manifest_dir().join("samples");
    let status = Command::new(env!("CARGO_BIN_EXE_newsgraph"))
        .arg("build")
        .arg(&samples)
        .arg("-o")
        .arg(&out)
        .args(["--threads", "2"])
        .output()
        .expect("run newsgraph");
    assert_eq!(
        status.status.code(),
        Some(0),
        "newsgraph build samples/ failed:\n{}",
        String::from_utf8_lossy(&status.stderr)
    );
    assert!(out.is_file(), "{} not written", out.display());
    out
}

/// Runs a tool; `None` when it cannot be started at all.
fn run(program: &str, args: &[&std::ffi::OsStr]) -> Option<Output> {
    match Command::new(program).args(args).output() {
        Ok(o) => Some(o),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
        Err(e) => panic!("cannot run {program}: {e}"),
    }
}

/// xmllint with `how` (`--schema` or `--relaxng`) and `schema` (relative to
/// ../shared/schemas) on `file`, asserted to accept it.
fn xmllint(how: &str, schema: &str, file: &Path) {
    let schema = manifest_dir().join("../shared/schemas").join(schema);
    if !schema.is_file() {
        return skip(&format!("schema {}", schema.display()));
    }
    let args = [
        "--nonet".as_ref(),
        "--noout".as_ref(),
        how.as_ref(),
        schema.as_os_str(),
        file.as_os_str(),
    ];
    let Some(out) = run("xmllint", &args) else {
        return skip("xmllint (Debian package libxml2-utils)");
    };
    assert!(
        out.status.success(),
        "xmllint rejects {}:\n{}",
        file.display(),
        show(&out)
    );
    println!("{}", String::from_utf8_lossy(&out.stderr).trim_end());
}

#[test]
fn gexf_of_samples_is_valid_against_relaxng() {
    let tmp = TempDir::new().unwrap();
    let gexf = build_samples(tmp.path(), "gexf");
    xmllint("--relaxng", "gexf/gexf.rng", &gexf);
}

#[test]
fn gexf_of_samples_loads_in_graphology_like_the_json() {
    let tmp = TempDir::new().unwrap();
    let gexf = build_samples(tmp.path(), "gexf");
    let json = build_samples(tmp.path(), "json");
    let script = manifest_dir().join("tests/readers/check_gexf.js");
    check_with(
        "node",
        &[script.as_os_str(), gexf.as_os_str(), json.as_os_str()],
    );
}

#[test]
fn graphml_of_samples_is_valid_against_schema() {
    let schema = manifest_dir().join("../shared/schemas/graphml/graphml.xsd");
    if !schema.is_file() {
        return skip(&format!("GraphML schema {}", schema.display()));
    }
    let tmp = TempDir::new().unwrap();
    let graphml = build_samples(tmp.path(), "graphml");
    let args = [
        "--nonet".as_ref(),
        "--noout".as_ref(),
        "--schema".as_ref(),
        schema.as_os_str(),
        graphml.as_os_str(),
    ];
    let Some(out) = run("xmllint", &args) else {
        return skip("xmllint (Debian package libxml2-utils)");
    };
    assert!(
        out.status.success(),
        "xmllint rejects the GraphML of samples/:\n{}",
        show(&out)
    );
}

/// Runs a reader script, which exits 3 and prints "MISSING: what" when a
/// module it needs is absent; skips (or fails on CI) when the interpreter
/// or a module is missing, else asserts success and shows its summary.
fn check_with(interpreter: &str, args: &[&std::ffi::OsStr]) {
    let Some(out) = run(interpreter, args) else {
        return skip(interpreter);
    };
    let stdout = String::from_utf8_lossy(&out.stdout);
    if out.status.code() == Some(3) {
        let what = stdout
            .lines()
            .next()
            .unwrap_or("")
            .trim_start_matches("MISSING: ");
        return skip(what);
    }
    assert!(
        out.status.success(),
        "reader checks failed:\n{}",
        show(&out)
    );
    // The script's one-line summary, shown with --nocapture.
    println!("{}", stdout.trim_end());
}

#[test]
fn graph_files_of_samples_load_in_networkx_and_igraph() {
    let tmp = TempDir::new().unwrap();
    let graphml = build_samples(tmp.path(), "graphml");
    let json = build_samples(tmp.path(), "json");
    let script = manifest_dir().join("tests/readers/check_graph.py");
    check_with(
        "python3",
        &[script.as_os_str(), graphml.as_os_str(), json.as_os_str()],
    );
}

#[test]
fn graphml_of_samples_loads_in_graphology() {
    let tmp = TempDir::new().unwrap();
    let graphml = build_samples(tmp.path(), "graphml");
    let script = manifest_dir().join("tests/readers/check_graphology.js");
    check_with("node", &[script.as_os_str(), graphml.as_os_str()]);
}

/// Quotes, `&`, `<`, a negated relation and an undated article: the GEXF
/// still validates, loads in graphology like the JSON, and the undated
/// article adds no spell.
#[test]
fn gexf_with_awkward_text_negation_and_undated_article() {
    let tmp = TempDir::new().unwrap();
    let dir = tmp.path().join("in");
    std::fs::create_dir(&dir).unwrap();
    let articles = [
        (
            "a.txt",
            "date 2020-06-24 India held talks with Russia on \"deliveries\" & spares <2020>. \
             Russia supplied S-400 systems to India.\n",
        ),
        (
            "b.txt",
            "date 2020-06-25 Russia did not supply the Su-57 to India. China criticised India.\n",
        ),
        ("c.txt", "Pakistan bought J-10 fighters from China.\n"),
    ];
    for (name, text) in articles {
        std::fs::write(dir.join(name), text).unwrap();
    }
    let run = |name: &str| {
        let out = tmp.path().join(name);
        let status = Command::new(env!("CARGO_BIN_EXE_newsgraph"))
            .arg("build")
            .arg(&dir)
            .arg("-o")
            .arg(&out)
            .status()
            .unwrap();
        assert!(status.success());
        out
    };
    let gexf = run("g.gexf");
    let json = run("g.json");
    let text = std::fs::read_to_string(&gexf).unwrap();
    assert!(text.contains(r#"kind="not-supply""#), "negated kind");
    assert!(text.contains("&quot;deliveries&quot; &amp; spares &lt;2020&gt;"));
    // India: dated on 24 and 25 June (one spell); Pakistan only undated (none).
    let node = |id: &str| {
        let at = text.find(&format!(r#"<node id="{id}""#)).unwrap();
        text[at..at + text[at..].find("</node>").unwrap()].to_string()
    };
    assert!(node("country:india").contains(
        "<spells>\n          <spell start=\"2020-06-24\" end=\"2020-06-25\"/>\n        </spells>"
    ));
    assert!(!node("country:pakistan").contains("spell"));
    xmllint("--relaxng", "gexf/gexf.rng", &gexf);
    let script = manifest_dir().join("tests/readers/check_gexf.js");
    check_with(
        "node",
        &[script.as_os_str(), gexf.as_os_str(), json.as_os_str()],
    );
}

/// `newsgraph build DIR ARGS -o OUT`, asserted to succeed.
fn build_into(dir: &Path, out: &Path, args: &[&str]) {
    let o = Command::new(env!("CARGO_BIN_EXE_newsgraph"))
        .arg("build")
        .arg(dir)
        .arg("-o")
        .arg(out)
        .args(args)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", show(&o));
}

/// Runs check_kuzu.py on the CSV and JSON of `dir`; its stdout.
fn kuzu_answers(dir: &Path, tmp: &Path, who: &str) -> Option<String> {
    let csv = tmp.join("csv");
    let json = tmp.join("graph.json");
    build_into(dir, &csv, &["--format", "csv"]);
    build_into(dir, &json, &[]);
    let script = manifest_dir().join("tests/readers/check_kuzu.py");
    let args = [
        script.as_os_str(),
        csv.as_os_str(),
        json.as_os_str(),
        who.as_ref(),
    ];
    let Some(out) = run("python3", &args) else {
        skip("python3");
        return None;
    };
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    if out.status.code() == Some(3) {
        skip(
            stdout
                .lines()
                .next()
                .unwrap_or("")
                .trim_start_matches("MISSING: "),
        );
        return None;
    }
    assert!(out.status.success(), "Kùzu checks failed:\n{}", show(&out));
    println!("{}", stdout.trim_end());
    Some(stdout)
}

/// The CSV of articles written for this test, loaded into Kùzu: the
/// answers to "who supplies weapons to India" and "which weapons did India
/// acquire" are the ones the articles state (negated statements left out),
/// and equal the JSON's.
#[test]
fn csv_loads_in_kuzu_and_answers_cypher_queries() {
    let tmp = TempDir::new().unwrap();
    let dir = tmp.path().join("in");
    std::fs::create_dir(&dir).unwrap();
    let articles = [
        (
            "a.txt",
            "date 2021-02-01 Russia supplied S-400 systems to India. India bought Su-30MKI \
             fighters from Russia.\n",
        ),
        (
            "b.txt",
            "date 2021-05-10 France delivered Rafale jets to India. Pakistan acquired J-10C \
             fighters from China.\n",
        ),
        (
            "c.txt",
            "date 2022-01-15 The United States sold MH-60R helicopters to India. Israel did \
             not supply the Barak-8 to India.\n",
        ),
        (
            "d.txt",
            "India received the first Rafale jets from France.\n",
        ),
    ];
    for (name, text) in articles {
        std::fs::write(dir.join(name), text).unwrap();
    }
    let Some(out) = kuzu_answers(&dir, tmp.path(), "country:india") else {
        return;
    };
    assert!(
        out.contains("who supplies weapons to country:india: France, Russia, United States\n"),
        "{out}"
    );
    assert!(
        out.contains("weapons country:india acquired: MH-60R, Rafale, S-400, Su-30MKI\n"),
        "{out}"
    );
    assert!(out.contains("  Russia: Russia supplied S-400 systems to India. [a.txt]"));
}

/// The CSV of the samples, loaded into Kùzu, holds the JSON's graph.
#[test]
fn csv_of_samples_loads_in_kuzu_like_the_json() {
    let tmp = TempDir::new().unwrap();
    if let Some(out) = kuzu_answers(&manifest_dir().join("samples"), tmp.path(), "country:india") {
        assert!(out.contains("agrees with the JSON"), "{out}");
    }
}

/// Kùzu guesses a CSV's quoting from its first lines unless told: a nodes
/// file whose first quoted field (`"Washington, D.C."`) comes after
/// thousands of plain lines must still load whole through the load script.
#[test]
fn kuzu_load_script_reads_late_quoted_fields() {
    let tmp = TempDir::new().unwrap();
    let mut nodes = String::from("Id,Label,type,mentions,documents,first_date,last_date,aliases\n");
    for i in 0..3000 {
        nodes.push_str(&format!("country:c{i:04},C{i},country,1,1,,,C{i}\n"));
    }
    nodes.push_str(
        "location:washington-dc,\"Washington, D.C.\",location,2,1,,,\"Washington, D.C.; \"\"DC\"\"\"\n",
    );
    std::fs::write(tmp.path().join("nodes.csv"), nodes).unwrap();
    std::fs::write(
        tmp.path().join("edges.csv"),
        "Source,Target,Type,Weight,kind,relation,verb,documents,first_date,last_date,negated,evidence,evidence_doc,Id\n\
         country:c0000,location:washington-dc,Undirected,1.0,cooccurrence,,,1,,,,,,c0\n",
    )
    .unwrap();
    let script = format!(
        "import sys, os, tempfile\n\
         sys.path.insert(0, {:?})\n\
         try:\n    import kuzu\nexcept ImportError:\n    print('MISSING: python module kuzu (pip package kuzu)'); sys.exit(3)\n\
         import load\n\
         conn = load.load({:?}, os.path.join(tempfile.mkdtemp(), 'db'))\n\
         rows = load.rows(conn, \"MATCH (n:Entity {{id: 'location:washington-dc'}}) RETURN n.label, n.aliases\")\n\
         n = load.rows(conn, 'MATCH (n:Entity) RETURN count(n)')[0][0]\n\
         print(n, rows)\n\
         sys.exit(0 if n == 3001 and rows == [['Washington, D.C.', 'Washington, D.C.; \"DC\"']] else 1)\n",
        manifest_dir().join("examples/kuzu").display().to_string(),
        tmp.path().display().to_string(),
    );
    check_with("python3", &["-c".as_ref(), script.as_ref()]);
}
