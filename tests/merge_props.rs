//! Property test: `merge` of `extract` parts equals `build` of the documents,
//! byte for byte in every format (GraphML, JSON, GEXF, both CSV flavours, HTML), whatever the split of the documents
//! into parts, the order of lines inside each part, the part file names
//! (hence the order they are read), gzip or not, and the graph options.
//!
//! The corpus is generated from sentences written for this test, with names
//! and dates drawn so that labels, verbs, aliases and evidence sentences
//! compete (ties included).

use std::io::Write;

use newsgraph::corpus::{Document, Item};
use newsgraph::export::csv::Flavour;
use newsgraph::export::{self, jsonl, Format};
use newsgraph::extract::Extractor;
use newsgraph::graph::{DateRange, Graph, GraphBuilder, GraphOptions};
use newsgraph::merge::{self, Parts};
use newsgraph::pipeline::Pipeline;
use newsgraph::relate::Relater;
use proptest::prelude::*;

/// Sentence templates; `{A}`/`{B}` are countries, `{P}` a person, `{W}` a weapon.
const TEMPLATES: &[&str] = &[
    "{A} signed a deal with {B} for {W} systems.",
    "{A} bought {W} from {B} last year.",
    "{P} met the defence minister of {B} in the capital.",
    "{A} and {B} agreed to build {W} jointly.",
    "{A} did not sign the treaty with {B}.",
    "{B} delivered {W} to {A} on Tuesday.",
    "{P} said {A} would buy more {W}.",
    "Officials from {A}, {B} and the United States held talks on {W}.",
    "The talks went on.",
];
const COUNTRIES: &[&str] = &[
    "India", "Russia", "France", "Japan", "Brazil", "Turkey", "Israel", "Egypt",
];
const PEOPLE: &[&str] = &[
    "Defence Minister Anil Varma",
    "Minister Varma",
    "General Rosa Delgado",
    "Gen Delgado",
    "President Tomas Lindqvist",
];
const WEAPONS: &[&str] = &["S-400", "Rafale", "Su-30MKI", "F-35", "M777 howitzers"];
const DATES: &[Option<&str>] = &[
    None,
    Some("2020-06-24"),
    Some("2020-06-24"),
    Some("2021-01-05"),
    Some("2019-11-30"),
];

fn extractor() -> Extractor {
    static E: std::sync::OnceLock<Extractor> = std::sync::OnceLock::new();
    E.get_or_init(Extractor::builtin).clone()
}

fn sentence() -> impl Strategy<Value = String> {
    (
        0..TEMPLATES.len(),
        0..COUNTRIES.len(),
        0..COUNTRIES.len(),
        0..PEOPLE.len(),
        0..WEAPONS.len(),
    )
        .prop_map(|(t, a, b, p, w)| {
            TEMPLATES[t]
                .replace("{A}", COUNTRIES[a])
                .replace(
                    "{B}",
                    COUNTRIES[(a + 1 + b % (COUNTRIES.len() - 1)) % COUNTRIES.len()],
                )
                .replace("{P}", PEOPLE[p])
                .replace("{W}", WEAPONS[w])
        })
}

fn document() -> impl Strategy<Value = (String, usize)> {
    (
        prop::collection::vec(sentence(), 1..7).prop_map(|s| s.join(" ")),
        0..DATES.len(),
    )
}

fn options() -> impl Strategy<Value = GraphOptions> {
    (
        0usize..4,
        2usize..5,
        0u8..3,
        any::<bool>(),
        prop::option::of(0..DATES.len()),
    )
        .prop_map(|(evidence, cap, edges, other, since)| GraphOptions {
            sentence_cap: cap,
            evidence,
            cooccurrence: edges != 1,
            relations: edges != 2,
            other,
            // --since: drops undated documents and those before the bound.
            dates: DateRange {
                since: since
                    .and_then(|d| DATES[d])
                    .map(|d| DateRange::parse_since(d).unwrap()),
                until: None,
            },
        })
}

/// The graph in every format newsgraph writes (CSV in both flavours, its
/// two files one after the other).
fn exports(g: &Graph) -> Vec<(String, Vec<u8>)> {
    let mut all = Vec::new();
    for &f in Format::ALL {
        if f == Format::Csv {
            for flavour in [Flavour::Gephi, Flavour::Neo4j] {
                let mut out = Vec::new();
                export::csv::write_nodes(g, flavour, &mut out).unwrap();
                export::csv::write_edges(g, flavour, &mut out).unwrap();
                all.push((format!("CSV {flavour:?}"), out));
            }
        } else if f == Format::Html {
            let mut out = Vec::new();
            export::html::write(g, &export::html::Report::default(), &mut out).unwrap();
            all.push(("HTML".to_string(), out));
        } else {
            let mut out = Vec::new();
            export::write(f, g, &mut out).unwrap();
            all.push((format!("{f:?}"), out));
        }
    }
    all
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    enc.write_all(bytes).unwrap();
    enc.finish().unwrap()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 32, ..ProptestConfig::default() })]

    #[test]
    fn merge_of_parts_equals_build(
        docs in prop::collection::vec(document(), 1..10),
        options in options(),
        part_of in prop::collection::vec(0usize..4, 10),
        line_keys in prop::collection::vec(any::<u32>(), 10),
        names in prop::collection::vec("[a-z]{1,6}", 4),
        gz in prop::collection::vec(any::<bool>(), 4),
        in_dir in prop::collection::vec(any::<bool>(), 4),
    ) {
        let docs: Vec<Document> = docs
            .iter()
            .enumerate()
            .map(|(i, (text, d))| Document {
                id: format!("doc-{i}"),
                date: DATES[*d].map(str::to_string),
                title: None,
                text: text.clone(),
            })
            .collect();
        let pipeline = Pipeline::new(extractor(), Relater::new().with_other(options.other), 2).unwrap();

        // build, and extract lines, from one pass in input order.
        let mut built = GraphBuilder::new(options);
        let mut lines: Vec<Vec<u8>> = Vec::new();
        pipeline
            .run(docs.clone().into_iter().map(Item::Doc), |e| panic!("{e}"), |e| panic!("{e}"), |a| {
                a.add_to(&mut built);
                let mut line = Vec::new();
                jsonl::write(&mut line, &a.summary())?;
                lines.push(line);
                Ok(())
            })
            .unwrap();
        let built_out_of_range = built.out_of_range();
        let want = exports(&built.finish());

        // Split the lines into parts, shuffle each part, write the parts.
        let dir = tempfile::tempdir().unwrap();
        let mut parts: Vec<Vec<(u32, &[u8])>> = vec![Vec::new(); 4];
        for (i, line) in lines.iter().enumerate() {
            parts[part_of[i]].push((line_keys[i], line));
        }
        let mut inputs = Vec::new();
        for (p, part) in parts.iter_mut().enumerate() {
            if part.is_empty() {
                continue;
            }
            part.sort();
            let mut body: Vec<u8> = part.iter().flat_map(|(_, l)| l.iter().copied()).collect();
            if p == 0 {
                body.pop(); // no final newline
            }
            let bytes = if gz[p] { gzip(&body) } else { body };
            let name = format!("{}-{p}", names[p]);
            let path = if in_dir[p] {
                let sub = dir.path().join(format!("out-{p}"));
                std::fs::create_dir_all(&sub).unwrap();
                std::fs::write(sub.join("_SUCCESS"), b"").unwrap();
                std::fs::write(sub.join(format!(".{name}.crc")), b"crc").unwrap();
                std::fs::write(sub.join(&name), bytes).unwrap();
                sub
            } else {
                let path = dir.path().join(name);
                std::fs::write(&path, bytes).unwrap();
                path
            };
            inputs.push(path.to_string_lossy().into_owned());
        }

        let pool = rayon::ThreadPoolBuilder::new().num_threads(2).build().unwrap();
        let mut merged = GraphBuilder::new(options);
        let mut seen = 0;
        let count = merge::merge(Parts::discover(&inputs), &pool, &mut merged, |e| panic!("{e}"), |_, _| seen += 1);
        prop_assert_eq!(seen, docs.len());
        prop_assert_eq!(count.documents, docs.len() as u64);
        prop_assert_eq!(merged.out_of_range(), built_out_of_range);
        prop_assert_eq!(count.skipped, 0);
        let got = exports(&merged.finish());
        for ((format, a), (_, b)) in want.iter().zip(&got) {
            prop_assert!(a == b, "{} differs", format);
        }
    }
}
