//! Filters that cut a finished graph down to what an analyst wants to see:
//! entity types, relation categories, minimum edge weight and documents, the
//! N strongest nodes, and an article date range.
//!
//! The date range is the one filter that cannot be applied to a finished
//! graph: a node's counts must come only from the documents in range, so
//! [`DateRange`] travels in [`GraphOptions`](super::GraphOptions) and the
//! builder leaves out documents outside it as they arrive. Undated documents
//! are outside every range that has a bound (nothing says they belong in it)
//! and inside the unbounded one. Everything else is [`Filter::apply`] on the
//! finished graph, in this order:
//!
//! 1. `types`: nodes of other types go, with their edges;
//! 2. `relations`: relation edges of other categories go (co-occurrence
//!    edges stay: `--edges` chooses those);
//! 3. `min_documents`: nodes and edges seen in fewer documents go;
//!    `min_weight`: edges of smaller weight go;
//! 4. `top`: the N nodes of largest weighted degree (sum of the weights of
//!    their remaining edges, both kinds; ties by id) and the edges among them;
//! 5. when any filter is set, a node left without an edge goes unless
//!    `keep_isolated` is set. With no filter at all the graph is untouched.
//!
//! Removing nodes removes their edges, so no edge ever loses an endpoint, and
//! the remaining nodes and edges keep their order.

use std::fmt;

use petgraph::stable_graph::NodeIndex;
use petgraph::Direction;

use crate::extract::EntityType;

use super::{EdgeKind, Graph};

/// An inclusive range of article dates, as `yyyymmdd` numbers; a bound left
/// `None` is open.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct DateRange {
    /// First day in range.
    pub since: Option<u32>,
    /// Last day in range.
    pub until: Option<u32>,
}

impl DateRange {
    /// Whether a bound is set.
    pub fn is_bounded(&self) -> bool {
        self.since.is_some() || self.until.is_some()
    }

    /// Whether a document of this date (`YYYY-MM-DD`, or none) is in range.
    /// Undated documents are in range only when no bound is set.
    pub fn contains(&self, date: Option<&str>) -> bool {
        if !self.is_bounded() {
            return true;
        }
        let Some(day) = date.and_then(super::days::parse) else {
            return false;
        };
        self.since.is_none_or(|s| day >= s) && self.until.is_none_or(|u| day <= u)
    }

    /// Parses a `--since` bound: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, the first
    /// day of that year, month or the day itself.
    pub fn parse_since(s: &str) -> Result<u32, String> {
        parse_bound(s, false)
    }

    /// Parses an `--until` bound: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, the last
    /// day of that year, month or the day itself.
    pub fn parse_until(s: &str) -> Result<u32, String> {
        parse_bound(s, true)
    }
}

fn parse_bound(s: &str, end: bool) -> Result<u32, String> {
    let bad = || format!("{s:?} is not a date: use YYYY, YYYY-MM or YYYY-MM-DD");
    let full = match s.len() {
        4 => format!("{s}-{}", if end { "12-31" } else { "01-01" }),
        7 => format!("{s}-{}", if end { "31" } else { "01" }),
        10 => s.to_string(),
        _ => return Err(bad()),
    };
    // Month ends: the 31st of a shorter month still bounds the month right,
    // since no real date lies between its last day and the 31st.
    let check = if end && s.len() == 7 {
        format!("{s}-01")
    } else {
        full.clone()
    };
    if !crate::corpus::is_date(&check) {
        return Err(bad());
    }
    super::days::parse(&full).ok_or_else(bad)
}

/// Relation categories `--relations` accepts: the built-in ones and `other`.
pub const RELATION_CATEGORIES: &[&str] = &[
    "acquire",
    "agree",
    "attack",
    "criticize",
    "deploy",
    "meet",
    "other",
    "produce",
    "sanction",
    "supply",
    "support",
    "test",
    "threaten",
    "visit",
];

/// What to keep of a finished graph; the default keeps everything.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filter {
    /// Keep only nodes of these types (`None`: all).
    pub types: Option<Vec<EntityType>>,
    /// Keep only relation edges of these categories (`None`: all).
    pub relations: Option<Vec<String>>,
    /// Drop edges of smaller weight.
    pub min_weight: u64,
    /// Drop nodes and edges seen in fewer documents.
    pub min_documents: u64,
    /// Keep the N nodes of largest weighted degree.
    pub top: Option<usize>,
    /// Article dates in range (applied while building; see the module doc).
    pub dates: DateRange,
    /// Keep nodes left without an edge.
    pub keep_isolated: bool,
}

/// A `--relations` name that is no category.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownRelation(pub String);

impl fmt::Display for UnknownRelation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "unknown relation category {:?}; known: {}",
            self.0,
            RELATION_CATEGORIES.join(", ")
        )
    }
}

impl std::error::Error for UnknownRelation {}

impl Filter {
    /// Whether any filter is set (only then are isolated nodes dropped).
    pub fn is_active(&self) -> bool {
        self.types.is_some()
            || self.relations.is_some()
            || self.min_weight > 0
            || self.min_documents > 0
            || self.top.is_some()
            || self.dates.is_bounded()
    }

    /// Checks the relation category names.
    pub fn check(&self) -> Result<(), UnknownRelation> {
        for r in self.relations.iter().flatten() {
            if !RELATION_CATEGORIES.contains(&r.as_str()) {
                return Err(UnknownRelation(r.clone()));
            }
        }
        Ok(())
    }

    /// Applies the filters (all but the date range, see the module doc) to
    /// `graph` in place.
    pub fn apply(&self, graph: &mut Graph) {
        if !self.is_active() {
            return;
        }
        let min_docs = self.min_documents;
        graph.retain_nodes(|g, n| {
            let node = &g[n];
            self.types.as_ref().is_none_or(|t| t.contains(&node.kind)) && node.documents >= min_docs
        });
        graph.retain_edges(|g, e| {
            let edge = &g[e];
            let category_ok = match (&edge.kind, &self.relations) {
                (EdgeKind::Relation { relation, .. }, Some(keep)) => keep.contains(relation),
                _ => true,
            };
            category_ok && edge.weight >= self.min_weight && edge.documents >= min_docs
        });
        if let Some(n) = self.top {
            let mut ranked: Vec<_> = graph
                .node_indices()
                .map(|i| {
                    let degree = weighted_degree(graph, i);
                    (std::cmp::Reverse(degree), graph[i].id.clone(), i)
                })
                .collect();
            ranked.sort();
            let keep: rustc_hash::FxHashSet<_> = ranked.iter().take(n).map(|r| r.2).collect();
            graph.retain_nodes(|_, i| keep.contains(&i));
        }
        if !self.keep_isolated {
            graph.retain_nodes(|g, i| g.neighbors_undirected(i).next().is_some());
        }
    }
}

/// A node's weighted degree: the sum of the weights of its edges, both kinds
/// and both directions.
pub fn weighted_degree(graph: &Graph, node: NodeIndex) -> u64 {
    graph
        .edges_directed(node, Direction::Outgoing)
        .chain(graph.edges_directed(node, Direction::Incoming))
        .map(|e| e.weight().weight)
        .sum()
}

#[cfg(test)]
mod tests;
