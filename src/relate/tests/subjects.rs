//! Tables for the doer's side: phrases opening the sentence or set off by
//! commas after the subject, appositives with a possessor, and weapons
//! before the participle phrase that says who supplied or made them.

use super::{check, Case};

/// A noun predicate in a phrase opening the sentence takes the main
/// clause's subject.
#[test]
fn fronted_phrase() {
    check(
        &[
            Case {
                text: "During a visit to France, Defence Minister Rajnath Singh said India would buy more Rafale jets.",
                want: &[
                    ("Rajnath Singh", "visit", "France"),
                    ("India", "acquire", "Rafale"),
                ],
                not: &[("India", "visit", "France")],
            },
            Case {
                text: "In talks with Japan, the United States asked for wider market access.",
                want: &[("Japan", "meet", "United States")],
                not: &[],
            },
            // A possessor after the comma is no subject.
            Case {
                text: "During a visit to France, Germany's chancellor spoke about trade.",
                want: &[],
                not: &[("Germany", "visit", "France")],
            },
            // A participle with a time adjunct opens the phrase.
            Case {
                text: "Speaking after talks with Olaf Scholz, Emmanuel Macron said France would send more weapons to Ukraine.",
                want: &[
                    ("Emmanuel Macron", "meet", "Olaf Scholz"),
                    ("France", "supply", "Ukraine"),
                ],
                not: &[],
            },
            Case {
                text: "Following talks with Olaf Scholz in Berlin, Emmanuel Macron praised the plan.",
                want: &[("Emmanuel Macron", "meet", "Olaf Scholz")],
                not: &[],
            },
            // The same phrase set off by commas after its subject.
            Case {
                text: "Emmanuel Macron, speaking after talks with Olaf Scholz, said France would send weapons.",
                want: &[("Emmanuel Macron", "meet", "Olaf Scholz")],
                not: &[],
            },
            // The noun is the participle's object, not a time adjunct.
            Case {
                text: "Richard Lyng, reacting to criticism of Japan, defended the program.",
                want: &[],
                not: &[("Richard Lyng", "criticize", "Japan")],
            },
            // A demonym after an article on a common noun is no subject.
            Case {
                text: "After a meeting with Olaf Scholz, the Canadian banker said he was pleased.",
                want: &[],
                not: &[("Canada", "meet", "Olaf Scholz")],
            },
        ],
        false,
    );
}

/// An appositive opened by a possessor ("Russia, Ukraine's main adversary,
/// said"), and a participle phrase set off by commas after a weapon and its
/// arms nouns ("The F-16 jets, donated by Denmark, arrived").
#[test]
fn appositive_subjects() {
    check(
        &[
            Case {
                text: "Russia, Ukraine's main adversary, denounced the United States.",
                want: &[("Russia", "criticize", "United States")],
                not: &[("Ukraine", "criticize", "United States")],
            },
            Case {
                text: "The F-16 jets, donated by Denmark, arrived in Ukraine in July.",
                want: &[("Denmark", "supply", "F-16")],
                not: &[],
            },
            Case {
                text: "The Upholder submarine, made by BAE Systems, was offered to Canada.",
                want: &[("BAE Systems", "produce", "Upholder")],
                not: &[],
            },
            // A common noun after the weapon that is no arms noun: nothing.
            Case {
                text: "The F-16 deal, backed by Denmark, was signed.",
                want: &[],
                not: &[("Denmark", "support", "F-16")],
            },
        ],
        false,
    );
}

/// Threats stated as a vow or threat of retaliation.
#[test]
fn vows_of_retaliation() {
    check(
        &[
            // A threat to act is a threat, not the act.
            Case {
                text: "Serbia threatened to attack Kosovo.",
                want: &[("Serbia", "threaten", "Kosovo")],
                not: &[("Serbia", "attack", "Kosovo")],
            },
            Case {
                text: "Ghana threatened to impose sanctions on Togo.",
                want: &[("Ghana", "threaten", "Togo")],
                not: &[("Ghana", "sanction", "Togo")],
            },
            Case {
                text: "Peru threatened to use its warships against Chile.",
                want: &[],
                not: &[("Peru", "attack", "Chile")],
            },
            Case {
                text: "Iran vowed to retaliate against Israel.",
                want: &[("Iran", "threaten", "Israel")],
                not: &[("Israel", "threaten", "Iran")],
            },
            Case {
                text: "Hezbollah threatened to retaliate against Israel.",
                want: &[("Hezbollah", "threaten", "Israel")],
                not: &[],
            },
            Case {
                text: "Iran has vowed revenge against Israel for the strike.",
                want: &[("Iran", "threaten", "Israel")],
                not: &[],
            },
        ],
        false,
    );
}

/// A personal pronoun opening a sentence continues the subject of the
/// sentence before when two persons are named there (centering); a
/// support verb is no part of its object's phrase ("She pledged support").
#[test]
fn subject_continuity() {
    check(
        &[
            Case {
                text: "Lithuanian President Gitanas Nauseda met Moldovan President Maia Sandu in Vilnius. He pledged support for Moldova.",
                want: &[
                    ("Gitanas Nauseda", "meet", "Maia Sandu"),
                    ("Gitanas Nauseda", "support", "Moldova"),
                ],
                not: &[("Maia Sandu", "support", "Moldova")],
            },
            // Not the person named first when a predicate stands before it.
            Case {
                text: "After talks with Maia Sandu, Gitanas Nauseda left Vilnius. He pledged support for Moldova.",
                want: &[("Gitanas Nauseda", "support", "Moldova")],
                not: &[("Maia Sandu", "support", "Moldova")],
            },
        ],
        false,
    );
}

/// The infinitive of a directive's object is asked for, not done.
#[test]
fn directives() {
    check(
        &[
            Case {
                text: "Farmers urged the Canadian government to impose sanctions on Chile.",
                want: &[],
                not: &[("Canada", "sanction", "Chile")],
            },
            Case {
                text: "Peru asked Chile to sign a fishing accord with Ecuador.",
                want: &[],
                not: &[("Chile", "agree", "Ecuador")],
            },
            Case {
                text: "Brazil called on Argentina to attack Paraguay.",
                want: &[],
                not: &[("Argentina", "attack", "Paraguay")],
            },
            // The directive's own act is stated.
            Case {
                text: "Peru urged Chile to act and signed an accord with Ecuador.",
                want: &[("Peru", "agree", "Ecuador")],
                not: &[],
            },
        ],
        false,
    );
}

/// A demonym on goods or things is no doer; on people, forces, arms and
/// agent nouns it is the state. "next" and "last" after a name begin a
/// time phrase, not a compound ("will visit China next week"); American
/// spellings of doubled-"l" verbs ("traveled").
#[test]
fn demonyms_on_goods_and_time_words() {
    check(
        &[
            Case {
                text: "Chilean wheat will arrive in Peru next month.",
                want: &[],
                not: &[("Chile", "visit", "Peru")],
            },
            Case {
                text: "Chilean miners criticised Peru on Monday.",
                want: &[("Chile", "criticize", "Peru")],
                not: &[],
            },
            Case {
                text: "President Ana Lopez will visit Peru next week.",
                want: &[("Ana Lopez", "visit", "Peru")],
                not: &[],
            },
            Case {
                text: "President Ana Lopez flew to Lima on Monday and landed in Quito on Tuesday.",
                want: &[
                    ("Ana Lopez", "visit", "Lima"),
                    ("Ana Lopez", "visit", "Quito"),
                ],
                not: &[],
            },
            Case {
                text: "President Ana Lopez traveled to Peru last week.",
                want: &[("Ana Lopez", "visit", "Peru")],
                not: &[],
            },
        ],
        false,
    );
}

/// A gerund after "for" that follows a verb's direct object is done by that
/// object, as after "accused X of" (object control): a party there is the
/// doer, a place, a noun for people or a body, or a pronoun leaves no named
/// doer; a weapon there, or a name in a prepositional phrase, leaves the
/// gerund to the subject; a passive's patient does it. Verbs outside the
/// lexicon ("thanked", "praised") control it the same way.
#[test]
fn object_control_of_for_gerunds() {
    check(
        &[
            Case {
                text: "Mexico's president criticised the United States for sending weapons to Ukraine.",
                want: &[
                    ("Mexico", "criticize", "United States"),
                    ("United States", "supply", "Ukraine"),
                ],
                not: &[("Mexico", "supply", "Ukraine")],
            },
            Case {
                text: "Mexico criticised Washington for sending weapons to Ukraine.",
                want: &[],
                not: &[("Mexico", "supply", "Ukraine")],
            },
            Case {
                text: "The United States sanctioned Turkey for buying the S-400 from Russia.",
                want: &[
                    ("United States", "sanction", "Turkey"),
                    ("Turkey", "acquire", "S-400"),
                    ("Russia", "supply", "S-400"),
                ],
                not: &[("United States", "acquire", "S-400")],
            },
            Case {
                text: "Turkey was sanctioned by the United States for buying the S-400 from Russia.",
                want: &[
                    ("United States", "sanction", "Turkey"),
                    ("Turkey", "acquire", "S-400"),
                    ("Russia", "supply", "S-400"),
                ],
                not: &[("United States", "acquire", "S-400")],
            },
            Case {
                text: "President Volodymyr Zelensky thanked Germany for supplying Leopard 2 tanks.",
                want: &[("Germany", "supply", "Leopard 2")],
                not: &[("Volodymyr Zelensky", "supply", "Leopard 2")],
            },
            Case {
                text: "Zelensky praised them for sending Patriot batteries to Ukraine.",
                want: &[("Ukraine", "acquire", "Patriot")],
                not: &[("Zelensky", "supply", "Ukraine")],
            },
            Case {
                text: "India bought the S-400 from Russia for defending its cities.",
                want: &[("India", "acquire", "S-400"), ("Russia", "supply", "S-400")],
                not: &[],
            },
            Case {
                text: "Greece signed a deal with France for buying Rafale jets.",
                want: &[("Greece", "agree", "France"), ("Greece", "acquire", "Rafale")],
                not: &[("France", "acquire", "Rafale")],
            },
        ],
        false,
    );
}

/// A relative clause set off by commas after the subject may hold an
/// auxiliary or a reporting word: the subject is its antecedent, not the
/// last name inside it.
#[test]
fn relative_clauses_with_auxiliaries() {
    check(
        &[
            Case {
                text: "Vietnam, which has long relied on Russia, is now buying BrahMos missiles.",
                want: &[("Vietnam", "acquire", "BrahMos")],
                not: &[("Russia", "acquire", "BrahMos")],
            },
            Case {
                text: "Chile, which had said it would wait for Brazil, has ordered six Airbus A400M aircraft.",
                want: &[("Chile", "acquire", "A400M")],
                not: &[("Brazil", "acquire", "A400M")],
            },
        ],
        false,
    );
}

/// Coordinated names each with its state's possessive before it are one
/// group ("India's HAL and France's Safran signed").
#[test]
fn coordinated_names_with_possessors() {
    check(
        &[
            Case {
                text: "India's HAL and France's Safran signed an agreement.",
                want: &[("Hindustan Aeronautics Limited", "agree", "Safran")],
                not: &[],
            },
            Case {
                text: "Russia's Rosoboronexport and India's HAL signed a contract.",
                want: &[("Rosoboronexport", "agree", "Hindustan Aeronautics Limited")],
                not: &[],
            },
        ],
        false,
    );
}
