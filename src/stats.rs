//! `newsgraph stats`: a summary of a graph (built from articles, or read
//! back from the node-link JSON newsgraph wrote): counts by type and kind,
//! the top entities by weighted degree and by documents, the strongest
//! relations with one evidence sentence each, the date range and the
//! busiest months. [`Summary`] serialises as the `--json` output.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use serde::Serialize;
use serde_json::Value;

use crate::extract::EntityType;
use crate::graph::{filter::weighted_degree, Edge, EdgeKind, Evidence, Graph, Node};

/// What `stats` reports.
#[derive(Debug, Serialize, PartialEq)]
pub struct Summary {
    /// Documents read (unknown for a graph file).
    pub documents: Option<u64>,
    /// Of those, documents without a date (unknown for a graph file).
    pub undated_documents: Option<u64>,
    /// Entities.
    pub entities: usize,
    /// Entities by type.
    pub entities_by_type: BTreeMap<String, usize>,
    /// Edges.
    pub edges: usize,
    /// Edges by kind: `cooccurrence`, and each relation category (negated
    /// statements as `not-` and the category).
    pub edges_by_kind: BTreeMap<String, usize>,
    /// First and last article date.
    pub first_date: Option<String>,
    /// Last article date.
    pub last_date: Option<String>,
    /// Entities of largest weighted degree (sum of their edge weights).
    pub top_by_degree: Vec<Ranked>,
    /// Entities in the most documents.
    pub top_by_documents: Vec<Ranked>,
    /// Relation edges of largest weight, each with one evidence sentence.
    pub strongest_relations: Vec<RelationLine>,
    /// Months with the most mentions (dated articles), busiest first.
    pub busiest_months: Vec<(String, u64)>,
}

/// An entity and the figure it is ranked by.
#[derive(Debug, Serialize, PartialEq)]
pub struct Ranked {
    /// Node id.
    pub id: String,
    /// Label.
    pub label: String,
    /// Type.
    #[serde(rename = "type")]
    pub kind: String,
    /// Weighted degree or documents.
    pub value: u64,
}

/// A relation and one sentence that states it.
#[derive(Debug, Serialize, PartialEq)]
pub struct RelationLine {
    /// Doer's label.
    pub source: String,
    /// Category.
    pub relation: String,
    /// Whether it is a negated statement.
    pub negated: bool,
    /// Target's label.
    pub target: String,
    /// Statements.
    pub weight: u64,
    /// Documents.
    pub documents: u64,
    /// The earliest evidence sentence.
    pub evidence: Option<String>,
    /// Its document.
    pub doc: Option<String>,
}

/// Summarises `graph`; `top` entries per list.
pub fn summarise(
    graph: &Graph,
    documents: Option<u64>,
    undated: Option<u64>,
    top: usize,
) -> Summary {
    let mut by_type = BTreeMap::new();
    let mut months: BTreeMap<&str, u64> = BTreeMap::new();
    let (mut first, mut last): (Option<&str>, Option<&str>) = (None, None);
    let mut degree = Vec::new();
    let mut docs = Vec::new();
    for i in graph.node_indices() {
        let n = &graph[i];
        *by_type.entry(n.kind.as_str().to_string()).or_default() += 1;
        for (m, c) in &n.months {
            *months.entry(m).or_default() += c;
        }
        if let Some(d) = n.first_date.as_deref() {
            first = Some(first.map_or(d, |f| f.min(d)));
        }
        if let Some(d) = n.last_date.as_deref() {
            last = Some(last.map_or(d, |l| l.max(d)));
        }
        degree.push((weighted_degree(graph, i), n));
        docs.push((n.documents, n));
    }
    let ranked = |mut v: Vec<(u64, &Node)>| -> Vec<Ranked> {
        v.sort_by(|a, b| b.0.cmp(&a.0).then_with(|| a.1.id.cmp(&b.1.id)));
        v.into_iter()
            .take(top)
            .map(|(value, n)| Ranked {
                id: n.id.clone(),
                label: n.label.clone(),
                kind: n.kind.as_str().to_string(),
                value,
            })
            .collect()
    };
    let mut by_kind = BTreeMap::new();
    let mut relations = Vec::new();
    for e in graph.edge_indices() {
        let d = &graph[e];
        let (s, t) = graph.edge_endpoints(e).expect("edge exists");
        let kind = match &d.kind {
            EdgeKind::Cooccurrence => "cooccurrence".to_string(),
            EdgeKind::Relation { relation, negated } => {
                relations.push((d, &graph[s], &graph[t], relation, *negated));
                if *negated {
                    format!("not-{relation}")
                } else {
                    relation.clone()
                }
            }
        };
        *by_kind.entry(kind).or_default() += 1;
    }
    relations.sort_by(|a, b| {
        (b.0.weight, b.0.documents)
            .cmp(&(a.0.weight, a.0.documents))
            .then_with(|| (&a.1.id, &a.2.id, a.3, a.4).cmp(&(&b.1.id, &b.2.id, b.3, b.4)))
    });
    let strongest = relations
        .into_iter()
        .take(top)
        .map(|(d, s, t, relation, negated)| RelationLine {
            source: s.label.clone(),
            relation: relation.clone(),
            negated,
            target: t.label.clone(),
            weight: d.weight,
            documents: d.documents,
            evidence: d.evidence.first().map(|v| v.text.clone()),
            doc: d.evidence.first().map(|v| v.doc.clone()),
        })
        .collect();
    let mut busiest: Vec<(String, u64)> = months
        .into_iter()
        .map(|(m, c)| (m.to_string(), c))
        .collect();
    busiest.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    busiest.truncate(top);
    Summary {
        documents,
        undated_documents: undated,
        entities: graph.node_count(),
        entities_by_type: by_type,
        edges: graph.edge_count(),
        edges_by_kind: by_kind,
        first_date: first.map(str::to_string),
        last_date: last.map(str::to_string),
        top_by_degree: ranked(degree),
        top_by_documents: ranked(docs),
        strongest_relations: strongest,
        busiest_months: busiest,
    }
}

fn counts(map: &BTreeMap<String, usize>) -> String {
    let parts: Vec<String> = map.iter().map(|(k, v)| format!("{k} {v}")).collect();
    parts.join(", ")
}

impl Summary {
    /// The readable report.
    pub fn to_text(&self) -> String {
        let mut s = String::new();
        match (self.documents, self.undated_documents) {
            (Some(d), Some(u)) => {
                let _ = writeln!(s, "documents: {d} ({u} undated)");
            }
            _ => s.push_str("documents: (not recorded in a graph file)\n"),
        }
        let range = match (&self.first_date, &self.last_date) {
            (Some(f), Some(l)) => format!("{f} to {l}"),
            _ => "no dated article".to_string(),
        };
        let _ = writeln!(s, "dates: {range}");
        let _ = writeln!(
            s,
            "entities: {} ({})",
            self.entities,
            counts(&self.entities_by_type)
        );
        let _ = writeln!(s, "edges: {} ({})", self.edges, counts(&self.edges_by_kind));
        let list = |s: &mut String, title: &str, items: &[Ranked]| {
            let _ = writeln!(s, "\n{title}:");
            for (i, r) in items.iter().enumerate() {
                let _ = writeln!(s, "{:>4}. {} ({}) {}", i + 1, r.label, r.kind, r.value);
            }
        };
        list(
            &mut s,
            "top entities by weighted degree",
            &self.top_by_degree,
        );
        list(&mut s, "top entities by documents", &self.top_by_documents);
        s.push_str("\nstrongest relations:\n");
        for r in &self.strongest_relations {
            let not = if r.negated { "not " } else { "" };
            let _ = writeln!(
                s,
                "  {} {not}{} {} (weight {}, documents {})",
                r.source, r.relation, r.target, r.weight, r.documents
            );
            if let (Some(e), Some(d)) = (&r.evidence, &r.doc) {
                let one_line: Vec<&str> = e.split_whitespace().collect();
                let _ = writeln!(s, "      \"{}\" [{d}]", one_line.join(" "));
            }
        }
        s.push_str("\nbusiest months (mentions):");
        if self.busiest_months.is_empty() {
            s.push_str(" none (no dated article)");
        }
        for (m, c) in &self.busiest_months {
            let _ = write!(s, " {m} ({c})");
        }
        s.push('\n');
        s
    }
}

/// Reads back the node-link JSON newsgraph writes (see
/// [`export::json`](crate::export::json)); an error says what is missing.
pub fn read_graph_json(bytes: &[u8]) -> Result<Graph, String> {
    let v: Value = serde_json::from_slice(bytes).map_err(|e| format!("not JSON: {e}"))?;
    let (Some(nodes), Some(links)) = (v["nodes"].as_array(), v["links"].as_array()) else {
        return Err("not a node-link graph (no \"nodes\" and \"links\")".into());
    };
    let text = |v: &Value, k: &str| v[k].as_str().map(str::to_string);
    let num = |v: &Value, k: &str| v[k].as_u64().or_else(|| v[k].as_f64().map(|f| f as u64));
    let mut graph = Graph::default();
    let mut index = std::collections::HashMap::new();
    for (i, n) in nodes.iter().enumerate() {
        let bad = |what: &str| format!("node {}: {what}", i + 1);
        let id = text(n, "id").ok_or_else(|| bad("no id"))?;
        let kind = n["type"]
            .as_str()
            .and_then(EntityType::parse)
            .ok_or_else(|| bad("no known type"))?;
        let months = n["months"]
            .as_object()
            .map(|m| {
                m.iter()
                    .filter_map(|(k, c)| Some((k.clone(), c.as_u64()?)))
                    .collect()
            })
            .unwrap_or_default();
        let node = Node {
            label: text(n, "label").unwrap_or_else(|| id.clone()),
            kind,
            mentions: num(n, "mentions").unwrap_or(0),
            documents: num(n, "documents").unwrap_or(0),
            first_date: text(n, "first_date"),
            last_date: text(n, "last_date"),
            aliases: vec![],
            months,
            days: vec![],
            id: id.clone(),
        };
        index.insert(id, graph.add_node(node));
    }
    for (i, l) in links.iter().enumerate() {
        let bad = |what: &str| format!("link {}: {what}", i + 1);
        let end = |k: &str| {
            l[k].as_str()
                .and_then(|id| index.get(id).copied())
                .ok_or_else(|| bad(&format!("{k} is not a node")))
        };
        let (s, t) = (end("source")?, end("target")?);
        let kind = match l["kind"].as_str() {
            Some("cooccurrence") => EdgeKind::Cooccurrence,
            Some("relation") => EdgeKind::Relation {
                relation: text(l, "relation").ok_or_else(|| bad("relation without category"))?,
                negated: l["negated"].as_bool().unwrap_or(false),
            },
            _ => return Err(bad("kind is neither cooccurrence nor relation")),
        };
        let evidence = l["evidence"]
            .as_array()
            .map(|a| {
                a.iter()
                    .map(|v| Evidence {
                        date: text(v, "date"),
                        doc: text(v, "doc").unwrap_or_default(),
                        sentence: num(v, "sentence").unwrap_or(0) as usize,
                        start: num(v, "start").unwrap_or(0) as usize,
                        end: num(v, "end").unwrap_or(0) as usize,
                        text: text(v, "text").unwrap_or_default(),
                    })
                    .collect()
            })
            .unwrap_or_default();
        graph.add_edge(
            s,
            t,
            Edge {
                kind,
                verb: text(l, "verb"),
                weight: num(l, "weight").unwrap_or(0),
                documents: num(l, "documents").unwrap_or(0),
                first_date: text(l, "first_date"),
                last_date: text(l, "last_date"),
                evidence,
                days: vec![],
            },
        );
    }
    Ok(graph)
}

#[cfg(test)]
mod tests;
