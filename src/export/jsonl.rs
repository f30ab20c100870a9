//! `extract` output: one JSON object a document, one line each, holding all
//! that the graph needs, so `merge` of these lines equals `build` of the
//! documents ([`write`] and [`parse`] are inverse over
//! [`DocSummary`]).
//!
//! ```text
//! {"doc": ID, "date": "YYYY-MM-DD" | null,
//!  "entities": [{"id", "type", "label", "mentions": [{"text", "start", "end", "sentence"}]}],
//!  "relations": [{"source": ENTITY_ID, "target": ENTITY_ID, "relation", "verb",
//!                 "sentence", "start", "end", "negated"?, "text"}]}
//! ```
//!
//! `start`/`end` are byte offsets into the document text (after any
//! `date` header); a mention's `text` is its surface form; a relation's
//! span is its sentence's, and its `text` that sentence (the evidence).
//! `negated` appears only when true.

use std::borrow::Cow;
use std::io::{self, Write};

use rustc_hash::FxHashMap;
use serde::{Deserialize, Serialize};

use crate::extract::EntityType;
use crate::graph::{DocSummary, EntitySummary, MentionSummary, RelationSummary};

#[derive(Serialize, Deserialize)]
struct Line<'a> {
    #[serde(borrow)]
    doc: Cow<'a, str>,
    #[serde(default, borrow)]
    date: Option<Cow<'a, str>>,
    #[serde(default, borrow)]
    entities: Vec<WireEntity<'a>>,
    #[serde(default, borrow)]
    relations: Vec<WireRelation<'a>>,
}

#[derive(Serialize, Deserialize)]
struct WireEntity<'a> {
    #[serde(borrow)]
    id: Cow<'a, str>,
    #[serde(rename = "type", borrow)]
    kind: Cow<'a, str>,
    #[serde(borrow)]
    label: Cow<'a, str>,
    #[serde(borrow)]
    mentions: Vec<WireMention<'a>>,
}

#[derive(Serialize, Deserialize)]
struct WireMention<'a> {
    #[serde(borrow)]
    text: Cow<'a, str>,
    start: usize,
    end: usize,
    sentence: usize,
}

#[derive(Serialize, Deserialize)]
struct WireRelation<'a> {
    #[serde(borrow)]
    source: Cow<'a, str>,
    #[serde(borrow)]
    target: Cow<'a, str>,
    #[serde(borrow)]
    relation: Cow<'a, str>,
    #[serde(borrow)]
    verb: Cow<'a, str>,
    sentence: usize,
    start: usize,
    end: usize,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    negated: bool,
    /// Absent in lines written before the evidence was carried.
    #[serde(default, borrow)]
    text: Option<Cow<'a, str>>,
}

/// A borrowed view of a `Cow` field, for the wire types.
fn b(c: &str) -> Cow<'_, str> {
    Cow::Borrowed(c)
}

/// Writes one document's line.
pub fn write<W: Write>(out: &mut W, doc: &DocSummary<'_>) -> io::Result<()> {
    let line = Line {
        doc: b(&doc.id),
        date: doc.date.as_ref().map(|d| b(d)),
        entities: doc
            .entities
            .iter()
            .map(|e| WireEntity {
                id: b(&e.id),
                kind: Cow::Borrowed(e.kind.as_str()),
                label: b(&e.label),
                mentions: e
                    .mentions
                    .iter()
                    .map(|m| WireMention {
                        text: b(&m.text),
                        start: m.start,
                        end: m.end,
                        sentence: m.sentence,
                    })
                    .collect(),
            })
            .collect(),
        relations: doc
            .relations
            .iter()
            .map(|r| WireRelation {
                source: b(&doc.entities[r.source].id),
                target: b(&doc.entities[r.target].id),
                relation: b(&r.relation),
                verb: b(&r.verb),
                sentence: r.sentence,
                start: r.start,
                end: r.end,
                negated: r.negated,
                text: Some(b(&r.text)),
            })
            .collect(),
    };
    serde_json::to_writer(&mut *out, &line)?;
    out.write_all(b"\n")
}

/// Reads one line back, borrowing from it where no JSON escape is in the way.
/// The error says what is wrong with the line (the caller adds file:line).
pub fn parse(line: &str) -> Result<DocSummary<'_>, String> {
    let wire: Line<'_> =
        serde_json::from_str(line).map_err(|e| format!("not an extract line: {e}"))?;
    if let Some(d) = &wire.date {
        if !crate::corpus::is_date(d) {
            return Err(format!("date {d:?} is not YYYY-MM-DD"));
        }
    }
    let mut index: FxHashMap<&str, usize> = FxHashMap::default();
    for (i, e) in wire.entities.iter().enumerate() {
        if index.insert(&e.id, i).is_some() {
            return Err(format!("entity {:?} listed twice", e.id));
        }
    }
    let mut relations = Vec::with_capacity(wire.relations.len());
    for r in &wire.relations {
        let end = |id: &Cow<'_, str>| {
            index.get(&**id).copied().ok_or_else(|| {
                format!("relation names entity {id:?}, which the line does not list")
            })
        };
        let (source, target) = (end(&r.source)?, end(&r.target)?);
        relations.push((source, target));
    }
    let mut entities = Vec::with_capacity(wire.entities.len());
    for e in wire.entities {
        let Some(kind) = EntityType::parse(&e.kind) else {
            return Err(format!("entity {:?} has unknown type {:?}", e.id, e.kind));
        };
        entities.push(EntitySummary {
            id: e.id,
            kind,
            label: e.label,
            mentions: e
                .mentions
                .into_iter()
                .map(|m| MentionSummary {
                    text: m.text,
                    start: m.start,
                    end: m.end,
                    sentence: m.sentence,
                })
                .collect(),
        });
    }
    let relations = wire
        .relations
        .into_iter()
        .zip(relations)
        .map(|(r, (source, target))| {
            let text = r.text.ok_or_else(|| {
                "relation without its sentence \"text\" (written by an older newsgraph extract: \
                 run extract again)"
                    .to_string()
            })?;
            Ok(RelationSummary {
                source,
                target,
                relation: r.relation,
                verb: r.verb,
                negated: r.negated,
                sentence: r.sentence,
                start: r.start,
                end: r.end,
                text,
            })
        })
        .collect::<Result<Vec<_>, String>>()?;
    Ok(DocSummary {
        id: wire.doc,
        date: wire.date,
        entities,
        relations,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::Extractor;
    use crate::relate::Relater;

    #[test]
    fn write_then_parse_is_identity() {
        let text = "India signed a deal with Russia for \"S-400\" systems.\n\
                    Defence Minister Rajnath Singh met Yury Borisov in Moscow.";
        let ex = Extractor::builtin().extract(text);
        let rels = Relater::new().relations(text, &ex);
        assert!(!rels.is_empty());
        let doc = DocSummary::from_analysis("a/b.txt", Some("2020-06-24"), text, &ex, &rels);
        let mut out = Vec::new();
        write(&mut out, &doc).unwrap();
        let line = std::str::from_utf8(&out).unwrap();
        assert!(line.ends_with('\n') && line.matches('\n').count() == 1);
        assert_eq!(parse(line.trim_end()).unwrap(), doc);
    }

    #[test]
    fn bad_lines_say_why() {
        let cases = [
            ("{\"doc\": 1}", "not an extract line"),
            ("[]", "not an extract line"),
            ("{\"doc\":\"a\",\"date\":\"1987\"}", "not YYYY-MM-DD"),
            (
                "{\"doc\":\"a\",\"entities\":[{\"id\":\"x:a\",\"type\":\"planet\",\"label\":\"A\",\"mentions\":[]}]}",
                "unknown type",
            ),
            (
                "{\"doc\":\"a\",\"relations\":[{\"source\":\"country:india\",\"target\":\"country:russia\",\
                 \"relation\":\"meet\",\"verb\":\"met\",\"sentence\":0,\"start\":0,\"end\":1,\"text\":\"x\"}]}",
                "does not list",
            ),
            (
                "{\"doc\":\"a\",\"entities\":[{\"id\":\"country:india\",\"type\":\"country\",\"label\":\"India\",\"mentions\":[]}],\
                 \"relations\":[{\"source\":\"country:india\",\"target\":\"country:india\",\
                 \"relation\":\"meet\",\"verb\":\"met\",\"sentence\":0,\"start\":0,\"end\":1}]}",
                "older newsgraph",
            ),
        ];
        for (line, want) in cases {
            let err = parse(line).unwrap_err();
            assert!(err.contains(want), "{line}: {err}");
        }
    }
}
