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
    for i in graph.node_indices() {
        node(&graph[i], out)?;
    }
    for (e, id) in graph.edge_indices().zip(super::edge_ids(graph)) {
        let (s, t) = graph.edge_endpoints(e).expect("edge exists");
        edge(&id, &graph[s].id, &graph[t].id, &graph[e], out)?;
    }
    writeln!(out, "  </graph>")?;
    writeln!(out, "</graphml>")?;
    Ok(())
}

fn data<W: Write>(out: &mut W, key: &str, value: &str) -> io::Result<()> {
    // Pieces written as they are: this runs for every attribute of every
    // node and edge, and the formatting machinery costs more than the bytes.
    out.write_all(b"<data key=\"")?;
    out.write_all(key.as_bytes())?;
    out.write_all(b"\">")?;
    out.write_all(xml_escape(value).as_bytes())?;
    out.write_all(b"</data>")
}

fn node<W: Write>(n: &Node, out: &mut W) -> io::Result<()> {
    write!(out, r#"    <node id="{}">"#, xml_escape(&n.id))?;
    data(out, "n_label", &n.label)?;
    data(out, "n_type", n.kind.as_str())?;
    data(out, "n_mentions", &n.mentions.to_string())?;
    data(out, "n_documents", &n.documents.to_string())?;
    if let Some(d) = &n.first_date {
        data(out, "n_first_date", d)?;
    }
    if let Some(d) = &n.last_date {
        data(out, "n_last_date", d)?;
    }
    data(out, "n_aliases", &n.aliases.join("; "))?;
    writeln!(out, "</node>")
}

fn edge<W: Write>(id: &str, s: &str, t: &str, e: &Edge, out: &mut W) -> io::Result<()> {
    write!(
        out,
        r#"    <edge id="{id}" source="{}" target="{}">"#,
        xml_escape(s),
        xml_escape(t)
    )?;
    data(out, "e_eid", id)?;
    match &e.kind {
        EdgeKind::Cooccurrence => data(out, "e_kind", "cooccurrence")?,
        EdgeKind::Relation { relation, negated } => {
            data(out, "e_kind", "relation")?;
            data(out, "e_relation", relation)?;
            data(out, "e_negated", if *negated { "true" } else { "false" })?;
        }
    }
    if let Some(v) = &e.verb {
        data(out, "e_verb", v)?;
    }
    // As `{:.1}` of the weight as a float wrote it, without float formatting.
    data(out, "e_weight", &format!("{}.0", e.weight))?;
    data(out, "e_documents", &e.documents.to_string())?;
    if let Some(d) = &e.first_date {
        data(out, "e_first_date", d)?;
    }
    if let Some(d) = &e.last_date {
        data(out, "e_last_date", d)?;
    }
    if !e.evidence.is_empty() {
        data(out, "e_evidence", &super::evidence_text(&e.evidence))?;
    }
    writeln!(out, "</edge>")
}
