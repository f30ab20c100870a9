//! Table-driven tests of the members of lists after a class noun
//! (`tagger/lists.rs`): "companies such as", "firms including", "leaders
//! like", "ports such as", with serial commas, "and" between two unknown
//! names, one member alone; and the negatives: no class noun, person
//! evidence, abbreviations, members the lexicon types otherwise, acronyms
//! defined before. Also "<Place>-based <Name>" as an organisation unless
//! the name shows a person. Sentences written for these tests.

use super::test_table::{check_cases, Case};
use super::EntityType::*;
use super::Extractor;
use crate::relate::Relater;

const CASES: &[Case] = &[
    (
        "members after 'such as' take the class noun's type, the last after a serial comma too",
        "Norvik works with Danish companies such as Holmvard, Kestrel Marine, Trelby, and Askov.",
        &[
            ("Holmvard", Organisation),
            ("Kestrel Marine", Organisation),
            ("Trelby", Organisation),
            ("Askov", Organisation),
        ],
        &[],
    ),
    (
        "two unknown names joined by 'and' after 'including' are two members",
        "The ministry chose two firms, including Brantor and Velmic.",
        &[("Brantor", Organisation), ("Velmic", Organisation)],
        &[("Brantor and Velmic", Organisation)],
    ),
    (
        "a class noun opening the sentence",
        "Companies such as Harvex and Lumitra cut prices.",
        &[("Harvex", Organisation), ("Lumitra", Organisation)],
        &[],
    ),
    (
        "one unknown member after 'like'",
        "Smaller firms like Quorvel were left out.",
        &[("Quorvel", Organisation)],
        &[],
    ),
    (
        "a class of people",
        "Senior officials including Varga and Mendel attended.",
        &[("Varga", Person), ("Mendel", Person)],
        &[],
    ),
    (
        "a class of places",
        "Storms closed ports such as Keltmouth and Brask on Monday.",
        &[("Keltmouth", Location), ("Brask", Location)],
        &[("Keltmouth", Person)],
    ),
    (
        "no class noun: products are no organisations",
        "Brands such as these and products like Vintrel and Maxon sold well.",
        &[],
        &[("Vintrel", Organisation), ("Maxon", Organisation)],
    ),
    (
        "a role in apposition makes a member a person, not a company",
        "The accounts belonged to three companies, including Dovrik Stansel, former head of the unit.",
        &[],
        &[("Dovrik Stansel", Organisation)],
    ),
    (
        "a capitalised abbreviation is a title, no member",
        "Key lawmakers including Reps. Dan Corvey and Ed Malin agreed.",
        &[],
        &[("Reps", Person)],
    ),
    (
        "lexicon members keep their own type",
        "Defence firms such as India's Tata and Boeing bid.",
        &[("India", Country), ("Boeing", Organisation)],
        &[("India", Organisation)],
    ),
    (
        "an acronym defined before joins its name",
        "The Inter-Regional Coffee Board (IRCB) met. Other organisations including IRCB agreed.",
        &[("Inter-Regional Coffee Board", Organisation)],
        &[("IRCB", Organisation)],
    ),
];

/// "<Place>-based <Name>".
const PLACE_BASED: &[Case] = &[
    (
        "the name after a place and '-based' is an organisation",
        "Delmar signed a deal with Lyon-based Corvel Systemes last week.",
        &[("Corvel Systemes", Organisation), ("Lyon", Location)],
        &[("Corvel Systemes", Person)],
    ),
    (
        "after a company noun too",
        "The Pune-based defence firm Kavrik Dynamics won the order.",
        &[("Kavrik Dynamics", Organisation)],
        &[],
    ),
    (
        "a one-word name that speaks is a firm, not a person",
        "Analysts at Oslo-based Tarvo said sales rose.",
        &[("Tarvo", Organisation)],
        &[("Tarvo", Person)],
    ),
    (
        "a person named after a role stays a person",
        "The London-based analyst John Smith said the bid was low.",
        &[("John Smith", Person)],
        &[("John Smith", Organisation)],
    ),
    (
        "a given name first stays a person",
        "Madrid-based Carlos Vendral said he would sell.",
        &[],
        &[("Carlos Vendral", Organisation)],
    ),
    (
        "an adjective after '-based' is no name",
        "A Paris-based European office will open.",
        &[],
        &[("European", Organisation)],
    ),
    (
        "a possessive inside the firm's name and names joined up to a legal suffix",
        "Miami-based Delfin's Nursery Inc was sold to a New York-based investment firm, Carvell and Dunmore Inc, on Monday.",
        &[
            ("Delfin's Nursery Inc", Organisation),
            ("Carvell and Dunmore Inc", Organisation),
        ],
        &[("Nursery Inc", Organisation), ("Dunmore Inc", Organisation)],
    ),
    (
        "a lexicon name keeps its entry",
        "Bangalore-based Hindustan Aeronautics Limited will build the jets.",
        &[("Hindustan Aeronautics Limited", Organisation)],
        &[],
    ),
];

#[test]
fn place_based_names() {
    check_cases(PLACE_BASED);
}

#[test]
fn class_lists() {
    check_cases(CASES);
}

/// Why the members matter: a relation to a list reaches every member only
/// when each is a name.
#[test]
fn a_relation_reaches_every_member() {
    let text =
        "Norvik Systems has partnered with Danish companies such as Holmvard, Trelby, and Askov.";
    let ex = Extractor::builtin().extract(text);
    let mut got: Vec<String> = Relater::new()
        .relations(text, &ex)
        .iter()
        .filter(|r| r.relation == "agree")
        .map(|r| {
            let (s, t) = (&ex.entities[r.source].label, &ex.entities[r.target].label);
            if s == "Norvik Systems" {
                t.clone()
            } else {
                s.clone()
            }
        })
        .collect();
    got.sort();
    assert_eq!(got, ["Askov", "Holmvard", "Trelby"]);
}
