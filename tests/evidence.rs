//! Every relation can be traced to its sentence: the span in `extract`
//! output and the evidence on graph edges both slice the document text to
//! the sentence that states the relation.

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use serde_json::Value;

fn samples() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("samples")
}

/// The document text newsgraph reads from a sample: the file after its date header.
fn doc_text(doc: &str) -> String {
    let raw = std::fs::read_to_string(samples().join(doc)).unwrap();
    let (_, start) = newsgraph::corpus::split_date_header(&raw);
    raw[start..].to_string()
}

fn run(args: &[&str]) -> Vec<u8> {
    let out = Command::cargo_bin("newsgraph")
        .unwrap()
        .args(args)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

#[test]
fn extract_relations_point_at_their_sentences() {
    let out = run(&["extract", samples().to_str().unwrap()]);
    let mut relations = 0;
    for line in String::from_utf8(out).unwrap().lines() {
        let d: Value = serde_json::from_str(line).unwrap();
        let text = doc_text(d["doc"].as_str().unwrap());
        let entities = d["entities"].as_array().unwrap();
        for r in d["relations"].as_array().unwrap() {
            relations += 1;
            let (start, end) = (
                r["start"].as_u64().unwrap() as usize,
                r["end"].as_u64().unwrap() as usize,
            );
            let sentence = text.get(start..end).expect("span inside the text");
            assert!(!sentence.trim().is_empty());
            // Both ends are mentioned in that sentence (pronoun subjects aside:
            // then the target still is; a pair descriptor, "The two countries
            // signed", stands for both ends named before).
            let mentioned = |id: &Value| {
                entities.iter().filter(|e| &e["id"] == id).any(|e| {
                    e["mentions"].as_array().unwrap().iter().any(|m| {
                        let (ms, me) = (
                            m["start"].as_u64().unwrap() as usize,
                            m["end"].as_u64().unwrap() as usize,
                        );
                        start <= ms && me <= end && m["sentence"] == r["sentence"]
                    })
                })
            };
            let lower = sentence.to_lowercase();
            let pair = lower.contains("the two ") || lower.contains("both ");
            assert!(
                mentioned(&r["source"]) || mentioned(&r["target"]) || pair,
                "neither end of {r} is in {sentence:?}"
            );
            let verb = r["verb"].as_str().unwrap();
            assert!(
                sentence.to_lowercase().contains(&verb.to_lowercase()),
                "verb {verb:?} not in {sentence:?}"
            );
        }
    }
    assert!(relations > 0, "the samples state relations");
}

#[test]
fn graph_evidence_slices_the_document() {
    let out = run(&[
        "build",
        samples().to_str().unwrap(),
        "--format",
        "json",
        "--evidence",
        "5",
    ]);
    let g: Value = serde_json::from_slice(&out).unwrap();
    let mut checked = 0;
    for link in g["links"].as_array().unwrap() {
        if link["kind"] != "relation" {
            assert!(
                link.get("evidence").is_none(),
                "co-occurrence edges carry no evidence"
            );
            continue;
        }
        let evidence = link["evidence"]
            .as_array()
            .expect("relation edges carry evidence");
        assert!(!evidence.is_empty() && evidence.len() <= 5);
        for ev in evidence {
            let text = doc_text(ev["doc"].as_str().unwrap());
            let (start, end) = (
                ev["start"].as_u64().unwrap() as usize,
                ev["end"].as_u64().unwrap() as usize,
            );
            assert_eq!(&text[start..end], ev["text"].as_str().unwrap());
            checked += 1;
        }
    }
    assert!(checked > 0, "the samples' graph has relation evidence");
}

#[test]
fn edges_option_selects_kinds() {
    for (edges, want) in [("cooccurrence", "cooccurrence"), ("relations", "relation")] {
        let out = run(&[
            "build",
            samples().to_str().unwrap(),
            "--format",
            "json",
            "--edges",
            edges,
        ]);
        let g: Value = serde_json::from_slice(&out).unwrap();
        let links = g["links"].as_array().unwrap();
        assert!(!links.is_empty());
        assert!(links.iter().all(|l| l["kind"] == want), "--edges {edges}");
    }
}
