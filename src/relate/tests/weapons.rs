//! Tables for sales stated as agreements ("signed a deal with X for W") and
//! for weapons that act for their holders ("Russian Su-34 jets struck X"),
//! with the lexicon lines they rely on (destroy, fire, commission).

use super::{check, Case};

/// An agreement for weapons is a sale: a company is the seller; between
/// two states the doer buys; parts and upkeep are no purchase of the weapon.
#[test]
fn agreements_for_weapons() {
    check(
        &[
            // A noun for buying, supplying or making among coordinated nouns.
            Case {
                text: "Egypt signed a contract with Boeing for the delivery and support of 12 AH-64 helicopters.",
                want: &[
                    ("Egypt", "agree", "Boeing"),
                    ("Egypt", "acquire", "AH-64"),
                    ("Boeing", "supply", "AH-64"),
                    ("Boeing", "supply", "Egypt"),
                ],
                not: &[],
            },
            Case {
                text: "Poland finalized its order with Hanwha for production, training and maintenance of 48 K9 howitzers.",
                want: &[
                    ("Poland", "agree", "Hanwha Group"),
                    ("Poland", "acquire", "K9 Thunder"),
                    ("Hanwha Group", "supply", "K9 Thunder"),
                    ("Hanwha Group", "supply", "Poland"),
                    ("Hanwha Group", "produce", "K9 Thunder"),
                ],
                not: &[],
            },
            Case {
                text: "Egypt had finalized its order with Boeing for the delivery of 12 AH-64E(I) Apache helicopters.",
                want: &[
                    ("Egypt", "agree", "Boeing"),
                    ("Egypt", "acquire", "AH-64E"),
                    ("Boeing", "supply", "AH-64E"),
                    ("Boeing", "supply", "Egypt"),
                ],
                not: &[],
            },
            Case {
                text: "Egypt signed a contract with Boeing for training, maintenance and repair of 12 AH-64 helicopters.",
                want: &[("Egypt", "agree", "Boeing")],
                not: &[("Egypt", "acquire", "AH-64"), ("Boeing", "supply", "AH-64")],
            },
            Case {
                text: "India signed a deal with Russia for R-27 missiles.",
                want: &[
                    ("India", "agree", "Russia"),
                    ("India", "acquire", "R-27"),
                    ("Russia", "supply", "R-27"),
                    ("Russia", "supply", "India"),
                ],
                not: &[("Russia", "acquire", "R-27"), ("India", "supply", "R-27")],
            },
            // The company is the seller whichever side it stands on.
            Case {
                text: "Dassault Aviation signed a contract with Egypt for 30 Rafale jets.",
                want: &[
                    ("Dassault Aviation", "agree", "Egypt"),
                    ("Egypt", "acquire", "Rafale"),
                    ("Dassault Aviation", "supply", "Rafale"),
                    ("Dassault Aviation", "supply", "Egypt"),
                ],
                not: &[("Dassault Aviation", "acquire", "Rafale")],
            },
            Case {
                text: "Egypt inked a contract with Dassault Aviation for 30 Rafale jets.",
                want: &[
                    ("Egypt", "agree", "Dassault Aviation"),
                    ("Egypt", "acquire", "Rafale"),
                    ("Dassault Aviation", "supply", "Rafale"),
                    ("Dassault Aviation", "supply", "Egypt"),
                ],
                not: &[("Egypt", "supply", "Rafale")],
            },
            // The noun with a possessive doer.
            Case {
                text: "India's deal with Russia for the S-400 angered Washington.",
                want: &[
                    ("India", "agree", "Russia"),
                    ("India", "acquire", "S-400"),
                    ("Russia", "supply", "S-400"),
                    ("Russia", "supply", "India"),
                ],
                not: &[],
            },
            Case {
                text: "Poland signed an agreement with the United States for the purchase of 32 F-35 jets.",
                want: &[
                    ("Poland", "agree", "United States"),
                    ("Poland", "acquire", "F-35"),
                    ("United States", "supply", "F-35"),
                    ("United States", "supply", "Poland"),
                ],
                not: &[],
            },
            // Upkeep, parts and engines of a weapon are no sale of it.
            Case {
                text: "The Indian Navy signed a contract with Boeing for the maintenance of its P-8I fleet.",
                want: &[("Indian Navy", "agree", "Boeing")],
                not: &[("Indian Navy", "acquire", "P-8I"), ("Boeing", "supply", "P-8I")],
            },
            Case {
                text: "General Electric signed a contract with the US Army for M1 Abrams tank gas turbine engines.",
                want: &[("GE Aerospace", "agree", "U.S. Army")],
                not: &[("U.S. Army", "acquire", "M1 Abrams")],
            },
            // Two companies: a subcontract, no sale between them is stated.
            Case {
                text: "Lockheed Martin signed a contract with Raytheon for Patriot missiles.",
                want: &[("Lockheed Martin", "agree", "Raytheon")],
                not: &[
                    ("Lockheed Martin", "acquire", "Patriot"),
                    ("Raytheon", "acquire", "Patriot"),
                    ("Raytheon", "supply", "Lockheed Martin"),
                ],
            },
        ],
        false,
    );
}

/// A weapon doing an attack stands for the state or force named right
/// before it, which also deploys it.
#[test]
fn weapons_wielded_by_holders() {
    check(
        &[
            Case {
                text: "Russian Su-34 jets struck Ukrainian positions near Kharkiv.",
                want: &[
                    ("Su-34", "attack", "Ukraine"),
                    ("Russia", "attack", "Ukraine"),
                    ("Russia", "deploy", "Su-34"),
                ],
                not: &[("Ukraine", "attack", "Russia")],
            },
            // The passive's agent likewise.
            Case {
                text: "Ukrainian positions near Kharkiv were struck by Russian Su-34 jets.",
                want: &[
                    ("Su-34", "attack", "Ukraine"),
                    ("Russia", "attack", "Ukraine"),
                    ("Russia", "deploy", "Su-34"),
                ],
                not: &[("Ukraine", "attack", "Russia")],
            },
            Case {
                text: "Azerbaijani TB-2 drones destroyed Armenian tanks.",
                want: &[
                    ("Bayraktar TB2", "attack", "Armenia"),
                    ("Azerbaijan", "attack", "Armenia"),
                    ("Azerbaijan", "deploy", "Bayraktar TB2"),
                ],
                not: &[("Armenia", "attack", "Azerbaijan")],
            },
            Case {
                text: "Israeli F-35 jets struck Iranian air defences.",
                want: &[
                    ("F-35", "attack", "Iran"),
                    ("Israel", "attack", "Iran"),
                    ("Israel", "deploy", "F-35"),
                ],
                not: &[],
            },
            // No holder named before the weapon: the weapon alone.
            Case {
                text: "F-35 jets struck Iranian air defences.",
                want: &[("F-35", "attack", "Iran")],
                not: &[],
            },
            // A weapon that is the object holds nobody to the act; its
            // party is attacked with it.
            Case {
                text: "Ukraine destroyed a Russian Su-34 jet.",
                want: &[
                    ("Ukraine", "attack", "Su-34"),
                    ("Ukraine", "attack", "Russia"),
                ],
                not: &[
                    ("Russia", "attack", "Ukraine"),
                    ("Russia", "deploy", "Su-34"),
                ],
            },
        ],
        false,
    );
}

/// Lexicon lines: firing a named missile is a test unless aimed at a party;
/// commissioning a ship is acquiring it.
#[test]
fn firing_and_commissioning() {
    check(
        &[
            Case {
                text: "North Korea fired a Hwasong-17 missile into the sea on Friday.",
                want: &[("North Korea", "test", "Hwasong-17")],
                not: &[],
            },
            Case {
                text: "Iran fired Fateh-110 missiles at Israel.",
                want: &[("Iran", "attack", "Israel")],
                not: &[("Iran", "test", "Fateh-110")],
            },
            Case {
                text: "The Indian Navy commissioned INS Vikrant on Friday.",
                want: &[("Indian Navy", "acquire", "INS Vikrant")],
                not: &[],
            },
            // Firing a person is no test.
            Case {
                text: "Donald Trump fired Mark Esper.",
                want: &[],
                not: &[("Donald Trump", "test", "Mark Esper")],
            },
        ],
        false,
    );
}

/// An appositive naming a weapon's kind stands for the weapon: "the X, a
/// drone produced by Y".
#[test]
fn kind_appositives() {
    check(
        &[
            Case {
                text: "The Bayraktar TB2, a drone produced by Baykar, has been used by Ukraine.",
                want: &[
                    ("Baykar", "produce", "Bayraktar TB2"),
                    ("Ukraine", "deploy", "Bayraktar TB2"),
                ],
                not: &[],
            },
            Case {
                text: "The K9 Thunder, a self-propelled howitzer built by Hanwha Aerospace, was shown.",
                want: &[("Hanwha Aerospace", "produce", "K9 Thunder")],
                not: &[],
            },
            // Not a company's appositive.
            Case {
                text: "Saab, a company founded in 1937, builds the Gripen.",
                want: &[("Saab", "produce", "Gripen")],
                not: &[],
            },
        ],
        false,
    );
}

/// A weapon descriptor opening a clause before a passive verb is its
/// patient ("The carrier was built by X"); not inside a phrase.
#[test]
fn descriptor_patients() {
    check(
        &[
            Case {
                text: "Egypt received the Rafale in May. The jets were built by Dassault Aviation.",
                want: &[
                    ("Egypt", "acquire", "Rafale"),
                    ("Dassault Aviation", "produce", "Rafale"),
                ],
                not: &[],
            },
            Case {
                text: "Peru ordered the T-90 in May, and the tanks will be delivered by Rosoboronexport.",
                want: &[
                    ("Peru", "acquire", "T-90"),
                    ("Rosoboronexport", "supply", "T-90"),
                ],
                not: &[],
            },
            Case {
                text: "Chile flew the F-16 in May. The report on the aircraft was made by Boeing.",
                want: &[],
                not: &[("Boeing", "produce", "F-16")],
            },
        ],
        false,
    );
}

/// An agreement for weapons with no seller named is a purchase by a state
/// and a sale by a company; a weapon in a later "for" phrase than the
/// agreement's own is no purchase ("a contract for work on spare parts for
/// the M1 tank"). Weapons used against a party in the passive.
#[test]
fn unnamed_sellers_and_passive_aims() {
    check(
        &[
            Case {
                text: "Poland signed a deal for 48 K9 howitzers.",
                want: &[("Poland", "acquire", "K9 Thunder")],
                not: &[],
            },
            Case {
                text: "Hanwha signed a contract for 48 K9 howitzers.",
                want: &[("Hanwha Group", "supply", "K9 Thunder")],
                not: &[],
            },
            Case {
                text: "Chile and Peru signed a deal for 12 F-16 jets.",
                want: &[("Chile", "agree", "Peru")],
                not: &[("Chile", "acquire", "F-16"), ("Peru", "acquire", "F-16")],
            },
            Case {
                text: "Hanwha signed a contract for work on engines and spare parts for the K9 howitzer.",
                want: &[],
                not: &[("Hanwha Group", "supply", "K9 Thunder")],
            },
            Case {
                text: "Shahed drones have been used by Russia against Ukraine.",
                // "Shahed" names the drone family (weapons.tsv).
                want: &[("Russia", "attack", "Ukraine"), ("Russia", "deploy", "Shahed")],
                not: &[],
            },
            Case {
                text: "Iranian rockets were fired by Hezbollah into Israel.",
                want: &[("Hezbollah", "attack", "Israel")],
                not: &[],
            },
        ],
        false,
    );
}

/// An agent noun after "one of" or "among" and the copula ("is one of the
/// largest buyers of W", "are among the biggest suppliers of arms to X").
#[test]
fn agent_nouns_among_others() {
    check(
        &[
            Case {
                text: "Egypt is one of the largest buyers of Rafale jets.",
                want: &[("Egypt", "acquire", "Rafale")],
                not: &[],
            },
            Case {
                text: "Chile and Peru are among the biggest suppliers of arms to Bolivia.",
                want: &[
                    ("Chile", "supply", "Bolivia"),
                    ("Peru", "supply", "Bolivia"),
                ],
                not: &[],
            },
            Case {
                text: "France has become one of Peru's top suppliers of fighter jets.",
                want: &[("France", "supply", "Peru")],
                not: &[],
            },
            Case {
                text: "Among the buyers of the Rafale, Egypt paid the most.",
                want: &[],
                not: &[("Egypt", "acquire", "Rafale")],
            },
        ],
        false,
    );
}

/// Each source after its own weapons supplies only those ("bought Rafale
/// jets from France and S-400 systems from Russia"); coordinated sources
/// share them; the client of each order buys its own.
#[test]
fn sources_paired_with_their_weapons() {
    check(
        &[
            Case {
                text: "Peru bought Rafale jets from France and T-90 tanks from Russia.",
                want: &[
                    ("Peru", "acquire", "Rafale"),
                    ("Peru", "acquire", "T-90"),
                    ("France", "supply", "Rafale"),
                    ("Russia", "supply", "T-90"),
                ],
                not: &[("France", "supply", "T-90"), ("Russia", "supply", "Rafale")],
            },
            Case {
                text: "Peru bought Rafale jets and T-90 tanks from France and Russia.",
                want: &[
                    ("Peru", "acquire", "Rafale"),
                    ("Peru", "acquire", "T-90"),
                    ("France", "supply", "Rafale"),
                    ("France", "supply", "T-90"),
                    ("Russia", "supply", "Rafale"),
                    ("Russia", "supply", "T-90"),
                ],
                not: &[],
            },
            Case {
                text: "Lockheed Martin won an order for six F-16 jets from Chile and four C-130J aircraft from Peru.",
                want: &[
                    ("Chile", "acquire", "F-16"),
                    ("Peru", "acquire", "C-130J"),
                    ("Lockheed Martin", "supply", "F-16"),
                    ("Lockheed Martin", "supply", "C-130J"),
                ],
                not: &[("Chile", "acquire", "C-130J"), ("Peru", "acquire", "F-16")],
            },
        ],
        false,
    );
}

/// A number alone as the direct object stands for the weapon named last
/// before ("also sold eight to Chile"); not a number with its own noun or
/// a percentage.
#[test]
fn numbers_alone() {
    check(
        &[
            Case {
                text: "Boeing delivered the first KC-46 tanker to Japan in 2021. The company also sold eight to Chile.",
                want: &[
                    ("Boeing", "supply", "KC-46"),
                    ("Boeing", "supply", "Japan"),
                    ("Japan", "acquire", "KC-46"),
                    ("Chile", "acquire", "KC-46"),
                ],
                not: &[],
            },
            Case {
                text: "Boeing delivered the KC-46 to Japan. The company also sold eight airliners to Chile.",
                want: &[
                    ("Boeing", "supply", "KC-46"),
                    ("Boeing", "supply", "Japan"),
                    ("Japan", "acquire", "KC-46"),
                ],
                not: &[("Chile", "acquire", "KC-46")],
            },
        ],
        false,
    );
}
