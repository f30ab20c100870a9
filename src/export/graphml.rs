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

use petgraph::graph::{EdgeIndex, NodeIndex};
use rayon::prelude::*;

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

/// Writes `graph` as GraphML. Elements are put together in parallel on the
/// current rayon pool (call it inside `ThreadPool::install` to choose the
/// threads); the bytes are the same for any number of threads.
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
    // Nodes and edges are put together in pieces of PIECE elements, some
    // pieces at a time in parallel on the current rayon pool (the run's
    // `--threads`), and written in order: writing is the serial end of a
    // run, when the other workers have nothing else to do.
    let nodes: Vec<NodeIndex> = graph.node_indices().collect();
    write_pieces(&nodes, PIECE, out, |piece, buf| {
        for &i in piece {
            node(&graph[i], buf);
        }
    })?;
    // Edge ids number each kind on its own (`super::edge_ids`): a piece
    // starts from the counts of each kind before it.
    let edges: Vec<EdgeIndex> = graph.edge_indices().collect();
    let mut counts = Vec::with_capacity(edges.len() / PIECE + 1);
    let (mut c, mut r) = (0u64, 0u64);
    for (k, &e) in edges.iter().enumerate() {
        if k % PIECE == 0 {
            counts.push((c, r));
        }
        match graph[e].kind {
            EdgeKind::Cooccurrence => c += 1,
            EdgeKind::Relation { .. } => r += 1,
        }
    }
    let numbered: Vec<(&[EdgeIndex], (u64, u64))> = edges.chunks(PIECE).zip(counts).collect();
    write_pieces(&numbered, 1, out, |pieces, buf| {
        for &(piece, (mut c, mut r)) in pieces {
            let mut id = Vec::with_capacity(24);
            for &e in piece {
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
                edge(&id, &graph[s].id, &graph[t].id, &graph[e], buf);
            }
        }
    })?;
    writeln!(out, "  </graph>")?;
    writeln!(out, "</graphml>")?;
    Ok(())
}

/// Elements put together in one piece.
const PIECE: usize = 512;

/// Writes `items` in order, each run of `per_piece` of them put together in
/// a byte buffer by `put`, a few runs per worker of the current rayon pool
/// at a time (memory holds those buffers only), or in turn on one thread.
fn write_pieces<T: Sync, W: Write>(
    items: &[T],
    per_piece: usize,
    out: &mut W,
    put: impl Fn(&[T], &mut Vec<u8>) + Sync,
) -> io::Result<()> {
    let threads = rayon::current_num_threads();
    if threads == 1 {
        // One buffer, handed to the writer after every 64 KB.
        let mut buf = Vec::with_capacity(1 << 17);
        for piece in items.chunks(per_piece) {
            put(piece, &mut buf);
            if buf.len() >= 1 << 16 {
                out.write_all(&buf)?;
                buf.clear();
            }
        }
        return out.write_all(&buf);
    }
    let group = per_piece * 4 * threads;
    for run in items.chunks(group) {
        let bufs: Vec<Vec<u8>> = run
            .par_chunks(per_piece)
            .map(|piece| {
                let mut buf = Vec::with_capacity(1 << 16);
                put(piece, &mut buf);
                buf
            })
            .collect();
        for buf in bufs {
            out.write_all(&buf)?;
        }
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
