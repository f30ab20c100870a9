//! Table-driven tests of the relation patterns, one table per family, on
//! sentences written for these tests. Each case lists the exact
//! (source, relation, target) triples expected (symmetric ones in either
//! order) and triples that must not appear.

use super::*;
use crate::extract::Extractor;

type Triple = (&'static str, &'static str, &'static str);

struct Case {
    text: &'static str,
    want: &'static [Triple],
    not: &'static [Triple],
}

/// (source, relation, target, negated) by label, symmetric pairs ordered.
fn triples(relater: &Relater, text: &str) -> Vec<(String, String, String, bool)> {
    let ex = Extractor::builtin().extract(text);
    let mut out: Vec<_> = relater
        .relations(text, &ex)
        .iter()
        .map(|r| {
            let (mut s, mut t) = (
                ex.entities[r.source].label.clone(),
                ex.entities[r.target].label.clone(),
            );
            if is_symmetric(&r.relation) && s > t {
                std::mem::swap(&mut s, &mut t);
            }
            (s, r.relation.clone(), t, r.negated)
        })
        .collect();
    out.sort();
    out.dedup();
    out
}

fn norm(t: &Triple) -> (String, String, String) {
    let (mut s, r, mut g) = (t.0.to_string(), t.1.to_string(), t.2.to_string());
    if is_symmetric(&r) && s > g {
        std::mem::swap(&mut s, &mut g);
    }
    (s, r, g)
}

/// Asserts each case: positive triples exactly `want`, none of `not`;
/// `negated` says which polarity is checked.
fn check(cases: &[Case], negated: bool) {
    let relater = Relater::new();
    for c in cases {
        let got = triples(&relater, c.text);
        let pos: Vec<(String, String, String)> = got
            .iter()
            .filter(|x| x.3 == negated)
            .map(|x| (x.0.clone(), x.1.clone(), x.2.clone()))
            .collect();
        let mut want: Vec<_> = c.want.iter().map(norm).collect();
        want.sort();
        want.dedup();
        assert_eq!(pos, want, "{:?}\nall: {got:?}", c.text);
        for n in c.not {
            let n = norm(n);
            assert!(
                !got.iter().any(|x| (&x.0, &x.1, &x.2) == (&n.0, &n.1, &n.2)),
                "{:?} has {n:?}",
                c.text
            );
        }
    }
}

#[test]
fn active() {
    check(
        &[
            Case {
                text: "India bought S-400 missile systems from Russia in 2018.",
                want: &[("India", "acquire", "S-400"), ("Russia", "supply", "S-400")],
                not: &[("Russia", "acquire", "S-400"), ("India", "supply", "S-400")],
            },
            Case {
                // "received" a person is meet; an order from a country is not.
                text: "Prime Minister Narendra Modi received Yury Borisov. Later Boeing received Japanese government approval.",
                want: &[("Narendra Modi", "meet", "Yury Borisov")],
                not: &[("Boeing", "meet", "Japan")],
            },
            Case {
                text: "The Indian Air Force inducted the Su-30MKI fighter.",
                want: &[("Indian Air Force", "acquire", "Su-30MKI")],
                not: &[],
            },
            Case {
                text: "Russia supplied MiG-29 jets to Egypt.",
                want: &[
                    ("Russia", "supply", "MiG-29"),
                    ("Russia", "supply", "Egypt"),
                    ("Egypt", "acquire", "MiG-29"),
                ],
                not: &[("Egypt", "supply", "MiG-29")],
            },
            Case {
                text: "Defence Minister Rajnath Singh met Russian Deputy Prime Minister Yury Borisov in Moscow.",
                want: &[("Rajnath Singh", "meet", "Yury Borisov")],
                not: &[("Rajnath Singh", "meet", "Russia")],
            },
            Case {
                text: "China test-fired a DF-21 missile on Monday.",
                want: &[("China", "test", "DF-21")],
                not: &[],
            },
            Case {
                text: "Turkey criticised Greece over the drills.",
                want: &[("Turkey", "criticize", "Greece")],
                not: &[("Greece", "criticize", "Turkey")],
            },
            Case {
                text: "The United States imposed sanctions on Iran.",
                want: &[("United States", "sanction", "Iran")],
                not: &[],
            },
            Case {
                text: "Japan deployed the Patriot system near Tokyo.",
                want: &[("Japan", "deploy", "Patriot")],
                not: &[],
            },
            Case {
                // Head noun, then a controlled gerund.
                text: "Egypt signed a contract with France for buying Rafale jets.",
                want: &[("Egypt", "agree", "France"), ("Egypt", "acquire", "Rafale")],
                not: &[("France", "acquire", "Rafale")],
            },
            Case {
                text: "Japan plans to buy F-35 jets.",
                want: &[("Japan", "acquire", "F-35")],
                not: &[],
            },
            Case {
                // Appositive between subject and verb.
                text: "Hindustan Aeronautics Limited, a state-owned company, will produce the Tejas fighter.",
                want: &[("Hindustan Aeronautics Limited", "produce", "Tejas")],
                not: &[],
            },
            Case {
                // Holder after the predicate.
                text: "The BrahMos missiles will be fitted on the Su-30MKI jets.",
                want: &[("Su-30MKI", "deploy", "BrahMos")],
                not: &[("BrahMos", "deploy", "Su-30MKI")],
            },
            Case {
                text: "The Indian Army is equipped with the INSAS rifle.",
                want: &[("Indian Army", "deploy", "INSAS")],
                not: &[],
            },
            Case {
                // Object control: the accused sends and supports.
                text: "Armenia accused Turkey of sending F-16 jets to support Azerbaijan.",
                want: &[
                    ("Armenia", "criticize", "Turkey"),
                    ("Turkey", "supply", "F-16"),
                    ("Turkey", "support", "Azerbaijan"),
                ],
                not: &[("Armenia", "support", "Azerbaijan"), ("Armenia", "supply", "F-16")],
            },
            Case {
                // A common noun subject: no name further left is the subject.
                text: "Hindustan Aeronautics Limited will build Tejas jets for India under a contract signed with the Indian Air Force.",
                want: &[("Hindustan Aeronautics Limited", "produce", "Tejas")],
                not: &[("India", "agree", "Indian Air Force")],
            },
            Case {
                // Light verb before a nominal.
                text: "Russia approved the sale of S-400 systems to India.",
                want: &[
                    ("Russia", "supply", "S-400"),
                    ("Russia", "supply", "India"),
                    ("India", "acquire", "S-400"),
                ],
                not: &[],
            },
            Case {
                // Trade without arms is no supply edge.
                text: "Australia sold wheat to Egypt.",
                want: &[],
                not: &[("Australia", "supply", "Egypt")],
            },
            Case {
                // "received" a weapon is acquire, not meet.
                text: "The Indian Navy received the first MH-60R helicopters.",
                want: &[("Indian Navy", "acquire", "MH-60R")],
                not: &[("Indian Navy", "meet", "MH-60R")],
            },
        ],
        false,
    );
}

#[test]
fn passive() {
    check(
        &[
            Case {
                text: "The S-400 deal was signed by India and Russia.",
                want: &[("India", "agree", "Russia")],
                not: &[("India", "agree", "S-400")],
            },
            Case {
                text: "The Su-30MKI fighters were built by Hindustan Aeronautics Limited.",
                want: &[("Hindustan Aeronautics Limited", "produce", "Su-30MKI")],
                not: &[("Su-30MKI", "produce", "Hindustan Aeronautics Limited")],
            },
            Case {
                text: "Indian troops were attacked by Chinese soldiers in Ladakh.",
                want: &[("China", "attack", "India")],
                not: &[("India", "attack", "China")],
            },
            Case {
                // Reduced relative clause.
                text: "The BrahMos missile, developed by India and Russia, was tested in Odisha.",
                want: &[("India", "produce", "BrahMos"), ("Russia", "produce", "BrahMos")],
                not: &[],
            },
            Case {
                // Relative pronoun to its antecedent.
                text: "The Su-30MKI, which was built by Hindustan Aeronautics Limited, flew over Delhi.",
                want: &[("Hindustan Aeronautics Limited", "produce", "Su-30MKI")],
                not: &[],
            },
        ],
        false,
    );
}

#[test]
fn coordination() {
    check(
        &[
            Case {
                text: "India and Russia signed a pact on Friday.",
                want: &[("India", "agree", "Russia")],
                not: &[],
            },
            Case {
                text: "The Indian Army bought S-400 and MiG-29 from Russia.",
                want: &[
                    ("Indian Army", "acquire", "S-400"),
                    ("Indian Army", "acquire", "MiG-29"),
                    ("Russia", "supply", "S-400"),
                    ("Russia", "supply", "MiG-29"),
                ],
                not: &[("Indian Army", "acquire", "Russia")],
            },
            Case {
                text: "Israel, France and Germany supported Ukraine.",
                want: &[
                    ("Israel", "support", "Ukraine"),
                    ("France", "support", "Ukraine"),
                    ("Germany", "support", "Ukraine"),
                ],
                not: &[("Israel", "support", "France")],
            },
            Case {
                // Coordinated verbs share subject and object.
                text: "Russia has been building and delivering S-400 systems.",
                want: &[
                    ("Russia", "produce", "S-400"),
                    ("Russia", "supply", "S-400"),
                ],
                not: &[],
            },
            Case {
                text: "The Rafale is in service with the Indian Air Force and Qatar.",
                want: &[
                    ("Indian Air Force", "deploy", "Rafale"),
                    ("Qatar", "deploy", "Rafale"),
                    ("Indian Air Force", "acquire", "Rafale"),
                    ("Qatar", "acquire", "Rafale"),
                ],
                not: &[],
            },
            Case {
                // A gerund after "by" takes the clause's subject.
                text: "Last year, Russia and India took another step by signing new contracts.",
                want: &[("Russia", "agree", "India")],
                not: &[],
            },
            Case {
                // A place and its country are one argument; "X based Y" names Y.
                text: "Egypt signed a contract for the purchase of rifles from Maryland, United States based Lockheed Martin.",
                want: &[("Egypt", "agree", "Lockheed Martin")],
                not: &[("Egypt", "agree", "United States")],
            },
            Case {
                // Reciprocal verb with a coordinated subject: both ways.
                text: "Azerbaijan and Armenia fought over the region.",
                want: &[
                    ("Azerbaijan", "attack", "Armenia"),
                    ("Armenia", "attack", "Azerbaijan"),
                ],
                not: &[],
            },
        ],
        false,
    );
}

#[test]
fn nominal() {
    check(
        &[
            Case {
                text: "The attack on Armenia by Azerbaijan drew criticism.",
                want: &[("Azerbaijan", "attack", "Armenia")],
                not: &[("Armenia", "attack", "Azerbaijan")],
            },
            Case {
                text: "The purchase of Rafale jets by India was completed.",
                want: &[("India", "acquire", "Rafale")],
                not: &[],
            },
            Case {
                text: "Prime Minister Narendra Modi's visit to Japan ended on Friday.",
                want: &[("Narendra Modi", "visit", "Japan")],
                not: &[],
            },
            Case {
                // "the Government of X" stands for X.
                text: "An agreement between the Government of India and the Government of Russia was concluded on Monday.",
                want: &[("India", "agree", "Russia")],
                not: &[],
            },
            Case {
                text: "Talks between India and China ended without result.",
                want: &[("India", "meet", "China")],
                not: &[],
            },
        ],
        false,
    );
}

#[test]
fn reporting_verb() {
    check(
        &[
            Case {
                text: "Officials said Russia will supply the S-400 to India.",
                want: &[
                    ("Russia", "supply", "S-400"),
                    ("Russia", "supply", "India"),
                    ("India", "acquire", "S-400"),
                ],
                not: &[],
            },
            Case {
                // The speaker is not the buyer.
                text: "Defence Minister Rajnath Singh said India will buy MiG-29 jets from Russia.",
                want: &[
                    ("India", "acquire", "MiG-29"),
                    ("Russia", "supply", "MiG-29"),
                ],
                not: &[("Rajnath Singh", "acquire", "MiG-29")],
            },
            Case {
                // "X said it had ...": the pronoun is the speaker.
                text: "Israel said it had test-fired an Arrow 3 interceptor.",
                want: &[("Israel", "test", "Arrow 3")],
                not: &[],
            },
        ],
        false,
    );
}

#[test]
fn negation() {
    let cases = [
        Case {
            text: "India did not sign the deal with Russia.",
            want: &[("India", "agree", "Russia")],
            not: &[],
        },
        Case {
            text: "Turkey has never attacked Greece.",
            want: &[("Turkey", "attack", "Greece")],
            not: &[],
        },
        Case {
            text: "Canada failed to conclude an agreement with Egypt.",
            want: &[("Canada", "agree", "Egypt")],
            not: &[],
        },
    ];
    // Emitted as negated, never as positive.
    check(&cases, true);
    let relater = Relater::new();
    for c in &cases {
        assert!(
            triples(&relater, c.text).iter().all(|x| x.3),
            "{:?}",
            c.text
        );
    }
}

#[test]
fn pronoun_subject() {
    check(
        &[
            Case {
                text: "Defence Minister Rajnath Singh arrived in Moscow on Tuesday. His meeting with Yury Borisov was productive.",
                want: &[("Rajnath Singh", "visit", "Moscow"), ("Rajnath Singh", "meet", "Yury Borisov")],
                not: &[],
            },
            Case {
                text: "Defence Minister Rajnath Singh flew to Moscow. He visited Russia to discuss the S-400.",
                want: &[
                    ("Rajnath Singh", "visit", "Moscow"),
                    ("Rajnath Singh", "visit", "Russia"),
                ],
                not: &[],
            },
            Case {
                // A title alone.
                text: "Defence Minister Rajnath Singh spoke to reporters. The Minister later met Yury Borisov.",
                want: &[("Rajnath Singh", "meet", "Yury Borisov")],
                not: &[],
            },
            Case {
                // Two people before "He": the subject of the sentence before
                // (centering; `subjects::subject_continuity`).
                text: "Defence Minister Rajnath Singh met Defence Minister Wei Fenghe. He later visited Russia.",
                want: &[("Rajnath Singh", "meet", "Wei Fenghe"), ("Rajnath Singh", "visit", "Russia")],
                not: &[("Wei Fenghe", "visit", "Russia")],
            },
            Case {
                // Two people, neither of them the subject: no edge.
                text: "Photos of Rajnath Singh and Wei Fenghe were shown. He later visited Russia.",
                want: &[],
                not: &[("Rajnath Singh", "visit", "Russia"), ("Wei Fenghe", "visit", "Russia")],
            },
        ],
        false,
    );
}

#[test]
fn other_verbs_only_when_asked() {
    let text = "India rebuffed Pakistan on Monday.";
    let ex = Extractor::builtin().extract(text);
    assert!(Relater::new().relations(text, &ex).is_empty());
    let with = Relater::new().with_other(true).relations(text, &ex);
    let labels: Vec<_> = with
        .iter()
        .map(|r| {
            (
                ex.entities[r.source].label.as_str(),
                r.relation.as_str(),
                r.verb.as_str(),
            )
        })
        .collect();
    assert_eq!(labels, [("India", "other", "rebuffed")]);
}

#[test]
fn evidence_fields() {
    let text = "Analysts met on Monday. Russia supplied MiG-29 jets to Egypt.";
    let ex = Extractor::builtin().extract(text);
    let rels = Relater::new().relations(text, &ex);
    assert!(!rels.is_empty());
    for r in &rels {
        assert_eq!(r.sentence, 1);
        assert_eq!(r.verb, "supplied");
        assert!(!r.negated);
    }
}

#[test]
fn holders_and_partitives() {
    check(
        &[
            Case {
                // "of which N are in service with": the antecedent holds it.
                text: "The show featured the Rafale jets, of which 36 are in service with the Indian Air Force and Qatar.",
                want: &[
                    ("Indian Air Force", "deploy", "Rafale"),
                    ("Qatar", "deploy", "Rafale"),
                    ("Indian Air Force", "acquire", "Rafale"),
                    ("Qatar", "acquire", "Rafale"),
                ],
                not: &[],
            },
            Case {
                text: "Egypt ordered the Mistral, of which two were supplied to Russia.",
                want: &[
                    ("Egypt", "acquire", "Mistral"),
                    ("Russia", "acquire", "Mistral"),
                ],
                not: &[],
            },
            Case {
                // A fleet "in service" is deployed; acquire only with "with".
                text: "The Indian Navy has 40 MiG-29K jets in service.",
                want: &[("Indian Navy", "deploy", "MiG-29K")],
                not: &[("Indian Navy", "acquire", "MiG-29K")],
            },
            Case {
                // A relative clause not partitive: no antecedent jump.
                text: "Japan bought the F-35, which Italy criticised.",
                want: &[("Japan", "acquire", "F-35")],
                not: &[("Italy", "acquire", "F-35")],
            },
        ],
        false,
    );
}

#[test]
fn co_producers() {
    check(
        &[
            Case {
                text: "The Ka-52 helicopters will be built in Russia in partnership with Tata Advanced Systems.",
                want: &[("Tata Advanced Systems", "produce", "Ka-52")],
                not: &[],
            },
            Case {
                text: "Boeing assembled the Apache helicopters in cooperation with Tata Advanced Systems.",
                want: &[
                    ("Boeing", "produce", "AH-64"),
                    ("Tata Advanced Systems", "produce", "AH-64"),
                ],
                not: &[],
            },
            Case {
                text: "The Scorpene submarines were constructed at Mazagon Dock Shipbuilders Limited, Mumbai.",
                want: &[("Mazagon Dock Shipbuilders", "produce", "Scorpène")],
                not: &[],
            },
            Case {
                // A place after "at" builds nothing.
                text: "The Tejas jets were built at Bangalore.",
                want: &[],
                not: &[("Bangalore", "produce", "Tejas")],
            },
            Case {
                // "at" after another verb is no production site.
                text: "Russia developed the BrahMos missile and displayed it at Hindustan Aeronautics Limited.",
                want: &[("Russia", "produce", "BrahMos")],
                not: &[("Hindustan Aeronautics Limited", "produce", "BrahMos")],
            },
            Case {
                // A party right after the weapon object.
                text: "Britain is developing the Tempest fighter with Japan and Italy.",
                want: &[
                    ("United Kingdom", "produce", "Tempest"),
                    ("Japan", "produce", "Tempest"),
                    ("Italy", "produce", "Tempest"),
                ],
                not: &[],
            },
            Case {
                // Not a party's help on a common noun.
                text: "Peru built the Tejas jets with Chilean help.",
                want: &[("Peru", "produce", "Tejas")],
                not: &[("Chile", "produce", "Tejas")],
            },
            Case {
                // "with" without a partnership noun is no producer.
                text: "Russia developed the BrahMos missile with funding from the Indian Navy.",
                want: &[("Russia", "produce", "BrahMos")],
                not: &[("Indian Navy", "produce", "BrahMos")],
            },
        ],
        false,
    );
}

#[test]
fn company_anaphora() {
    check(
        &[
            Case {
                // "The company" is the organisation of company kind last named.
                text: "Lockheed Martin opened a plant in Texas. The company also delivered F-16 jets to Egypt.",
                want: &[
                    ("Lockheed Martin", "supply", "F-16"),
                    ("Lockheed Martin", "supply", "Egypt"),
                    ("Egypt", "acquire", "F-16"),
                ],
                not: &[],
            },
            Case {
                // A ministry or armed force is no company.
                text: "The Indian Army praised the plant. The company delivered F-16 jets to Egypt.",
                want: &[("Egypt", "acquire", "F-16")],
                not: &[("Indian Army", "supply", "F-16")],
            },
            Case {
                // Two companies in the antecedent's sentence: ambiguous.
                text: "Boeing and Lockheed Martin opened plants. The company delivered F-16 jets to Egypt.",
                want: &[("Egypt", "acquire", "F-16")],
                not: &[("Lockheed Martin", "supply", "F-16"), ("Boeing", "supply", "F-16")],
            },
            Case {
                // A company that is not the topic of its sentence is not resolved.
                text: "Egypt praised Boeing. The company delivered F-16 jets to Jordan.",
                want: &[("Jordan", "acquire", "F-16")],
                not: &[("Boeing", "supply", "F-16")],
            },
            Case {
                // "its" right after the verb is the verb's subject.
                text: "The Ministry of Defence finalised its order with Boeing for 22 AH-64 helicopters.",
                want: &[
                    ("Ministry of Defence", "agree", "Boeing"),
                    ("Ministry of Defence", "acquire", "AH-64"),
                    // An order for weapons is a sale: the company supplies.
                    ("Boeing", "supply", "AH-64"),
                    ("Boeing", "supply", "Ministry of Defence"),
                ],
                not: &[("Boeing", "acquire", "AH-64")],
            },
        ],
        false,
    );
}

#[test]
fn titled_partner() {
    check(
        &[
            Case {
                // The person after a title phrase is the partner, not the title's country.
                text: "Rajnath Singh held a meeting with the Ambassador of France to India Emmanuel Lenain on Monday.",
                want: &[("Rajnath Singh", "meet", "Emmanuel Lenain")],
                not: &[("Rajnath Singh", "meet", "France")],
            },
            Case {
                // A counterpart with a demonym and a name: the person.
                text: "Defence Minister Boris Pistorius met his French counterpart Sebastien Lecornu.",
                want: &[("Boris Pistorius", "meet", "Sebastien Lecornu")],
                not: &[("Boris Pistorius", "meet", "France")],
            },
            Case {
                text: "Rajnath Singh met with Defence Minister of Russia Sergei Shoigu in Moscow.",
                want: &[("Rajnath Singh", "meet", "Sergei Shoigu")],
                not: &[("Rajnath Singh", "meet", "Russia")],
            },
            Case {
                // No title between: the first partner as before.
                text: "Rajnath Singh met with France and later spoke to Sergei Shoigu.",
                want: &[("Rajnath Singh", "meet", "France")],
                not: &[("Rajnath Singh", "meet", "Sergei Shoigu")],
            },
        ],
        false,
    );
}

#[test]
fn agent_noun_control() {
    check(
        &[
            Case {
                // The copula subject of an agent noun does the infinitive.
                text: "Last year, Egypt became the third export customer to choose the Rafale.",
                want: &[("Egypt", "acquire", "Rafale")],
                not: &[],
            },
            Case {
                text: "Egypt became the third export customer. Greece chose the Rafale.",
                want: &[("Greece", "acquire", "Rafale")],
                not: &[("Egypt", "acquire", "Rafale")],
            },
        ],
        false,
    );
}

#[test]
fn contract_for() {
    check(
        &[
            Case {
                // The contractor builds, the signer acquires.
                text: "The Indian Navy signed a contract with Mazagon Dock Shipbuilders for the construction of six Scorpene submarines.",
                want: &[
                    ("Indian Navy", "agree", "Mazagon Dock Shipbuilders"),
                    ("Indian Navy", "acquire", "Scorpène"),
                    ("Mazagon Dock Shipbuilders", "produce", "Scorpène"),
                ],
                not: &[("Indian Navy", "produce", "Scorpène")],
            },
            Case {
                text: "Egypt signed a deal with Rosoboronexport for the supply of MiG-29 fighters.",
                want: &[
                    ("Egypt", "agree", "Rosoboronexport"),
                    ("Egypt", "acquire", "MiG-29"),
                    ("Rosoboronexport", "supply", "MiG-29"),
                    ("Rosoboronexport", "supply", "Egypt"),
                ],
                not: &[("Egypt", "supply", "MiG-29")],
            },
        ],
        false,
    );
}

#[test]
fn repeated_head_noun() {
    check(
        &[
            Case {
                // The repeated plural head noun stands for the weapon named with it.
                text: "Saab sold 12 Gripen jets to Hungary, bringing the number of jets ordered and in service with Sweden and Brazil to 200.",
                want: &[
                    ("Saab", "supply", "Gripen"),
                    ("Saab", "supply", "Hungary"),
                    ("Hungary", "acquire", "Gripen"),
                    ("Sweden", "deploy", "Gripen"),
                    ("Brazil", "deploy", "Gripen"),
                    ("Sweden", "acquire", "Gripen"),
                    ("Brazil", "acquire", "Gripen"),
                ],
                not: &[],
            },
            Case {
                // Another head noun: no antecedent.
                text: "Saab sold 12 Gripen jets to Hungary, bringing the number of radars in service with Sweden to 200.",
                want: &[
                    ("Saab", "supply", "Gripen"),
                    ("Saab", "supply", "Hungary"),
                    ("Hungary", "acquire", "Gripen"),
                ],
                not: &[("Sweden", "deploy", "Gripen")],
            },
        ],
        false,
    );
}

#[test]
fn elliptic_patient() {
    check(
        &[
            Case {
                text: "Lockheed Martin will deliver the first 10 F-16 jets, and the remaining 40 will be assembled in India by Tata Advanced Systems.",
                want: &[
                    ("Lockheed Martin", "supply", "F-16"),
                    ("Tata Advanced Systems", "produce", "F-16"),
                ],
                not: &[],
            },
            Case {
                // No "the remaining / other / rest": no patient.
                text: "Lockheed Martin showed the F-16, and 40 will be assembled by Tata Advanced Systems.",
                want: &[],
                not: &[("Tata Advanced Systems", "produce", "F-16")],
            },
        ],
        false,
    );
}

mod robustness {
    use super::*;
    use proptest::prelude::*;

    const WORDS: &[&str] = &[
        "India",
        "Russia",
        "and",
        "signed",
        "a",
        "deal",
        "with",
        "by",
        "was",
        "the",
        "S-400",
        "MiG-29",
        "bought",
        "from",
        "to",
        "He",
        "his",
        "its",
        "which",
        ",",
        ".",
        "(",
        ")",
        "’s",
        "'s",
        "of",
        "Defence",
        "Minister",
        "Rajnath",
        "Singh",
        "met",
        "visit",
        "attack",
        "on",
        "not",
        "did",
        "said",
        "that",
        "it",
        "Government",
        "between",
        "including",
        "fitted",
        "in",
        "service",
        "for",
        "buying",
        "plans",
        "—",
        "\"",
        "“",
        "Indian",
        "Air",
        "Force",
        "supplied",
        "sale",
        "and",
        "or",
        ":",
        ";",
        "who",
        "as",
        "a",
        "warning",
        "Hindustan",
        "Aeronautics",
        "Limited",
    ];

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(1000))]
        /// Any word salad gives relations whose indices are in range and
        /// whose source and target differ; nothing panics.
        #[test]
        fn word_salad(idx in proptest::collection::vec(0..WORDS.len(), 0..60)) {
            let text: String = idx.iter().map(|&i| WORDS[i]).collect::<Vec<_>>().join(" ");
            static EX: std::sync::OnceLock<Extractor> = std::sync::OnceLock::new();
            let ex = EX.get_or_init(Extractor::builtin).extract(&text);
            for r in Relater::new().with_other(true).relations(&text, &ex) {
                prop_assert!(r.source < ex.entities.len() && r.target < ex.entities.len());
                prop_assert!(r.source != r.target);
                prop_assert!(r.sentence < ex.sentences.len());
            }
        }
    }
}

/// Found by fuzzing: a possessive as the document's last token.
#[test]
fn possessive_at_the_end_of_the_document() {
    let text = "The United States imposed sanctions on Turkey's";
    let ex = Extractor::builtin().extract(text);
    Relater::new().relations(text, &ex);
}

mod arguments;
mod constructions;
mod frames;
mod objects;
mod quotation;
mod subjects;
mod weapons;
