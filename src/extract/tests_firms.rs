//! Table-driven tests of firm names on general news decided from their own
//! evidence: a common word that opens a sentence and a company's name
//! ("National Intergroup Inc", "First Union Corp") is the company's first
//! word unless it opens sentences ("But", "Rival"); short forms of
//! hyphenated names ("First Ameri-Cable" of "First Ameri-Cable Corp").
//! Every sentence is written for these tests.

use super::test_table::{check_cases, Case};
use super::{EntityType, Extractor};
use EntityType::*;

const CASES: &[Case] = &[
    (
        "a common word opening a sentence and a company's name is its first word",
        "National Pipeline Inc said it sold a mill. First Harbor Corp bought it.",
        &[
            ("National Pipeline Inc", Organisation),
            ("First Harbor Corp", Organisation),
        ],
        &[
            ("Pipeline Inc", Organisation),
            ("Harbor Corp", Organisation),
        ],
    ),
    (
        "the same before a company head and with a place inside",
        "Great Lakes Bancorp said it sold a branch. Security Atlantic Corp said it would buy one.",
        &[
            ("Great Lakes Bancorp", Organisation),
            ("Security Atlantic Corp", Organisation),
        ],
        &[("Lakes Bancorp", Organisation)],
    ),
    (
        "conjunctions, adverbs and news adjectives opening a sentence stay out",
        "But Vantor Inc said it would appeal. Rival Quellan Corp said it would not. \
         Leading Pravel Group is next.",
        &[
            ("Vantor Inc", Organisation),
            ("Quellan Corp", Organisation),
            ("Pravel Group", Organisation),
        ],
        &[
            ("But Vantor Inc", Organisation),
            ("Rival Quellan Corp", Organisation),
            ("Leading Pravel Group", Organisation),
        ],
    ),
    (
        "a common word before no company head is dropped as before",
        "Earlier Tom Reddick said so. Industry Week Magazine said nothing.",
        &[("Tom Reddick", Person)],
        &[("Earlier Tom Reddick", Person)],
    ),
];

#[test]
fn firms_at_a_sentence_start() {
    check_cases(CASES);
}

/// "First Ameri-Cable said" after "First Ameri-Cable Corp": the short
/// form runs over the hyphenated word, and no person is left.
#[test]
fn hyphenated_short_form() {
    let text = "River Bend-Cable Corp said it filed to sell units. River Bend-Cable said they cost 20 dlrs.";
    let ex = Extractor::builtin().extract(text);
    let org = ex
        .entities
        .iter()
        .find(|e| e.label == "River Bend-Cable Corp")
        .expect("the company");
    let texts: Vec<&str> = org.mentions.iter().map(|m| &text[m.start..m.end]).collect();
    assert_eq!(texts, ["River Bend-Cable Corp", "River Bend-Cable"]);
    assert!(
        ex.entities.iter().all(|e| e.kind == Organisation),
        "{:?}",
        ex.entities
    );
}
