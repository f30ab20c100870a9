//! `extract` output: one JSON object a document, one line each.
//!
//! ```text
//! {"doc": ID, "date": "YYYY-MM-DD" | null,
//!  "entities": [{"id", "type", "label", "mentions": [{"text", "start", "end", "sentence"}]}],
//!  "relations": [{"source": ENTITY_ID, "target": ENTITY_ID, "relation", "verb",
//!                 "sentence", "start", "end", "negated"?}]}
//! ```
//!
//! `start`/`end` are byte offsets into the document text (after any
//! `date` header); a relation's span is its sentence's.

use std::io::{self, Write};

use serde::Serialize;

use crate::extract::Extraction;
use crate::relate::Relation;

#[derive(Serialize)]
struct Line<'a> {
    doc: &'a str,
    date: Option<&'a str>,
    entities: Vec<WireEntity<'a>>,
    relations: Vec<WireRelation<'a>>,
}

#[derive(Serialize)]
struct WireEntity<'a> {
    id: &'a str,
    #[serde(rename = "type")]
    kind: &'static str,
    label: &'a str,
    mentions: Vec<WireMention<'a>>,
}

#[derive(Serialize)]
struct WireMention<'a> {
    text: &'a str,
    start: usize,
    end: usize,
    sentence: usize,
}

#[derive(Serialize)]
struct WireRelation<'a> {
    source: &'a str,
    target: &'a str,
    relation: &'a str,
    verb: &'a str,
    sentence: usize,
    start: usize,
    end: usize,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    negated: bool,
}

/// Writes one document's line.
pub fn write<W: Write>(
    out: &mut W,
    doc: &str,
    date: Option<&str>,
    text: &str,
    ex: &Extraction,
    relations: &[Relation],
) -> io::Result<()> {
    let line = Line {
        doc,
        date,
        entities: ex
            .entities
            .iter()
            .map(|e| WireEntity {
                id: &e.id,
                kind: e.kind.as_str(),
                label: &e.label,
                mentions: e
                    .mentions
                    .iter()
                    .map(|m| WireMention {
                        text: &text[m.start..m.end],
                        start: m.start,
                        end: m.end,
                        sentence: m.sentence,
                    })
                    .collect(),
            })
            .collect(),
        relations: relations
            .iter()
            .map(|r| {
                let s = ex.sentences[r.sentence];
                WireRelation {
                    source: &ex.entities[r.source].id,
                    target: &ex.entities[r.target].id,
                    relation: &r.relation,
                    verb: &r.verb,
                    sentence: r.sentence,
                    start: s.start,
                    end: s.end,
                    negated: r.negated,
                }
            })
            .collect(),
    };
    serde_json::to_writer(&mut *out, &line)?;
    out.write_all(b"\n")
}
