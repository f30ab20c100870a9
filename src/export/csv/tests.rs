use super::*;
use crate::extract::EntityType;
use crate::graph::{Evidence, Node};

fn sample() -> Graph {
    let mut g = Graph::default();
    let node = |id: &str, kind, aliases: &[&str]| Node {
        id: id.to_string(),
        label: id.split(':').nth(1).unwrap().to_string(),
        kind,
        mentions: 4,
        documents: 2,
        first_date: Some("2020-06-24".into()),
        last_date: None,
        aliases: aliases.iter().map(|s| s.to_string()).collect(),
        months: vec![],
        days: vec![],
    };
    let ru = g.add_node(node(
        "country:russia",
        EntityType::Country,
        &["Russia", "a;b"],
    ));
    let w = g.add_node(node("weapon:s-400", EntityType::Weapon, &[]));
    let edge = |kind, evidence: Vec<Evidence>| Edge {
        kind,
        verb: Some("sold".into()),
        weight: 2,
        documents: 1,
        first_date: None,
        last_date: None,
        evidence,
        days: vec![],
    };
    g.add_edge(ru, w, edge(EdgeKind::Cooccurrence, vec![]));
    let ev = Evidence {
        date: None,
        doc: "a.txt".into(),
        sentence: 1,
        start: 0,
        end: 9,
        text: "Russia \"sold\",\nC:\\x S-400.".into(),
    };
    let rel = |negated| EdgeKind::Relation {
        relation: "supply".into(),
        negated,
    };
    g.add_edge(ru, w, edge(rel(true), vec![ev]));
    g
}

/// The records of what `write` writes, header first.
fn records(
    write: fn(&Graph, Flavour, &mut Vec<u8>) -> io::Result<()>,
    flavour: Flavour,
) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    write(&sample(), flavour, &mut out).unwrap();
    let text = String::from_utf8(out).unwrap();
    assert_eq!(text.lines().count(), 3, "one line a record:\n{text}");
    csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(text.as_bytes())
        .records()
        .map(|r| r.unwrap().iter().map(str::to_string).collect())
        .collect()
}

fn nodes(g: &Graph, f: Flavour, out: &mut Vec<u8>) -> io::Result<()> {
    write_nodes(g, f, out)
}

fn edges(g: &Graph, f: Flavour, out: &mut Vec<u8>) -> io::Result<()> {
    write_edges(g, f, out)
}

#[test]
fn gephi_flavour() {
    let n = records(nodes, Flavour::Gephi);
    assert_eq!(n[0][..2], ["Id", "Label"]);
    assert_eq!(
        n[1],
        [
            "country:russia",
            "russia",
            "country",
            "4",
            "2",
            "2020-06-24",
            "",
            "Russia; a;b"
        ]
    );
    let e = records(edges, Flavour::Gephi);
    assert_eq!(e[0][..4], ["Source", "Target", "Type", "Weight"]);
    assert_eq!(e[1][2..5], ["Undirected", "2.0", "cooccurrence"]);
    assert_eq!(e[1][10], "", "negated is empty for co-occurrence");
    assert_eq!(
        e[2][2..7],
        ["Directed", "2.0", "not-supply", "supply", "sold"]
    );
    assert_eq!(
        e[2][10..],
        ["true", "Russia \"sold\", C:\\\\x S-400.", "a.txt", "r0"]
    );
}

#[test]
fn neo4j_flavour() {
    let n = records(nodes, Flavour::Neo4j);
    assert_eq!(n[0][0], "id:ID");
    assert_eq!(n[0][3], ":LABEL");
    assert_eq!(n[1][3], "Entity;Country");
    assert_eq!(n[1][8], "Russia;a,b", "aliases array split on ;");
    assert_eq!(n[2][3], "Entity;Weapon");
    let e = records(edges, Flavour::Neo4j);
    assert_eq!(
        e[0][..4],
        [":START_ID", ":END_ID", ":TYPE", "weight:double"]
    );
    assert_eq!(e[1][2], "COOCCURS_WITH");
    assert_eq!(e[2][2], "NOT_SUPPLY");
    assert_eq!(
        e[2][11], "Russia \"sold\", C:\\x S-400.",
        "no backslash doubling"
    );
}
