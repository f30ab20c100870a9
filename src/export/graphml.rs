//! GraphML 1.0, valid against the schema and loadable by networkx, igraph,
//! graphology and Gephi.
//!
//! One `<graph edgedefault="directed">` with no `directed` attribute on any
//! edge: networkx refuses a file that mixes directed and undirected edges, and
//! igraph silently drops direction in the other mix. Co-occurrence edges are
//! written once, from the smaller id to the larger, with `kind` =
//! `cooccurrence`; relation edges run from doer to target with `kind` =
//! `relation`. Every key is declared with `attr.name` and `attr.type`; node
//! names are in `label` and weights in `weight` (double), which Gephi uses for
//! labels and sizes. Edge ids (`c0`, `r0`, ...) are unique and also kept in an
//! `eid` data key, because igraph reads the XML `id` attribute wrongly.

use std::io::{self, Write};

use super::xml_escape;
use crate::graph::{Edge, EdgeKind, Graph, Node};

struct Key {
    id: &'static str,
    domain: &'static str,
    name: &'static str,
    ty: &'static str,
}

const KEYS: &[Key] = &[
    Key {
        id: "n_label",
        domain: "node",
        name: "label",
        ty: "string",
    },
    Key {
        id: "n_type",
        domain: "node",
        name: "type",
        ty: "string",
    },
    Key {
        id: "n_mentions",
        domain: "node",
        name: "mentions",
        ty: "long",
    },
    Key {
        id: "n_documents",
        domain: "node",
        name: "documents",
        ty: "long",
    },
    Key {
        id: "n_first_date",
        domain: "node",
        name: "first_date",
        ty: "string",
    },
    Key {
        id: "n_last_date",
        domain: "node",
        name: "last_date",
        ty: "string",
    },
    Key {
        id: "n_aliases",
        domain: "node",
        name: "aliases",
        ty: "string",
    },
    Key {
        id: "e_eid",
        domain: "edge",
        name: "eid",
        ty: "string",
    },
    Key {
        id: "e_kind",
        domain: "edge",
        name: "kind",
        ty: "string",
    },
    Key {
        id: "e_relation",
        domain: "edge",
        name: "relation",
        ty: "string",
    },
    Key {
        id: "e_verb",
        domain: "edge",
        name: "verb",
        ty: "string",
    },
    Key {
        id: "e_negated",
        domain: "edge",
        name: "negated",
        ty: "boolean",
    },
    Key {
        id: "e_weight",
        domain: "edge",
        name: "weight",
        ty: "double",
    },
    Key {
        id: "e_documents",
        domain: "edge",
        name: "documents",
        ty: "long",
    },
    Key {
        id: "e_first_date",
        domain: "edge",
        name: "first_date",
        ty: "string",
    },
    Key {
        id: "e_last_date",
        domain: "edge",
        name: "last_date",
        ty: "string",
    },
    Key {
        id: "e_evidence",
        domain: "edge",
        name: "evidence",
        ty: "string",
    },
];

/// Writes `graph` as GraphML.
pub fn write<W: Write>(graph: &Graph, out: &mut W) -> io::Result<()> {
    writeln!(out, r#"<?xml version="1.0" encoding="UTF-8"?>"#)?;
    writeln!(
        out,
        r#"<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">"#
    )?;
    for k in KEYS {
        writeln!(
            out,
            r#"  <key id="{}" for="{}" attr.name="{}" attr.type="{}"/>"#,
            k.id, k.domain, k.name, k.ty
        )?;
    }
    writeln!(out, r#"  <graph id="newsgraph" edgedefault="directed">"#)?;
    // Each node and edge is put together in `buf`, which goes out in pieces
    // of about 64 KB: the writer is called once per piece instead of once
    // per attribute.
    let mut buf: Vec<u8> = Vec::with_capacity(FLUSH_AT + 4096);
    for i in graph.node_indices() {
        node(&graph[i], &mut buf);
        flush_full(&mut buf, out)?;
    }
    let (mut c, mut r) = (0u64, 0u64);
    let mut id = Vec::with_capacity(24);
    for e in graph.edge_indices() {
        let (s, t) = graph.edge_endpoints(e).expect("edge exists");
        // The ids of `super::edge_ids`, made here without a String each.
        id.clear();
        match graph[e].kind {
            EdgeKind::Cooccurrence => {
                id.push(b'c');
                push_u64(&mut id, c);
                c += 1;
            }
            EdgeKind::Relation { .. } => {
                id.push(b'r');
                push_u64(&mut id, r);
                r += 1;
            }
        }
        edge(&id, &graph[s].id, &graph[t].id, &graph[e], &mut buf);
        flush_full(&mut buf, out)?;
    }
    out.write_all(&buf)?;
    writeln!(out, "  </graph>")?;
    writeln!(out, "</graphml>")?;
    Ok(())
}

/// Bytes gathered before they are handed to the writer.
const FLUSH_AT: usize = 1 << 16;

fn flush_full<W: Write>(buf: &mut Vec<u8>, out: &mut W) -> io::Result<()> {
    if buf.len() >= FLUSH_AT {
        out.write_all(buf)?;
        buf.clear();
    }
    Ok(())
}

/// `n` in decimal, as `to_string` writes it.
fn push_u64(buf: &mut Vec<u8>, mut n: u64) {
    let mut digits = [0u8; 20];
    let mut i = digits.len();
    loop {
        i -= 1;
        digits[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    buf.extend_from_slice(&digits[i..]);
}

fn data(buf: &mut Vec<u8>, key: &str, value: &str) {
    buf.extend_from_slice(b"<data key=\"");
    buf.extend_from_slice(key.as_bytes());
    buf.extend_from_slice(b"\">");
    buf.extend_from_slice(xml_escape(value).as_bytes());
    buf.extend_from_slice(b"</data>");
}

fn data_u64(buf: &mut Vec<u8>, key: &str, value: u64) {
    buf.extend_from_slice(b"<data key=\"");
    buf.extend_from_slice(key.as_bytes());
    buf.extend_from_slice(b"\">");
    push_u64(buf, value);
    buf.extend_from_slice(b"</data>");
}

fn node(n: &Node, buf: &mut Vec<u8>) {
    buf.extend_from_slice(b"    <node id=\"");
    buf.extend_from_slice(xml_escape(&n.id).as_bytes());
    buf.extend_from_slice(b"\">");
    data(buf, "n_label", &n.label);
    data(buf, "n_type", n.kind.as_str());
    data_u64(buf, "n_mentions", n.mentions);
    data_u64(buf, "n_documents", n.documents);
    if let Some(d) = &n.first_date {
        data(buf, "n_first_date", d);
    }
    if let Some(d) = &n.last_date {
        data(buf, "n_last_date", d);
    }
    data(buf, "n_aliases", &n.aliases.join("; "));
    buf.extend_from_slice(b"</node>\n");
}

fn edge(id: &[u8], s: &str, t: &str, e: &Edge, buf: &mut Vec<u8>) {
    buf.extend_from_slice(b"    <edge id=\"");
    buf.extend_from_slice(id);
    buf.extend_from_slice(b"\" source=\"");
    buf.extend_from_slice(xml_escape(s).as_bytes());
    buf.extend_from_slice(b"\" target=\"");
    buf.extend_from_slice(xml_escape(t).as_bytes());
    buf.extend_from_slice(b"\">");
    // Edge ids are ASCII letters and digits: nothing to escape.
    buf.extend_from_slice(b"<data key=\"e_eid\">");
    buf.extend_from_slice(id);
    buf.extend_from_slice(b"</data>");
    match &e.kind {
        EdgeKind::Cooccurrence => data(buf, "e_kind", "cooccurrence"),
        EdgeKind::Relation { relation, negated } => {
            data(buf, "e_kind", "relation");
            data(buf, "e_relation", relation);
            data(buf, "e_negated", if *negated { "true" } else { "false" });
        }
    }
    if let Some(v) = &e.verb {
        data(buf, "e_verb", v);
    }
    // As `{:.1}` of the weight as a float wrote it, without float formatting.
    buf.extend_from_slice(b"<data key=\"e_weight\">");
    push_u64(buf, e.weight);
    buf.extend_from_slice(b".0</data>");
    data_u64(buf, "e_documents", e.documents);
    if let Some(d) = &e.first_date {
        data(buf, "e_first_date", d);
    }
    if let Some(d) = &e.last_date {
        data(buf, "e_last_date", d);
    }
    if !e.evidence.is_empty() {
        data(buf, "e_evidence", &super::evidence_text(&e.evidence));
    }
    buf.extend_from_slice(b"</edge>\n");
}

#[cfg(test)]
mod tests {
    proptest::proptest! {
        /// Numbers are written as `to_string` writes them.
        #[test]
        fn decimal_as_to_string(n in proptest::prelude::any::<u64>()) {
            let mut buf = b"x".to_vec();
            super::push_u64(&mut buf, n);
            proptest::prop_assert_eq!(buf, format!("x{n}").into_bytes());
        }
    }

    #[test]
    fn decimal_edges() {
        for n in [0, 9, 10, u64::MAX] {
            let mut buf = Vec::new();
            super::push_u64(&mut buf, n);
            assert_eq!(buf, n.to_string().into_bytes());
        }
    }
}
