use super::*;
use crate::extract::Extractor;
use crate::graph::{GraphBuilder, GraphOptions};
use crate::relate::Relater;

#[test]
fn escape_cases() {
    let cases = [
        ("plain text", "plain text"),
        ("a & b < c > d", "a &amp; b &lt; c &gt; d"),
        ("say \"hi\" 'x'", "say &quot;hi&quot; &#39;x&#39;"),
        (
            "</script><script>alert(1)</script>",
            "&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;",
        ),
        ("bell\u{7}here\u{0}", "bellhere"),
        ("tab\tnew\nline", "tab\tnew\nline"),
        ("Stéphane – \u{1F600}", "Stéphane – \u{1F600}"),
        ("&amp;", "&amp;amp;"),
    ];
    for (input, want) in cases {
        assert_eq!(escape(input), want, "{input:?}");
    }
}

#[test]
fn script_json_cannot_close_the_script() {
    let json = serde_json::to_string(&serde_json::json!({
        "text": "</script><!-- x \u{2028} y"
    }))
    .unwrap();
    let safe = script_json(&json);
    assert!(!safe.contains('<') && !safe.contains('\u{2028}'), "{safe}");
    let back: serde_json::Value = serde_json::from_str(&safe).unwrap();
    assert_eq!(back["text"], "</script><!-- x \u{2028} y");
}

#[test]
fn clip_cuts_on_characters() {
    assert_eq!(clip("abc", 5), "abc");
    assert_eq!(clip("ééééé", 3), "ééé…");
    assert_eq!(clip("ab cd", 3), "ab…");
}

const DOCS: [(&str, Option<&str>, &str); 4] = [
    (
        "d1",
        Some("2020-06-24"),
        "Defence Minister Rajnath Singh met Russia's Yury Borisov in Moscow. \
         India agreed to buy the S-400 from Russia.",
    ),
    (
        "d2",
        Some("2020-09-02"),
        "India and China held talks in Moscow. China criticised India <b>&</b> \"the US\".",
    ),
    (
        "d3",
        None,
        "Pakistan test-fired a Shaheen-III missile. India and Pakistan traded warnings.",
    ),
    (
        "d4",
        Some("2021-01-15"),
        "The United States sanctioned Turkey over its purchase of the S-400 from Russia.",
    ),
];

fn graph() -> (Graph, Report) {
    let ex = Extractor::builtin();
    let rel = Relater::new();
    let mut b = GraphBuilder::new(GraphOptions::default());
    for (id, date, text) in DOCS {
        let x = ex.extract(text);
        let r = rel.relations(text, &x);
        b.add(id, date, text, &x, &r);
    }
    let report = Report {
        documents: b.documents(),
        undated: b.undated_documents(),
        ..Report::default()
    };
    (b.finish(), report)
}

fn render(graph: &Graph, report: &Report) -> String {
    let mut out = Vec::new();
    write(graph, report, &mut out).unwrap();
    String::from_utf8(out).unwrap()
}

fn attr_values<'a>(html: &'a str, attr: &str) -> Vec<&'a str> {
    let pat = format!(" {attr}=\"");
    html.match_indices(&pat)
        .map(|(i, _)| {
            let rest = &html[i + pat.len()..];
            &rest[..rest.find('"').unwrap()]
        })
        .collect()
}

#[test]
fn report_draws_each_node_once_and_is_deterministic() {
    let (g, report) = graph();
    let html = render(&g, &report);
    assert_eq!(html, render(&g, &report), "same graph, same bytes");
    let mut ids: Vec<&str> = attr_values(&html, "data-id");
    let n = ids.len();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), n, "one element per node");
    // Every node with an edge is drawn (fewer than the default 150).
    let want: Vec<&str> = g
        .node_indices()
        .filter(|&i| g.neighbors_undirected(i).next().is_some())
        .map(|i| g[i].id.as_str())
        .collect();
    assert_eq!(ids, want);
    assert!(ids.contains(&"country:india"));
    // Relation edges carry their endpoints and category.
    let rels = attr_values(&html, "data-relation");
    assert!(!rels.is_empty());
    assert_eq!(html.matches("<path class=\"rel").count(), rels.len());
    // The undated document is said plainly.
    assert!(
        html.contains("1 of 4 documents have no date"),
        "undated note"
    );
    // Text from the articles arrives escaped.
    assert!(!html.contains("<b>&</b>"));
}

#[test]
fn report_links_nothing_outside_the_file() {
    let (g, report) = graph();
    let html = render(&g, &report);
    for attr in ["src", "href", "xlink:href"] {
        for v in attr_values(&html, attr) {
            assert!(v.starts_with('#'), "{attr}={v:?} points outside the file");
        }
    }
    assert!(!html.contains("url(http") && !html.contains("@import"));
    // One script with data, one with code, both inline.
    assert_eq!(html.matches("<script").count(), 2);
}

#[test]
fn shown_limits_the_picture_like_top() {
    let (mut g, report) = graph();
    let small = Report {
        shown: 3,
        ..report.clone()
    };
    let html = render(&g, &small);
    let ids = attr_values(&html, "data-id");
    crate::graph::filter::Filter {
        top: Some(3),
        ..Default::default()
    }
    .apply(&mut g);
    let want: Vec<&str> = g.node_indices().map(|i| g[i].id.as_str()).collect();
    assert_eq!(ids, want);
}

#[test]
fn empty_graph_still_makes_a_page() {
    let html = render(&Graph::default(), &Report::default());
    assert!(html.starts_with("<!DOCTYPE html>") && html.trim_end().ends_with("</html>"));
    assert_eq!(attr_values(&html, "data-id").len(), 0);
}

#[test]
fn all_undated_says_there_is_no_timeline() {
    let ex = Extractor::builtin();
    let mut b = GraphBuilder::new(GraphOptions::default());
    for (id, _, text) in DOCS {
        b.add(id, None, text, &ex.extract(text), &[]);
    }
    let report = Report {
        documents: b.documents(),
        undated: b.undated_documents(),
        ..Report::default()
    };
    let html = render(&b.finish(), &report);
    assert!(html.contains("No document has a date, so there is no timeline."));
    assert!(!html.contains("class=\"chart\""));
}
