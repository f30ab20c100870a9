//! The report's picture: which nodes are drawn, where, and the inline SVG
//! (edges, nodes, labels placed without overlaps, legend), plus the data
//! the script's node cards read.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::io::{self, Write};

use petgraph::stable_graph::{EdgeIndex, NodeIndex};
use petgraph::visit::{EdgeRef, IntoEdgeReferences};
use petgraph::Direction;
use rustc_hash::FxHashMap;
use serde::Serialize;

use super::{clip, escape, Report};
use crate::export::palette;
use crate::extract::EntityType;
use crate::graph::filter::{weighted_degree, Filter};
use crate::graph::{EdgeKind, Graph};
use crate::layout::{self, Point};

/// Width of the drawing for up to [`super::DEFAULT_SHOWN`] nodes, in SVG
/// units; larger pictures grow so the density stays the same.
const WIDTH: f64 = 1400.0;
/// Height-to-width ratio of the area the layout is fitted into.
const ASPECT: f64 = 0.5;
/// Smallest and largest node radius.
const R_MIN: f64 = 3.5;
const R_MAX: f64 = 20.0;
/// Most labels drawn up front (the others appear on hover and search).
const MAX_LABELS: usize = 70;
/// Co-occurrence and relation edges drawn, per drawn node.
const COOC_PER_NODE: usize = 3;
const RELS_PER_NODE: usize = 4;
/// Relations listed on a node's card.
const CARD_RELATIONS: usize = 12;

/// The drawn part of the graph and where everything goes.
pub(super) struct Picture<'g> {
    graph: &'g Graph,
    /// Drawn nodes in graph order (by id); a node's place here is its `data-i`.
    pub(super) nodes: Vec<NodeIndex>,
    index: FxHashMap<NodeIndex, usize>,
    pos: Vec<Point>,
    radius: Vec<f64>,
    labels: Vec<Label>,
    cooc: Vec<EdgeIndex>,
    rels: Vec<EdgeIndex>,
    view: [f64; 4],
}

/// A node's label: where, how large, and whether shown before any hover.
struct Label {
    x: f64,
    y: f64,
    size: f64,
    anchor: &'static str,
    shown: bool,
}

impl<'g> Picture<'g> {
    /// Chooses the nodes (as `--top report.shown` would), lays them out and
    /// places the labels.
    pub(super) fn new(graph: &'g Graph, report: &Report) -> Picture<'g> {
        let mut chosen = graph.clone();
        Filter {
            top: Some(report.shown),
            keep_isolated: report.keep_isolated,
            ..Filter::default()
        }
        .apply(&mut chosen);
        // A stable graph keeps its indices when nodes are removed.
        let nodes: Vec<NodeIndex> = chosen.node_indices().collect();
        drop(chosen);
        let index: FxHashMap<NodeIndex, usize> =
            nodes.iter().enumerate().map(|(k, &n)| (n, k)).collect();
        let n = nodes.len();

        let mut pairs: BTreeMap<(usize, usize), u64> = BTreeMap::new();
        let (mut cooc, mut rels) = (Vec::new(), Vec::new());
        for e in graph.edge_references() {
            let (Some(&a), Some(&b)) = (index.get(&e.source()), index.get(&e.target())) else {
                continue;
            };
            *pairs.entry((a.min(b), a.max(b))).or_default() += e.weight().weight;
            match e.weight().kind {
                EdgeKind::Cooccurrence => cooc.push(e.id()),
                EdgeKind::Relation { .. } => rels.push(e.id()),
            }
        }
        let strongest = |edges: &mut Vec<EdgeIndex>, keep: usize| {
            // Stable sort: equal weights keep graph order.
            edges.sort_by_key(|&e| std::cmp::Reverse(graph[e].weight));
            edges.truncate(keep);
            // Weakest first, so the strong ones are drawn on top.
            edges.reverse();
        };
        strongest(&mut cooc, COOC_PER_NODE * n);
        strongest(&mut rels, RELS_PER_NODE * n);

        let edges: Vec<(usize, usize, f64)> = pairs
            .into_iter()
            .map(|((a, b), w)| (a, b, 1.0 + (w as f64).ln()))
            .collect();
        let mut pos = super::layout_settings().run(n, &edges);
        layout::orient(&mut pos);

        let max_mentions = nodes.iter().map(|&i| graph[i].mentions).max().unwrap_or(1) as f64;
        let radius: Vec<f64> = nodes
            .iter()
            .map(|&i| R_MIN + (R_MAX - R_MIN) * (graph[i].mentions as f64 / max_mentions).sqrt())
            .collect();
        let width = WIDTH * (n as f64 / super::DEFAULT_SHOWN as f64).sqrt().max(1.0);
        layout::fit(&mut pos, width, width * ASPECT);
        layout::remove_overlaps(&mut pos, &radius, 4.0, 400);
        let labels = place_labels(graph, &nodes, &pos, &radius);

        let mut view = [f64::MAX, f64::MAX, f64::MIN, f64::MIN];
        for (k, p) in pos.iter().enumerate() {
            let (r, l) = (radius[k], &labels[k]);
            let w = label_width(&graph[nodes[k]].label, l.size);
            let lx0 = match l.anchor {
                "end" => l.x - w,
                "middle" => l.x - w / 2.0,
                _ => l.x,
            };
            let (lx0, lx1) = if l.shown {
                (lx0, lx0 + w)
            } else {
                (p[0], p[0])
            };
            view[0] = view[0].min(p[0] - r).min(lx0);
            view[1] = view[1].min(p[1] - r).min(l.y - l.size);
            view[2] = view[2].max(p[0] + r).max(lx1);
            view[3] = view[3].max(p[1] + r).max(l.y + 4.0);
        }
        let view = if n == 0 {
            [0.0, 0.0, 400.0, 200.0]
        } else {
            let m = 24.0;
            [
                view[0] - m,
                view[1] - m,
                view[2] - view[0] + 2.0 * m,
                view[3] - view[1] + 2.0 * m,
            ]
        };
        Picture {
            graph,
            nodes,
            index,
            pos,
            radius,
            labels,
            cooc,
            rels,
            view,
        }
    }

    /// The drawn node of graph node `n`, if drawn.
    pub(super) fn drawn(&self, n: NodeIndex) -> Option<usize> {
        self.index.get(&n).copied()
    }

    /// Writes the toolbar, legend and SVG.
    pub(super) fn write<W: Write>(&self, out: &mut W) -> io::Result<()> {
        let g = self.graph;
        writeln!(
            out,
            "<section id=\"picture\"><div class=\"bar\">\
             <input id=\"ng-search\" type=\"search\" placeholder=\"Find a name\" \
             autocomplete=\"off\" aria-label=\"Find a name\">\
             <span id=\"ng-found\"></span>\
             <button type=\"button\" id=\"ng-zoom-in\" title=\"Zoom in\">+</button>\
             <button type=\"button\" id=\"ng-zoom-out\" title=\"Zoom out\">\u{2212}</button>\
             <button type=\"button\" id=\"ng-reset\" title=\"Show all\">Fit</button>\
             <span class=\"hint\">Drag to pan, wheel to zoom, click a node for its card.</span></div>"
        )?;
        self.write_legend(out)?;
        let v = self.view;
        writeln!(
            out,
            "<div class=\"stage\"><svg id=\"ng-svg\" xmlns=\"http://www.w3.org/2000/svg\" \
             viewBox=\"{:.1} {:.1} {:.1} {:.1}\" role=\"img\" aria-label=\"Entity graph\">",
            v[0], v[1], v[2], v[3]
        )?;
        let mut categories: Vec<&str> = self
            .rels
            .iter()
            .filter_map(|&e| match &g[e].kind {
                EdgeKind::Relation { relation, .. } => Some(relation.as_str()),
                _ => None,
            })
            .collect();
        categories.sort_unstable();
        categories.dedup();
        write!(out, "<defs>")?;
        for c in &categories {
            write!(
                out,
                "<marker id=\"ar-{c}\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" \
                 markerWidth=\"7\" markerHeight=\"7\" markerUnits=\"userSpaceOnUse\" \
                 orient=\"auto\"><path d=\"M0,0L10,5L0,10z\" fill=\"{}\"/></marker>",
                palette::relation(c).hex(),
                c = marker_id(c)
            )?;
        }
        writeln!(out, "</defs>\n<g id=\"ng-world\"><g class=\"edges\">")?;
        let max_cooc = self.cooc.iter().map(|&e| g[e].weight).max().unwrap_or(1) as f64;
        for &e in &self.cooc {
            let (s, t) = g.edge_endpoints(e).expect("edge exists");
            let (a, b) = (self.index[&s], self.index[&t]);
            let w = 0.5 + 2.0 * (g[e].weight as f64).ln_1p() / max_cooc.ln_1p();
            writeln!(
                out,
                "<line class=\"co\" data-source=\"{}\" data-target=\"{}\" x1=\"{:.1}\" y1=\"{:.1}\" \
                 x2=\"{:.1}\" y2=\"{:.1}\" stroke-width=\"{w:.2}\"/>",
                escape(&g[s].id),
                escape(&g[t].id),
                self.pos[a][0],
                self.pos[a][1],
                self.pos[b][0],
                self.pos[b][1]
            )?;
        }
        for &e in &self.rels {
            self.write_relation(e, out)?;
        }
        writeln!(out, "</g><g class=\"nodes\">")?;
        for (k, &n) in self.nodes.iter().enumerate() {
            let node = &g[n];
            writeln!(
                out,
                "<g class=\"node\" data-id=\"{}\" data-i=\"{k}\" transform=\"translate({:.1} {:.1})\">\
                 <circle r=\"{:.1}\" fill=\"{}\"/><title>{} ({})</title></g>",
                escape(&node.id),
                self.pos[k][0],
                self.pos[k][1],
                self.radius[k],
                palette::entity(node.kind).hex(),
                escape(&node.label),
                node.kind.as_str()
            )?;
        }
        writeln!(out, "</g><g class=\"labels\">")?;
        for (k, l) in self.labels.iter().enumerate() {
            writeln!(
                out,
                "<text class=\"lbl{}\" data-i=\"{k}\" x=\"{:.1}\" y=\"{:.1}\" font-size=\"{:.1}\" \
                 text-anchor=\"{}\">{}</text>",
                if l.shown { "" } else { " hide" },
                l.x,
                l.y,
                l.size,
                l.anchor,
                escape(&clip(&g[self.nodes[k]].label, 40))
            )?;
        }
        writeln!(
            out,
            "</g></g></svg>\n<aside id=\"ng-card\" hidden></aside></div></section>"
        )
    }

    /// A relation as a slightly bent arrow (so the two directions of a pair
    /// and parallel categories stay apart), from circle edge to circle edge.
    fn write_relation<W: Write>(&self, e: EdgeIndex, out: &mut W) -> io::Result<()> {
        let g = self.graph;
        let (s, t) = g.edge_endpoints(e).expect("edge exists");
        let EdgeKind::Relation { relation, negated } = &g[e].kind else {
            return Ok(());
        };
        let (a, b) = (self.index[&s], self.index[&t]);
        let (p, q) = (self.pos[a], self.pos[b]);
        let (dx, dy) = (q[0] - p[0], q[1] - p[1]);
        let len = dx.hypot(dy).max(1e-6);
        // Control point: off the middle, to the left of the direction of travel.
        let c = [
            (p[0] + q[0]) / 2.0 + dy / len * 0.15 * len,
            (p[1] + q[1]) / 2.0 - dx / len * 0.15 * len,
        ];
        let towards = |from: Point, r: f64| {
            let (ux, uy) = (c[0] - from[0], c[1] - from[1]);
            let d = ux.hypot(uy).max(1e-6);
            [from[0] + ux / d * r, from[1] + uy / d * r]
        };
        let start = towards(p, self.radius[a]);
        let end = towards(q, self.radius[b] + 1.5);
        let width = 1.2 + 0.6 * (g[e].weight as f64).ln();
        writeln!(
            out,
            "<path class=\"rel{}\" data-source=\"{}\" data-target=\"{}\" data-relation=\"{}\" \
             d=\"M{:.1},{:.1}Q{:.1},{:.1} {:.1},{:.1}\" stroke=\"{}\" stroke-width=\"{width:.2}\" \
             marker-end=\"url(#ar-{})\"><title>{} {} {} ({})</title></path>",
            if *negated { " neg" } else { "" },
            escape(&g[s].id),
            escape(&g[t].id),
            escape(relation),
            start[0],
            start[1],
            c[0],
            c[1],
            end[0],
            end[1],
            palette::relation(relation).hex(),
            marker_id(relation),
            escape(&g[s].label),
            escape(g[e].verb.as_deref().unwrap_or(relation)),
            escape(&g[t].label),
            if *negated { "negated" } else { relation },
        )
    }

    fn write_legend<W: Write>(&self, out: &mut W) -> io::Result<()> {
        let g = self.graph;
        let mut types: BTreeMap<&str, (EntityType, usize)> = BTreeMap::new();
        for &n in &self.nodes {
            types.entry(g[n].kind.as_str()).or_insert((g[n].kind, 0)).1 += 1;
        }
        let mut rels: BTreeMap<&str, usize> = BTreeMap::new();
        for &e in &self.rels {
            if let EdgeKind::Relation { relation, .. } = &g[e].kind {
                *rels.entry(relation).or_default() += 1;
            }
        }
        let mut html = String::from("<div class=\"legend\">");
        for (name, (kind, count)) in &types {
            let _ = write!(
                html,
                "<span class=\"key\"><i class=\"dot\" style=\"background:{}\"></i>{name} {count}</span>",
                palette::entity(*kind).hex()
            );
        }
        html.push_str("<span class=\"key muted\">size: mentions</span>");
        if !self.cooc.is_empty() {
            html.push_str("<span class=\"key\"><i class=\"line co\"></i>same sentence</span>");
        }
        for (name, count) in &rels {
            let _ = write!(
                html,
                "<span class=\"key\"><i class=\"line\" style=\"background:{}\"></i>{} \u{2192} {count}</span>",
                palette::relation(name).hex(),
                escape(name)
            );
        }
        if self
            .rels
            .iter()
            .any(|&e| matches!(g[e].kind, EdgeKind::Relation { negated: true, .. }))
        {
            html.push_str("<span class=\"key muted\">dashed: negated</span>");
        }
        html.push_str("</div>");
        writeln!(out, "{html}")
    }

    /// The JSON the node cards read (see the module doc of `html`).
    pub(super) fn data_json(&self) -> String {
        let g = self.graph;
        let mut neighbours: Vec<Vec<usize>> = vec![Vec::new(); self.nodes.len()];
        for e in g.edge_references() {
            if let (Some(a), Some(b)) = (self.drawn(e.source()), self.drawn(e.target())) {
                if a != b {
                    neighbours[a].push(b);
                    neighbours[b].push(a);
                }
            }
        }
        let nodes: Vec<CardNode> = self
            .nodes
            .iter()
            .zip(neighbours)
            .map(|(&n, mut nb)| {
                nb.sort_unstable();
                nb.dedup();
                let node = &g[n];
                CardNode {
                    id: &node.id,
                    label: &node.label,
                    kind: node.kind.as_str(),
                    mentions: node.mentions,
                    documents: node.documents,
                    first: node.first_date.as_deref(),
                    last: node.last_date.as_deref(),
                    aliases: node.aliases.iter().take(10).map(String::as_str).collect(),
                    degree: weighted_degree(g, n),
                    months: node.months.iter().map(|(m, c)| (m.as_str(), *c)).collect(),
                    nb,
                    rels: self.card_relations(n),
                }
            })
            .collect();
        serde_json::to_string(&CardData { nodes }).expect("card data serialises")
    }

    /// A node's strongest relations, both directions, with one evidence
    /// sentence each.
    fn card_relations(&self, n: NodeIndex) -> Vec<CardRelation<'g>> {
        let g = self.graph;
        let mut edges: Vec<(EdgeIndex, bool)> = g
            .edges_directed(n, Direction::Outgoing)
            .map(|e| (e.id(), true))
            .chain(
                g.edges_directed(n, Direction::Incoming)
                    .map(|e| (e.id(), false)),
            )
            .filter(|(e, _)| matches!(g[*e].kind, EdgeKind::Relation { .. }))
            .collect();
        edges.sort_by_key(|&(e, out)| (std::cmp::Reverse(g[e].weight), e.index(), !out));
        edges
            .into_iter()
            .take(CARD_RELATIONS)
            .map(|(e, out)| {
                let d = &g[e];
                let (s, t) = g.edge_endpoints(e).expect("edge exists");
                let other = if out { t } else { s };
                let (relation, negated) = match &d.kind {
                    EdgeKind::Relation { relation, negated } => (relation.as_str(), *negated),
                    EdgeKind::Cooccurrence => ("", false),
                };
                let ev = d.evidence.first();
                CardRelation {
                    dir: if out { "out" } else { "in" },
                    other: &g[other].label,
                    other_id: &g[other].id,
                    relation,
                    verb: d.verb.as_deref(),
                    negated,
                    weight: d.weight,
                    text: ev.map(|v| clip(&v.text, 320)),
                    doc: ev.map(|v| v.doc.as_str()),
                    date: ev.and_then(|v| v.date.as_deref()),
                }
            })
            .collect()
    }
}

#[derive(Serialize)]
struct CardData<'a> {
    nodes: Vec<CardNode<'a>>,
}

#[derive(Serialize)]
struct CardNode<'a> {
    id: &'a str,
    label: &'a str,
    #[serde(rename = "type")]
    kind: &'static str,
    mentions: u64,
    documents: u64,
    #[serde(skip_serializing_if = "Option::is_none")]
    first: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    last: Option<&'a str>,
    aliases: Vec<&'a str>,
    degree: u64,
    /// Mentions per month, `[["2020-06", 3], ...]`.
    months: Vec<(&'a str, u64)>,
    nb: Vec<usize>,
    rels: Vec<CardRelation<'a>>,
}

#[derive(Serialize)]
struct CardRelation<'a> {
    dir: &'static str,
    other: &'a str,
    other_id: &'a str,
    relation: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    verb: Option<&'a str>,
    negated: bool,
    weight: u64,
    #[serde(skip_serializing_if = "Option::is_none")]
    text: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    doc: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    date: Option<&'a str>,
}

/// A category as the tail of a marker id (letters and digits only).
fn marker_id(category: &str) -> String {
    category
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .collect()
}

/// Estimated width of `text` at font `size`: an average glyph of a sans-serif
/// face is about 0.58 em wide; estimating high only leaves more space.
fn label_width(text: &str, size: f64) -> f64 {
    clip(text, 40).chars().count() as f64 * size * 0.58 + 2.0
}

/// Labels for the biggest nodes first, each beside its circle (right, left,
/// above or below, the first side that is free), never over another label
/// or circle; a label that fits nowhere waits for a hover.
fn place_labels(graph: &Graph, nodes: &[NodeIndex], pos: &[Point], radius: &[f64]) -> Vec<Label> {
    let max_mentions = nodes.iter().map(|&i| graph[i].mentions).max().unwrap_or(1) as f64;
    let mut order: Vec<usize> = (0..nodes.len()).collect();
    order.sort_by(|&a, &b| {
        graph[nodes[b]]
            .mentions
            .cmp(&graph[nodes[a]].mentions)
            .then(a.cmp(&b))
    });
    let mut placed: Vec<[f64; 4]> = Vec::new();
    let mut labels: Vec<Option<Label>> = (0..nodes.len()).map(|_| None).collect();
    for (rank, &k) in order.iter().enumerate() {
        let text = &graph[nodes[k]].label;
        let size = 12.5 + 7.5 * (graph[nodes[k]].mentions as f64 / max_mentions).sqrt();
        let (w, h) = (label_width(text, size), size * 1.15);
        let (x, y, r) = (pos[k][0], pos[k][1], radius[k]);
        // (text x, baseline y, anchor, box left, box top)
        let sides = [
            (
                x + r + 3.0,
                y + size * 0.35,
                "start",
                x + r + 3.0,
                y - h / 2.0,
            ),
            (
                x - r - 3.0,
                y + size * 0.35,
                "end",
                x - r - 3.0 - w,
                y - h / 2.0,
            ),
            (
                x,
                y - r - 4.0,
                "middle",
                x - w / 2.0,
                y - r - 4.0 - h * 0.85,
            ),
            (x, y + r + size, "middle", x - w / 2.0, y + r + 2.0),
        ];
        let mut label = Label {
            x: sides[0].0,
            y: sides[0].1,
            size,
            anchor: "start",
            shown: false,
        };
        if rank < MAX_LABELS {
            for (tx, ty, anchor, bx, by) in sides {
                let b = [bx, by, bx + w, by + h];
                let hits_label = placed.iter().any(|p| overlaps(p, &b));
                let hits_node =
                    (0..nodes.len()).any(|j| j != k && circle_hits(pos[j], radius[j] + 1.0, &b));
                if !hits_label && !hits_node {
                    placed.push(b);
                    label = Label {
                        x: tx,
                        y: ty,
                        size,
                        anchor,
                        shown: true,
                    };
                    break;
                }
            }
        }
        labels[k] = Some(label);
    }
    labels.into_iter().map(|l| l.expect("every node")).collect()
}

fn overlaps(a: &[f64; 4], b: &[f64; 4]) -> bool {
    a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3]
}

fn circle_hits(c: Point, r: f64, b: &[f64; 4]) -> bool {
    let nx = c[0].clamp(b[0], b[2]);
    let ny = c[1].clamp(b[1], b[3]);
    (c[0] - nx).hypot(c[1] - ny) < r
}
