//! The entity graph and its accumulation across documents.
//!
//! [`GraphBuilder`] folds documents in one at a time, keeping only counts
//! and small per-node and per-edge summaries, so memory grows with the graph,
//! not with the corpus. Everything it keeps is order-independent (counts,
//! minima, maxima, most-frequent choices with ties broken by text), and
//! [`GraphBuilder::finish`] sorts nodes and edges, so the graph does not
//! depend on the order in which documents arrive.

pub mod days;
pub mod filter;

use std::collections::BTreeMap;

use petgraph::stable_graph::StableGraph;
use rayon::prelude::*;
use rustc_hash::{FxHashMap, FxHashSet};

use crate::extract::EntityType;
use crate::relate;
pub use filter::{DateRange, Filter};

mod doc;
pub use doc::{DocSummary, EntitySummary, MentionSummary, RelationSummary};

/// A node: one canonical entity.
#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    /// Stable id (`country:india`).
    pub id: String,
    /// Display name: the label most documents gave it.
    pub label: String,
    /// Entity type.
    pub kind: EntityType,
    /// Number of mentions over all documents.
    pub mentions: u64,
    /// Number of documents that mention it.
    pub documents: u64,
    /// Earliest document date.
    pub first_date: Option<String>,
    /// Latest document date.
    pub last_date: Option<String>,
    /// Surface forms seen, most frequent first (at most [`MAX_ALIASES`]).
    pub aliases: Vec<String>,
    /// Mentions per month of dated documents (`("2020-06", 3)`), by month;
    /// mentions in undated documents are not counted here.
    pub months: Vec<(String, u64)>,
    /// Mentions per day of the dated documents, as (`yyyymmdd`, mentions),
    /// earliest first (see [`days`]). Undated documents count only in the totals.
    pub days: Vec<(u32, u64)>,
}

/// How many surface forms a node lists.
pub const MAX_ALIASES: usize = 25;

/// What an edge stands for.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EdgeKind {
    /// The two entities share sentences (undirected in meaning; source < target).
    Cooccurrence,
    /// A typed relation from doer to target.
    Relation {
        /// Category.
        relation: String,
        /// Negated statements ("did not sign").
        negated: bool,
    },
}

/// A sentence that states an edge.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Evidence {
    /// Document date.
    pub date: Option<String>,
    /// Document id.
    pub doc: String,
    /// Sentence index in the document.
    pub sentence: usize,
    /// Byte span of the sentence in the document text.
    pub start: usize,
    /// End of that span.
    pub end: usize,
    /// The sentence text.
    pub text: String,
}

/// An edge.
#[derive(Debug, Clone, PartialEq)]
pub struct Edge {
    /// Co-occurrence or relation.
    pub kind: EdgeKind,
    /// Most frequent verb form (relations only).
    pub verb: Option<String>,
    /// Sentences (co-occurrence) or statements (relations).
    pub weight: u64,
    /// Documents.
    pub documents: u64,
    /// Earliest date.
    pub first_date: Option<String>,
    /// Latest date.
    pub last_date: Option<String>,
    /// Example sentences (relations only), earliest first.
    pub evidence: Vec<Evidence>,
    /// Weight per day of the dated documents, as (`yyyymmdd`, weight),
    /// earliest first (see [`days`]). Undated documents count only in the totals.
    pub days: Vec<(u32, u64)>,
}

/// The finished graph: nodes sorted by id, edges by kind, source, target.
pub type Graph = StableGraph<Node, Edge>;

#[derive(Default)]
struct NodeAcc {
    kind: Option<EntityType>,
    labels: FxHashMap<String, u64>,
    surfaces: FxHashMap<String, u64>,
    mentions: u64,
    documents: u64,
    dates: Dates,
    /// Mentions per month, keyed `year * 12 + month - 1`.
    months: FxHashMap<u32, u64>,
}

#[derive(Default, Clone)]
struct Dates {
    first: Option<String>,
    last: Option<String>,
    /// Count per day (`yyyymmdd`), sorted by day. A node or edge is seen on
    /// few days, mostly in order (news runs forward): a binary search, then
    /// usually a push, costs less than a hash map's table and its growth.
    days: Vec<(u32, u64)>,
}

impl Dates {
    /// Adds `count` (mentions, sentences, statements) on `date`, whose
    /// day ([`days::parse`]) the caller found once for the document.
    fn add(&mut self, date: Option<(&str, Option<u32>)>, count: u64) {
        let Some((d, day)) = date else { return };
        if self.first.as_deref().is_none_or(|f| d < f) {
            self.first = Some(d.to_string());
        }
        if self.last.as_deref().is_none_or(|l| d > l) {
            self.last = Some(d.to_string());
        }
        if let Some(day) = day {
            match self.days.last_mut() {
                Some((last, c)) if *last == day => *c += count,
                Some(&mut (last, _)) if last > day => {
                    match self.days.binary_search_by_key(&day, |&(d, _)| d) {
                        Ok(i) => self.days[i].1 += count,
                        Err(i) => self.days.insert(i, (day, count)),
                    }
                }
                _ => self.days.push((day, count)),
            }
        }
    }
}

#[derive(Default)]
struct EdgeAcc {
    weight: u64,
    documents: u64,
    dates: Dates,
    verbs: FxHashMap<String, u64>,
    evidence: Vec<Evidence>,
}

/// Options of the graph stage.
#[derive(Debug, Clone, Copy)]
pub struct GraphOptions {
    /// Most entities per sentence linked by co-occurrence.
    pub sentence_cap: usize,
    /// Example sentences kept per relation edge.
    pub evidence: usize,
    /// Keep co-occurrence edges.
    pub cooccurrence: bool,
    /// Keep relation edges.
    pub relations: bool,
    /// Keep relations of category `other`.
    pub other: bool,
    /// Only documents dated in this range count (see [`filter`]).
    pub dates: DateRange,
}

impl Default for GraphOptions {
    fn default() -> Self {
        GraphOptions {
            sentence_cap: relate::DEFAULT_SENTENCE_CAP,
            evidence: 3,
            cooccurrence: true,
            relations: true,
            other: false,
            dates: DateRange::default(),
        }
    }
}

/// Accumulates documents into a graph.
#[derive(Default)]
pub struct GraphBuilder {
    options: GraphOptions,
    ids: FxHashMap<String, u32>,
    names: Vec<String>,
    nodes: Vec<NodeAcc>,
    cooc: FxHashMap<(u32, u32), EdgeAcc>,
    rels: FxHashMap<(u32, u32, EdgeKind), EdgeAcc>,
    documents: u64,
    out_of_range: u64,
    undated: u64,
}

impl GraphBuilder {
    /// A builder with these options.
    pub fn new(options: GraphOptions) -> GraphBuilder {
        GraphBuilder {
            options,
            ..GraphBuilder::default()
        }
    }

    fn intern(&mut self, id: &str) -> u32 {
        if let Some(&n) = self.ids.get(id) {
            return n;
        }
        let n = self.names.len() as u32;
        self.ids.insert(id.to_string(), n);
        self.names.push(id.to_string());
        self.nodes.push(NodeAcc::default());
        n
    }

    /// Number of documents added (in the date range).
    pub fn documents(&self) -> u64 {
        self.documents
    }

    /// Number of documents left out because their date is outside
    /// [`GraphOptions::dates`] (undated ones too, when a bound is set).
    pub fn out_of_range(&self) -> u64 {
        self.out_of_range
    }

    /// Number of documents added without a date.
    pub fn undated_documents(&self) -> u64 {
        self.undated
    }

    /// Folds in one analysed document: [`GraphBuilder::add_summary`] of its
    /// [`DocSummary::from_analysis`].
    pub fn add(
        &mut self,
        doc_id: &str,
        date: Option<&str>,
        text: &str,
        ex: &crate::extract::Extraction,
        relations: &[relate::Relation],
    ) {
        self.add_summary(&DocSummary::from_analysis(
            doc_id, date, text, ex, relations,
        ));
    }

    /// Folds in one document, the one way in: `build` gives it the summary of
    /// an analysis, `merge` one read back from `extract` output.
    pub fn add_summary(&mut self, doc: &DocSummary<'_>) {
        let date = doc.date.as_deref();
        if !self.options.dates.contains(date) {
            self.out_of_range += 1;
            return;
        }
        self.documents += 1;
        self.undated += u64::from(date.is_none());
        let month = date.and_then(month_key);
        // Parsed once here, not once per entity and edge.
        let day = date.map(|d| (d, days::parse(d)));
        let nodes: Vec<u32> = doc.entities.iter().map(|e| self.intern(&e.id)).collect();
        for (e, &n) in doc.entities.iter().zip(&nodes) {
            let acc = &mut self.nodes[n as usize];
            // The id names the type, so they agree; min() keeps any mismatch order-free.
            acc.kind = Some(acc.kind.map_or(e.kind, |k| k.min(e.kind)));
            count(&mut acc.labels, &e.label);
            for m in &e.mentions {
                count(&mut acc.surfaces, &m.text);
            }
            acc.mentions += e.mentions.len() as u64;
            acc.documents += 1;
            acc.dates.add(day, e.mentions.len() as u64);
            if let Some(m) = month {
                *acc.months.entry(m).or_default() += e.mentions.len() as u64;
            }
        }
        if self.options.cooccurrence {
            let pairs = relate::cooccurrence_of(
                doc.entities
                    .iter()
                    .map(|e| e.mentions.iter().map(|m| (m.sentence, m.start))),
                self.options.sentence_cap,
            );
            let mut in_doc: FxHashMap<(u32, u32), u64> = FxHashMap::default();
            for (_, a, b) in pairs {
                let (x, y) = (nodes[a], nodes[b]);
                // Undirected: the smaller id is the source.
                let key = if self.names[x as usize] <= self.names[y as usize] {
                    (x, y)
                } else {
                    (y, x)
                };
                *in_doc.entry(key).or_default() += 1;
            }
            for (key, w) in in_doc {
                let acc = self.cooc.entry(key).or_default();
                acc.weight += w;
                acc.documents += 1;
                acc.dates.add(day, w);
            }
        }
        if self.options.relations {
            let mut seen: FxHashSet<(u32, u32, EdgeKind)> = FxHashSet::default();
            for r in &doc.relations {
                if r.relation == "other" && !self.options.other {
                    continue;
                }
                let kind = EdgeKind::Relation {
                    relation: r.relation.to_string(),
                    negated: r.negated,
                };
                let (mut s, mut t) = (nodes[r.source], nodes[r.target]);
                if relate::is_symmetric(&r.relation)
                    && self.names[s as usize] > self.names[t as usize]
                {
                    std::mem::swap(&mut s, &mut t);
                }
                let key = (s, t, kind);
                let first_in_doc = seen.insert(key.clone());
                let cap = self.options.evidence;
                let acc = self.rels.entry(key).or_default();
                acc.weight += 1;
                if first_in_doc {
                    acc.documents += 1;
                }
                acc.dates.add(day, 1);
                count(&mut acc.verbs, &r.verb);
                if cap > 0 {
                    let ev = Evidence {
                        date: date.map(str::to_string),
                        doc: doc.id.to_string(),
                        sentence: r.sentence,
                        start: r.start,
                        end: r.end,
                        text: r.text.to_string(),
                    };
                    // Keep the `cap` smallest by (date, doc, sentence): order-independent.
                    if !acc.evidence.contains(&ev) {
                        acc.evidence.push(ev);
                        acc.evidence.sort();
                        acc.evidence.truncate(cap);
                    }
                }
            }
        }
    }

    /// Sorts and builds the petgraph graph.
    pub fn finish(self) -> Graph {
        // Nodes and edges are made from their accumulators in parallel on
        // the current rayon pool (finishing is the serial end of a run), in
        // the accumulators' order, and added in sorted order on this thread
        // to a graph made at its final size. Each step moves everything it
        // holds, so each copy less is fewer fresh pages to fault in, which
        // was most of this step's time (a run's peak of memory is here).
        let mut graph = Graph::with_capacity(self.names.len(), self.cooc.len() + self.rels.len());
        let mut order: Vec<u32> = (0..self.names.len() as u32).collect();
        order.par_sort_by(|a, b| self.names[*a as usize].cmp(&self.names[*b as usize]));
        let mut index = vec![petgraph::graph::NodeIndex::new(0); self.names.len()];
        let mut made: Vec<Option<Node>> = self
            .nodes
            .into_par_iter()
            .zip(self.names.into_par_iter())
            .map(|(acc, id)| {
                Some(Node {
                    label: most_frequent(&acc.labels).unwrap_or_else(|| id.clone()),
                    kind: acc.kind.unwrap_or(EntityType::Organisation),
                    mentions: acc.mentions,
                    documents: acc.documents,
                    days: acc.dates.days,
                    first_date: acc.dates.first,
                    last_date: acc.dates.last,
                    aliases: top(&acc.surfaces, MAX_ALIASES),
                    months: months(&acc.months),
                    id,
                })
            })
            .collect();
        for n in order {
            let node = made[n as usize].take().expect("each node once");
            index[n as usize] = graph.add_node(node);
        }
        drop(made);
        // Edges: co-occurrence first, then relations, each by (source id,
        // target id). Nodes went in in id order and ids are unique, so a
        // node's index is its rank among the ids: compare those, and sort
        // small keys rather than the edges themselves.
        let rank = |n: u32| index[n as usize].index() as u32;
        let cooc: Vec<_> = self.cooc.into_iter().collect();
        let mut made: Vec<((u32, u32), Option<Edge>)> = cooc
            .into_par_iter()
            .map(|(key, acc)| (key, Some(edge(EdgeKind::Cooccurrence, acc))))
            .collect();
        let mut keys: Vec<(u32, u32, u32)> = made
            .iter()
            .enumerate()
            .map(|(i, ((a, b), _))| (rank(*a), rank(*b), i as u32))
            .collect();
        keys.par_sort_unstable();
        for (_, _, i) in keys {
            let ((a, b), e) = &mut made[i as usize];
            let e = e.take().expect("each edge once");
            graph.add_edge(index[*a as usize], index[*b as usize], e);
        }
        drop(made);
        let rels: Vec<_> = self.rels.into_iter().collect();
        let mut made: Vec<((u32, u32), Option<Edge>)> = rels
            .into_par_iter()
            .map(|((a, b, kind), acc)| ((a, b), Some(edge(kind, acc))))
            .collect();
        let mut keys: Vec<(u32, u32, u32)> = made
            .iter()
            .enumerate()
            .map(|(i, ((a, b), _))| (rank(*a), rank(*b), i as u32))
            .collect();
        let kind = |i: u32| &made[i as usize].1.as_ref().expect("not yet taken").kind;
        keys.par_sort_unstable_by(|x, y| {
            (x.0, x.1)
                .cmp(&(y.0, y.1))
                .then_with(|| kind(x.2).cmp(kind(y.2)))
        });
        for (_, _, i) in keys {
            let ((a, b), e) = &mut made[i as usize];
            let e = e.take().expect("each edge once");
            graph.add_edge(index[*a as usize], index[*b as usize], e);
        }
        graph
    }
}

fn edge(kind: EdgeKind, acc: EdgeAcc) -> Edge {
    Edge {
        verb: most_frequent(&acc.verbs),
        kind,
        weight: acc.weight,
        documents: acc.documents,
        days: acc.dates.days,
        first_date: acc.dates.first,
        last_date: acc.dates.last,
        evidence: acc.evidence,
    }
}

/// `YYYY-MM-...` as `year * 12 + month - 1`; `None` for anything else.
fn month_key(date: &str) -> Option<u32> {
    let b = date.as_bytes();
    if b.len() < 7 || b[4] != b'-' || !b[..4].iter().chain(&b[5..7]).all(u8::is_ascii_digit) {
        return None;
    }
    let year: u32 = date[..4].parse().ok()?;
    let month: u32 = date[5..7].parse().ok()?;
    (1..=12).contains(&month).then(|| year * 12 + month - 1)
}

/// Month counts as sorted `("YYYY-MM", count)` pairs.
fn months(counts: &FxHashMap<u32, u64>) -> Vec<(String, u64)> {
    let mut v: Vec<(u32, u64)> = counts.iter().map(|(&k, &c)| (k, c)).collect();
    v.sort_unstable();
    v.into_iter()
        .map(|(k, c)| (format!("{:04}-{:02}", k / 12, k % 12 + 1), c))
        .collect()
}

/// Adds one to `key`'s count, allocating only for a new key.
fn count(counts: &mut FxHashMap<String, u64>, key: &str) {
    match counts.get_mut(key) {
        Some(c) => *c += 1,
        None => {
            counts.insert(key.to_string(), 1);
        }
    }
}

/// The most frequent key; ties go to the smallest.
fn most_frequent(counts: &FxHashMap<String, u64>) -> Option<String> {
    counts
        .iter()
        .max_by(|a, b| a.1.cmp(b.1).then_with(|| b.0.cmp(a.0)))
        .map(|(k, _)| k.clone())
}

/// The `n` most frequent keys, ties by text.
fn top(counts: &FxHashMap<String, u64>, n: usize) -> Vec<String> {
    let sorted: BTreeMap<(std::cmp::Reverse<u64>, &String), ()> = counts
        .iter()
        .map(|(k, v)| ((std::cmp::Reverse(*v), k), ()))
        .collect();
    sorted.into_keys().take(n).map(|(_, k)| k.clone()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::Extractor;

    fn build(docs: &[(&str, Option<&str>, &str)]) -> (Graph, u64) {
        let ex = Extractor::builtin();
        let mut b = GraphBuilder::new(GraphOptions::default());
        for (id, date, text) in docs {
            b.add(id, *date, text, &ex.extract(text), &[]);
        }
        let undated = b.undated_documents();
        (b.finish(), undated)
    }

    proptest::proptest! {
        /// Days added in any order, repeated or not, come out summed per
        /// day and sorted, as a count per day in a map would give them.
        #[test]
        fn dates_count_days_in_any_order(adds in proptest::collection::vec((0u32..40, 1u64..5), 0..60)) {
            let mut dates = Dates::default();
            let mut want: std::collections::BTreeMap<u32, u64> = Default::default();
            for &(day, n) in &adds {
                dates.add(Some(("1987-01-01", Some(day))), n);
                *want.entry(day).or_default() += n;
            }
            proptest::prop_assert_eq!(dates.days, want.into_iter().collect::<Vec<_>>());
        }
    }

    fn months_of(g: &Graph, id: &str) -> Vec<(String, u64)> {
        let n = g.node_indices().find(|&i| g[i].id == id).expect(id);
        g[n].months.clone()
    }

    #[test]
    fn mentions_per_month_in_any_order() {
        let docs = [
            (
                "a",
                Some("2020-06-24"),
                "India and Russia met. India agreed.",
            ),
            ("b", Some("2020-06-02"), "India spoke."),
            ("c", Some("2021-01-05"), "Russia and India talked."),
            ("d", None, "India again."),
            ("e", Some("not a date"), "India once more."),
        ];
        let (g, undated) = build(&docs);
        assert_eq!(undated, 1);
        let want = vec![("2020-06".to_string(), 3), ("2021-01".to_string(), 1)];
        assert_eq!(months_of(&g, "country:india"), want);
        let mut reversed = docs;
        reversed.reverse();
        let (r, _) = build(&reversed);
        assert_eq!(months_of(&r, "country:india"), want);
        assert_eq!(
            months_of(&r, "country:russia"),
            vec![("2020-06".to_string(), 1), ("2021-01".to_string(), 1)]
        );
    }

    #[test]
    fn month_keys() {
        assert_eq!(month_key("2020-06-24"), Some(2020 * 12 + 5));
        assert_eq!(month_key("1987-12"), Some(1987 * 12 + 11));
        for bad in ["2020-13-01", "2020-00-01", "20-06-24", "2020/06/24", ""] {
            assert_eq!(month_key(bad), None, "{bad}");
        }
    }
}
