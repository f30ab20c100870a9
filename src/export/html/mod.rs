//! The HTML report: one self-contained file to open in any browser, offline.
//!
//! It holds the picture of the strongest nodes (laid out by
//! [`crate::layout`], drawn as inline SVG by [`picture`]), a small
//! hand-written script for pan, zoom, search and the node cards
//! (`report.js`), and the tables and month charts of [`tables`]. Nothing is
//! fetched: the style, script, data and drawing are all inline, and the only
//! links are to `#` fragments of the page itself.
//!
//! Markup in the SVG, for tools and tests:
//!
//! ```text
//! <g class="node" data-id="ID" data-i="K">       one per drawn node; ID as in the JSON export
//! <path class="rel" data-source="ID" data-target="ID" data-relation="CATEGORY">
//! <line class="co" data-source="ID" data-target="ID">    shared sentences
//! ```
//!
//! The node cards read a JSON block (`<script type="application/json"
//! id="ng-data">`): `{"nodes": [{"id", "label", "type", "mentions",
//! "documents", "first"?, "last"?, "aliases", "degree", "months": [["YYYY-MM",
//! COUNT]...], "nb": [K...], "rels": [{"dir":
//! "out"|"in", "other", "other_id", "relation", "verb"?, "negated", "weight",
//! "text"?, "doc"?, "date"?}]}]}`, node K at index K.
//!
//! The file grows with what is shown (the drawn nodes, a bounded number of
//! relations a node and table rows), not with the corpus.

mod picture;
mod tables;

use std::io::{self, Write};

use crate::graph::Graph;

/// Nodes drawn when the user gives no `--top`.
pub const DEFAULT_SHOWN: usize = 150;

/// What the report says besides the graph itself.
#[derive(Debug, Clone)]
pub struct Report {
    /// Title of the page.
    pub title: String,
    /// Nodes in the picture: the strongest by weighted degree, chosen exactly
    /// as `--top` chooses them.
    pub shown: usize,
    /// Keep nodes without an edge in the picture (as `--keep-isolated`).
    pub keep_isolated: bool,
    /// Documents read into the graph.
    pub documents: u64,
    /// Of those, documents without a date.
    pub undated: u64,
}

impl Default for Report {
    fn default() -> Self {
        Report {
            title: "newsgraph report".to_string(),
            shown: DEFAULT_SHOWN,
            keep_isolated: false,
            documents: 0,
            undated: 0,
        }
    }
}

/// The ForceAtlas2 settings of the picture: Gephi's defaults, but twice the
/// repulsion and the distance-growing ("strong") gravity, which keeps the
/// small components of a news graph near the big one instead of at the edge
/// of the picture, and 600 steps, enough for a settled picture of some
/// thousand nodes (`cargo bench --bench layout` times it).
pub fn layout_settings() -> crate::layout::ForceAtlas2 {
    crate::layout::ForceAtlas2 {
        iterations: 600,
        scaling: 4.0,
        strong_gravity: true,
        gravity: 0.2,
        ..Default::default()
    }
}

const STYLE: &str = include_str!("report.css");
const SCRIPT: &str = include_str!("report.js");

/// Writes the report on `graph` (already filtered) to `out`.
pub fn write<W: Write>(graph: &Graph, report: &Report, out: &mut W) -> io::Result<()> {
    let pic = picture::Picture::new(graph, report);
    let title = escape(&report.title);
    write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta name=\"generator\" content=\"newsgraph {}\">\n<title>{title}</title>\n\
         <style>\n{STYLE}</style>\n</head>\n<body>\n<header><h1>{title}</h1>\n<p class=\"sub\">",
        env!("CARGO_PKG_VERSION")
    )?;
    tables::summary(graph, report, &pic, out)?;
    writeln!(out, "</p></header>")?;
    pic.write(out)?;
    tables::write(graph, report, &pic, out)?;
    writeln!(
        out,
        "<script type=\"application/json\" id=\"ng-data\">{}</script>",
        script_json(&pic.data_json())
    )?;
    writeln!(out, "<script>\n{SCRIPT}</script>\n</body>\n</html>")
}

/// Text made safe for HTML (and SVG) text and quoted attribute values:
/// `&`, `<`, `>`, `"` and `'` become entities, and control characters other
/// than tab and newline, which HTML parsers report as errors, are dropped.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '\t' | '\n' => out.push(c),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// JSON made safe inside `<script>`: every `<` is written `\u003c`, so no
/// `</script>` or `<!--` in the data can end or change the script element,
/// and U+2028/U+2029 are escaped for old JavaScript parsers. The JSON value
/// is unchanged.
fn script_json(json: &str) -> String {
    json.replace('<', "\\u003c")
        .replace('\u{2028}', "\\u2028")
        .replace('\u{2029}', "\\u2029")
}

/// At most `max` characters of `s`, with an ellipsis when cut.
fn clip(s: &str, max: usize) -> String {
    match s.char_indices().nth(max) {
        Some((i, _)) => format!("{}…", s[..i].trim_end()),
        None => s.to_string(),
    }
}

#[cfg(test)]
mod tests;
