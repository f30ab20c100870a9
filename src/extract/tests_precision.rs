//! Table-driven tests of the rules that keep firms, bodies, places and
//! holidays from being read as people, and company names from being read
//! as places, on general news: legal suffixes after "and", company nouns
//! before a name, place nouns after one, foreign articles, named days,
//! places in a company's name (in brackets, glued by a hyphen, before
//! "Air"), appositions after a title, the holder of a title named after
//! places, short forms two companies share; designations written with a
//! spaced dash ("AK — 203") and a family's name before one. Each rule has
//! positive and negative sentences, written for these tests.

use super::test_table::{check_cases, Case};
use super::{EntityType, Extractor};
use EntityType::*;

const CASES: &[Case] = &[
    (
        "legal suffixes after 'and' end one company",
        "The notes were placed through Dunmore Keegan and Co Inc last week.",
        &[("Dunmore Keegan and Co Inc", Organisation)],
        &[("Dunmore Keegan", Person)],
    ),
    (
        "a name and a suffix after 'and' are still two names",
        "Talks between Acme Corp and Orbex Ltd went on.",
        &[("Acme Corp", Organisation), ("Orbex Ltd", Organisation)],
        &[],
    ),
    (
        "'Associates' ends a company's name",
        "Joining Quillan Associates are two funds from Toronto, the bank said.",
        &[("Quillan Associates", Organisation), ("Toronto", Location)],
        &[("Quillan Associates", Person)],
    ),
    (
        "a name after a determiner and a company noun is the company",
        "The national statistics institute Vistat said output fell. Prices rose, the brokerage Nesford Thomas said.",
        &[("Vistat", Organisation), ("Nesford Thomas", Organisation)],
        &[("Vistat", Person), ("Nesford Thomas", Person)],
    ),
    (
        "a given name after a company noun starts a person",
        "The bank chairman and the brokerage John Carver spoke.",
        &[("John Carver", Person)],
        &[("John Carver", Organisation)],
    ),
    (
        "a place noun after capitalised words makes them a place",
        "Rain fell across Terrall and Val Verde counties on Monday.",
        &[("Val Verde", Location)],
        &[("Val Verde", Person)],
    ),
    (
        "an adjective before a place noun is no place",
        "Scores of Scottish county sides, Korvian region teams and Azeri district clubs in the Northern and Eastern regions came in late from the Dravenholt region.",
        &[("Dravenholt", Location)],
        &[
            ("Scottish", Location),
            ("Korvian", Location),
            ("Azeri", Location),
            ("Eastern", Location),
        ],
    ),
    (
        "an acronym before a place noun is no place",
        "Borrowers should call the FmHA county office soon, the department said.",
        &[],
        &[("FmHA", Location)],
    ),
    (
        "a foreign article starts no person's name",
        "Het Komitee said it would appeal. Il Mondo reported the loss, Les Ferdinand said.",
        &[("Les Ferdinand", Person)],
        &[("Het Komitee", Person), ("Il Mondo", Person)],
    ),
    (
        "a named day is no person, a given name before 'Day' is",
        "The Columbus Day holiday shortened the week. Actress Doris Day said she agreed.",
        &[("Doris Day", Person)],
        &[("Columbus Day", Person)],
    ),
    (
        "a place in brackets before a legal suffix is part of the company",
        "Orbix Nordic (Europe) Ltd said Kanto Securities (Japan) Inc would lead the issue.",
        &[
            ("Orbix Nordic (Europe) Ltd", Organisation),
            ("Kanto Securities (Japan) Inc", Organisation),
        ],
        &[("Europe", Location), ("Japan", Country)],
    ),
    (
        "a place in brackets without a suffix stays a place",
        "The fund invests in Kanto Securities (Japan) and in Europe.",
        &[("Japan", Country), ("Europe", Location)],
        &[],
    ),
    (
        "a place glued by a hyphen to a word is a company",
        "Petro-Canada said it would raise prices, and Hydro-Quebec matched the move. Bristol-Myers said it filed.",
        &[
            ("Petro-Canada", Organisation),
            ("Hydro-Quebec", Organisation),
            ("Bristol-Myers", Organisation),
        ],
        &[("Canada", Country), ("Quebec", Location), ("Bristol", Location)],
    ),
    (
        "compounds of two places, of a prefix or an adjective and a place are no company",
        "Sino-Japanese trade grew, and so did Non-U.S. holdings in the European-Mediterranean area and the Dallas-Houston route.",
        &[("Japan", Country), ("United States", Country), ("Dallas", Location), ("Houston", Location)],
        &[("Non-U.S.", Organisation), ("European-Mediterranean", Organisation)],
    ),
    (
        "a word before an ocean named without 'Ocean' is a company, a direction is not",
        "Union Pacific said it sold the refinery to PDVSA and Union Pacific. Storms hit the South Pacific, the Asian Pacific and the Pacific.",
        &[("Union Pacific", Organisation), ("Pacific Ocean", Location)],
        &[
            ("Union Pacific", Location),
            ("South Pacific", Organisation),
            ("Asian Pacific", Organisation),
        ],
    ),
    (
        "a place and 'Air' is an airline",
        "Lorenzo, chairman of Texas Air, said the morale was low.",
        &[("Texas Air", Organisation)],
        &[("Texas", Location), ("Lorenzo", Organisation)],
    ),
    (
        "an apposition after a title is no list of companies",
        "Hemsworth, chairman of Acme Inc, said the morale was low.",
        &[("Acme Inc", Organisation)],
        &[("Hemsworth", Organisation)],
    ),
    (
        "a list of companies still spreads its kind",
        "Orders went to Acme Inc, Verolux, and Kantrex Corp.",
        &[("Verolux", Organisation)],
        &[("Verolux", Person)],
    ),
    (
        "the holder of a title named after places and prepositions",
        "Officials met Ambassador of India to Ukraine Partha Satpathy in Kyiv on Monday.",
        &[("Partha Satpathy", Person), ("India", Country), ("Ukraine", Country)],
        &[],
    ),
    (
        "words after a place with no title before it are no person",
        "Exports from India to Ukraine Tractor Works rose.",
        &[],
        &[("Ukraine Tractor Works", Person), ("Tractor Works", Person)],
    ),
    (
        "an unknown acronym an agreement is made with is an organisation",
        "HAL inks MoU with CPWD for stage 2 works. Officials of CPWD were present. A deal with the NHPC followed.",
        &[("CPWD", Organisation), ("NHPC", Organisation)],
        &[],
    ),
    (
        "an acronym after 'with' and no agreement noun stays unknown",
        "Growth slowed in line with GNP forecasts, and a contract came with VAT.",
        &[],
        &[("GNP", Organisation)],
    ),
    (
        "a name before a company word is a company, not a person",
        "Rexco said it may buy Pre-Paid shares from Pre-Paid chairman Harland Crane, and J. Thomas Clark chairman of Rexco agreed. Its Class B common rose.",
        &[("Pre-Paid", Organisation), ("Harland Crane", Person), ("Thomas Clark", Person)],
        &[
            ("Pre-Paid", Person),
            ("J. Thomas Clark", Organisation),
            ("Thomas Clark", Organisation),
            ("Class B", Organisation),
        ],
    ),
    (
        "a person known by one word that starts an organisation's name is it",
        "Unocal is raising notes, said lead manager Merrill Lynch Capital Markets. The issue was doubled, Merrill said.",
        &[("Merrill Lynch", Organisation)],
        &[("Merrill", Person)],
    ),
    (
        "a place that starts a company's name is the company where it speaks of one",
        "Wichita Industries Inc said it agreed to buy Fountain Oil. Wichita said it will issue 11 mln Wichita common shares. Its plant is in Wichita.",
        &[("Wichita Industries Inc", Organisation), ("Wichita", Location)],
        &[],
    ),
    (
        "place heads: falls, belts, springs, mines; not after an initial",
        "Output at the Myra Falls mine and in the Corn Belt rose, said Gordon E. Belt.",
        &[("Myra Falls", Location), ("Corn Belt", Location), ("Gordon E. Belt", Person)],
        &[("Myra Falls", Person), ("Corn Belt", Person)],
    ),
    (
        "indexes, plans and laws name no person; 'Undersecretary' is a title",
        "Options on the Major Market Index rose, and Economy Undersecretary Yannos Papantoniou backed the Baker Plan.",
        &[("Yannos Papantoniou", Person)],
        &[
            ("Major Market Index", Person),
            ("Market Index", Person),
            ("Undersecretary Yannos Papantoniou", Person),
            ("Baker Plan", Person),
        ],
    ),
    (
        "a known designation written with a spaced dash",
        "The plant will make AK — 203 rifles and the AK - 103, not AK — 99 units.",
        &[("AK-203", Weapon), ("AK-103", Weapon)],
        &[("AK-99", Weapon)],
    ),
    (
        "a family's name before a designation of another entry is part of it",
        "The joint venture will make the Avtomat Kalashnikova AK — 203 at Korwa.",
        &[("AK-203", Weapon)],
        &[("AK-47", Weapon)],
    ),
    (
        "a family's name alone stays what the lexicon says",
        "The Avtomat Kalashnikova was first made in 1947.",
        &[("AK-47", Weapon)],
        &[],
    ),
    (
        "a short form two companies share stands for the first named",
        "Vantorix Entertainment Corp said its Vantorix Distribution Corp unit signed a license. Vantorix said the license runs five years.",
        &[("Vantorix Entertainment Corp", Organisation)],
        &[("Vantorix", Person)],
    ),
];

#[test]
fn names_decided_by_their_evidence() {
    check_cases(CASES);
}

/// The shared-short-form rule gives every bare mention to the first company.
#[test]
fn shared_short_form_counts_mentions() {
    let doc = Extractor::builtin().extract(
        "Vantorix Entertainment Corp said its Vantorix Distribution Corp unit signed a license. Vantorix said the license runs five years.",
    );
    let first = doc
        .entities
        .iter()
        .find(|e| e.label == "Vantorix Entertainment Corp")
        .expect("the first company");
    assert_eq!(first.mentions.len(), 2);
}
