//! Tables for arguments that are not names in the sentence: demonyms and
//! names on what a party holds, object pronouns and descriptors standing
//! for states and organisations (see "Arguments that are not names" in
//! `relate/mod.rs`). Sentences written for these tests.

use super::{check, Case};

/// The object of an attack or threat is a name or demonym before a noun
/// for what that party holds, guards or lives in ("Armenian positions",
/// "Hezbollah targets", "Iran's territory"): the party is the target.
#[test]
fn demonym_targets() {
    check(
        &[
            Case {
                text: "Azerbaijani forces shelled Armenian positions near the border.",
                want: &[("Azerbaijan", "attack", "Armenia")],
                not: &[("Armenia", "attack", "Azerbaijan")],
            },
            Case {
                text: "Israeli jets struck Hezbollah targets in southern Lebanon.",
                want: &[("Israel", "attack", "Hezbollah")],
                not: &[("Israel", "attack", "Lebanon")],
            },
            // A party's members; unnamed targets in a state are the state's.
            Case {
                text: "Estonian troops killed a senior Taliban commander.",
                want: &[("Estonia", "attack", "Taliban")],
                not: &[],
            },
            Case {
                text: "Turkish jets struck targets in northern Iraq on Sunday.",
                want: &[("Turkey", "attack", "Iraq")],
                not: &[],
            },
            Case {
                text: "Greece bombed three villages in Albania.",
                want: &[("Greece", "attack", "Albania")],
                not: &[],
            },
            // Not a place of the attack that is not the party's: a named
            // holder wins; people not held ("soldiers in") are no state.
            Case {
                text: "Serbian forces killed soldiers in Kosovo.",
                want: &[],
                not: &[("Serbia", "attack", "Kosovo")],
            },
            Case {
                text: "Chile bought supplies from Peru.",
                want: &[],
                not: &[("Peru", "supply", "Chile")],
            },
            Case {
                text: "Russian warships attacked Ukrainian ports on Monday.",
                want: &[("Russia", "attack", "Ukraine")],
                not: &[],
            },
            Case {
                text: "North Korea fired on South Korean outposts overnight.",
                want: &[("North Korea", "attack", "South Korea")],
                not: &[],
            },
            Case {
                // A possessor before the noun.
                text: "Iraq invaded Iran's territory in 1980.",
                want: &[("Iraq", "attack", "Iran")],
                not: &[],
            },
            Case {
                text: "Pakistan attacked Indian villages along the border.",
                want: &[("Pakistan", "attack", "India")],
                not: &[],
            },
            Case {
                text: "The Chinese navy threatened Philippine boats.",
                want: &[("China", "threaten", "Philippines")],
                not: &[],
            },
            // Nouns for goods, stances and institutions: no party attacked.
            Case {
                text: "Japan attacked Chinese exports with new tariffs.",
                want: &[],
                not: &[("Japan", "attack", "China")],
            },
            Case {
                text: "India attacked the Chinese position on trade.",
                want: &[],
                not: &[("India", "attack", "China")],
            },
            Case {
                text: "Azerbaijani forces attacked the Armenian economy.",
                want: &[],
                not: &[("Azerbaijan", "attack", "Armenia")],
            },
            // Only attack and threaten take such objects.
            Case {
                text: "Russia criticized Ukrainian positions on the talks.",
                want: &[],
                not: &[("Russia", "criticize", "Ukraine")],
            },
        ],
        false,
    );
}

/// "it" as the object of support, attack, threat, criticism or sanction:
/// the one country or organisation named before the verb in the sentence,
/// apart from the subject, when no singular common noun phrase could be
/// "it" instead.
#[test]
fn object_pronoun_for_states() {
    check(
        &[
            Case {
                text: "China, in the meantime, began cementing its relations with India's archrival Pakistan and backing it on the issue of Kashmir.",
                want: &[("China", "support", "Pakistan")],
                not: &[("China", "support", "India")],
            },
            Case {
                text: "China strengthened ties with Pakistan and backed it at the United Nations.",
                want: &[("China", "support", "Pakistan")],
                not: &[("China", "support", "United Nations")],
            },
            // A singular common noun phrase may be "it": nothing.
            Case {
                text: "Germany welcomed the European Union's proposal and backed it.",
                want: &[],
                not: &[("Germany", "support", "European Union")],
            },
            Case {
                text: "Japan signed the agreement with the United States and will support it.",
                want: &[("Japan", "agree", "United States")],
                not: &[("Japan", "support", "United States")],
            },
            Case {
                text: "Britain recalled its ambassador from Iran and criticized it for the arrests.",
                want: &[],
                not: &[("United Kingdom", "criticize", "Iran")],
            },
            // Two candidates: ambiguous.
            Case {
                text: "Hezbollah fired rockets at Israel, and the United States condemned it.",
                want: &[("Hezbollah", "attack", "Israel")],
                not: &[
                    ("United States", "criticize", "Israel"),
                    ("United States", "criticize", "Hezbollah"),
                ],
            },
            // The antecedent in another sentence is not taken.
            Case {
                text: "Russia invaded Ukraine in February. The United States has backed it with weapons since then.",
                want: &[("Russia", "attack", "Ukraine")],
                not: &[("United States", "support", "Ukraine"), ("United States", "support", "Russia")],
            },
            // The object of an infinitive, whose subject is inferred.
            Case {
                text: "The World Bank said it approved loans to Jamaica to assist it with a structural adjustment program.",
                want: &[],
                not: &[("Jamaica", "support", "World Bank")],
            },
        ],
        false,
    );
}

/// A descriptor in an object slot ("the militant group", "the country",
/// "the island", "the company") stands for the topic of an earlier sentence
/// of its type, never for a name of its own sentence.
#[test]
fn descriptor_objects() {
    check(
        &[
            Case {
                text: "Hezbollah fired rockets at Israel on Monday. Israel struck the militant group in Lebanon.",
                want: &[("Hezbollah", "attack", "Israel"), ("Israel", "attack", "Hezbollah")],
                not: &[("Israel", "attack", "Lebanon")],
            },
            Case {
                text: "North Korea tested a missile on Monday. Japan condemned the country for the launch.",
                want: &[("Japan", "criticize", "North Korea")],
                not: &[],
            },
            Case {
                text: "Lockheed Martin opened a plant in Texas. Poland signed a deal with the company in May.",
                want: &[("Poland", "agree", "Lockheed Martin")],
                not: &[],
            },
            Case {
                text: "Taiwan held elections in January. China has threatened the island repeatedly.",
                want: &[("China", "threaten", "Taiwan")],
                not: &[],
            },
            // "the island" is no country when the last island named is a place.
            Case {
                text: "Hainan lies south of the mainland. China has threatened the island repeatedly.",
                want: &[],
                not: &[("China", "threaten", "China")],
            },
            // The company's unit is not the company.
            Case {
                text: "Lockheed Martin opened a plant in Texas. Poland signed a deal with the company's Polish unit in May.",
                want: &[],
                not: &[("Poland", "agree", "Lockheed Martin")],
            },
            // Another country named in the sentence is a rival antecedent.
            Case {
                text: "North Korea tested a missile. Japan met South Korea and condemned the country.",
                want: &[("Japan", "meet", "South Korea")],
                not: &[
                    ("Japan", "criticize", "North Korea"),
                    ("Japan", "criticize", "South Korea"),
                ],
            },
            // A descriptor that is a clause's subject is no object.
            Case {
                text: "Datapoint Corp named John Novak to the board. Novak headed manufacturing and support operations, the company said.",
                want: &[],
                not: &[("John Novak", "support", "Datapoint Corp")],
            },
        ],
        false,
    );
}

/// "its forces", "their troops" as a subject: the possessive pronoun on
/// people or forces resolves as "it" would ("X said its ...", the previous
/// sentence's subject for a pronoun opening the sentence).
#[test]
fn possessive_pronoun_on_forces() {
    check(
        &[
            Case {
                text: "Russia said its forces attacked Ukrainian troops near Kharkiv.",
                want: &[("Russia", "attack", "Ukraine")],
                not: &[],
            },
            Case {
                text: "India said their troops clashed with Chinese soldiers.",
                want: &[("India", "attack", "China")],
                not: &[],
            },
            Case {
                text: "China sent warships to the area. Its navy threatened Philippine boats.",
                want: &[("China", "threaten", "Philippines")],
                not: &[],
            },
            // A coordinated subject before "Their": all its members; before
            // "Its": none of them.
            Case {
                text: "Pakistan and India exchanged fire. Their troops clashed with Afghan soldiers on Monday.",
                want: &[("Pakistan", "attack", "Afghanistan"), ("India", "attack", "Afghanistan")],
                not: &[],
            },
            Case {
                text: "Pakistan and India exchanged fire. Its troops clashed with Afghan soldiers on Monday.",
                want: &[],
                not: &[("Pakistan", "attack", "Afghanistan"), ("India", "attack", "Afghanistan")],
            },
            // "They" for a coordinated subject: every member.
            Case {
                text: "Britain and Denmark opposed the tax. They are supported by Germany and the Netherlands.",
                want: &[
                    ("Germany", "support", "United Kingdom"),
                    ("Germany", "support", "Denmark"),
                    ("Netherlands", "support", "United Kingdom"),
                    ("Netherlands", "support", "Denmark"),
                ],
                not: &[],
            },
            // A closing reporting clause makes its speaker a rival antecedent.
            Case {
                text: "Iran and Kuwait are cheating on the quota, industry sources said. But they mostly agreed with Saudi Arabia on prices.",
                want: &[],
                not: &[("Iran", "agree", "Saudi Arabia"), ("Kuwait", "agree", "Saudi Arabia")],
            },
            // Not people or forces: no doer.
            Case {
                text: "Russia said its economy hurt Ukraine.",
                want: &[],
                not: &[("Russia", "attack", "Ukraine")],
            },
        ],
        false,
    );
}

/// "his counterpart from China" stands for China, as "his Chinese
/// counterpart" does; "counterparts from Europe and Japan" for both.
#[test]
fn counterparts() {
    check(
        &[
            Case {
                text: "Rajnath Singh met his counterpart from China in Moscow.",
                want: &[("Rajnath Singh", "meet", "China")],
                not: &[("Rajnath Singh", "visit", "China")],
            },
            Case {
                text: "Rajnath Singh held talks with his Chinese counterpart on Friday.",
                want: &[("Rajnath Singh", "meet", "China")],
                not: &[],
            },
            Case {
                text: "Indian troops clashed with their Chinese counterparts in the Galwan Valley.",
                want: &[("India", "attack", "China")],
                not: &[("China", "attack", "India")],
            },
            // A counterpart named: the person, also as a coordinated member.
            Case {
                text: "Rajnath Singh and his Chinese counterpart Wei Fenghe signed the agreement.",
                want: &[("Rajnath Singh", "agree", "Wei Fenghe")],
                not: &[],
            },
            Case {
                text: "Rajnath Singh met Lloyd Austin and his Japanese counterpart Nobuo Kishi in Tokyo.",
                want: &[
                    ("Rajnath Singh", "meet", "Lloyd Austin"),
                    ("Rajnath Singh", "meet", "Nobuo Kishi"),
                ],
                not: &[("Rajnath Singh", "meet", "Japan")],
            },
            Case {
                text: "Rajnath Singh met the Chinese defence minister Wei Fenghe in Moscow.",
                want: &[("Rajnath Singh", "meet", "Wei Fenghe")],
                not: &[("Rajnath Singh", "meet", "China")],
            },
            Case {
                text: "James Baker holds talks with counterparts from Germany and Japan today.",
                want: &[
                    ("James Baker", "meet", "Germany"),
                    ("James Baker", "meet", "Japan"),
                ],
                not: &[],
            },
        ],
        false,
    );
}

/// "the jets", "the system", "the missiles" in an object slot: the weapon
/// named last before, in the sentence or the two before, when no other
/// weapon is named from that weapon's sentence on; not as the object of an
/// infinitive or gerund.
#[test]
fn weapon_descriptors() {
    check(
        &[
            Case {
                text: "Turkey bought the S-400 from Russia in 2017. Turkey tested the system in 2019.",
                want: &[
                    ("Turkey", "acquire", "S-400"),
                    ("Russia", "supply", "S-400"),
                    ("Turkey", "test", "S-400"),
                ],
                not: &[],
            },
            Case {
                text: "India ordered 36 Rafale jets in 2016. France delivered the jets in 2020.",
                want: &[("India", "acquire", "Rafale"), ("France", "supply", "Rafale")],
                not: &[],
            },
            // Two weapons in the antecedent's sentence: ambiguous.
            Case {
                text: "India ordered Rafale jets and Su-30MKI jets in 2016. France delivered the jets in 2020.",
                want: &[("India", "acquire", "Rafale"), ("India", "acquire", "Su-30MKI")],
                not: &[("France", "supply", "Rafale"), ("France", "supply", "Su-30MKI")],
            },
            // Too far back.
            Case {
                text: "India ordered 36 Rafale jets in 2016. Prices rose. Talks stalled. Jobs grew. France delivered the jets in 2020.",
                want: &[("India", "acquire", "Rafale")],
                not: &[("France", "supply", "Rafale")],
            },
            // The object of an infinitive is not taken.
            Case {
                text: "Iran acquired Silkworm missiles last year. The United States will not allow Iran to use the missiles.",
                want: &[("Iran", "acquire", "Silkworm")],
                not: &[("Iran", "deploy", "Silkworm")],
            },
        ],
        false,
    );
}

/// "The two sides", "both countries", "the two companies": the two entities
/// of the type named in the nearest earlier sentence naming any, when it
/// names exactly two; its own sentence only through a coordinate or
/// relative clause.
#[test]
fn pair_descriptors() {
    check(
        &[
            Case {
                text: "India and China held talks in Moscow on Friday. The two sides agreed to disengage troops.",
                want: &[("India", "meet", "China"), ("India", "agree", "China")],
                not: &[],
            },
            Case {
                text: "Armenia and Azerbaijan fought a war in 2020. The two countries signed a ceasefire in November.",
                want: &[("Armenia", "agree", "Azerbaijan")],
                not: &[],
            },
            Case {
                text: "Egypt will build two roads in Uganda. Both countries signed an agreement on Monday.",
                want: &[("Egypt", "agree", "Uganda")],
                not: &[],
            },
            Case {
                text: "Turkey accused Greece of breaching the 1976 Berne Agreement, under which both sides agreed to preserve the status quo.",
                want: &[("Turkey", "criticize", "Greece"), ("Turkey", "agree", "Greece")],
                not: &[],
            },
            // Three countries in the antecedent's sentence: ambiguous.
            Case {
                text: "India, China and Russia held talks in Moscow. The two countries agreed to disengage troops.",
                want: &[
                    ("India", "meet", "China"),
                    ("India", "meet", "Russia"),
                    ("China", "meet", "Russia"),
                ],
                not: &[("India", "agree", "China")],
            },
            // Names of its own sentence, without a linking clause: not taken.
            Case {
                text: "Volkswagen plans a plant. The Financial Times quoted Boeing saying the two companies would agree.",
                want: &[],
                not: &[("Boeing", "agree", "Financial Times")],
            },
            // A pair of one type: a country and a company are not "both sides".
            Case {
                text: "Germany praised Siemens. Both sides agreed to invest more.",
                want: &[],
                not: &[("Germany", "agree", "Siemens")],
            },
        ],
        false,
    );
}

/// A definite act noun without a name of its own stands for the last act of
/// its category stated just before; criticising it criticises its doer.
#[test]
fn act_antecedents() {
    check(
        &[
            Case {
                text: "North Korea fired a Hwasong-17 missile on Friday. Japan condemned the launch.",
                want: &[
                    ("North Korea", "test", "Hwasong-17"),
                    ("Japan", "criticize", "North Korea"),
                ],
                not: &[],
            },
            // Passive, with a list of agents.
            Case {
                text: "North Korea fired a Hwasong-17 missile on Friday. The launch was condemned by South Korea and Japan.",
                want: &[
                    ("North Korea", "test", "Hwasong-17"),
                    ("South Korea", "criticize", "North Korea"),
                    ("Japan", "criticize", "North Korea"),
                ],
                not: &[],
            },
            // A general act noun: the last act before.
            Case {
                text: "Israel struck Iranian air defences on Saturday. Saudi Arabia condemned the move.",
                want: &[
                    ("Israel", "attack", "Iran"),
                    ("Saudi Arabia", "criticize", "Israel"),
                ],
                not: &[("Saudi Arabia", "criticize", "Iran")],
            },
            Case {
                text: "The United States sold F-16 jets to Taiwan. China criticised the sale.",
                want: &[
                    ("United States", "supply", "F-16"),
                    ("United States", "supply", "Taiwan"),
                    ("Taiwan", "acquire", "F-16"),
                    ("China", "criticize", "United States"),
                ],
                not: &[("China", "criticize", "Taiwan")],
            },
            // No act of the noun's category before: nothing.
            Case {
                text: "India bought S-400 systems from Russia. Pakistan condemned the launch.",
                want: &[("India", "acquire", "S-400"), ("Russia", "supply", "S-400")],
                not: &[("Pakistan", "criticize", "India")],
            },
            // A symmetric act names no author.
            Case {
                text: "India and Russia signed a defence pact. Pakistan criticised the deal.",
                want: &[("India", "agree", "Russia")],
                not: &[("Pakistan", "criticize", "India"), ("Pakistan", "criticize", "Russia")],
            },
            // Too far back: three sentences.
            Case {
                text: "Israel struck Iranian air defences. Oil rose. Stocks fell. Gold rose. Saudi Arabia condemned the strike.",
                want: &[("Israel", "attack", "Iran")],
                not: &[("Saudi Arabia", "criticize", "Israel")],
            },
        ],
        false,
    );
}

/// "the German chancellor": a title with a demonym stands for the person
/// named before with that demonym and title, else for nobody but the state.
#[test]
fn titles_with_demonyms() {
    check(
        &[
            Case {
                text: "German Chancellor Olaf Scholz arrived in Kyiv on Monday. The German chancellor met Volodymyr Zelensky.",
                want: &[
                    ("Olaf Scholz", "visit", "Kyiv"),
                    ("Olaf Scholz", "meet", "Volodymyr Zelensky"),
                ],
                not: &[("Germany", "meet", "Volodymyr Zelensky")],
            },
            // The person was titled without the demonym: the state, as before.
            Case {
                text: "Chancellor Olaf Scholz arrived in Kyiv on Monday. The German chancellor met Volodymyr Zelensky.",
                want: &[
                    ("Olaf Scholz", "visit", "Kyiv"),
                    ("Germany", "meet", "Volodymyr Zelensky"),
                ],
                not: &[],
            },
            // Another country's president is not the one titled before.
            Case {
                text: "President Joe Biden met Emmanuel Macron. The Chinese president criticised the United States.",
                want: &[
                    ("Joe Biden", "meet", "Emmanuel Macron"),
                    ("China", "criticize", "United States"),
                ],
                not: &[("Joe Biden", "criticize", "United States")],
            },
        ],
        false,
    );
}

/// A state's possessive before an unnamed office or body ("Armenia's prime
/// minister", "Chile's foreign ministry") stands for the state, whatever
/// the words of the title; a possessor of a name or a common noun does not.
#[test]
fn possessors_of_offices() {
    check(
        &[
            Case {
                text: "Peru's prime minister accused Chile of spying.",
                want: &[("Peru", "criticize", "Chile")],
                not: &[],
            },
            Case {
                text: "Peru's foreign ministry condemned Chile on Monday.",
                want: &[("Peru", "criticize", "Chile")],
                not: &[],
            },
            Case {
                text: "The Peruvian foreign ministry condemned Chile on Monday.",
                want: &[("Peru", "criticize", "Chile")],
                not: &[],
            },
            Case {
                text: "Peru's economy minister met Chile's finance minister in Lima.",
                want: &[("Peru", "meet", "Chile")],
                not: &[],
            },
            // "Peru's fishing fleet" is no office.
            Case {
                text: "Peru's fishing fleet condemned Chile on Monday.",
                want: &[],
                not: &[("Peru", "criticize", "Chile")],
            },
        ],
        false,
    );
}

/// A place after "in" or "at" on a noun for people or bodies is no subject:
/// the name on that noun is ("the Chinese embassy in Manila condemned X").
#[test]
fn places_of_subjects() {
    check(
        &[
            Case {
                text: "The Peruvian embassy in Santiago condemned Chile on Monday.",
                want: &[("Peru", "criticize", "Chile")],
                not: &[],
            },
            Case {
                text: "Peruvian officials in Lima met Chile's foreign minister.",
                want: &[("Peru", "meet", "Chile")],
                not: &[],
            },
            // A place that is the subject's own name stays out.
            Case {
                text: "Talks in Lima angered Chile.",
                want: &[],
                not: &[("Lima", "criticize", "Chile")],
            },
        ],
        false,
    );
}

/// A descriptor after a sentence naming two parties of its kind stands for
/// the one that opens that sentence as its lone subject (centering); not
/// for coordinated subjects or a possessor.
#[test]
fn descriptors_after_two_names() {
    check(
        &[
            Case {
                text: "Chile signed a deal with Peru on Monday. The country will also buy 12 F-16 jets from the United States.",
                want: &[
                    ("Chile", "agree", "Peru"),
                    ("Chile", "acquire", "F-16"),
                    ("United States", "supply", "F-16"),
                ],
                not: &[("Peru", "acquire", "F-16")],
            },
            Case {
                text: "Boeing held talks with Airbus. The company will also supply F-16 jets to Chile.",
                want: &[
                    ("Boeing", "meet", "Airbus"),
                    ("Boeing", "supply", "F-16"),
                    ("Boeing", "supply", "Chile"),
                    ("Chile", "acquire", "F-16"),
                ],
                not: &[("Airbus", "supply", "F-16")],
            },
            Case {
                text: "Chile and Peru signed a deal on Monday. The country will also buy 12 F-16 jets from the United States.",
                want: &[("Chile", "agree", "Peru"), ("United States", "supply", "F-16")],
                not: &[("Chile", "acquire", "F-16"), ("Peru", "acquire", "F-16")],
            },
            Case {
                text: "Peru's neighbour Chile signed a deal with Bolivia. The country will also buy 12 F-16 jets from the United States.",
                want: &[("Chile", "agree", "Bolivia"), ("United States", "supply", "F-16")],
                not: &[("Peru", "acquire", "F-16"), ("Chile", "acquire", "F-16"), ("Bolivia", "acquire", "F-16")],
            },
        ],
        false,
    );
}

/// A name opening a compound that says who backs, made or is tied to the
/// noun after it is not the party attacked; one that says who owns or
/// flags it is.
#[test]
fn sponsors_are_not_targets() {
    check(
        &[
            Case {
                text: "US forces carried out airstrikes against Iran-backed groups in Iraq.",
                want: &[],
                not: &[("United States", "attack", "Iran")],
            },
            Case {
                text: "Israel attacked Iranian-made drones over Syria.",
                want: &[],
                not: &[("Israel", "attack", "Iran")],
            },
            Case {
                text: "Israel launched strikes on Iran-linked targets in Syria.",
                want: &[],
                not: &[("Israel", "attack", "Iran")],
            },
            Case {
                text: "US jets struck Iranian-owned ships in the Gulf.",
                want: &[("United States", "attack", "Iran")],
                not: &[],
            },
        ],
        false,
    );
}

/// A named weapon with a demonym or possessor before it is what that party
/// holds: attacking it attacks the party.
#[test]
fn named_weapons_of_a_party() {
    check(
        &[
            Case {
                text: "Russian forces destroyed a Ukrainian S-300 system.",
                want: &[("Russia", "attack", "Ukraine")],
                not: &[],
            },
            Case {
                text: "Israeli jets struck Iran's S-300 batteries.",
                want: &[("Israel", "attack", "Iran")],
                not: &[],
            },
            Case {
                text: "Russia shot down a Ukrainian Su-25 jet.",
                want: &[
                    ("Russia", "attack", "Su-25"),
                    ("Russia", "attack", "Ukraine"),
                ],
                not: &[],
            },
            Case {
                text: "Russia tested a new S-500 system.",
                want: &[("Russia", "test", "S-500")],
                not: &[],
            },
        ],
        false,
    );
}
