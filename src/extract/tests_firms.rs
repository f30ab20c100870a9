//! Table-driven tests of firm names on general news decided from their own
//! evidence: a common word that opens a sentence and a company's name
//! ("National Intergroup Inc", "First Union Corp") is the company's first
//! word unless it opens sentences ("But", "Rival"); short forms of
//! hyphenated names ("First Ameri-Cable" of "First Ameri-Cable Corp");
//! "Savings and Loan" names; a second bank after "Bank of X and"; a rank
//! opening a suffixed name; "Bank" opening a name; a firm before its
//! analyst; a name ending in a trade noun that speaks; two words that
//! speak, the first a common word; "and Sons" firms; a lone "Jr"; a
//! firm's "helicopter unit" and a computer's model, which are no weapons;
//! "Lake", "Mount", "Puerto" leading a place's name; a state after a
//! firm's town; a legal suffix alone; "T-bills"; a lower-case title
//! after a firm's name ("Brandtmann AG spokesman"); an acronym speaking;
//! a "person" that speaks of its own deals and results ("said it acquired",
//! "said its board", "set a cash dividend").
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
    (
        "'Savings and Loan', 'Bank and Trust' join one name",
        "It sold branches to Ridgeway Savings and Loan Association and Elm Bank and Trust Co on Monday.",
        &[
            ("Ridgeway Savings and Loan Association", Organisation),
            ("Elm Bank and Trust Co", Organisation),
        ],
        &[
            ("Loan Association", Organisation),
            ("Ridgeway Savings", Organisation),
        ],
    ),
    (
        "two trades joined by 'and' are one firm's name",
        "Brackett Oil and Gas Corp said so, and Harlan Telephone and Telegraph agreed.",
        &[
            ("Brackett Oil and Gas Corp", Organisation),
            ("Harlan Telephone and Telegraph", Organisation),
        ],
        &[("Gas Corp", Organisation), ("Brackett Oil", Organisation)],
    ),
    (
        "other heads before 'and' leave two names",
        "The buyers were Quorra Systems Inc and Chemical Bank.",
        &[("Quorra Systems Inc", Organisation)],
        &[("Quorra Systems Inc and Chemical Bank", Organisation)],
    ),
    (
        "after 'Bank of X and', words ending in a company head are a second bank",
        "The banks are First National Bank of Dunmore and Growers and Merchants State Bank.",
        &[
            ("First National Bank of Dunmore", Organisation),
            ("Growers and Merchants State Bank", Organisation),
        ],
        &[],
    ),
    (
        "a lead governs 'and' when no company head ends the right side",
        "He spoke at the Council of Marine and Coastal Research.",
        &[("Council of Marine and Coastal Research", Organisation)],
        &[],
    ),
    (
        "a rank, a word and a legal suffix are a company, and its short form too",
        "General Telemetry Inc said it won an order. General Telemetry said it will hire.",
        &[("General Telemetry Inc", Organisation)],
        &[("Telemetry Inc", Person), ("Telemetry", Person)],
    ),
    (
        "a rank before a person stays a title",
        "General Walter Pryce said the troops left.",
        &[("Walter Pryce", Person)],
        &[],
    ),
    (
        "'Bank' opening a name before words that are no head is a bank",
        "Bank Pertiwi said reserves rose, the Central Bank President said.",
        &[("Bank Pertiwi", Organisation)],
        &[("Bank Pertiwi", Person), ("Bank", Organisation)],
    ),
    (
        "a name before a firm's role and a person's name is the firm",
        "Hollis Capel analyst Peter Dunn said the shares were cheap, and Drug analyst Ann Lee agreed.",
        &[
            ("Hollis Capel", Organisation),
            ("Peter Dunn", Person),
            ("Ann Lee", Person),
        ],
        &[("Hollis Capel", Person), ("Drug", Organisation)],
    ),
    (
        "a name ending in a trade noun that speaks is a firm",
        "Ventor Aluminum said it closed the smelter, and Marl Hydro said it would buy power.",
        &[
            ("Ventor Aluminum", Organisation),
            ("Marl Hydro", Organisation),
        ],
        &[("Ventor Aluminum", Person), ("Marl Hydro", Person)],
    ),
    (
        "two words that speak, the first a common word and no given name, are no person",
        "Prices rose, a survey by Travel Conditions Abroad said.",
        &[],
        &[("Conditions Abroad", Person), ("Travel Conditions Abroad", Person)],
    ),
    (
        "a name, 'and Sons' and a legal suffix are a family firm",
        "Pell Co's Joseph E. Garland and Sons Inc said it would sell a winery.",
        &[("Joseph E. Garland and Sons Inc", Organisation)],
        &[("Joseph E. Garland", Person), ("Sons Inc", Organisation)],
    ),
    (
        "a name suffix alone is no person",
        "The bank said John Pope Jr was elected president.",
        &[],
        &[("Jr", Person)],
    ),
    (
        "'S and P' and 'Standard and Poor's Corp' are the rating agency",
        "Standard and Poor's Corp cut the rating, and S and P said the outlook was negative.",
        &[("S&P Global", Organisation)],
        &[("S", Person), ("P", Person)],
    ),
    (
        "a weapon noun before a company noun names a firm's unit, no weapon",
        "Korvan Co said its Korvan Strelac helicopter unit would close.",
        &[],
        &[("Strelac", Weapon)],
    ),
    (
        "a weapon noun alone still makes a weapon",
        "The army bought Strelac helicopters last year.",
        &[("Strelac", Weapon)],
        &[],
    ),
    (
        "a designation or weapon acronym by a computer or chip word is no weapon",
        "Its Parallel Machine Model CM-2 is fast, and the new microchip, LCA 100K, is small.",
        &[],
        &[("CM-2", Weapon), ("Tejas", Weapon)],
    ),
    (
        "a place lead before a place's name is one place",
        "Ships crossed Lake Ontario and sailed to Port Sudan.",
        &[("Lake Ontario", Location)],
        &[("Ontario", Location)],
    ),
    (
        "no person's name starts with a place lead",
        "Rain fell on Punta Verdosa, officials in Puerto Lanzo said.",
        &[],
        &[("Punta Verdosa", Person), ("Puerto Lanzo", Person)],
    ),
    (
        "a name ending in a trade noun is no person",
        "The plant was sold to Carvell Equipment, Delmar Traders said.",
        &[],
        &[("Carvell Equipment", Person), ("Delmar Traders", Person)],
    ),
    (
        "after a place ending a firm's name, the state after the comma is no firm",
        "It bought Harwell Savings of Portland, Ore., last year.",
        &[("Harwell Savings of Portland", Organisation)],
        &[("Ore", Organisation)],
    ),
    (
        "a legal suffix alone names no organisation",
        "DELMONT SAVINGS BANCORP INC 3RD QTR NET",
        &[],
        &[("Indian National Congress", Organisation)],
    ),
    (
        "one letter and a hyphen start no person's name",
        "It also said T-bills rose, and Q-Tron said it was in Chapter 11.",
        &[],
        &[("T-bills", Person), ("Q-Tron", Person)],
    ),
    (
        "a lower-case title after a name ends the name, its organisation's",
        "A Brandtmann AG spokesman said so, and Orvel Corp spokeswoman Ann Lee agreed.",
        &[
            ("Brandtmann AG", Organisation),
            ("Orvel Corp", Organisation),
            ("Ann Lee", Person),
        ],
        &[],
    ),
    (
        "a one-word mention of an organisation stands for it when it speaks",
        "Vantage Aerospace Plc (VAe) said so. VAe said in a statement it had options.",
        &[("Vantage Aerospace Plc", Organisation)],
        &[("VAe", Person)],
    ),
    (
        "the European Community and its acronym are an organisation",
        "EC farm ministers met, and the European Community said so.",
        &[("European Community", Organisation)],
        &[("EC Farm", Person)],
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

/// A "person" that speaks of its own deals and results is a firm unless a
/// mention shows a person (`resolve/evidence.rs`, `firms_by_their_talk`).
const TALK: &[Case] = &[
    (
        "'said it acquired' and 'said its board' make a firm of two words",
        "Corvin Hale said it acquired a stake in Benbrook Corp. Corvin Hale said its board met.",
        &[("Corvin Hale", Organisation)],
        &[("Corvin Hale", Person)],
    ),
    (
        "a one-word name that reports earnings and sets a dividend is a firm",
        "Tessaro said earnings fell. Tessaro set a cash dividend of 1.80 guilders.",
        &[("Tessaro", Organisation)],
        &[("Tessaro", Person)],
    ),
    (
        "a role word before the name keeps the person, who speaks for a group",
        "A group led by investor Marla Quint said it acquired 9.9 pct of Benbrook Corp.",
        &[("Marla Quint", Person)],
        &[("Marla Quint", Organisation)],
    ),
    (
        "'said he' keeps the person",
        "Darvel Oster said he was pleased. Oster said profits rose and said it sold shares.",
        &[("Darvel Oster", Person)],
        &[("Darvel Oster", Organisation)],
    ),
    (
        "what anyone says of talks makes no firm",
        "Ralf Kinsey said it would resume next week.",
        &[],
        &[("Ralf Kinsey", Organisation)],
    ),
];

#[test]
fn firms_by_their_talk() {
    check_cases(TALK);
}
