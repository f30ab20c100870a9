//! Table-driven tests of names on general news decided from their own
//! evidence: a place that opens a longer name (a rate, a crude grade, a
//! company, a treaty), "Washington" for the capital, East Asian names
//! written family name first, and company evidence (a bracketed head, a
//! "Spa" suffix, "said in a statement that it will"). The sentences are
//! written for these tests.

use super::test_table::{check_cases, Case};
use super::{EntityType, Extractor};
use EntityType::*;

const CASES: &[Case] = &[
    (
        "a place before unknown capitalised words opens a longer name",
        "The loan pays half a point over the Frankfurt Interbank Offered Rate.",
        &[],
        &[("Frankfurt", Location)],
    ),
    (
        "a place before a crude grade or a treaty's name is no place",
        "Posted prices for Oklahoma Sour rose after the Vienna Accord.",
        &[],
        &[("Oklahoma", Location), ("Vienna", Location)],
    ),
    (
        "a place before an adjective-like company word is no place",
        "It said Denver Biological, a private firm, owns the plant.",
        &[],
        &[("Denver", Location)],
    ),
    (
        "directions, City, State, months and Branch leave the place",
        "Snow fell on Kansas City and New York State, Oregon May futures rose, and Lisbon Branch opened.",
        &[
            ("Kansas City", Location),
            ("New York", Location),
            ("Oregon", Location),
            ("Lisbon", Location),
        ],
        &[],
    ),
    (
        "a given name after a place starts a person, the place stays",
        "Rain fell in Ohio Robert Ellison said.",
        &[("Ohio", Location)],
        &[],
    ),
    (
        "a place that opens a company's name joins the company",
        "Akron Federal Savings Corp said Akron Federal lost money.",
        &[("Akron Federal Savings Corp", Organisation)],
        &[("Akron", Location)],
    ),
    (
        "a title-case heading keeps its places",
        "Dallas Weighs New Tax On Fuel Imports",
        &[("Dallas", Location)],
        &[],
    ),
    (
        "a place and a rank no name follows is a company",
        "Ohio General said its offer expired, and Ohio Governor Jane Roe agreed.",
        &[("Ohio General", Organisation), ("Jane Roe", Person)],
        &[("Ohio Governor", Organisation)],
    ),
    (
        "bare Washington is the capital, George Washington a person",
        "Washington said it would sell wheat, and George Washington crossed the river.",
        &[("Washington, D.C.", Location), ("George Washington", Person)],
        &[("Washington", Person)],
    ),
    (
        "Spa is a legal suffix",
        "Vallarosa Spa said it sold its textile unit.",
        &[("Vallarosa Spa", Organisation)],
        &[("Vallarosa Spa", Person), ("Vallarosa", Person)],
    ),
    (
        "a company head in brackets before a suffix, and the short form after",
        "Harbour Kee (Holdings) Ltd raised its dividend. Harbour Kee also bought land.",
        &[("Harbour Kee (Holdings) Ltd", Organisation)],
        &[("Harbour Kee", Person)],
    ),
    (
        "said in a statement that it will: a company",
        "Telenova said in a statement that it will issue new bonds.",
        &[("Telenova", Organisation)],
        &[("Telenova", Person)],
    ),
    (
        "said in a statement that it was: no evidence either way",
        "Brandt said in a statement that it was a mistake.",
        &[("Brandt", Person)],
        &[("Brandt", Organisation)],
    ),
    (
        "a speaker's name ends in no common word",
        "Orion Business said profits fell, and Nik Khanna said so too.",
        &[("Nik Khanna", Person)],
        &[("Orion Business", Person)],
    ),
    (
        "an East Asian family name and a given name is a person",
        "Xi Jinping met Joe Biden, Moon Jae-in called, and Nguyen Van Linh visited Hanoi.",
        &[
            ("Xi Jinping", Person),
            ("Moon Jae-in", Person),
            ("Nguyen Van Linh", Person),
        ],
        &[],
    ),
    (
        "a family name before a company head, a place head or a common word is no person",
        "Wang Laboratories cut prices, Park Avenue rents rose, Park Rovers won, and Le Monde reported Chen Holdings sold Chen Daily.",
        &[("Wang Laboratories", Organisation)],
        &[
            ("Wang Laboratories", Person),
            ("Park Avenue", Person),
            ("Le Monde", Person),
            ("Chen Holdings", Person),
            ("Chen Daily", Person),
            ("Park Rovers", Person),
        ],
    ),
    (
        "a legal suffix ends a company's name, a place after it is the place",
        "The firm bought the Marlow Theatre Organization Inc Boston cinema chain.",
        &[
            ("Marlow Theatre Organization Inc", Organisation),
            ("Boston", Location),
        ],
        &[("Marlow Theatre", Person)],
    ),
    (
        "an unknown word and a surname after \"the\" is no person",
        "Traders watched the Kessler Dow and the Ormond Miller case, and Ormond Miller left.",
        &[("Ormond Miller", Person)],
        &[("Kessler Dow", Person)],
    ),
    (
        "a beach is a place",
        "It is based in Coral Beach, Fla.",
        &[("Coral Beach", Location)],
        &[("Coral Beach", Person)],
    ),
    (
        "national news agencies are organisations",
        "Pravda said the harvest was poor, and Tanjug and the Middle East News Agency agreed.",
        &[
            ("Pravda", Organisation),
            ("Tanjug", Organisation),
            ("Middle East News Agency", Organisation),
        ],
        &[("Pravda", Person), ("Tanjug", Person)],
    ),
    (
        "a place right after an organisation's name names its unit there",
        "Sales at BP North America rose, and BP opened an office in North America.",
        &[("BP", Organisation), ("North America", Location)],
        &[],
    ),
    (
        "a newspaper's name ends in its head",
        "The Lisbon Times and the Harwick Gazette reported the sale.",
        &[
            ("Lisbon Times", Organisation),
            ("Harwick Gazette", Organisation),
        ],
        &[("Lisbon", Location), ("Harwick Gazette", Person)],
    ),
    (
        "a company named by initials and a surname speaks as the company",
        "R.T. Holloway Co Inc said sales rose. Holloway said stores did well.",
        &[("R.T. Holloway Co Inc", Organisation)],
        &[("Holloway", Person)],
    ),
    (
        "a weapon's name in a line of capitals without a weapon noun is none",
        "MILAN COTTON CLOSE - APR 7",
        &[],
        &[("MILAN", Weapon)],
    ),
    (
        "a weapon's name in capitals beside a weapon noun stays",
        "ARMY BUYS MILAN MISSILES",
        &[("MILAN", Weapon)],
        &[],
    ),
    (
        "Air or First and a place name a company, with or without a suffix",
        "First Denver Corp said Air Lisbon and First Oslo would merge.",
        &[
            ("First Denver Corp", Organisation),
            ("Air Lisbon", Organisation),
            ("First Oslo", Organisation),
        ],
        &[("Denver", Location), ("Lisbon", Location), ("Oslo", Location)],
    ),
    (
        "a place with a legal suffix is a company",
        "Montana Holdings Inc said it sold its Ohio plant.",
        &[("Montana Holdings Inc", Organisation), ("Ohio", Location)],
        &[("Montana", Location)],
    ),
    (
        "of, one place and a legal suffix end a company's name",
        "Corvex Steel Co of Canada Ltd and Norvik Motors of Brazil Ltd agreed.",
        &[
            ("Corvex Steel Co of Canada Ltd", Organisation),
            ("Norvik Motors of Brazil Ltd", Organisation),
        ],
        &[("Canada", Country), ("Brazil", Country)],
    ),
    (
        "a state and a generic company noun is the state",
        "A U.S. Concern bought the plant.",
        &[("United States", Country)],
        &[("U.S. Concern", Organisation)],
    ),
    (
        "Australian states are places of Australia, not the state",
        "Rain fell in Queensland, New South Wales and Western Australia.",
        &[
            ("Queensland", Location),
            ("New South Wales", Location),
            ("Western Australia", Location),
        ],
        &[("Australia", Country), ("Wales", Location)],
    ),
    (
        "a party member's noun alone is no person",
        "The bill passed, the Oregon Republican said.",
        &[],
        &[("Republican", Person)],
    ),
    (
        "a legal suffix after and keeps one company in a list of companies",
        "The dealers are R.J. Dunmore and Co Ltd and Kestrel Banking Corp.",
        &[
            ("R.J. Dunmore and Co Ltd", Organisation),
            ("Kestrel Banking Corp", Organisation),
        ],
        &[("R.J. Dunmore", Person)],
    ),
    (
        "the lower-case part of a compound after a rank is no person",
        "Private-sector economists disagreed.",
        &[],
        &[("-sector", Person)],
    ),
    (
        "a state's abbreviation and one capitalised word is the state, unless a public body",
        "Several U.S. Firms and a U.K. Bank bid, the U.K. Embassy said.",
        &[
            ("United States", Country),
            ("United Kingdom", Country),
            ("U.K. Embassy", Organisation),
        ],
        &[("U.S. Firms", Organisation), ("U.K. Bank", Organisation)],
    ),
    (
        "a rank and one company head is a company, a rank and a surname a person",
        "General Foods and General Mills said so, and General Colin Powell agreed.",
        &[
            ("General Foods", Organisation),
            ("General Mills", Organisation),
            ("Colin Powell", Person),
        ],
        &[("Mills", Person), ("Foods", Person)],
    ),
    (
        "a company head, of and a place ending the name is one company",
        "Harbor National Bank of Denver said it would merge.",
        &[("Harbor National Bank of Denver", Organisation)],
        &[("Denver", Location)],
    ),
];

/// "BP North America": the unit's place is no mention of the place, the
/// place alone is.
#[test]
fn unit_place_is_no_place_mention() {
    let text = "Sales at BP North America rose, and BP opened an office in North America.";
    let ex = Extractor::builtin().extract(text);
    let place = ex
        .entities
        .iter()
        .find(|e| e.label == "North America")
        .expect("the place");
    let starts: Vec<usize> = place.mentions.iter().map(|m| m.start).collect();
    assert_eq!(starts, [text.rfind("North America").unwrap()]);
}

/// "the Harlow-Brandt unit" after "Harlow-Brandt Corp": the company's
/// name without its legal suffix is a mention of it.
#[test]
fn company_named_without_its_suffix() {
    let text = "Harlow-Brandt Corp raised its dividend. The Harlow-Brandt unit grew.";
    let ex = Extractor::builtin().extract(text);
    let org = ex
        .entities
        .iter()
        .find(|e| e.label == "Harlow-Brandt Corp")
        .expect("the company");
    assert_eq!(org.kind, Organisation);
    let texts: Vec<&str> = org.mentions.iter().map(|m| &text[m.start..m.end]).collect();
    assert_eq!(texts, ["Harlow-Brandt Corp", "Harlow-Brandt"]);
    assert!(
        ex.entities.iter().all(|e| e.kind != Person),
        "{:?}",
        ex.entities
    );
}

#[test]
fn general_news_places_and_people() {
    check_cases(CASES);
}
