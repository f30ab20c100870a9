//! Table-driven tests of the company rules for general news: short forms of
//! a company named in full in the same document, companies by their words
//! ("said its", "'s subsidiary"), industry heads after a place or name,
//! airlines named "Air" and a place, company leads of other languages,
//! legal suffixes ("Oy", "N.A.", "GMBH"), a place and an unknown word,
//! one-word weapon names with company evidence, engines, titles that go on
//! in job nouns, prizes. Every sentence is written for these tests; each
//! rule has positive and negative cases.

use super::{EntityType, Extractor};
use EntityType::*;

/// (label, type, number of mentions) of every entity found in `text`.
fn extract(text: &str) -> Vec<(String, EntityType, usize)> {
    Extractor::builtin()
        .extract(text)
        .entities
        .iter()
        .map(|e| (e.label.clone(), e.kind, e.mentions.len()))
        .collect()
}

/// Rule, text, (label, type, mentions) that must be found (mentions 0: any
/// number), (label, type) pairs that must not.
type Case = (
    &'static str,
    &'static str,
    &'static [(&'static str, EntityType, usize)],
    &'static [(&'static str, EntityType)],
);

const CASES: &[Case] = &[
    (
        "capitalised words before a known organisation named head first make another",
        "The Industrial Bank of Japan raised its prime rate, while the Bank of Japan held \
         its discount rate. Loans from the Export-Import Bank of Japan will pay for the dam.",
        &[
            ("Industrial Bank of Japan", Organisation, 1),
            ("Bank of Japan", Organisation, 1),
            ("Export-Import Bank of Japan", Organisation, 1),
        ],
        &[],
    ),
    (
        "a sentence's first word or a title-case heading before it is no part of the name",
        "Yesterday Bank of Japan officials met bankers. Tokyo Dealers Watch Bank of Japan Closely",
        &[("Bank of Japan", Organisation, 2)],
        &[
            ("Yesterday Bank of Japan", Organisation),
            ("Watch Bank of Japan", Organisation),
            ("Dealers Watch Bank of Japan", Organisation),
        ],
    ),
    (
        "the first word of a company named in full is that company",
        "Norvale Management Inc said it signed a lease. Later Norvale said the lease pays well.",
        &[("Norvale Management Inc", Organisation, 2)],
        &[("Norvale", Person)],
    ),
    (
        "a place and a word of a company named in full",
        "Ohio Commerce Bancshares Inc said profits fell. Ohio Commerce's bad loans rose in Ohio.",
        &[
            ("Ohio Commerce Bancshares Inc", Organisation, 2),
            ("Ohio", Location, 1),
        ],
        &[],
    ),
    (
        "two surnames of a brokerage named in full",
        "Quarry Lehman Brothers Inc raised its forecast. Economists at Quarry Lehman said so.",
        &[("Quarry Lehman Brothers Inc", Organisation, 2)],
        &[("Quarry Lehman", Person)],
    ),
    (
        "a body named after a bigger one gives no short form",
        "The Senate Budget Committee met. The Senate will vote on Friday.",
        &[("Senate Budget Committee", Organisation, 1)],
        &[],
    ),
    (
        "a person named in full keeps the surname the company shares",
        "Alan Whitcombe left Whitcombe Associates Inc last year. Whitcombe said rates will fall.",
        &[("Alan Whitcombe", Person, 2)],
        &[],
    ),
    (
        "a name inside a longer name is not its short form",
        "Hattori Veltro Co Ltd owns a stake. Its unit Veltro Systems Inc said sales rose.",
        &[("Veltro Systems Inc", Organisation, 1)],
        &[("Hattori Veltro Co Ltd", Person)],
    ),
    (
        "a one-word name that says its is a company",
        "Brandel said its sales rose. Brandel said it will buy a plant.",
        &[("Brandel", Organisation, 2)],
        &[("Brandel", Person)],
    ),
    (
        "a one-word name that says it was is still a person",
        "Pellegrin said it was too early to judge.",
        &[("Pellegrin", Person, 1)],
        &[("Pellegrin", Organisation)],
    ),
    (
        "a one-word name with a subsidiary is a company",
        "Analysts expect Korvax's subsidiary to be sold, Korvax said.",
        &[("Korvax", Organisation, 2)],
        &[("Korvax", Person)],
    ),
    (
        "industry heads after a place or a name",
        "Tulsa Gas and Brenner Lighting said they would merge.",
        &[
            ("Tulsa Gas", Organisation, 1),
            ("Brenner Lighting", Organisation, 1),
        ],
        &[("Tulsa", Location)],
    ),
    (
        "an industry head after common words names nothing",
        "Diamonds and Precious Metals are traded here.",
        &[],
        &[("Diamonds and Precious Metals", Organisation)],
    ),
    (
        "an industry head that is a surname ends a person's name",
        "Anne Parker Mills said prices would rise.",
        &[("Anne Parker Mills", Person, 1)],
        &[("Anne Parker Mills", Organisation)],
    ),
    (
        "an airline is Air and a place",
        "A regional carrier, Air Memphis, said it was not for sale.",
        &[("Air Memphis", Organisation, 1)],
        &[("Memphis", Location)],
    ),
    (
        "company leads of other languages",
        "The loan was arranged by Banque Nationale de Paris and Credit Suisse.",
        &[
            ("Banque Nationale de Paris", Organisation, 1),
            ("Credit Suisse", Organisation, 1),
        ],
        &[("Paris", Location)],
    ),
    (
        "legal suffixes Oy, N.A. and GMBH",
        "Kettering Oy, Chase Carrow Bank N.A. and Dornier GMBH signed the deal.",
        &[
            ("Kettering Oy", Organisation, 1),
            ("Dornier GMBH", Organisation, 1),
        ],
        &[("Do-228", Weapon), ("Kettering", Person)],
    ),
    (
        "unknown names, of, a place and a suffix are one company",
        "Its economist at Richardson Moorfield of Canada Ltd said so.",
        &[("Richardson Moorfield of Canada Ltd", Organisation, 1)],
        &[("Canada", Country)],
    ),
    (
        "a place and one unknown word name a company",
        "Toronto Dominion started a discount brokerage in Toronto.",
        &[
            ("Toronto Dominion", Organisation, 1),
            ("Toronto", Location, 1),
        ],
        &[],
    ),
    (
        "a place and a currency word name no company",
        "The bonds pay 50 mln U.S. Dlrs and 20 mln N.Z. Dlrs.",
        &[],
        &[("U.S. Dlrs", Organisation), ("N.Z. Dlrs", Person)],
    ),
    (
        "a place and a common word or a person do not",
        "Moscow Mayor Sergei Sobyanin spoke in Moscow Tuesday.",
        &[("Sergei Sobyanin", Person, 1)],
        &[("Moscow Mayor", Organisation)],
    ),
    (
        "West Germany is Germany, with its span",
        "West German exports rose, and West Germany said so.",
        &[("Germany", Country, 2)],
        &[],
    ),
    (
        "a one-word weapon name with company evidence is a company everywhere",
        "Swedish drug firm AB Astra said its shares rose. Astra expects more.",
        &[("Astra", Organisation, 2)],
        &[("Astra", Weapon)],
    ),
    (
        "a one-word weapon name stays a weapon without that evidence",
        "The air force fired an Astra missile at the target.",
        &[("Astra", Weapon, 1)],
        &[("Astra", Organisation)],
    ),
    (
        "engines are no weapons, whatever the words between",
        "The firm won a contract for 172 F-110-GE-100 fighter jet engines and F404 parts.",
        &[],
        &[("F-110-GE-100", Weapon), ("F404", Weapon)],
    ),
    (
        "a long designation needs its noun before any preposition",
        "Motorola said the Pascal-2 compiler for System V is priced at 900 dlrs.",
        &[],
        &[("Pascal-2", Weapon)],
    ),
    (
        "a long designation with its noun after a coordination",
        "The army keeps Pershing-2 and cruise missiles in Europe.",
        &[("Pershing-2", Weapon, 1)],
        &[],
    ),
    (
        "a ship prefix glued by a hyphen is no ship",
        "USG/ARA-Ghent option 40,000 long tons.",
        &[],
        &[("ARA-Ghent", Weapon)],
    ),
    (
        "a title that goes on in a job noun before the given name",
        "USDA General Sales Manager Melvin Sims said the bid was accepted.",
        &[("Melvin Sims", Person, 1)],
        &[("Sales Manager Melvin Sims", Person)],
    ),
    (
        "the whole name but its suffix beats a longer name's prefix",
        "Mitsui and Co Ltd agreed with Security Pacific Corp to buy half of \
         Japan Security Pacific Finance Co Ltd, a lender. Security Pacific will provide expertise.",
        &[("Security Pacific Corp", Organisation, 2)],
        &[("Pacific Ocean", Location)],
    ),
    (
        "a place ending a person's name is a second surname",
        "Trade minister Alejandro Martinez Cuenca said talks would start.",
        &[("Alejandro Martinez Cuenca", Person, 1)],
        &[("Cuenca", Location)],
    ),
    (
        "a place after a given name and connectors is a surname",
        "He spoke by telephone with President Miguel de la Madrid on Monday.",
        &[("Miguel de la Madrid", Person, 1)],
        &[("Madrid", Location)],
    ),
    (
        "a bank is First and a place",
        "The debenture is redeemable by First Toronto after one year.",
        &[("First Toronto", Organisation, 1)],
        &[("Toronto", Location)],
    ),
    (
        "a name with a weapon head that does business is a company",
        "Hunter Helicopter builds two-seat helicopters for farmers.",
        &[("Hunter Helicopter", Organisation, 1)],
        &[("Hunter Helicopter", Weapon)],
    ),
    (
        "the end of a longer code is no designation",
        "The air force ordered nine An/MST-T1A emitter simulators.",
        &[],
        &[("T1A", Weapon)],
    ),
    (
        "a region's adjective is no state's demonym",
        "Latin American debt rose, North American sales fell, and South Korean and \
         American exports grew.",
        &[("South Korea", Country, 1), ("United States", Country, 1)],
        &[],
    ),
    (
        "a prize is no person",
        "The Nobel Prize winner spoke on Monday.",
        &[],
        &[("Nobel Prize", Person)],
    ),
];

#[test]
fn company_rules() {
    let mut failures = Vec::new();
    for (rule, text, want, not) in CASES {
        let got = extract(text);
        for (label, kind, n) in *want {
            let found = got
                .iter()
                .any(|(l, k, m)| l == label && k == kind && (*n == 0 || m == n));
            if !found {
                failures.push(format!(
                    "{rule}: {text:?}: missing ({label:?}, {kind:?}, {n}); got {got:?}"
                ));
            }
        }
        for (label, kind) in *not {
            if got.iter().any(|(l, k, _)| l == label && k == kind) {
                failures.push(format!(
                    "{rule}: {text:?}: unexpected ({label:?}, {kind:?}); got {got:?}"
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn engine_family_matching() {
    let lex = super::lexicon::Lexicon::builtin();
    for s in ["F404", "F110-GE-100", "F-110", "TF30", "CF6-80C2", "V2500"] {
        assert!(lex.engine_family(s), "{s} should be an engine family");
    }
    for s in ["F-16", "T-64", "A340", "F4040", "MD-11"] {
        assert!(!lex.engine_family(s), "{s} should not be an engine family");
    }
}
