use super::*;
use crate::extract::EntityType;
use crate::graph::Evidence;

fn node(id: &str, kind: EntityType, mentions: u64, days: Vec<(u32, u64)>) -> Node {
    Node {
        id: id.to_string(),
        label: id.split(':').nth(1).unwrap().to_string(),
        kind,
        mentions,
        documents: 2,
        first_date: days.first().map(|d| days::format(d.0)),
        last_date: days.last().map(|d| days::format(d.0)),
        aliases: vec!["A & B".into(), "\"C\"".into()],
        months: vec![],
        days,
    }
}

fn edge(kind: EdgeKind, days: Vec<(u32, u64)>) -> Edge {
    Edge {
        verb: matches!(kind, EdgeKind::Relation { .. }).then(|| "sold".to_string()),
        kind,
        weight: 3,
        documents: 2,
        first_date: None,
        last_date: None,
        evidence: vec![
            Evidence {
                date: Some("2020-06-24".into()),
                doc: "a.txt".into(),
                sentence: 0,
                start: 0,
                end: 30,
                text: "Russia sold <S-400> & \"spares\".".into(),
            },
            Evidence {
                date: None,
                doc: "b.txt".into(),
                sentence: 2,
                start: 40,
                end: 60,
                text: "Second one.".into(),
            },
        ],
        days,
    }
}

fn write_str(g: &Graph) -> String {
    let mut out = Vec::new();
    write(g, &mut out).unwrap();
    String::from_utf8(out).unwrap()
}

fn sample(dated: bool) -> Graph {
    let d = |v: Vec<(u32, u64)>| if dated { v } else { vec![] };
    let mut g = Graph::default();
    let ru = g.add_node(node(
        "country:russia",
        EntityType::Country,
        7,
        d(vec![(20200624, 2), (20200625, 1), (20200701, 4)]),
    ));
    let w = g.add_node(node("weapon:s-400", EntityType::Weapon, 0, vec![]));
    g.add_edge(ru, w, edge(EdgeKind::Cooccurrence, d(vec![(20200624, 3)])));
    let rel = |negated| EdgeKind::Relation {
        relation: "supply".into(),
        negated,
    };
    g.add_edge(ru, w, edge(rel(false), d(vec![(20200624, 1)])));
    g.add_edge(ru, w, edge(rel(true), vec![]));
    g
}

#[test]
fn mixed_graph_with_kinds_types_and_colours() {
    let x = write_str(&sample(true));
    for want in [
        r#"<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">"#,
        r#"<graph mode="dynamic" timeformat="date">"#,
        r#"<attribute id="mentions" title="mentions" type="long"/>"#,
        r#"<attribute id="negated" title="negated" type="boolean"/>"#,
        r#"<edge id="c0" source="country:russia" target="weapon:s-400" type="undirected" kind="cooccurrence" weight="3.0">"#,
        r#"<edge id="r0" source="country:russia" target="weapon:s-400" type="directed" kind="supply" label="sold" weight="3.0">"#,
        r#"<edge id="r1" source="country:russia" target="weapon:s-400" type="directed" kind="not-supply" label="sold" weight="3.0">"#,
        r#"<attvalue for="kind" value="relation"/>"#,
        r#"<attvalue for="aliases" value="A &amp; B; &quot;C&quot;"/>"#,
        // Country colour from the palette (Okabe-Ito bluish green), supply orange.
        r#"<viz:color r="0" g="158" b="115"/>"#,
        r#"<viz:color r="230" g="159" b="0"/>"#,
        // 5 + 5 log2(8) = 20; 5 + 5 log2(1) = 5.
        r#"<viz:size value="20.00"/>"#,
        r#"<viz:size value="5.00"/>"#,
    ] {
        assert!(x.contains(want), "missing {want}\n{x}");
    }
    assert!(!x.contains("defaultedgetype"));
    assert!(!x.contains("schemaLocation"));
    // No colour on co-occurrence edges: only 2 nodes + 2 relation edges.
    assert_eq!(x.matches("<viz:color").count(), 4);
}

#[test]
fn evidence_is_one_escaped_attribute_with_line_breaks() {
    let x = write_str(&sample(true));
    let want = "<attvalue for=\"evidence\" value=\"[a.txt #0 0..30] Russia sold &lt;S-400&gt; \
                &amp; &quot;spares&quot;.&#10;[b.txt #2 40..60] Second one.\"/>";
    assert!(x.contains(want), "{x}");
}

#[test]
fn spells_are_runs_of_consecutive_days() {
    let x = write_str(&sample(true));
    let russia = &x[x.find("<node id=\"country:russia\"").unwrap()..];
    let russia = &russia[..russia.find("</node>").unwrap()];
    assert!(russia.contains(
        "<spells>\n          <spell start=\"2020-06-24\" end=\"2020-06-25\"/>\n          \
         <spell start=\"2020-07-01\" end=\"2020-07-01\"/>\n        </spells>"
    ));
    // A node seen only undated has no spell at all.
    let weapon = &x[x.find("<node id=\"weapon:s-400\"").unwrap()..];
    let weapon = &weapon[..weapon.find("</node>").unwrap()];
    assert!(!weapon.contains("spell"), "{weapon}");
    assert_eq!(x.matches("<spells>").count(), 3);
}

#[test]
fn undated_graph_is_static() {
    let x = write_str(&sample(false));
    assert!(x.contains(r#"<graph mode="static">"#));
    assert!(!x.contains("spell"));
}
