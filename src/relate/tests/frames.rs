//! Tables for the argument frames of `frames.tsv` that the lexicon's flags
//! select: weapons aimed at a party (flag `aims`, victim slots), lists that
//! name the noun a demonym modifies, partnerships between two sides, the
//! copula with "in talks with", and forms that are no predicate (`none`).

use super::{check, Case};

/// "used W against X", "launched W at X": the doer attacks X; launching at
/// a party is no test, deploying against one is no attack.
#[test]
fn weapons_aimed_at_a_party() {
    check(
        &[
            // Arms without a name, aimed at a party, are aimed all the same.
            Case {
                text: "Hezbollah fired dozens of rockets at Israel, the Israeli military said.",
                want: &[("Hezbollah", "attack", "Israel")],
                not: &[],
            },
            Case {
                text: "Hamas fired rockets into Israel on Sunday.",
                want: &[("Hamas", "attack", "Israel")],
                not: &[],
            },
            Case {
                text: "Iran launched hundreds of drones and missiles at Israel.",
                want: &[("Iran", "attack", "Israel")],
                not: &[],
            },
            // Not aimed at a party: no attack; no arms noun: no attack.
            Case {
                text: "North Korea fired artillery shells near the border with South Korea.",
                want: &[],
                not: &[("North Korea", "attack", "South Korea")],
            },
            Case {
                text: "The company launched a campaign against Apple.",
                want: &[],
                not: &[("company", "attack", "Apple")],
            },
            Case {
                text: "Azerbaijan used Israeli-made Harop drones against Armenian forces.",
                want: &[
                    ("Azerbaijan", "attack", "Armenia"),
                    ("Azerbaijan", "deploy", "Harop"),
                    ("Israel", "produce", "Harop"),
                ],
                not: &[("Israel", "attack", "Armenia")],
            },
            Case {
                text: "Iran launched Shahab-3 missiles at Israel overnight.",
                want: &[("Iran", "attack", "Israel")],
                not: &[("Iran", "test", "Shahab-3")],
            },
            Case {
                text: "North Korea launched a Hwasong-18 missile on Thursday.",
                want: &[("North Korea", "test", "Hwasong-18")],
                not: &[],
            },
            // Deploying against a party deters it; it attacks nobody.
            Case {
                text: "Russia deployed Iskander missiles against NATO, a spokesman said.",
                want: &[("Russia", "deploy", "Iskander")],
                not: &[("Russia", "attack", "North Atlantic Treaty Organization")],
            },
            // No weapon used: "used its veto against" is no attack.
            Case {
                text: "China used its veto against France at the council.",
                want: &[],
                not: &[("China", "attack", "France")],
            },
        ],
        false,
    );
}

/// "with Indian firms such as A and B": the list names the firms, so the
/// demonym on the noun gives way to its members.
#[test]
fn lists_name_the_noun_of_a_demonym() {
    check(
        &[
            Case {
                text: "Saab signed a deal with Brazilian companies such as Embraer and Boeing.",
                want: &[("Saab", "agree", "Embraer"), ("Saab", "agree", "Boeing")],
                not: &[("Saab", "agree", "Brazil")],
            },
            Case {
                text: "Saab has a partnership with Brazilian companies such as Embraer and Boeing.",
                want: &[("Saab", "agree", "Embraer"), ("Saab", "agree", "Boeing")],
                not: &[("Saab", "agree", "Brazil")],
            },
            // Without a list the demonym stands for its state.
            Case {
                text: "Saab signed a deal with Brazilian companies.",
                want: &[("Saab", "agree", "Brazil")],
                not: &[],
            },
        ],
        false,
    );
}

/// A partnership is an agreement; "between A and B" names both sides,
/// whoever set it up; "is in talks with" after the copula is a meeting.
#[test]
fn partnerships_and_talks() {
    check(
        &[
            Case {
                text: "Toshiba will set up a technology partnership with Boeing.",
                want: &[("Toshiba", "agree", "Boeing")],
                not: &[],
            },
            Case {
                text: "The bank was founded as a partnership between France and Germany.",
                want: &[("France", "agree", "Germany")],
                not: &[],
            },
            Case {
                text: "Egypt is in talks with China over the purchase of J-10C fighters.",
                want: &[("Egypt", "meet", "China")],
                not: &[("Egypt", "acquire", "J-10C")],
            },
            // No copula: the issue, not Mexico, recurs in talks.
            Case {
                text: "Mexico said the issue will recur in talks with Argentina.",
                want: &[],
                not: &[("Mexico", "meet", "Argentina")],
            },
        ],
        false,
    );
}

/// Forms of category `none` hide the predicate noun that heads them.
#[test]
fn compounds_that_are_no_predicate() {
    check(
        &[
            Case {
                text: "Markets feared a trade war between the United States and Japan.",
                want: &[],
                not: &[
                    ("United States", "attack", "Japan"),
                    ("Japan", "attack", "United States"),
                ],
            },
            Case {
                text: "Funds came from a Canadian limited partnership sponsored by Merrill Lynch.",
                want: &[],
                not: &[("Merrill Lynch", "agree", "Canada")],
            },
            // The war itself is still one.
            Case {
                text: "The war between Iran and Iraq entered its eighth year.",
                want: &[("Iran", "attack", "Iraq"), ("Iraq", "attack", "Iran")],
                not: &[],
            },
        ],
        false,
    );
}

/// An event noun of the lexicon is an act whose author is criticised
/// ("protested X's sale of"); a name inside a hyphen compound modifies the
/// noun after it and is neither the subject of the verb nor its object.
#[test]
fn event_acts_and_compound_modifiers() {
    check(
        &[
            Case {
                text: "Armenia protested Azerbaijan's sale of missiles to Georgia.",
                want: &[
                    ("Armenia", "criticize", "Azerbaijan"),
                    ("Azerbaijan", "supply", "Georgia"),
                ],
                not: &[],
            },
            Case {
                text: "India condemned Pakistan's deployment of troops.",
                want: &[("India", "criticize", "Pakistan")],
                not: &[],
            },
            // The militias attacked; the state that backs them did not.
            Case {
                text: "Azerbaijan-backed militias attacked Armenian troops.",
                want: &[],
                not: &[
                    ("Azerbaijan", "attack", "Armenia"),
                    ("Azerbaijan", "support", "Armenia"),
                ],
            },
            Case {
                text: "Iran-backed Hezbollah attacked Israel.",
                want: &[
                    ("Iran", "support", "Hezbollah"),
                    ("Hezbollah", "attack", "Israel"),
                ],
                not: &[("Iran", "attack", "Israel")],
            },
        ],
        false,
    );
}

/// Lifting, easing or waiving a restriction ends it: no sanction is stated.
#[test]
fn lifted_restrictions() {
    check(
        &[
            Case {
                text: "The United States lifted sanctions on Iran on Monday.",
                want: &[],
                not: &[("United States", "sanction", "Iran")],
            },
            Case {
                text: "The European Union eased its sanctions on Belarus last year.",
                want: &[],
                not: &[("European Union", "sanction", "Belarus")],
            },
            Case {
                text: "Canada has waived the embargo on Cuba.",
                want: &[],
                not: &[("Canada", "sanction", "Cuba")],
            },
            Case {
                text: "Japan would not lift the sanctions it imposed on Iran.",
                want: &[("Japan", "sanction", "Iran")],
                not: &[],
            },
            Case {
                text: "Japan imposed new sanctions on Iran and lifted others.",
                want: &[("Japan", "sanction", "Iran")],
                not: &[],
            },
        ],
        false,
    );
}

/// A blocked, vetoed or foiled act is not done; an act that talks aim at is
/// under negotiation, not done.
#[test]
fn blocked_and_negotiated_acts() {
    check(
        &[
            Case {
                text: "Hungary blocked an EU aid package for Ukraine.",
                want: &[],
                not: &[("European Union", "support", "Ukraine")],
            },
            Case {
                text: "The Senate vetoed the sale of F-16 jets to Pakistan.",
                want: &[],
                not: &[("Pakistan", "acquire", "F-16")],
            },
            // Halted, stopped, frozen or banned acts, named or with an
            // arms word before the noun.
            Case {
                text: "Germany halted arms sales to Saudi Arabia after the killing.",
                want: &[],
                not: &[("Germany", "supply", "Saudi Arabia")],
            },
            Case {
                text: "Canada banned arms exports to Turkey last October.",
                want: &[],
                not: &[("Canada", "supply", "Turkey")],
            },
            Case {
                text: "The United States stopped supplying weapons to Pakistan in 1990.",
                want: &[],
                not: &[("United States", "supply", "Pakistan")],
            },
            Case {
                text: "Britain froze arms exports to Israel.",
                want: &[],
                not: &[("United Kingdom", "supply", "Israel")],
            },
            Case {
                text: "Germany halted deliveries of Leopard tanks to Turkey.",
                want: &[],
                not: &[
                    ("Germany", "supply", "Turkey"),
                    ("Turkey", "acquire", "Leopard"),
                ],
            },
            Case {
                text: "Germany resumed deliveries of Leopard tanks to Turkey.",
                want: &[
                    ("Germany", "supply", "Leopard"),
                    ("Germany", "supply", "Turkey"),
                    ("Turkey", "acquire", "Leopard"),
                ],
                not: &[],
            },
            Case {
                text: "Greece is in talks with Israel to buy the Spike missile.",
                want: &[("Greece", "meet", "Israel")],
                not: &[
                    ("Israel", "acquire", "Spike"),
                    ("Greece", "acquire", "Spike"),
                ],
            },
            Case {
                text: "Greece signed a deal with Israel to buy the Spike missile.",
                want: &[
                    ("Greece", "agree", "Israel"),
                    ("Greece", "acquire", "Spike"),
                ],
                not: &[],
            },
            Case {
                text: "The Senate approved the sale of F-16 jets to Pakistan.",
                want: &[("Pakistan", "acquire", "F-16")],
                not: &[],
            },
        ],
        false,
    );
}

/// What is only wished, attempted, possible or called off is not stated as
/// fact (guidelines: "a readiness or wish to negotiate does not" count);
/// plans stated as fact still count.
#[test]
fn wished_possible_or_called_off() {
    check(
        &[
            Case {
                text: "Japan hopes to sign a trade pact with Australia.",
                want: &[],
                not: &[("Japan", "agree", "Australia")],
            },
            Case {
                text: "Egypt is considering buying the J-10C fighter.",
                want: &[],
                not: &[("Egypt", "acquire", "J-10C")],
            },
            Case {
                text: "Britain will seek a memorandum of understanding with Japan.",
                want: &[],
                not: &[("United Kingdom", "agree", "Japan")],
            },
            Case {
                text: "Minister Michael Howard has cancelled a trip to Australia.",
                want: &[],
                not: &[("Michael Howard", "visit", "Australia")],
            },
            Case {
                text: "Denmark and Portugal might agree to the plan.",
                want: &[],
                not: &[("Denmark", "agree", "Portugal")],
            },
            // Plans stated as fact count; "is considered" is "is regarded as".
            Case {
                text: "India plans to buy the Rafale from France.",
                want: &[
                    ("India", "acquire", "Rafale"),
                    ("France", "supply", "Rafale"),
                ],
                not: &[],
            },
            Case {
                text: "Japan will sign a trade pact with Australia.",
                want: &[("Japan", "agree", "Australia")],
                not: &[],
            },
            Case {
                text: "Germany is considered a key backer of Argentina.",
                want: &[("Germany", "support", "Argentina")],
                not: &[],
            },
        ],
        false,
    );
}

/// A list inside a sentence-opening phrase runs past its first comma; the
/// main clause's subject follows the phrase's own comma.
#[test]
fn fronted_phrase_with_a_list() {
    check(
        &[
            Case {
                text: "After visiting the U.S., France, Italy and Switzerland, Minister Dilson Funaro flew home.",
                want: &[
                    ("Dilson Funaro", "visit", "United States"),
                    ("Dilson Funaro", "visit", "France"),
                    ("Dilson Funaro", "visit", "Italy"),
                    ("Dilson Funaro", "visit", "Switzerland"),
                ],
                not: &[("France", "visit", "Italy"), ("Italy", "visit", "France")],
            },
            Case {
                text: "During a visit to Moscow, Minister Rajnath Singh met Sergei Shoigu.",
                want: &[
                    ("Rajnath Singh", "visit", "Moscow"),
                    ("Rajnath Singh", "meet", "Sergei Shoigu"),
                ],
                not: &[],
            },
        ],
        false,
    );
}

/// A name followed by an auxiliary after the verb is the subject of a
/// complement clause, not the object ("assured the prince the United States
/// would stay"); a warning's addressee and a complaint's clause subject are
/// still the target.
#[test]
fn complement_clause_subjects() {
    check(
        &[
            Case {
                text: "George Bush assured the prince the United States would stay in the Gulf.",
                want: &[],
                not: &[("George Bush", "support", "United States")],
            },
            Case {
                text: "Germany backed Ukraine in the talks.",
                want: &[("Germany", "support", "Ukraine")],
                not: &[],
            },
            Case {
                text: "Washington warned Iran would face new sanctions.",
                want: &[],
                not: &[],
            },
            Case {
                text: "The United States warned Iran would face new sanctions.",
                want: &[("United States", "threaten", "Iran")],
                not: &[],
            },
            Case {
                text: "The United States complained Japan has no plan to boost imports.",
                want: &[("United States", "criticize", "Japan")],
                not: &[],
            },
        ],
        false,
    );
}

#[test]
fn denials() {
    // The complement of "deny", or a claim rejected, is stated negated.
    let denied = [
        Case {
            text: "Iran denied supplying drones to Russia.",
            want: &[("Iran", "supply", "Russia")],
            not: &[],
        },
        Case {
            text: "Pakistan has repeatedly denied ever selling the JF-17 to Nigeria.",
            want: &[
                ("Pakistan", "supply", "JF-17"),
                ("Pakistan", "supply", "Nigeria"),
                ("Nigeria", "acquire", "JF-17"),
            ],
            not: &[],
        },
        Case {
            text: "China denies that it has sent weapons to Russia.",
            want: &[("China", "supply", "Russia")],
            not: &[],
        },
        Case {
            text: "Turkey denied it had attacked Armenia.",
            want: &[("Turkey", "attack", "Armenia")],
            not: &[],
        },
        Case {
            text: "Belarus rejected accusations that it had attacked Lithuania.",
            want: &[("Belarus", "attack", "Lithuania")],
            not: &[],
        },
        Case {
            text: "Serbia dismissed reports that it would buy the Rafale from France.",
            want: &[
                ("Serbia", "acquire", "Rafale"),
                ("France", "supply", "Rafale"),
            ],
            not: &[],
        },
    ];
    check(&denied, true);
    let relater = crate::relate::Relater::new();
    for c in &denied {
        assert!(
            super::triples(&relater, c.text).iter().all(|x| x.3),
            "{:?}",
            c.text
        );
    }
    // A denial does not reach past its own clause.
    check(
        &[
            Case {
                text: "Iran denied the report and signed a defence pact with Syria.",
                want: &[("Iran", "agree", "Syria")],
                not: &[],
            },
            Case {
                text: "Chile, which denied the charges, bought the F-16 from Norway.",
                want: &[("Chile", "acquire", "F-16"), ("Norway", "supply", "F-16")],
                not: &[],
            },
            Case {
                text: "Officials denied reports of a delay, saying Egypt had bought the Rafale.",
                want: &[("Egypt", "acquire", "Rafale")],
                not: &[],
            },
        ],
        false,
    );
}

#[test]
fn support_of_causes_and_acts() {
    // Backing or criticising a party's bid, plan, decision or act is
    // backing or criticising the party.
    check(
        &[
            Case {
                text: "Turkey backed Sweden's bid to join NATO.",
                want: &[("Turkey", "support", "Sweden")],
                not: &[("Turkey", "support", "North Atlantic Treaty Organization")],
            },
            Case {
                text: "Germany supports Ukraine's sovereignty and territorial integrity.",
                want: &[("Germany", "support", "Ukraine")],
                not: &[],
            },
            Case {
                text: "Brazil endorsed a proposal by Argentina to cut tariffs.",
                want: &[("Brazil", "support", "Argentina")],
                not: &[],
            },
            Case {
                text: "Hungary criticised the Polish plan.",
                want: &[("Hungary", "criticize", "Poland")],
                not: &[],
            },
            // A state's name right before its act is the author.
            Case {
                text: "Estonia condemned the U.S. strikes on Iraq.",
                want: &[
                    ("Estonia", "criticize", "United States"),
                    ("United States", "attack", "Iraq"),
                ],
                not: &[],
            },
            // A name on an event noun is its author only as a possessor, a
            // demonym or a state's name right before it: here Canada sells.
            Case {
                text: "Mexico subsidized Canada wheat imports.",
                want: &[],
                not: &[("Mexico", "support", "Canada")],
            },
            // "help" takes a bare infinitive: the plans are the object of "block".
            Case {
                text: "Peru helped block Chile's plans.",
                want: &[],
                not: &[("Peru", "support", "Chile")],
            },
            // "back" after a verb is a particle.
            Case {
                text: "Chile referred the dispute back to the tribunal set up by Peru.",
                want: &[],
                not: &[("Chile", "support", "Peru")],
            },
        ],
        false,
    );
    // Not done: "no plans to", "stopped short of", "unlikely to".
    let negated = [
        Case {
            text: "Japan made no commitment to buy the F-35 from the United States.",
            want: &[
                ("Japan", "acquire", "F-35"),
                ("United States", "supply", "F-35"),
            ],
            not: &[],
        },
        Case {
            text: "Austria stopped short of endorsing Slovenia's proposal.",
            want: &[("Austria", "support", "Slovenia")],
            not: &[],
        },
    ];
    check(&negated, true);
    check(
        &[Case {
            text: "Norway is unlikely to back Denmark's bid.",
            want: &[],
            not: &[("Norway", "support", "Denmark")],
        }],
        false,
    );
}
