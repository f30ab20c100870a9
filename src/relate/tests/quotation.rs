//! Tables for statements made through a speaker (first person inside a
//! quotation) and by evaluation ("called X's move a provocation"), see
//! `relate/quote.rs` and the construction inventory in `relate/mod.rs`.

use super::{check, Case};

/// "we", "I", "our military" inside a quotation stand for the speaker the
/// quotation is attributed to, after or before it.
#[test]
fn quotation() {
    check(
        &[
            Case {
                text: "\"We will support Ukraine,\" Emmanuel Macron said.",
                want: &[("Emmanuel Macron", "support", "Ukraine")],
                not: &[],
            },
            Case {
                text: "\"We will support Ukraine,\" said Emmanuel Macron.",
                want: &[("Emmanuel Macron", "support", "Ukraine")],
                not: &[],
            },
            Case {
                text: "Emmanuel Macron told reporters: “We strongly condemn Russia.”",
                want: &[("Emmanuel Macron", "criticize", "Russia")],
                not: &[],
            },
            Case {
                text: "According to Emmanuel Macron, \"we strongly condemn Russia.\"",
                want: &[("Emmanuel Macron", "criticize", "Russia")],
                not: &[],
            },
            // Straight single marks; a relative clause after the speaker.
            Case {
                text: "'Our military strongly condemns North Korea's provocation,' General Ahn Young-ho, who leads operations, told a briefing.",
                want: &[("Ahn Young-ho", "criticize", "North Korea")],
                not: &[],
            },
            // The act's author after "by".
            Case {
                text: "'We condemn the attack on our ships by Iran,' Defence Minister Rajnath Singh said.",
                want: &[("Rajnath Singh", "criticize", "Iran")],
                not: &[],
            },
            // A quotation over two sentences; "he" resolved.
            Case {
                text: "Emmanuel Macron met reporters. \"We condemn Russia. We will back Ukraine,\" he said.",
                want: &[
                    ("Emmanuel Macron", "criticize", "Russia"),
                    ("Emmanuel Macron", "support", "Ukraine"),
                ],
                not: &[],
            },
            // A country or organisation speaks for "we" in every category.
            Case {
                text: "\"We will buy the S-400,\" Turkey said.",
                want: &[("Turkey", "acquire", "S-400")],
                not: &[],
            },
            Case {
                text: "\"We signed a deal with India,\" the French government said.",
                want: &[("France", "agree", "India")],
                not: &[],
            },
            // "I" is the person speaking.
            Case {
                text: "\"I met Vladimir Putin in Moscow,\" Donald Trump said.",
                want: &[("Donald Trump", "meet", "Vladimir Putin")],
                not: &[],
            },
            // A person saying "we" did something else speaks for a body.
            Case {
                text: "\"We signed a deal with India,\" Emmanuel Macron said.",
                want: &[],
                not: &[("Emmanuel Macron", "agree", "India")],
            },
            // No quotation marks, or no speaker: nothing.
            Case {
                text: "We condemn Russia, Emmanuel Macron said.",
                want: &[],
                not: &[("Emmanuel Macron", "criticize", "Russia")],
            },
            Case {
                text: "Emmanuel Macron spoke. \"We condemn Russia.\"",
                want: &[],
                not: &[("Emmanuel Macron", "criticize", "Russia")],
            },
            // "I" of a country speaker is no one.
            Case {
                text: "\"I condemn Russia,\" Japan said.",
                want: &[],
                not: &[("Japan", "criticize", "Russia")],
            },
            // "I think it is clear that … its": "its" is not the speaker.
            Case {
                text: "\"I think it is clear that in cancelling its agreement with Fujitsu, the firm has another deal,\" said Paul Johnson.",
                want: &[],
                not: &[("Fujitsu", "agree", "Paul Johnson")],
            },
        ],
        false,
    );
}

/// A verb of naming with an object and a condemning predicative phrase is
/// criticism of the object or of the author of the act it names.
#[test]
fn evaluation() {
    check(
        &[
            Case {
                text: "Japan called Russia's move an escalation.",
                want: &[("Japan", "criticize", "Russia")],
                not: &[],
            },
            Case {
                text: "Iran branded Saudi Arabia a terrorist state.",
                want: &[("Iran", "criticize", "Saudi Arabia")],
                not: &[],
            },
            Case {
                text: "Japan described North Korea as a threat to peace.",
                want: &[("Japan", "criticize", "North Korea")],
                not: &[],
            },
            Case {
                text: "Imran Khan called India a state sponsor of terrorism.",
                want: &[("Imran Khan", "criticize", "India")],
                not: &[],
            },
            Case {
                text: "Germany labelled Hezbollah a terrorist group.",
                want: &[("Germany", "criticize", "Hezbollah")],
                not: &[],
            },
            // The predicative phrase decides: no condemning word, no edge.
            Case {
                text: "Iran called Saudi Arabia a partner.",
                want: &[],
                not: &[("Iran", "criticize", "Saudi Arabia")],
            },
            Case {
                text: "Iran called Saudi Arabia on Monday about a threat.",
                want: &[],
                not: &[("Iran", "criticize", "Saudi Arabia")],
            },
            // "described" needs "as".
            Case {
                text: "Japan described North Korea's threat.",
                want: &[],
                not: &[("Japan", "criticize", "North Korea")],
            },
            // A possessor of anything but an act is no target.
            Case {
                text: "Japan called Russia's ambassador a friend of terrorists.",
                want: &[],
                not: &[("Japan", "criticize", "Russia")],
            },
            // A question asserts nothing.
            Case {
                text: "Analysts asked whether Japan would call Russia a threat.",
                want: &[],
                not: &[("Japan", "criticize", "Russia")],
            },
        ],
        false,
    );
    // Negated: "did not call X a threat".
    check(
        &[Case {
            text: "Imran Khan did not call India a threat.",
            want: &[("Imran Khan", "criticize", "India")],
            not: &[],
        }],
        true,
    );
}

/// A reported condemning predicate of a name or of its act is criticism by
/// the speaker: "S said X is a threat", "…, saying X was the aggressor".
#[test]
fn reported_evaluation() {
    check(
        &[
            Case {
                text: "China said the United States was a threat to world peace.",
                want: &[("China", "criticize", "United States")],
                not: &[],
            },
            Case {
                text: "China slammed the report, saying the United States is the biggest threat to world peace.",
                want: &[("China", "criticize", "United States")],
                not: &[],
            },
            Case {
                text: "Pakistan said India's move was a violation of international law.",
                want: &[("Pakistan", "criticize", "India")],
                not: &[],
            },
            // No condemning word, or one behind a preposition: nothing.
            Case {
                text: "China said the United States was a partner.",
                want: &[],
                not: &[("China", "criticize", "United States")],
            },
            Case {
                text: "China said the United States was a victim of terrorism.",
                want: &[],
                not: &[("China", "criticize", "United States")],
            },
            // No copula: "said X would fight terrorism" evaluates nothing.
            Case {
                text: "China said Pakistan would fight terrorism.",
                want: &[],
                not: &[("China", "criticize", "Pakistan")],
            },
        ],
        false,
    );
    check(
        &[Case {
            text: "China said the United States was not a threat.",
            want: &[("China", "criticize", "United States")],
            not: &[],
        }],
        true,
    );
}

/// A condemnation asserted of a party's act named with a demonym or a
/// state's name ("the Russian strikes were an act of aggression"), a
/// condemning verb asserted of a party or its act ("violates its
/// sovereignty"), and a condemning quotation "said of" a party or its act.
#[test]
fn condemnations_said_of_acts() {
    check(
        &[
            Case {
                text: "Minister Ana Lopez said the Chilean strikes were an act of aggression.",
                want: &[("Ana Lopez", "criticize", "Chile")],
                not: &[],
            },
            Case {
                text: "Peru said the Chilean arms sale to Bolivia violates its sovereignty.",
                want: &[("Peru", "criticize", "Chile")],
                not: &[],
            },
            Case {
                text: "\"This is a blatant provocation,\" Foreign Minister Ana Lopez said of the Chilean drills.",
                want: &[("Ana Lopez", "criticize", "Chile")],
                not: &[],
            },
            // A quotation with no condemning word, and a verb of risk, are no criticism.
            Case {
                text: "\"This is a normal step,\" Foreign Minister Ana Lopez said of the Chilean drills.",
                want: &[],
                not: &[("Ana Lopez", "criticize", "Chile")],
            },
            Case {
                text: "Peru said Chile had endangered its own standing.",
                want: &[],
                not: &[("Peru", "criticize", "Chile")],
            },
        ],
        false,
    );
}

/// A reporting clause after a comma ("..., the South Korean military
/// said") names the speaker, whose words may be lower-case nouns for people
/// or bodies: no object of the verb before it.
#[test]
fn reporting_clauses_after_the_object() {
    check(
        &[
            Case {
                text: "North Korea fired two ballistic missiles into the sea, the South Korean military said.",
                want: &[],
                not: &[("North Korea", "attack", "South Korea")],
            },
            Case {
                text: "Iran fired missiles at Israel, Israeli officials said.",
                want: &[("Iran", "attack", "Israel")],
                not: &[],
            },
        ],
        false,
    );
}

/// Criticism of an act named with its author's name before an arms word
/// or after a bare possessive apostrophe; the infinitive of an intention
/// noun is its owner's act, not the critic's.
#[test]
fn criticised_acts_and_intentions() {
    check(
        &[
            Case {
                text: "China criticised the US arms sale to Taiwan.",
                want: &[
                    ("China", "criticize", "United States"),
                    ("United States", "supply", "Taiwan"),
                ],
                not: &[],
            },
            Case {
                text: "China protested the United States' arms sale to Taiwan.",
                want: &[
                    ("China", "criticize", "United States"),
                    ("United States", "supply", "Taiwan"),
                ],
                not: &[],
            },
            Case {
                text: "China condemned the US decision to sell arms to Taiwan.",
                want: &[
                    ("China", "criticize", "United States"),
                    ("United States", "supply", "Taiwan"),
                ],
                not: &[("China", "supply", "Taiwan")],
            },
            Case {
                text: "Canada subsidized U.S. corn imports.",
                want: &[],
                not: &[("Canada", "support", "United States")],
            },
        ],
        false,
    );
}
