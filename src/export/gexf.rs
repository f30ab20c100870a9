//! GEXF 1.3, valid against the GEXF 1.3 RELAX NG grammar, for Gephi (with
//! its timeline) and Gephi Lite (graphology-gexf).
//!
//! A mixed graph, the way Gephi's own exporter writes one: no
//! `defaultedgetype`, `type="undirected"` on co-occurrence edges (written
//! once, from the smaller id to the larger) and `type="directed"` on
//! relation edges (doer to target). The XML `kind` of an edge is Gephi's
//! edge type, which keeps parallel edges apart: `cooccurrence`, the relation
//! category (`supply`), or `not-` and the category for negated statements
//! (`not-supply`). The edge `label` is the verb as written.
//!
//! Every attribute is declared with `id` equal to `title` (graphology names
//! attributes by id) and a type: nodes carry `type`, `mentions`,
//! `documents`, `first_date`, `last_date`, `aliases`; edges carry `kind`
//! (`cooccurrence` or `relation`), `relation`, `verb`, `negated`,
//! `documents`, `first_date`, `last_date` and `evidence` (the sentences,
//! one a line, each as `[doc #sentence start..end] text`). Nodes have
//! `viz:color` by entity type and edges by relation category, from
//! [`palette`](super::palette), and `viz:size` = 5 + 5·log2(1 + mentions).
//!
//! Time: when any document is dated, the graph is `mode="dynamic"
//! timeformat="date"` and every node and edge has `<spells>`, one for each
//! run of consecutive days it was seen on, so Gephi's timeline shows it on
//! exactly those days (one spell from the first to the last date would show
//! an entity named in March and November all summer too). Undated documents
//! count in the totals but give no spell; a node or edge seen only in
//! undated documents has no spell, which Gephi reads as present all along.
//! Totals stay static attributes, since graphology keeps the last value of a
//! dynamic one (and drops spells).

use std::io::{self, Write};

use super::{evidence_text, palette, xml_attr};
use crate::graph::{days, Edge, EdgeKind, Graph, Node};

const NODE_ATTRS: &[(&str, &str)] = &[
    ("type", "string"),
    ("mentions", "long"),
    ("documents", "long"),
    ("first_date", "string"),
    ("last_date", "string"),
    ("aliases", "string"),
];

const EDGE_ATTRS: &[(&str, &str)] = &[
    ("kind", "string"),
    ("relation", "string"),
    ("verb", "string"),
    ("negated", "boolean"),
    ("documents", "long"),
    ("first_date", "string"),
    ("last_date", "string"),
    ("evidence", "string"),
];

/// Writes `graph` as GEXF 1.3.
pub fn write<W: Write>(graph: &Graph, out: &mut W) -> io::Result<()> {
    let dynamic = graph.node_weights().any(|n| !n.days.is_empty());
    writeln!(out, r#"<?xml version="1.0" encoding="UTF-8"?>"#)?;
    writeln!(
        out,
        r#"<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">"#
    )?;
    writeln!(
        out,
        "  <meta>\n    <creator>newsgraph {}</creator>\n    <description>Entities of news articles linked by shared sentences (cooccurrence) and typed relations with evidence</description>\n  </meta>",
        env!("CARGO_PKG_VERSION")
    )?;
    if dynamic {
        writeln!(out, r#"  <graph mode="dynamic" timeformat="date">"#)?;
    } else {
        writeln!(out, r#"  <graph mode="static">"#)?;
    }
    for (class, attrs) in [("node", NODE_ATTRS), ("edge", EDGE_ATTRS)] {
        writeln!(out, r#"    <attributes class="{class}" mode="static">"#)?;
        for (name, ty) in attrs {
            writeln!(
                out,
                r#"      <attribute id="{name}" title="{name}" type="{ty}"/>"#
            )?;
        }
        writeln!(out, "    </attributes>")?;
    }
    writeln!(out, r#"    <nodes count="{}">"#, graph.node_count())?;
    for i in graph.node_indices() {
        node(&graph[i], out)?;
    }
    writeln!(out, "    </nodes>")?;
    writeln!(out, r#"    <edges count="{}">"#, graph.edge_count())?;
    for (e, id) in graph.edge_indices().zip(super::edge_ids(graph)) {
        let (s, t) = graph.edge_endpoints(e).expect("edge exists");
        edge(&id, &graph[s].id, &graph[t].id, &graph[e], out)?;
    }
    writeln!(out, "    </edges>")?;
    writeln!(out, "  </graph>")?;
    writeln!(out, "</gexf>")
}

fn attvalue<W: Write>(out: &mut W, name: &str, value: &str) -> io::Result<()> {
    writeln!(
        out,
        r#"          <attvalue for="{name}" value="{}"/>"#,
        xml_attr(value)
    )
}

fn spells<W: Write>(out: &mut W, day_counts: &[(u32, u64)]) -> io::Result<()> {
    if day_counts.is_empty() {
        return Ok(());
    }
    writeln!(out, "        <spells>")?;
    for (first, last) in days::runs(day_counts.iter().map(|d| d.0)) {
        writeln!(
            out,
            r#"          <spell start="{}" end="{}"/>"#,
            days::format(first),
            days::format(last)
        )?;
    }
    writeln!(out, "        </spells>")
}

/// `viz:size` of a node: grows by 5 each time the mentions double.
pub fn size(mentions: u64) -> f64 {
    5.0 + 5.0 * (1.0 + mentions as f64).log2()
}

fn node<W: Write>(n: &Node, out: &mut W) -> io::Result<()> {
    writeln!(
        out,
        r#"      <node id="{}" label="{}">"#,
        xml_attr(&n.id),
        xml_attr(&n.label)
    )?;
    writeln!(out, "        <attvalues>")?;
    attvalue(out, "type", n.kind.as_str())?;
    attvalue(out, "mentions", &n.mentions.to_string())?;
    attvalue(out, "documents", &n.documents.to_string())?;
    if let Some(d) = &n.first_date {
        attvalue(out, "first_date", d)?;
    }
    if let Some(d) = &n.last_date {
        attvalue(out, "last_date", d)?;
    }
    attvalue(out, "aliases", &n.aliases.join("; "))?;
    writeln!(out, "        </attvalues>")?;
    spells(out, &n.days)?;
    let c = palette::entity(n.kind);
    writeln!(
        out,
        r#"        <viz:color r="{}" g="{}" b="{}"/>"#,
        c.0, c.1, c.2
    )?;
    writeln!(
        out,
        r#"        <viz:size value="{:.2}"/>"#,
        size(n.mentions)
    )?;
    writeln!(out, "      </node>")
}

fn edge<W: Write>(id: &str, s: &str, t: &str, e: &Edge, out: &mut W) -> io::Result<()> {
    let (ty, kind) = match &e.kind {
        EdgeKind::Cooccurrence => ("undirected", "cooccurrence".to_string()),
        EdgeKind::Relation { relation, negated } if *negated => {
            ("directed", format!("not-{relation}"))
        }
        EdgeKind::Relation { relation, .. } => ("directed", relation.clone()),
    };
    write!(
        out,
        r#"      <edge id="{id}" source="{}" target="{}" type="{ty}" kind="{}""#,
        xml_attr(s),
        xml_attr(t),
        xml_attr(&kind)
    )?;
    if let Some(v) = &e.verb {
        write!(out, r#" label="{}""#, xml_attr(v))?;
    }
    writeln!(out, r#" weight="{:.1}">"#, e.weight as f64)?;
    writeln!(out, "        <attvalues>")?;
    match &e.kind {
        EdgeKind::Cooccurrence => attvalue(out, "kind", "cooccurrence")?,
        EdgeKind::Relation { relation, negated } => {
            attvalue(out, "kind", "relation")?;
            attvalue(out, "relation", relation)?;
            attvalue(out, "negated", if *negated { "true" } else { "false" })?;
        }
    }
    if let Some(v) = &e.verb {
        attvalue(out, "verb", v)?;
    }
    attvalue(out, "documents", &e.documents.to_string())?;
    if let Some(d) = &e.first_date {
        attvalue(out, "first_date", d)?;
    }
    if let Some(d) = &e.last_date {
        attvalue(out, "last_date", d)?;
    }
    if !e.evidence.is_empty() {
        attvalue(out, "evidence", &evidence_text(&e.evidence))?;
    }
    writeln!(out, "        </attvalues>")?;
    spells(out, &e.days)?;
    if let EdgeKind::Relation { relation, .. } = &e.kind {
        let c = palette::relation(relation);
        writeln!(
            out,
            r#"        <viz:color r="{}" g="{}" b="{}"/>"#,
            c.0, c.1, c.2
        )?;
    }
    writeln!(out, "      </edge>")
}

#[cfg(test)]
mod tests;
