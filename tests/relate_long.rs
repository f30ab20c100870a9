//! The relation stage on one long document (issue 8): the searches for an
//! antecedent ("deployed them", "the jets", "He") look back only as far as
//! their rule reaches, so a document of thousands of sentences still gives,
//! block after block, exactly the relations one block gives alone, and
//! nothing from further back. (Those searches used to scan every name of
//! the document for each candidate: quadratic time on a long article.)
//! Sentences written for this test.

use std::collections::BTreeMap;

use newsgraph::extract::Extractor;
use newsgraph::relate::Relater;

/// One block: a pronoun object, a weapon descriptor within reach and one
/// out of reach (three sentences back), a subject pronoun for a person.
const BLOCK: &str = "Japan bought F-35 jets from the United States and deployed them. \
The weather was fine. Officials met on Monday. Later, India bought the jets. \
India ordered Rafale jets. Later, Egypt bought the jets. \
Defence Minister Rajnath Singh arrived in Paris. He met Emmanuel Macron.\n";

/// Positive relations of `text` as (source, relation, target) labels, with
/// the number of sentences stating each.
fn counts(text: &str) -> BTreeMap<(String, String, String), usize> {
    let ex = Extractor::builtin().extract(text);
    let mut out = BTreeMap::new();
    for r in Relater::new().relations(text, &ex) {
        if r.negated {
            continue;
        }
        let key = (
            ex.entities[r.source].label.clone(),
            r.relation.clone(),
            ex.entities[r.target].label.clone(),
        );
        *out.entry(key).or_insert(0) += 1;
    }
    out
}

#[test]
fn long_document_gives_each_block_its_own_relations() {
    let one = counts(BLOCK);
    let key = |s: &str, r: &str, t: &str| (s.to_string(), r.to_string(), t.to_string());
    for want in [
        key("Japan", "acquire", "F-35"),
        key("Japan", "deploy", "F-35"),
        key("United States", "supply", "F-35"),
        key("Egypt", "acquire", "Rafale"),
        key("India", "acquire", "Rafale"),
        key("Rajnath Singh", "meet", "Emmanuel Macron"),
    ] {
        assert_eq!(one.get(&want), Some(&1), "{want:?} in {one:?}");
    }
    // "the jets" three sentences after the F-35 stands for nothing.
    assert!(
        !one.contains_key(&key("India", "acquire", "F-35")),
        "{one:?}"
    );

    let n = 400;
    let long = counts(&BLOCK.repeat(n));
    let times: BTreeMap<_, _> = one.iter().map(|(k, v)| (k.clone(), v * n)).collect();
    assert_eq!(long, times);
}
