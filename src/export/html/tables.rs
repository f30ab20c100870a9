//! The report's text: a summary line, counts by type and kind, the top
//! entities of each type, relations by category with their evidence, and
//! mentions per month of the top entities as small SVG bar charts.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::io::{self, Write};

use petgraph::stable_graph::{EdgeIndex, NodeIndex};

use super::picture::Picture;
use super::{clip, escape, Report};
use crate::export::palette;
use crate::extract::EntityType;
use crate::graph::filter::weighted_degree;
use crate::graph::{EdgeKind, Graph};

/// Rows of each top-entities table.
const TOP_PER_TYPE: usize = 10;
/// Edges listed per relation category.
const EDGES_PER_CATEGORY: usize = 8;
/// Entities with a month chart.
const CHARTS: usize = 12;

const TYPES: [EntityType; 5] = [
    EntityType::Person,
    EntityType::Organisation,
    EntityType::Country,
    EntityType::Weapon,
    EntityType::Location,
];

/// The line under the title: what was read and what is drawn.
pub(super) fn summary<W: Write>(
    graph: &Graph,
    report: &Report,
    pic: &Picture,
    out: &mut W,
) -> io::Result<()> {
    let (cooc, rels) = edge_counts(graph);
    write!(
        out,
        "{} documents \u{b7} {} entities \u{b7} {} co-occurrence and {} relation edges \u{b7} \
         the picture shows the {} strongest entities by weighted degree",
        thousands(report.documents),
        thousands(graph.node_count() as u64),
        thousands(cooc),
        thousands(rels),
        pic.nodes.len()
    )?;
    if report.undated > 0 {
        write!(
            out,
            " \u{b7} {} undated documents (in the graph, not in the timeline)",
            thousands(report.undated)
        )?;
    }
    Ok(())
}

/// The sections below the picture.
pub(super) fn write<W: Write>(
    graph: &Graph,
    report: &Report,
    pic: &Picture,
    out: &mut W,
) -> io::Result<()> {
    let mut html = String::new();
    counts(graph, &mut html);
    top_entities(graph, pic, &mut html);
    relations(graph, pic, &mut html);
    timeline(graph, report, pic, &mut html);
    out.write_all(html.as_bytes())
}

fn edge_counts(graph: &Graph) -> (u64, u64) {
    let rels = graph
        .edge_weights()
        .filter(|e| matches!(e.kind, EdgeKind::Relation { .. }))
        .count() as u64;
    (graph.edge_count() as u64 - rels, rels)
}

fn counts(graph: &Graph, html: &mut String) {
    html.push_str(
        "<section id=\"counts\"><h2>Counts</h2><div class=\"cols\"><table>\
         <thead><tr><th>Type</th><th class=\"n\">Entities</th><th class=\"n\">Mentions</th></tr></thead><tbody>",
    );
    for kind in TYPES {
        let (n, m) = graph
            .node_weights()
            .filter(|n| n.kind == kind)
            .fold((0u64, 0u64), |(n, m), x| (n + 1, m + x.mentions));
        let _ = write!(
            html,
            "<tr><td><i class=\"dot\" style=\"background:{}\"></i>{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td></tr>",
            palette::entity(kind).hex(),
            kind.as_str(),
            thousands(n),
            thousands(m)
        );
    }
    let (cooc, rels) = edge_counts(graph);
    let statements: u64 = graph
        .edge_weights()
        .filter(|e| matches!(e.kind, EdgeKind::Relation { .. }))
        .map(|e| e.weight)
        .sum();
    let sentences: u64 = graph
        .edge_weights()
        .filter(|e| e.kind == EdgeKind::Cooccurrence)
        .map(|e| e.weight)
        .sum();
    let _ = writeln!(
        html,
        "</tbody></table><table><thead><tr><th>Edge kind</th><th class=\"n\">Edges</th>\
         <th class=\"n\">Weight</th></tr></thead><tbody>\
         <tr><td>co-occurrence (shared sentences)</td><td class=\"n\">{}</td><td class=\"n\">{}</td></tr>\
         <tr><td>relation (statements)</td><td class=\"n\">{}</td><td class=\"n\">{}</td></tr>\
         </tbody></table></div></section>",
        thousands(cooc),
        thousands(sentences),
        thousands(rels),
        thousands(statements)
    );
}

/// A name that opens its card when the node is drawn.
fn name(graph: &Graph, pic: &Picture, n: NodeIndex) -> String {
    let label = escape(&graph[n].label);
    match pic.drawn(n) {
        Some(k) => {
            format!("<a href=\"#picture\" class=\"card-link\" data-card=\"{k}\">{label}</a>")
        }
        None => label,
    }
}

fn date_range(first: Option<&str>, last: Option<&str>) -> String {
    match (first, last) {
        (Some(f), Some(l)) if f == l => escape(f),
        (Some(f), Some(l)) => format!("{} \u{2013} {}", escape(f), escape(l)),
        _ => "undated".to_string(),
    }
}

fn top_entities(graph: &Graph, pic: &Picture, html: &mut String) {
    html.push_str("<section id=\"entities\"><h2>Top entities by type</h2><p class=\"note\">By weighted degree (the sum of the weights of an entity's edges).</p><div class=\"cols\">");
    for kind in TYPES {
        let mut ranked: Vec<(u64, &str, NodeIndex)> = graph
            .node_indices()
            .filter(|&n| graph[n].kind == kind)
            .map(|n| (weighted_degree(graph, n), graph[n].id.as_str(), n))
            .collect();
        if ranked.is_empty() {
            continue;
        }
        ranked.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(b.1)));
        let _ = write!(
            html,
            "<table class=\"top\"><caption><i class=\"dot\" style=\"background:{}\"></i>{}</caption>\
             <thead><tr><th>Name</th><th class=\"n\">Degree</th><th class=\"n\">Mentions</th>\
             <th class=\"n\">Docs</th><th>Dates</th></tr></thead><tbody>",
            palette::entity(kind).hex(),
            kind.as_str()
        );
        for &(degree, _, n) in ranked.iter().take(TOP_PER_TYPE) {
            let node = &graph[n];
            let _ = write!(
                html,
                "<tr><td>{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"d\">{}</td></tr>",
                name(graph, pic, n),
                thousands(degree),
                thousands(node.mentions),
                thousands(node.documents),
                date_range(node.first_date.as_deref(), node.last_date.as_deref())
            );
        }
        html.push_str("</tbody></table>");
    }
    html.push_str("</div></section>\n");
}

fn relations(graph: &Graph, pic: &Picture, html: &mut String) {
    let mut by_category: BTreeMap<&str, Vec<EdgeIndex>> = BTreeMap::new();
    for e in graph.edge_indices() {
        if let EdgeKind::Relation { relation, .. } = &graph[e].kind {
            by_category.entry(relation).or_default().push(e);
        }
    }
    html.push_str("<section id=\"relations\"><h2>Relations by category</h2>");
    if by_category.is_empty() {
        html.push_str("<p class=\"note\">No relation was found.</p>");
    }
    let mut categories: Vec<(u64, &str, Vec<EdgeIndex>)> = by_category
        .into_iter()
        .map(|(c, edges)| (edges.iter().map(|&e| graph[e].weight).sum(), c, edges))
        .collect();
    categories.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(b.1)));
    for (statements, category, mut edges) in categories {
        edges.sort_by_key(|&e| (std::cmp::Reverse(graph[e].weight), e.index()));
        let _ = write!(
            html,
            "<h3><i class=\"line\" style=\"background:{}\"></i>{} <span class=\"muted\">{} edges, {} statements</span></h3>\
             <table class=\"rels\"><thead><tr><th>From</th><th></th><th>To</th><th class=\"n\">Statements</th>\
             <th>Evidence</th></tr></thead><tbody>",
            palette::relation(category).hex(),
            escape(category),
            thousands(edges.len() as u64),
            thousands(statements)
        );
        for &e in edges.iter().take(EDGES_PER_CATEGORY) {
            let (s, t) = graph.edge_endpoints(e).expect("edge exists");
            let d = &graph[e];
            let negated = matches!(d.kind, EdgeKind::Relation { negated: true, .. });
            let verb = d.verb.as_deref().unwrap_or(category);
            let evidence = match d.evidence.first() {
                Some(v) => format!(
                    "\u{201c}{}\u{201d} <span class=\"src\">{}{}</span>",
                    escape(&clip(&v.text, 400)),
                    escape(&v.doc),
                    v.date
                        .as_deref()
                        .map(|d| format!(", {}", escape(d)))
                        .unwrap_or_default()
                ),
                None => "<span class=\"muted\">no sentence kept (--evidence 0)</span>".to_string(),
            };
            let _ = write!(
                html,
                "<tr><td>{}</td><td class=\"verb\">{}{}</td><td>{}</td><td class=\"n\">{}</td><td class=\"ev\">{}</td></tr>",
                name(graph, pic, s),
                if negated { "not " } else { "" },
                escape(verb),
                name(graph, pic, t),
                thousands(d.weight),
                evidence
            );
        }
        html.push_str("</tbody></table>");
    }
    html.push_str("</section>\n");
}

/// Month index of `YYYY-MM`.
fn month_index(m: &str) -> Option<i64> {
    let y: i64 = m.get(..4)?.parse().ok()?;
    let mo: i64 = m.get(5..7)?.parse().ok()?;
    Some(y * 12 + mo - 1)
}

fn month_name(i: i64) -> String {
    format!("{:04}-{:02}", i.div_euclid(12), i.rem_euclid(12) + 1)
}

fn timeline(graph: &Graph, report: &Report, pic: &Picture, html: &mut String) {
    html.push_str("<section id=\"timeline\"><h2>Mentions per month</h2>");
    let undated = if report.undated == 0 {
        String::new()
    } else if report.undated == report.documents {
        "No document has a date, so there is no timeline.".to_string()
    } else {
        format!(
            "{} of {} documents have no date: they count everywhere else in this report, not in these charts.",
            thousands(report.undated),
            thousands(report.documents)
        )
    };
    if !undated.is_empty() {
        let _ = write!(html, "<p class=\"note undated\">{undated}</p>");
    }
    // The strongest drawn entities (drawn ones are the strongest overall).
    let mut ranked: Vec<(u64, &str, NodeIndex)> = pic
        .nodes
        .iter()
        .map(|&n| (weighted_degree(graph, n), graph[n].id.as_str(), n))
        .filter(|&(_, _, n)| !graph[n].months.is_empty())
        .collect();
    ranked.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(b.1)));
    ranked.truncate(CHARTS);
    let span = ranked
        .iter()
        .flat_map(|&(_, _, n)| graph[n].months.iter())
        .filter_map(|(m, _)| month_index(m))
        .fold(None, |acc: Option<(i64, i64)>, m| match acc {
            None => Some((m, m)),
            Some((a, b)) => Some((a.min(m), b.max(m))),
        });
    let Some((first, last)) = span else {
        if report.undated < report.documents || report.documents == 0 {
            html.push_str("<p class=\"note\">No dated mention to chart.</p>");
        }
        html.push_str("</section>\n");
        return;
    };
    let months = (last - first + 1) as f64;
    let _ = write!(
        html,
        "<p class=\"note\">{} to {}, one bar a month, each chart on its own scale.</p><div class=\"charts\">",
        month_name(first),
        month_name(last)
    );
    let (w, h) = (360.0, 48.0);
    for (_, _, n) in ranked {
        let node = &graph[n];
        let max = node.months.iter().map(|m| m.1).max().unwrap_or(1).max(1) as f64;
        let (peak, peak_count) = node
            .months
            .iter()
            .max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(&a.0)))
            .map(|(m, c)| (m.as_str(), *c))
            .unwrap_or(("", 0));
        let bar = w / months;
        let _ = write!(
            html,
            "<figure class=\"chart\"><figcaption><i class=\"dot\" style=\"background:{}\"></i>{} \
             <span class=\"muted\">peak {} ({})</span></figcaption>\
             <svg viewBox=\"0 0 {w} {h}\" width=\"{w}\" height=\"{h}\" role=\"img\" aria-label=\"mentions per month\">\
             <line x1=\"0\" y1=\"{h}\" x2=\"{w}\" y2=\"{h}\" class=\"axis\"/>",
            palette::entity(node.kind).hex(),
            name(graph, pic, n),
            escape(peak),
            thousands(peak_count)
        );
        for (m, c) in &node.months {
            let Some(i) = month_index(m) else { continue };
            let bh = (h - 2.0) * *c as f64 / max;
            let _ = write!(
                html,
                "<rect x=\"{:.2}\" y=\"{:.2}\" width=\"{:.2}\" height=\"{:.2}\" fill=\"{}\"><title>{}: {}</title></rect>",
                (i - first) as f64 * bar,
                h - bh,
                (bar - 0.5).max(0.5),
                bh,
                palette::entity(node.kind).hex(),
                escape(m),
                c
            );
        }
        html.push_str("</svg></figure>");
    }
    html.push_str("</div></section>\n");
}

/// `12345` as `12,345`.
pub(super) fn thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}
