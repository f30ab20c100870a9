//! networkx node-link JSON:
//!
//! ```text
//! {"directed": true, "multigraph": BOOL, "graph": {"name": "newsgraph"},
//!  "nodes": [{"id", "label", "type", "mentions", "documents", "first_date"?, "last_date"?, "aliases": [..],
//!             "months"?: {"YYYY-MM": mentions in dated articles, ...}}],
//!  "links": [{"source", "target", "key", "kind", "relation"?, "verb"?, "negated"?,
//!             "weight", "documents", "first_date"?, "last_date"?, "evidence"?: [{doc, sentence, start, end, date, text}]}]}
//! ```
//!
//! Load it with `networkx.node_link_graph(data, edges="links")`. The graph
//! is directed (co-occurrence links run from the smaller id to the larger);
//! `multigraph` is true when two links join the same ordered pair, and then
//! every link carries a unique `key` (`c0`, `r0`, ...).

use std::io::{self, Write};

use serde::Serialize;

use crate::graph::{EdgeKind, Graph};

#[derive(Serialize)]
struct Wire<'a> {
    directed: bool,
    multigraph: bool,
    graph: GraphAttrs,
    nodes: Vec<WireNode<'a>>,
    links: Vec<WireLink<'a>>,
}

#[derive(Serialize)]
struct GraphAttrs {
    name: &'static str,
}

#[derive(Serialize)]
struct WireNode<'a> {
    id: &'a str,
    label: &'a str,
    #[serde(rename = "type")]
    kind: &'static str,
    mentions: u64,
    documents: u64,
    #[serde(skip_serializing_if = "Option::is_none")]
    first_date: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    last_date: Option<&'a str>,
    aliases: &'a [String],
    #[serde(skip_serializing_if = "Months::is_empty")]
    months: Months<'a>,
}

/// Mentions per month as a JSON object, months in order.
struct Months<'a>(&'a [(String, u64)]);

impl Months<'_> {
    fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl Serialize for Months<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = s.serialize_map(Some(self.0.len()))?;
        for (month, count) in self.0 {
            map.serialize_entry(month, count)?;
        }
        map.end()
    }
}

#[derive(Serialize)]
struct WireEvidence<'a> {
    doc: &'a str,
    sentence: usize,
    start: usize,
    end: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    date: Option<&'a str>,
    text: &'a str,
}

#[derive(Serialize)]
struct WireLink<'a> {
    source: &'a str,
    target: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    key: Option<String>,
    kind: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    relation: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    verb: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    negated: Option<bool>,
    weight: f64,
    documents: u64,
    #[serde(skip_serializing_if = "Option::is_none")]
    first_date: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    last_date: Option<&'a str>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    evidence: Vec<WireEvidence<'a>>,
}

/// Writes `graph` as node-link JSON, one line, newline-terminated.
pub fn write<W: Write>(graph: &Graph, out: &mut W) -> io::Result<()> {
    let mut pairs = std::collections::HashSet::new();
    let mut multigraph = false;
    for e in graph.edge_indices() {
        let (s, t) = graph.edge_endpoints(e).expect("edge exists");
        multigraph |= !pairs.insert((s, t));
    }
    let nodes = graph
        .node_indices()
        .map(|i| {
            let n = &graph[i];
            WireNode {
                id: &n.id,
                label: &n.label,
                kind: n.kind.as_str(),
                mentions: n.mentions,
                documents: n.documents,
                first_date: n.first_date.as_deref(),
                last_date: n.last_date.as_deref(),
                aliases: &n.aliases,
                months: Months(&n.months),
            }
        })
        .collect();
    let links = graph
        .edge_indices()
        .zip(super::edge_ids(graph))
        .map(|(e, key)| {
            let (s, t) = graph.edge_endpoints(e).expect("edge exists");
            let d = &graph[e];
            let (kind, relation, negated) = match &d.kind {
                EdgeKind::Cooccurrence => ("cooccurrence", None, None),
                EdgeKind::Relation { relation, negated } => {
                    ("relation", Some(relation.as_str()), Some(*negated))
                }
            };
            WireLink {
                source: &graph[s].id,
                target: &graph[t].id,
                key: multigraph.then_some(key),
                kind,
                relation,
                verb: d.verb.as_deref(),
                negated,
                weight: d.weight as f64,
                documents: d.documents,
                first_date: d.first_date.as_deref(),
                last_date: d.last_date.as_deref(),
                evidence: d
                    .evidence
                    .iter()
                    .map(|v| WireEvidence {
                        doc: &v.doc,
                        sentence: v.sentence,
                        start: v.start,
                        end: v.end,
                        date: v.date.as_deref(),
                        text: &v.text,
                    })
                    .collect(),
            }
        })
        .collect();
    let wire = Wire {
        directed: true,
        multigraph,
        graph: GraphAttrs { name: "newsgraph" },
        nodes,
        links,
    };
    serde_json::to_writer(&mut *out, &wire)?;
    writeln!(out)
}
