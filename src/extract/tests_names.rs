//! Table-driven tests of the rules that decide names on general (business
//! and economic) news from their own evidence: civil airliner and engine
//! families, designations by shape, merchant ships, share classes, treaties,
//! companies named like people or weapons, currencies. Each rule has positive
//! and negative sentences, written for these tests.

use super::test_table::{check_cases, Case};
use super::EntityType;
use EntityType::*;

const CASES: &[Case] = &[
    (
        "a role noun after a demonym or a possessive is a title for the name after it",
        "Chinese leader Xi Jinping met Joe Biden, and his counterpart Li Shangfu spoke.",
        &[("Xi Jinping", Person), ("Li Shangfu", Person)],
        &[],
    ),
    (
        "a role noun without a demonym or a possessive says nothing",
        "The party leader Alpha Dynamics said the counterpart Delta Freight was late.",
        &[],
        &[("Alpha Dynamics", Person), ("Delta Freight", Person)],
    ),
    (
        "civil airliner and engine families are no weapons",
        "Northwind Air ordered six A340 jets and two MD-11 freighters with CF6-80C2 engines.",
        &[],
        &[("A340", Weapon), ("MD-11", Weapon), ("CF6-80C2", Weapon)],
    ),
    (
        "plurals and variants of a family",
        "The carrier took options on A310-300s and more B747 planes.",
        &[],
        &[("A310-300", Weapon), ("A310", Weapon), ("B747", Weapon)],
    ),
    (
        "a tanker variant stays a weapon",
        "The air force ordered two A330 MRTT tankers and four KC-46 tankers.",
        &[("A330 MRTT", Weapon), ("KC-46", Weapon)],
        &[],
    ),
    (
        "a family in a military sentence is a weapon",
        "The air force flew an A340 to carry troops to the base.",
        &[("A340", Weapon)],
        &[],
    ),
    (
        "launch vehicles are no weapons",
        "An unmanned Ariane rocket carried a weather satellite into orbit.",
        &[],
        &[("Ariane", Weapon)],
    ),
    (
        "one-digit designations need military words",
        "The G-5 finance officials met after the M-1 money measure rose.",
        &[],
        &[
            ("G5", Weapon),
            ("G-5", Weapon),
            ("M-1", Weapon),
            ("M1 Abrams", Weapon),
        ],
    ),
    (
        "a one-digit designation with a weapon noun is a weapon",
        "The army upgraded the B-2 bombers.",
        &[("B-2", Weapon)],
        &[],
    ),
    (
        "shape alone is no weapon outside military text",
        "The company's Q-200 system and its ZX-81 products sell well, and PL-480 food aid rose.",
        &[],
        &[("Q-200", Weapon), ("ZX-81", Weapon), ("PL-480", Weapon)],
    ),
    (
        "shape with a weapon head is a weapon",
        "The navy tested the ZX-81 missile off the coast.",
        &[("ZX-81", Weapon)],
        &[],
    ),
    (
        "merchant ships are no weapons",
        "The tanker Morning Star was hit and the motor vessel Blue Heron ran aground.",
        &[],
        &[("Morning Star", Weapon), ("Blue Heron", Weapon)],
    ),
    (
        "warships are weapons",
        "The frigate Resolute sailed and the naval vessel Endeavour followed her.",
        &[("Resolute", Weapon), ("Endeavour", Weapon)],
        &[],
    ),
    (
        "share classes are no ship classes",
        "Norvale Class A shares rose while Tellwood class B stock fell.",
        &[],
        &[("Norvale class", Weapon), ("Tellwood class", Weapon)],
    ),
    (
        "a weapon's name before treaty names the treaty",
        "Both states said the Anti-Ballistic Missile (ABM) treaty still binds them.",
        &[],
        &[("Anti-Ballistic Missile", Weapon), ("ABM", Weapon)],
    ),
    (
        "an engine is no weapons system",
        "The air force bought new F118 engines for its bombers.",
        &[],
        &[("F118", Weapon)],
    ),
    (
        "a weak noun or an adjective makes no weapon",
        "The largest European carrier said Unidentified jets and an Educational system were news.",
        &[],
        &[
            ("European", Weapon),
            ("Unidentified", Weapon),
            ("Educational", Weapon),
        ],
    ),
    (
        "an unknown name before a weapon head is a weapon",
        "The rebels fired Varkon missiles at the town.",
        &[("Varkon", Weapon)],
        &[],
    ),
    (
        "a weapon's name that speaks or has a legal suffix is a company",
        "Astra said profits rose. Apache Corp said it would sell bonds.",
        &[("Apache Corp", Organisation)],
        &[("Astra", Weapon), ("AH-64", Weapon)],
    ),
    (
        "a one-word weapon name in a military document stays a weapon",
        "The army test-fired the Astra missile. Defence officials said the Astra worked.",
        &[("Astra", Weapon)],
        &[],
    ),
    (
        "brokerages named like people are organisations",
        "Merrill Lynch said it bought shares from Kidder Peabody.",
        &[
            ("Merrill Lynch", Organisation),
            ("Kidder Peabody", Organisation),
        ],
        &[("Merrill Lynch", Person), ("Kidder Peabody", Person)],
    ),
    (
        "a name and Co is one company",
        "Harrow Lynch and Co said it cut its rate.",
        &[("Harrow Lynch and Co", Organisation)],
        &[("Harrow Lynch", Person)],
    ),
    (
        "two people joined by and stay two people",
        "Analysts Tom Harrow and Lee Lynch met in Boston.",
        &[("Tom Harrow", Person), ("Lee Lynch", Person)],
        &[],
    ),
    (
        "and before a company head and suffix keeps one company",
        "Kestrel Trust and Banking Co raised its prime rate.",
        &[("Kestrel Trust and Banking Co", Organisation)],
        &[
            ("Banking Co", Organisation),
            ("Kestrel Trust", Organisation),
        ],
    ),
    (
        "the X said is an organisation",
        "Balances rose, the Treasury said. Brandt said nothing.",
        &[("Treasury", Organisation), ("Brandt", Person)],
        &[("Treasury", Person)],
    ),
    (
        "a company noun before a speaker makes a company",
        "Appliance maker Corvale said sales fell, and analyst Dorvan said so too.",
        &[("Corvale", Organisation), ("Dorvan", Person)],
        &[("Corvale", Person)],
    ),
    (
        "one hyphenated word after a given name is no person",
        "Sales at the Allen-Bradley unit were flat, and Jean-Claude Duvalier left.",
        &[("Jean-Claude Duvalier", Person)],
        &[("Allen-Bradley", Person)],
    ),
    (
        "company heads make organisations",
        "Walker Energy said output rose at Vista Chemical co and Norvale Resources.",
        &[
            ("Walker Energy", Organisation),
            ("Vista Chemical", Organisation),
            ("Norvale Resources", Organisation),
        ],
        &[("Walker Energy", Person), ("Vista Chemical", Person)],
    ),
    (
        "a country before a currency word is no mention",
        "The fund holds 50 mln Swiss francs and 20 mln U.S. dlrs.",
        &[],
        &[("Switzerland", Country), ("United States", Country)],
    ),
    (
        "a demonym before other nouns is its country",
        "Swiss banks said U.S. demand rose.",
        &[("Switzerland", Country), ("United States", Country)],
        &[],
    ),
];

#[test]
fn general_news_names() {
    check_cases(CASES);
}

#[test]
fn civil_family_matching() {
    let lex = super::lexicon::Lexicon::builtin();
    for s in [
        "A340", "A-340", "A340s", "A310-300", "MD-11", "CF6-80C2", "B747", "JT8D", "Ariane",
    ] {
        assert!(lex.civil_family(s), "{s} should be a civil family");
    }
    for s in [
        "A3401", "A34", "KC-10", "KC-46", "A400M", "P-8", "MD-1", "F-16",
    ] {
        assert!(!lex.civil_family(s), "{s} should not be a civil family");
    }
}
