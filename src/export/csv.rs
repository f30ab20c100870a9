//! CSV: `nodes.csv` and `edges.csv`, written with the `csv` crate (RFC 4180
//! quoting), in two flavours.
//!
//! **Gephi** (Data Laboratory > Import Spreadsheet, or File > Import
//! spreadsheet), whose special columns are matched case-insensitively:
//!
//! ```text
//! nodes.csv: Id,Label,type,mentions,documents,first_date,last_date,aliases
//! edges.csv: Source,Target,Type,Weight,kind,relation,verb,documents,first_date,last_date,negated,evidence,evidence_doc,Id
//! ```
//!
//! `Type` is `Undirected` (co-occurrence, written once from the smaller id
//! to the larger) or `Directed` (relation, doer to target). `kind` is Gephi's
//! edge kind, which keeps parallel edges apart, as in the GEXF export:
//! `cooccurrence`, the relation category, or `not-` and the category for a
//! negated statement. `aliases` are joined with `; `; `evidence` is the first
//! evidence sentence and `evidence_doc` its document. Gephi's CSV parser
//! reads `\` as an escape character, so this flavour doubles backslashes.
//!
//! **Neo4j** (`neo4j-admin database import`): typed headers, `:LABEL`
//! `Entity;Country`, relationship `:TYPE` `COOCCURS_WITH`, `SUPPLY`,
//! `NOT_SUPPLY`, ..., dates typed `date`, aliases a `string[]` split on `;`.
//!
//! ```text
//! nodes.csv: id:ID,label,type,:LABEL,mentions:long,documents:long,first_date:date,last_date:date,aliases:string[]
//! edges.csv: :START_ID,:END_ID,:TYPE,weight:double,kind,relation,verb,documents:long,first_date:date,last_date:date,negated:boolean,evidence,evidence_doc,id
//! ```
//!
//! In both, a line break inside a text (an evidence sentence spanning lines)
//! becomes a space, so every record is one line (Kùzu and Neo4j read
//! multi-line fields only in slower modes); the JSON export keeps the exact
//! text. Missing values are empty fields.

use std::borrow::Cow;
use std::io::{self, Write};

use crate::graph::{Edge, EdgeKind, Graph};

/// Which readers the headers are for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Flavour {
    /// Gephi's spreadsheet importer (also fine for Kùzu, pandas, ...).
    #[default]
    Gephi,
    /// `neo4j-admin database import`.
    Neo4j,
}

const GEPHI_NODES: &[&str] = &[
    "Id",
    "Label",
    "type",
    "mentions",
    "documents",
    "first_date",
    "last_date",
    "aliases",
];
const NEO4J_NODES: &[&str] = &[
    "id:ID",
    "label",
    "type",
    ":LABEL",
    "mentions:long",
    "documents:long",
    "first_date:date",
    "last_date:date",
    "aliases:string[]",
];
const GEPHI_EDGES: &[&str] = &[
    "Source",
    "Target",
    "Type",
    "Weight",
    "kind",
    "relation",
    "verb",
    "documents",
    "first_date",
    "last_date",
    "negated",
    "evidence",
    "evidence_doc",
    "Id",
];
const NEO4J_EDGES: &[&str] = &[
    ":START_ID",
    ":END_ID",
    ":TYPE",
    "weight:double",
    "kind",
    "relation",
    "verb",
    "documents:long",
    "first_date:date",
    "last_date:date",
    "negated:boolean",
    "evidence",
    "evidence_doc",
    "id",
];

/// A text as one CSV field: line breaks become spaces, and for Gephi
/// backslashes are doubled.
fn text(s: &str, flavour: Flavour) -> Cow<'_, str> {
    let one_line = if s.contains(['\n', '\r']) {
        Cow::Owned(s.replace("\r\n", " ").replace(['\n', '\r'], " "))
    } else {
        Cow::Borrowed(s)
    };
    if flavour == Flavour::Gephi && one_line.contains('\\') {
        Cow::Owned(one_line.replace('\\', "\\\\"))
    } else {
        one_line
    }
}

fn capitalised(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

/// Writes `nodes.csv`.
pub fn write_nodes<W: Write>(graph: &Graph, flavour: Flavour, out: W) -> io::Result<()> {
    let mut w = csv::Writer::from_writer(out);
    w.write_record(match flavour {
        Flavour::Gephi => GEPHI_NODES,
        Flavour::Neo4j => NEO4J_NODES,
    })?;
    for i in graph.node_indices() {
        let n = &graph[i];
        let (mentions, documents) = (n.mentions.to_string(), n.documents.to_string());
        let first = n.first_date.as_deref().unwrap_or("");
        let last = n.last_date.as_deref().unwrap_or("");
        let kind = n.kind.as_str();
        match flavour {
            Flavour::Gephi => {
                let aliases = n.aliases.join("; ");
                w.write_record([
                    &*text(&n.id, flavour),
                    &text(&n.label, flavour),
                    kind,
                    &mentions,
                    &documents,
                    first,
                    last,
                    &text(&aliases, flavour),
                ])?;
            }
            Flavour::Neo4j => {
                // `;` separates array items: one inside a surface form would split it.
                let aliases: Vec<String> = n
                    .aliases
                    .iter()
                    .map(|a| text(a, flavour).replace(';', ","))
                    .collect();
                w.write_record([
                    &*text(&n.id, flavour),
                    &text(&n.label, flavour),
                    kind,
                    &format!("Entity;{}", capitalised(kind)),
                    &mentions,
                    &documents,
                    first,
                    last,
                    &aliases.join(";"),
                ])?;
            }
        }
    }
    w.flush()
}

/// Gephi's edge kind, as in the GEXF export.
fn kind(e: &Edge) -> String {
    match &e.kind {
        EdgeKind::Cooccurrence => "cooccurrence".to_string(),
        EdgeKind::Relation { relation, negated } if *negated => format!("not-{relation}"),
        EdgeKind::Relation { relation, .. } => relation.clone(),
    }
}

/// Writes `edges.csv`.
pub fn write_edges<W: Write>(graph: &Graph, flavour: Flavour, out: W) -> io::Result<()> {
    let mut w = csv::Writer::from_writer(out);
    w.write_record(match flavour {
        Flavour::Gephi => GEPHI_EDGES,
        Flavour::Neo4j => NEO4J_EDGES,
    })?;
    for (e, id) in graph.edge_indices().zip(super::edge_ids(graph)) {
        let (s, t) = graph.edge_endpoints(e).expect("edge exists");
        let d = &graph[e];
        let kind = kind(d);
        let ty = match (flavour, &d.kind) {
            (Flavour::Gephi, EdgeKind::Cooccurrence) => "Undirected".to_string(),
            (Flavour::Gephi, EdgeKind::Relation { .. }) => "Directed".to_string(),
            (Flavour::Neo4j, EdgeKind::Cooccurrence) => "COOCCURS_WITH".to_string(),
            (Flavour::Neo4j, EdgeKind::Relation { .. }) => {
                kind.to_ascii_uppercase().replace('-', "_")
            }
        };
        let (relation, negated) = match &d.kind {
            EdgeKind::Cooccurrence => ("", ""),
            EdgeKind::Relation { relation, negated } => {
                (relation.as_str(), if *negated { "true" } else { "false" })
            }
        };
        let first = d.evidence.first();
        w.write_record([
            &*text(&graph[s].id, flavour),
            &text(&graph[t].id, flavour),
            &ty,
            &format!("{:.1}", d.weight as f64),
            &kind,
            relation,
            &text(d.verb.as_deref().unwrap_or(""), flavour),
            &d.documents.to_string(),
            d.first_date.as_deref().unwrap_or(""),
            d.last_date.as_deref().unwrap_or(""),
            negated,
            &text(first.map_or("", |v| v.text.as_str()), flavour),
            &text(first.map_or("", |v| v.doc.as_str()), flavour),
            &id,
        ])?;
    }
    w.flush()
}

#[cfg(test)]
mod tests;
