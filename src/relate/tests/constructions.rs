//! Tables for the constructions and argument kinds added for unseen news:
//! support verbs, fronted phrases, compounds, pronoun topics, parentheticals,
//! criticism of acts, noun frames and titled coordination (see the
//! construction inventory in `relate/mod.rs`).

use super::{check, Case};

/// Support ("light") verbs lend their subject to the event noun they take,
/// with modifiers between ("imposed new, wider sanctions on").
#[test]
fn support_verbs() {
    check(
        &[
            Case {
                text: "Russia launched its invasion of Ukraine in February.",
                want: &[("Russia", "attack", "Ukraine")],
                not: &[("Ukraine", "attack", "Russia")],
            },
            Case {
                text: "Russia launched a full-scale invasion of Ukraine.",
                want: &[("Russia", "attack", "Ukraine")],
                not: &[],
            },
            Case {
                text: "The United States imposed new, wider sanctions on Iran.",
                want: &[("United States", "sanction", "Iran")],
                not: &[],
            },
            Case {
                text: "Israel carried out strikes on Hamas in Gaza.",
                want: &[("Israel", "attack", "Hamas")],
                not: &[],
            },
            Case {
                text: "Germany offered support to Ukraine.",
                want: &[("Germany", "support", "Ukraine")],
                not: &[],
            },
            // The light verb's object is no event noun: nothing.
            Case {
                text: "Germany offered Ukraine a loan.",
                want: &[],
                not: &[("Germany", "support", "Ukraine")],
            },
            // An intermediary's verb lends no party to the event: managers,
            // underwriters and brokers of a deal are not its parties.
            Case {
                text: "Goldman Sachs, Merrill Lynch and Salomon Brothers co-managed the deal.",
                want: &[],
                not: &[("Goldman Sachs", "agree", "Merrill Lynch")],
            },
            Case {
                text: "Goldman Sachs and Merrill Lynch underwrote the deal.",
                want: &[],
                not: &[("Goldman Sachs", "agree", "Merrill Lynch")],
            },
            Case {
                text: "Qatar brokered a deal between Israel and Hamas.",
                want: &[("Israel", "agree", "Hamas")],
                not: &[("Qatar", "agree", "Israel"), ("Qatar", "agree", "Hamas")],
            },
            Case {
                text: "India and Russia finalised the deal.",
                want: &[("India", "agree", "Russia")],
                not: &[],
            },
        ],
        false,
    );
}

/// "Russian-made S-400", "Iran-backed Hezbollah", "Rafale maker Dassault":
/// compounds and agent nouns before names.
#[test]
fn compounds_and_agent_nouns() {
    check(
        &[
            Case {
                text: "The Russian-made S-400 was delivered last year.",
                want: &[("Russia", "produce", "S-400")],
                not: &[],
            },
            Case {
                text: "Iran-backed Hezbollah fired rockets.",
                want: &[("Iran", "support", "Hezbollah")],
                not: &[],
            },
            Case {
                text: "The rebels used US-supplied F-16 jets.",
                want: &[("United States", "supply", "F-16")],
                not: &[],
            },
            // Only the name the compound modifies, not the rest of a list.
            Case {
                text: "The army captured 11 Czechoslovak-made L-39 jets, three Soviet Mi-24 helicopters and tanks.",
                want: &[("Czechoslovakia", "produce", "L-39")],
                not: &[("Czechoslovakia", "produce", "Mi-24")],
            },
            Case {
                text: "Rafale maker Dassault Aviation expects more orders.",
                want: &[("Dassault Aviation", "produce", "Rafale")],
                not: &[],
            },
            // A hyphen to a word outside the lexicon states nothing by itself;
            // the demonym still stands for its state as the doer.
            Case {
                text: "The Saudi-led coalition fought the Houthis.",
                want: &[("Saudi Arabia", "attack", "Houthis")],
                not: &[("Saudi Arabia", "support", "Houthis")],
            },
        ],
        false,
    );
}

/// Arguments that are not names: pronouns opening a sentence stand for the
/// previous sentence's subject; a parenthetical phrase between subject and
/// verb is passed over.
#[test]
fn pronoun_topics_and_parentheticals() {
    check(
        &[
            Case {
                text: "Turkey took delivery of the S-400 in 2019. It later tested the S-400 near Sinop.",
                want: &[("Turkey", "acquire", "S-400"), ("Turkey", "test", "S-400")],
                not: &[],
            },
            Case {
                text: "Poland and Norway met in Oslo. They signed a deal with Sweden.",
                want: &[("Norway", "meet", "Poland"), ("Poland", "agree", "Sweden")],
                not: &[],
            },
            // The previous sentence's first name is no subject: nothing.
            Case {
                text: "After talks in Paris, officials praised Japan. It bought F-35 jets.",
                want: &[],
                not: &[("Japan", "acquire", "F-35")],
            },
            Case {
                text: "Lockheed Martin and Boeing, through a joint venture, have been manufacturing the C-130J in Texas.",
                want: &[("Lockheed Martin", "produce", "C-130J"), ("Boeing", "produce", "C-130J")],
                not: &[],
            },
            Case {
                text: "Boeing and Airbus have entered into an agreement.",
                want: &[("Airbus", "agree", "Boeing")],
                not: &[],
            },
        ],
        false,
    );
}

/// Criticism of a statement or act is criticism of its author.
#[test]
fn criticism_of_acts() {
    check(
        &[
            Case {
                text: "China slammed a critical Pentagon report on Tuesday.",
                want: &[("China", "criticize", "Department of Defense")],
                not: &[],
            },
            Case {
                text: "Japan condemned Russia's annexation of Crimea.",
                want: &[("Japan", "criticize", "Russia")],
                not: &[],
            },
            // A possessor of anything else is no target.
            Case {
                text: "Japan condemned Russia's weather forecasters.",
                want: &[],
                not: &[("Japan", "criticize", "Russia")],
            },
            // Support takes the author of a cause as criticism does.
            Case {
                text: "India supported Russia's bid for the games.",
                want: &[("India", "support", "Russia")],
                not: &[],
            },
            // Other categories never take the possessor.
            Case {
                text: "India visited Russia's bid committee.",
                want: &[],
                not: &[("India", "visit", "Russia")],
            },
        ],
        false,
    );
}

/// Frames beyond the verb's own object: a client's order, an incursion
/// into, lists after "such as", a state's official, a weapon pronoun, a
/// complaint's that-clause.
#[test]
fn frames_and_argument_kinds() {
    check(
        &[
            Case {
                text: "The company bagged an order for 14 F-16 jets from Slovakia.",
                want: &[("Slovakia", "acquire", "F-16")],
                not: &[("Slovakia", "supply", "F-16")],
            },
            Case {
                text: "The Chinese incursion into India angered New Delhi.",
                want: &[("China", "attack", "India")],
                not: &[],
            },
            Case {
                text: "Saab signed deals with European firms such as Thales and Leonardo.",
                want: &[("Saab", "agree", "Thales"), ("Saab", "agree", "Leonardo")],
                not: &[],
            },
            Case {
                text: "Kelly Craft met Taiwan's top official in New York.",
                want: &[("Kelly Craft", "meet", "Taiwan")],
                not: &[],
            },
            // A state's economy is no partner.
            Case {
                text: "Kelly Craft praised Taiwan's economy in New York.",
                want: &[],
                not: &[("Kelly Craft", "support", "Taiwan")],
            },
            Case {
                text: "India bought the S-400 from Russia and deployed it near the border.",
                want: &[
                    ("India", "acquire", "S-400"),
                    ("Russia", "supply", "S-400"),
                    ("India", "deploy", "S-400"),
                ],
                not: &[],
            },
            // "it" for an idea: no edge.
            Case {
                text: "Britain backed the plan and several states in Europe back it too.",
                want: &[],
                not: &[("United Kingdom", "support", "United Kingdom")],
            },
            // A question, condition or rumour asserts nothing.
            Case {
                text: "Analysts asked whether the IMF would support Brazil.",
                want: &[],
                not: &[("International Monetary Fund", "support", "Brazil")],
            },
            Case {
                text: "There were rumours that Israel attacked Iran overnight.",
                want: &[],
                not: &[("Israel", "attack", "Iran")],
            },
            // The main clause after a condition still asserts.
            Case {
                text: "If the talks fail, Israel will attack Iran.",
                want: &[("Israel", "attack", "Iran")],
                not: &[],
            },
            // The speaker of a reporting clause after a comma is no object.
            Case {
                text: "Japan will offer aid to help the poorer country, Foreign Minister Taro Aso said.",
                want: &[],
                not: &[("Japan", "support", "Taro Aso")],
            },
            Case {
                text: "Taiwan complained that China had stepped up military flights.",
                want: &[("Taiwan", "criticize", "China")],
                not: &[],
            },
        ],
        false,
    );
}

/// An infinitive support verb takes the governing predicate's doer; a
/// company's weapon is one it makes; "a swipe at".
#[test]
fn infinitives_possessive_makers_and_swipes() {
    check(
        &[
            Case {
                text: "Boeing and Airbus have entered into an agreement to commence production of the F-15.",
                want: &[
                    ("Airbus", "agree", "Boeing"),
                    ("Boeing", "produce", "F-15"),
                    ("Airbus", "produce", "F-15"),
                ],
                not: &[],
            },
            // A verb outside the support verbs lends nothing.
            Case {
                text: "Boeing and Airbus met to discuss an aid plan for Ukraine.",
                want: &[("Airbus", "meet", "Boeing")],
                not: &[("Boeing", "support", "Ukraine")],
            },
            Case {
                text: "Lockheed Martin's F-35 flew over the base.",
                want: &[("Lockheed Martin", "produce", "F-35")],
                not: &[],
            },
            // A state's weapon is no product of the state.
            Case {
                text: "India's Su-30MKI flew over the base.",
                want: &[],
                not: &[("India", "produce", "Su-30MKI")],
            },
            Case {
                text: "Narendra Modi took a subtle swipe at China in his speech.",
                want: &[("Narendra Modi", "criticize", "China")],
                not: &[],
            },
        ],
        false,
    );
}

/// Titled members of a coordination, bracketed tickers, and reciprocal
/// verbs that have an object of their own.
#[test]
fn titled_groups_and_reciprocals() {
    check(
        &[
            Case {
                text: "There were multiple meetings between Indian Prime Minister Narendra Modi and Chinese President Xi Jinping.",
                want: &[("Narendra Modi", "meet", "Xi Jinping")],
                not: &[("India", "meet", "China")],
            },
            Case {
                text: "Lockheed Martin [NYSE: LMT] and Airbus have entered into an agreement.",
                want: &[("Airbus", "agree", "Lockheed Martin")],
                not: &[],
            },
            Case {
                text: "Lockheed Martin has been manufacturing airframe components of the C-130J aircraft.",
                want: &[("Lockheed Martin", "produce", "C-130J")],
                not: &[],
            },
            // "of" after anything but a part: no product.
            Case {
                text: "Lockheed Martin has been manufacturing copies of the C-130J manual.",
                want: &[],
                not: &[("Lockheed Martin", "produce", "C-130J")],
            },
            Case {
                text: "India and Pakistan fought in Kargil.",
                want: &[("India", "attack", "Pakistan"), ("Pakistan", "attack", "India")],
                not: &[],
            },
            Case {
                text: "Boeing and Airbus fought the planned tariff in court.",
                want: &[],
                not: &[("Boeing", "attack", "Airbus")],
            },
        ],
        false,
    );
}

/// A verb of the lexicon without a noun form is a noun as the object of a
/// support verb (English conversion): "carried out raids on", "imposed a
/// ban on", "made use of".
#[test]
fn converted_event_nouns() {
    check(
        &[
            Case {
                text: "Israel carried out raids on Hezbollah.",
                want: &[("Israel", "attack", "Hezbollah")],
                not: &[],
            },
            Case {
                text: "Israel carried out two raids against Hamas in Gaza.",
                want: &[("Israel", "attack", "Hamas")],
                not: &[("Israel", "attack", "Gaza")],
            },
            Case {
                text: "The United States imposed a ban on Huawei.",
                want: &[("United States", "sanction", "Huawei")],
                not: &[],
            },
            Case {
                text: "Turkey made use of the TB-2 drones.",
                want: &[("Turkey", "deploy", "Bayraktar TB2")],
                not: &[],
            },
            Case {
                text: "Russia conducted airstrikes against the Islamic State.",
                want: &[("Russia", "attack", "Islamic State")],
                not: &[],
            },
            // "back" after a support verb is an adverb.
            Case {
                text: "Britain took a back seat to France.",
                want: &[],
                not: &[("United Kingdom", "support", "France")],
            },
            // Without its prepositional frame the noun states nothing.
            Case {
                text: "Israel has raids planned for Hezbollah.",
                want: &[],
                not: &[("Israel", "attack", "Hezbollah")],
            },
        ],
        false,
    );
}

/// Object control and raising: "helped X defeat Y" (X is helped and is the
/// infinitive's doer), "appeared to take a swipe at", "is expected to
/// sign", "moved to ban".
#[test]
fn control_and_raising() {
    check(
        &[
            Case {
                text: "The United States helped the Syrian Democratic Forces fight ISIS.",
                want: &[
                    ("United States", "support", "Syrian Democratic Forces"),
                    ("Syrian Democratic Forces", "attack", "Islamic State"),
                ],
                not: &[("United States", "attack", "Islamic State")],
            },
            Case {
                text: "The United States helped the Syrian Democratic Forces defeat ISIS.",
                want: &[("United States", "support", "Syrian Democratic Forces")],
                not: &[],
            },
            Case {
                text: "Narendra Modi appeared to take a swipe at China.",
                want: &[("Narendra Modi", "criticize", "China")],
                not: &[],
            },
            Case {
                text: "Japan is expected to sign a deal with India.",
                want: &[("India", "agree", "Japan")],
                not: &[],
            },
            Case {
                text: "Germany moved to ban Hezbollah.",
                want: &[("Germany", "sanction", "Hezbollah")],
                not: &[],
            },
            // "help" without an object of its own right after it.
            Case {
                text: "The ministry will help expand the Tokyo Stock Exchange membership.",
                want: &[],
                not: &[("Japan", "support", "Tokyo Stock Exchange")],
            },
            // A demonym on a plural noun is no helped party.
            Case {
                text: "Export subsidies from Canada will help U.S. farmers.",
                want: &[],
                not: &[("Canada", "support", "United States")],
            },
        ],
        false,
    );
}

/// Coordinated verb phrases share one subject, through raising and control
/// words ("and was due to dine with") and object pronouns.
#[test]
fn verb_phrase_coordination() {
    check(
        &[
            Case {
                text: "Keith Krach met with business leaders over lunch and was due to dine with President Tsai Ing-wen.",
                want: &[("Keith Krach", "meet", "Tsai Ing-wen")],
                not: &[],
            },
            Case {
                text: "India bought the S-400 from Russia and is expected to deploy it near the border.",
                want: &[
                    ("India", "acquire", "S-400"),
                    ("Russia", "supply", "S-400"),
                    ("India", "deploy", "S-400"),
                ],
                not: &[("Russia", "deploy", "S-400")],
            },
            Case {
                text: "Japan met India in May and signed a deal with Vietnam in June.",
                want: &[("India", "meet", "Japan"), ("Japan", "agree", "Vietnam")],
                not: &[("India", "agree", "Vietnam")],
            },
            // Coordinated subjects are no coordinated verb phrase.
            Case {
                text: "Japan praised the plan and France agreed to supply the Rafale.",
                want: &[("France", "supply", "Rafale")],
                not: &[("Japan", "supply", "Rafale")],
            },
        ],
        false,
    );
}

/// A passive whose agent is a list: every member is a doer.
#[test]
fn passive_agent_lists() {
    check(
        &[
            Case {
                text: "Hezbollah was banned by Germany, France and the European Union.",
                want: &[
                    ("Germany", "sanction", "Hezbollah"),
                    ("France", "sanction", "Hezbollah"),
                    ("European Union", "sanction", "Hezbollah"),
                ],
                not: &[("Germany", "sanction", "France")],
            },
            Case {
                text: "Huawei has been blacklisted by the United States, Britain and Australia.",
                want: &[
                    ("United States", "sanction", "Huawei"),
                    ("United Kingdom", "sanction", "Huawei"),
                    ("Australia", "sanction", "Huawei"),
                ],
                not: &[],
            },
            Case {
                text: "Iran was attacked by Israel and the United States.",
                want: &[
                    ("Israel", "attack", "Iran"),
                    ("United States", "attack", "Iran"),
                ],
                not: &[("Iran", "attack", "Israel")],
            },
            // Without a patient name, a list of agents of a one-sided verb states nothing.
            Case {
                text: "The drones were banned by Germany, France and the European Union.",
                want: &[],
                not: &[("Germany", "sanction", "France")],
            },
        ],
        false,
    );
}

/// Adjunct phrases: "as part of" between object and recipient; a
/// comitative parenthetical after the subject adds a doer; "joined Y in
/// V-ing" makes Y a doer of V.
#[test]
fn adjunct_phrases() {
    check(
        &[
            Case {
                text: "Russia delivered two S-400 regiments as part of the 2018 deal to India.",
                want: &[
                    ("Russia", "supply", "S-400"),
                    ("Russia", "supply", "India"),
                    ("India", "acquire", "S-400"),
                ],
                not: &[],
            },
            // A name inside the adjunct takes no slot.
            Case {
                text: "Japan met India as part of talks on Vietnam.",
                want: &[("India", "meet", "Japan")],
                not: &[("Japan", "meet", "Vietnam")],
            },
            Case {
                text: "India, along with Russia, signed a deal with Vietnam.",
                want: &[
                    ("India", "agree", "Vietnam"),
                    ("Russia", "agree", "Vietnam"),
                ],
                not: &[],
            },
            Case {
                text: "India, together with Japan, condemned North Korea.",
                want: &[
                    ("India", "criticize", "North Korea"),
                    ("Japan", "criticize", "North Korea"),
                ],
                not: &[],
            },
            // Another parenthetical adds no doer.
            Case {
                text: "India, unlike Japan, condemned North Korea.",
                want: &[("India", "criticize", "North Korea")],
                not: &[("Japan", "criticize", "North Korea")],
            },
            Case {
                text: "France joined Germany in condemning Russia.",
                want: &[
                    ("France", "criticize", "Russia"),
                    ("Germany", "criticize", "Russia"),
                ],
                not: &[],
            },
            // "in" after a name without "join": no second doer.
            Case {
                text: "France met Germany in Paris before condemning Russia.",
                want: &[
                    ("France", "meet", "Germany"),
                    ("France", "criticize", "Russia"),
                ],
                not: &[("Germany", "criticize", "Russia")],
            },
        ],
        false,
    );
}

/// A form in "-ing" between a common noun and a plural noun is a compound
/// modifier ("cholesterol fighting compounds"), no predicate; a verb in
/// "-ing" after people or forces still is one.
#[test]
fn compound_modifiers_in_ing() {
    check(
        &[
            Case {
                text: "Pfizer and Merck have cholesterol fighting compounds similar to the Upjohn drug.",
                want: &[],
                not: &[("Pfizer", "attack", "Merck"), ("Merck", "attack", "Pfizer")],
            },
            Case {
                text: "Iran kept supplying drones to Russia.",
                want: &[("Iran", "supply", "Russia")],
                not: &[],
            },
            Case {
                text: "Israeli jets were attacking Hamas positions.",
                want: &[("Israel", "attack", "Hamas")],
                not: &[],
            },
        ],
        false,
    );
}
