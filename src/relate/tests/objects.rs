//! Tables for the object side: an appositive after the object, set off by
//! commas ("sold a frigate, the FREMM, to X"); event nouns after a support
//! verb and a sum ("pledged $500 million in military aid to X"); calls with
//! a person; curbs on a party.

use super::{check, Case};

/// An appositive set off by commas after the object: the clause goes on
/// after it ("sold a frigate, the FREMM, to Egypt").
#[test]
fn appositive_object() {
    check(
        &[
            Case {
                text: "France sold a frigate, the FREMM, to Egypt.",
                want: &[
                    ("France", "supply", "FREMM"),
                    ("France", "supply", "Egypt"),
                    ("Egypt", "acquire", "FREMM"),
                ],
                not: &[],
            },
            Case {
                text: "Turkey bought the S-400, a Russian system, from Russia.",
                want: &[
                    ("Turkey", "acquire", "S-400"),
                    ("Russia", "supply", "S-400"),
                ],
                not: &[],
            },
            Case {
                text: "India deployed a new system, the S-400, near the border.",
                want: &[("India", "deploy", "S-400")],
                not: &[],
            },
            // A name list, not an appositive: the region ends at the comma.
            Case {
                text: "France sold the Rafale, Egypt bought it.",
                want: &[
                    ("France", "supply", "Rafale"),
                    ("Egypt", "acquire", "Rafale"),
                ],
                not: &[("France", "supply", "Egypt")],
            },
            // A clause after the second comma is no continuation (its
            // relative pronoun is the object of its own verb).
            Case {
                text: "France sold a frigate, the FREMM, which Egypt operates.",
                want: &[("France", "supply", "FREMM"), ("Egypt", "deploy", "FREMM")],
                not: &[("France", "supply", "Egypt")],
            },
        ],
        false,
    );
}

/// An event noun after a support verb and a sum ("pledged $500 million in
/// military aid to X", "a $2 billion aid package for X"); a verb after an
/// auxiliary is no modifier of the noun ("will offer aid to X").
#[test]
fn sums_and_support_verbs() {
    check(
        &[
            Case {
                text: "Norway pledged $500 million in military aid to Ukraine.",
                want: &[("Norway", "support", "Ukraine")],
                not: &[],
            },
            Case {
                text: "Canada announced a new $2 billion aid package for Moldova.",
                want: &[("Canada", "support", "Moldova")],
                not: &[],
            },
            Case {
                text: "Japan will offer aid to Vietnam.",
                want: &[("Japan", "support", "Vietnam")],
                not: &[],
            },
            Case {
                text: "Sweden will send humanitarian aid to Sudan.",
                want: &[("Sweden", "support", "Sudan")],
                not: &[],
            },
            // The subject of "making" is "people", not the government.
            Case {
                text: "The Danish government wants to discourage people making trips to Germany.",
                want: &[],
                not: &[("Denmark", "visit", "Germany")],
            },
            // Suspended deliveries are called off.
            Case {
                text: "Dassault has suspended deliveries of its Mirage jets to Egypt.",
                want: &[],
                not: &[("Dassault Aviation", "supply", "Egypt")],
            },
        ],
        false,
    );
}

/// Calls are meetings with a person, not with a newspaper; curbs on a party
/// are sanctions.
#[test]
fn calls_and_curbs() {
    check(
        &[
            Case {
                text: "Austrian Chancellor Karl Nehammer spoke by phone with Turkish President Recep Tayyip Erdogan.",
                want: &[("Karl Nehammer", "meet", "Recep Tayyip Erdogan")],
                not: &[],
            },
            Case {
                text: "Finance Minister Ana Lopez had spoken with Foreign Minister Jorge Ruiz.",
                want: &[("Ana Lopez", "meet", "Jorge Ruiz")],
                not: &[],
            },
            Case {
                text: "Prime Minister Petr Fiala phoned Chancellor Olaf Scholz on Monday.",
                want: &[("Petr Fiala", "meet", "Olaf Scholz")],
                not: &[],
            },
            Case {
                text: "Foreign Minister Jorge Ruiz spoke with Reuters on Monday.",
                want: &[],
                not: &[("Jorge Ruiz", "meet", "Reuters")],
            },
            Case {
                text: "Panels reviewed phone conversations between President Ana Lopez and Jorge Ruiz.",
                want: &[],
                not: &[("Ana Lopez", "meet", "Jorge Ruiz")],
            },
            Case {
                text: "Canada imposed new export curbs on Iran.",
                want: &[("Canada", "sanction", "Iran")],
                not: &[],
            },
            Case {
                text: "Norway lodged a protest with Russia over the incursion.",
                want: &[("Norway", "criticize", "Russia")],
                not: &[],
            },
        ],
        false,
    );
}

/// Contracts won from a party are agreements with it; offensives and
/// ambushes are attacks; a support verb's object after an adverb is a noun
/// ("pledged further support for").
#[test]
fn contracts_offensives_and_further_support() {
    check(
        &[
            Case {
                text: "Saab won a contract from the Swedish Armed Forces.",
                want: &[("Saab", "agree", "Swedish Armed Forces")],
                not: &[],
            },
            Case {
                text: "Ethiopia launched a new offensive against Eritrea.",
                want: &[("Ethiopia", "attack", "Eritrea")],
                not: &[],
            },
            Case {
                text: "Latvia pledged further support for Moldova.",
                want: &[("Latvia", "support", "Moldova")],
                not: &[],
            },
            // A verb after "to" stays a verb.
            Case {
                text: "Latvia offered to support Moldova.",
                want: &[("Latvia", "support", "Moldova")],
                not: &[],
            },
        ],
        false,
    );
}

/// Modifiers inside a multi-word predicate after its article ("lodged a
/// strong protest with", "struck a new $3 billion deal with").
#[test]
fn modifiers_inside_multiword_forms() {
    check(
        &[
            Case {
                text: "Norway lodged a formal protest with Russia on Friday.",
                want: &[("Norway", "criticize", "Russia")],
                not: &[],
            },
            Case {
                text: "Chile struck a new $3 billion deal with Brazil.",
                want: &[("Chile", "agree", "Brazil")],
                not: &[("Chile", "attack", "Brazil")],
            },
            Case {
                text: "Kenya placed a large order for Hermes 900 drones.",
                want: &[("Kenya", "acquire", "Hermes 900")],
                not: &[],
            },
            // A name between the article and the noun is no modifier.
            Case {
                text: "Chile struck a Bolivian deal broker with its car.",
                want: &[],
                not: &[("Chile", "agree", "Bolivia")],
            },
        ],
        false,
    );
}

/// The party whose banks, firms, trade or programmes are sanctioned, and
/// whose civil works are attacked, is the target; negotiations are talks.
#[test]
fn held_assets_and_negotiations() {
    check(
        &[
            Case {
                text: "Canada imposed sanctions on Iran's central bank.",
                want: &[("Canada", "sanction", "Iran")],
                not: &[],
            },
            Case {
                text: "Britain sanctioned three Chinese firms on Tuesday.",
                want: &[("United Kingdom", "sanction", "China")],
                not: &[],
            },
            // Sanctions are not attacks: a state's trade as the object of
            // an attack verb names no party attacked.
            Case {
                text: "Peru attacked Chilean exports in a speech.",
                want: &[],
                not: &[("Peru", "attack", "Chile")],
            },
            Case {
                text: "Russia fired missiles at Ukraine's power plants.",
                want: &[("Russia", "attack", "Ukraine")],
                not: &[],
            },
            Case {
                text: "Chilean forces pounded Peruvian positions near the border.",
                want: &[("Chile", "attack", "Peru")],
                not: &[],
            },
            Case {
                text: "Britain sold 5 million pounds to Japan.",
                want: &[],
                not: &[("United Kingdom", "attack", "Japan")],
            },
            Case {
                text: "Chilean warships destroyed a Peruvian oil platform.",
                want: &[("Chile", "attack", "Peru")],
                not: &[],
            },
            // A possessor after an attack noun is the party attacked only on
            // what it holds: "on Peru's doorstep" is a place.
            Case {
                text: "Chile's war on Peru's northern doorstep hurt trade.",
                want: &[],
                not: &[("Chile", "attack", "Peru")],
            },
            Case {
                text: "Chile's attack on Peru's oil platforms hurt trade.",
                want: &[("Chile", "attack", "Peru")],
                not: &[],
            },
            Case {
                text: "Israeli jets struck Syria's main airport.",
                want: &[("Israel", "attack", "Syria")],
                not: &[],
            },
            Case {
                text: "Chilean troops attacked Peruvian communities near the border.",
                want: &[("Chile", "attack", "Peru")],
                not: &[],
            },
            Case {
                text: "Canada imposed sanctions on Iranian drone makers.",
                want: &[("Canada", "sanction", "Iran")],
                not: &[],
            },
            // A maker's product is no asset: "makers" must head the phrase.
            Case {
                text: "Canada praised Iranian carpet makers at the fair.",
                want: &[],
                not: &[("Canada", "sanction", "Iran")],
            },
            Case {
                text: "Ecuador held negotiations with Peru over the border.",
                want: &[("Ecuador", "meet", "Peru")],
                not: &[],
            },
            Case {
                text: "Ecuador has negotiated with Peru since May.",
                want: &[("Ecuador", "meet", "Peru")],
                not: &[],
            },
            Case {
                text: "Ecuador said it was ready to negotiate with Peru.",
                want: &[],
                not: &[("Ecuador", "meet", "Peru")],
            },
        ],
        false,
    );
}

/// A negated support verb, or one whose act was refused, negates the event
/// noun it takes; another verb before the noun does not ("would not lift
/// the sanctions").
#[test]
fn negated_support_verbs() {
    check(
        &[
            Case {
                text: "Israel did not carry out strikes on Iran.",
                want: &[("Israel", "attack", "Iran")],
                not: &[],
            },
            Case {
                text: "Turkey refused to hold fresh talks with Greece.",
                want: &[("Turkey", "meet", "Greece")],
                not: &[],
            },
            Case {
                text: "Minister Ana Lopez would not be conducting negotiations with Peru.",
                want: &[("Ana Lopez", "meet", "Peru")],
                not: &[],
            },
        ],
        true,
    );
    check(
        &[Case {
            text: "Spain would not lift the sanctions it imposed on Venezuela.",
            want: &[],
            not: &[],
        }],
        true,
    );
}

/// A response made with an act is the act ("responded with strikes on
/// X"); a descriptor as the first object's possessor ("struck the group's
/// positions"); contracts awarded to a party.
#[test]
fn responses_descriptor_possessors_and_awards() {
    check(
        &[
            Case {
                text: "The Chilean navy responded with strikes on Peru.",
                want: &[("Chile", "attack", "Peru")],
                not: &[],
            },
            Case {
                text: "Hezbollah claimed responsibility for the rocket attack on Israel.",
                want: &[("Hezbollah", "attack", "Israel")],
                not: &[],
            },
            Case {
                text: "Peru retaliated with fresh airstrikes on Hezbollah positions.",
                want: &[("Peru", "attack", "Hezbollah")],
                not: &[],
            },
            Case {
                text:
                    "Hamas fired rockets at boats. Egypt struck the group's bases near the border.",
                want: &[("Egypt", "attack", "Hamas")],
                not: &[],
            },
            Case {
                text:
                    "The Pentagon awarded a $900 million contract to Raytheon for Patriot missiles.",
                want: &[
                    ("Department of Defense", "agree", "Raytheon"),
                    ("Department of Defense", "acquire", "Patriot"),
                    ("Raytheon", "supply", "Patriot"),
                    ("Raytheon", "supply", "Department of Defense"),
                ],
                not: &[],
            },
        ],
        false,
    );
}

/// A name before a word in "-ed" that a determiner, pronoun, name, number
/// or preposition (not "by") follows is no modifier of a common noun: the
/// word is a verb ("the arms sale to Bolivia angered Peru", "talks with
/// Peru aimed at"). A name opening a hyphen compound modifies the noun
/// after it; the party holds it unless the compound names a sponsor, maker
/// or flag ("Liberian-flagged tankers" are no Liberian target).
#[test]
fn names_before_past_verbs_and_in_compounds() {
    check(
        &[
            Case {
                text: "The Chilean arms sale to Bolivia angered Peru.",
                want: &[("Chile", "supply", "Bolivia")],
                not: &[],
            },
            Case {
                text: "Ecuador is holding talks with Peru aimed at ending the dispute.",
                want: &[("Ecuador", "meet", "Peru")],
                not: &[],
            },
            Case {
                text: "Chile held talks with Peru-based firms.",
                want: &[],
                not: &[("Chile", "meet", "Peru")],
            },
            Case {
                text: "Iran attacked Kuwaiti tankers in the Gulf.",
                want: &[("Iran", "attack", "Kuwait")],
                not: &[],
            },
            // A flag is a registry, often of convenience, not the owner.
            Case {
                text: "Iran attacked Liberian-flagged tankers in the Gulf.",
                want: &[],
                not: &[("Iran", "attack", "Liberia")],
            },
            // A prediction states no act.
            Case {
                text: "He predicted Peru would respond by hitting Chilean positions.",
                want: &[],
                not: &[("Peru", "attack", "Chile")],
            },
            Case {
                text: "The vote killed the Peru-sponsored plan.",
                want: &[],
                not: &[],
            },
        ],
        false,
    );
}

/// An organisation's premises or show stand stand for it as the place
/// visited; a name on other common nouns (people, things) is no place.
#[test]
fn visits_to_premises() {
    check(
        &[
            Case {
                text: "Vladimir Putin visited the Boeing plant in Seattle.",
                want: &[("Vladimir Putin", "visit", "Boeing")],
                not: &[],
            },
            Case {
                text: "Narendra Modi toured Dassault's new factory near Paris.",
                want: &[("Narendra Modi", "visit", "Dassault Aviation")],
                not: &[],
            },
            Case {
                text: "Nirmala Sitharaman paid a visit to the Boeing stand at the show.",
                want: &[("Nirmala Sitharaman", "visit", "Boeing")],
                not: &[],
            },
            Case {
                text: "Nirmala Sitharaman paid a visit to the Boeing chairman.",
                want: &[],
                not: &[("Nirmala Sitharaman", "visit", "Boeing")],
            },
            Case {
                text: "Vladimir Putin visited the Boeing chairman in Seattle.",
                want: &[],
                not: &[("Vladimir Putin", "visit", "Boeing")],
            },
            Case {
                text: "Nirmala Sitharaman visited the Indian pavilion at the show.",
                want: &[],
                not: &[("Nirmala Sitharaman", "visit", "India")],
            },
        ],
        false,
    );
}

/// A support verb lends its whole coordinated subject to the event noun
/// it takes; the subject is no premodifier of the noun.
#[test]
fn coordinated_subjects_of_support_verbs() {
    check(
        &[
            Case {
                text: "Britain and France pledged more military aid to Ukraine.",
                want: &[
                    ("United Kingdom", "support", "Ukraine"),
                    ("France", "support", "Ukraine"),
                ],
                not: &[],
            },
            Case {
                text: "Canada and Norway imposed new sanctions on Belarus.",
                want: &[
                    ("Canada", "sanction", "Belarus"),
                    ("Norway", "sanction", "Belarus"),
                ],
                not: &[],
            },
        ],
        false,
    );
}

/// A noun of measure and "of" stand between a support verb and its event
/// noun as modifiers do ("a new round of", "a wave of", "its 12th package
/// of").
#[test]
fn measure_nouns_before_event_nouns() {
    check(
        &[
            Case {
                text: "The EU imposed a new round of sanctions on Belarus.",
                want: &[("European Union", "sanction", "Belarus")],
                not: &[],
            },
            Case {
                text: "Israel launched a wave of airstrikes on Lebanon.",
                want: &[("Israel", "attack", "Lebanon")],
                not: &[],
            },
            Case {
                text: "The EU adopted its 12th package of sanctions against Belarus.",
                want: &[("European Union", "sanction", "Belarus")],
                not: &[],
            },
            Case {
                text: "Japan and Canada held two rounds of talks on trade.",
                want: &[("Japan", "meet", "Canada")],
                not: &[],
            },
        ],
        false,
    );
}

/// "award X a contract": the party is the first of two objects (a name
/// slot in the lexicon form), and does the act the contract is for.
#[test]
fn contracts_awarded_to_a_first_object() {
    check(
        &[
            Case {
                text:
                    "The Pentagon awarded Lockheed Martin a $1.2 billion contract for 30 F-35 jets.",
                want: &[
                    ("Department of Defense", "agree", "Lockheed Martin"),
                    ("Department of Defense", "acquire", "F-35"),
                    ("Lockheed Martin", "supply", "F-35"),
                    ("Lockheed Martin", "supply", "Department of Defense"),
                ],
                not: &[],
            },
            Case {
                text: "The US Army has awarded Raytheon a contract to build Patriot interceptors.",
                want: &[
                    ("U.S. Army", "agree", "Raytheon"),
                    ("Raytheon", "produce", "Patriot"),
                ],
                not: &[("U.S. Army", "produce", "Patriot")],
            },
            Case {
                text: "The Pentagon awarded the medal to Lockheed Martin.",
                want: &[],
                not: &[("Department of Defense", "agree", "Lockheed Martin")],
            },
        ],
        false,
    );
}

/// A transfer's recipient as the first of two objects ("sent Ukraine 18
/// tanks"), or as the direct object before "with" arms, named or not
/// ("supplied Russia with drones"); "give" is a transfer only with arms as
/// its theme (lexicon flag `armed`).
#[test]
fn recipients_as_first_objects() {
    check(
        &[
            Case {
                text: "Germany will send Ukraine 18 Leopard 2 tanks.",
                want: &[
                    ("Germany", "supply", "Leopard 2"),
                    ("Germany", "supply", "Ukraine"),
                    ("Ukraine", "acquire", "Leopard 2"),
                ],
                not: &[],
            },
            Case {
                text: "The United States gave Israel 25 F-35 jets last year.",
                want: &[
                    ("United States", "supply", "F-35"),
                    ("United States", "supply", "Israel"),
                    ("Israel", "acquire", "F-35"),
                ],
                not: &[],
            },
            Case {
                text: "Norway will give Poland two frigates.",
                want: &[("Norway", "supply", "Poland")],
                not: &[],
            },
            Case {
                text: "Denmark pledged to give F-16 jets to Ukraine.",
                want: &[
                    ("Denmark", "supply", "F-16"),
                    ("Denmark", "supply", "Ukraine"),
                    ("Ukraine", "acquire", "F-16"),
                ],
                not: &[],
            },
            Case {
                text: "Iran has supplied Russia with hundreds of drones.",
                want: &[("Iran", "supply", "Russia")],
                not: &[],
            },
            // Not arms: "give" states no transfer.
            Case {
                text: "The ruling gave Boeing more time to answer the Pentagon.",
                want: &[],
                not: &[("Boeing", "supply", "Department of Defense")],
            },
            Case {
                text: "Exxon gave Chevron a week to reply to the offer.",
                want: &[],
                not: &[("Exxon", "supply", "Chevron")],
            },
            Case {
                text: "France supplied Egypt with grain and fuel.",
                want: &[],
                not: &[("France", "supply", "Egypt")],
            },
            // A company before the aircraft is their maker.
            Case {
                text: "Qantas sold Boeing 747 jets to a leasing firm.",
                want: &[],
                not: &[("Qantas", "supply", "Boeing")],
            },
            // Arms inside a later clause are not what is given.
            Case {
                text: "The Pentagon gave approval for Egypt to build the M1 Abrams tank.",
                want: &[("Egypt", "produce", "M1 Abrams")],
                not: &[("Department of Defense", "supply", "Egypt")],
            },
            // A demonym on the weapons is their owner, no recipient.
            Case {
                text: "Poland sent Ukrainian tanks back to the front.",
                want: &[],
                not: &[("Poland", "supply", "Ukraine")],
            },
        ],
        false,
    );
}

/// The party of an agreement or order that names no partner does the
/// weapon act of the infinitive the noun governs ("won a contract to build
/// W"); not a service in a sentence without arms.
#[test]
fn infinitives_of_contracts_won() {
    check(
        &[
            Case {
                text: "Saab won a contract to build 20 Gripen jets for Peru.",
                want: &[("Saab", "produce", "Gripen")],
                not: &[],
            },
            Case {
                text: "Fincantieri secured an order to deliver two FREMM frigates to Egypt.",
                want: &[
                    ("Fincantieri", "supply", "FREMM"),
                    ("Fincantieri", "supply", "Egypt"),
                    ("Egypt", "acquire", "FREMM"),
                ],
                not: &[],
            },
            Case {
                text: "Thales won a contract to provide technical assistance to the Chilean Navy.",
                want: &[],
                not: &[("Thales", "supply", "Chilean Navy")],
            },
        ],
        false,
    );
}

/// Words of quantity before a number are no preposition ("up to 220
/// missiles", "more than 40 jets", "over 2,000 soldiers"); before anything
/// else they keep their sense ("talks over a dispute").
#[test]
fn quantity_words_before_numbers() {
    check(
        &[
            Case {
                text: "Peru will buy up to 24 Gripen jets from Sweden.",
                want: &[
                    ("Peru", "acquire", "Gripen"),
                    ("Sweden", "supply", "Gripen"),
                ],
                not: &[],
            },
            Case {
                text: "Chile has ordered more than 40 Leopard 2 tanks from Germany.",
                want: &[
                    ("Chile", "acquire", "Leopard 2"),
                    ("Germany", "supply", "Leopard 2"),
                ],
                not: &[],
            },
            Case {
                text: "Bolivian troops killed over 200 Paraguayan soldiers.",
                want: &[("Bolivia", "attack", "Paraguay")],
                not: &[],
            },
            Case {
                text: "Peru sanctioned Chile over a fishing dispute.",
                want: &[("Peru", "sanction", "Chile")],
                not: &[],
            },
        ],
        false,
    );
}

/// The owner of an intention noun in a "by" phrase does the infinitive
/// ("the decision by X to send W"); an owner that is no party (a capital)
/// leaves the act without a doer, not with the critic.
#[test]
fn intentions_owned_by_a_phrase() {
    check(
        &[
            Case {
                text: "Peru condemned the decision by Chile to send tanks to Bolivia.",
                want: &[
                    ("Peru", "criticize", "Chile"),
                    ("Chile", "supply", "Bolivia"),
                ],
                not: &[("Peru", "supply", "Bolivia")],
            },
            Case {
                text: "Peru condemned the decision by Santiago to send tanks to Bolivia.",
                want: &[],
                not: &[("Peru", "supply", "Bolivia")],
            },
        ],
        false,
    );
}

/// A relative pronoun before the subject of an active weapon verb with no
/// weapon after it stands for the named weapon before it: "48 F-15EX jets,
/// which Boeing will build", "the S-400 that India bought from Russia".
#[test]
fn object_relative_clauses() {
    check(
        &[
            Case {
                text: "The order covers 36 Rafale jets, which Dassault will build in France.",
                want: &[("Dassault Aviation", "produce", "Rafale")],
                not: &[],
            },
            Case {
                text: "The Gripen jets that Peru bought from Sweden arrived in May.",
                want: &[("Peru", "acquire", "Gripen"), ("Sweden", "supply", "Gripen")],
                not: &[],
            },
            Case {
                text: "The Leopard 2 tanks, which Germany sold to Chile, were upgraded.",
                want: &[
                    ("Germany", "supply", "Leopard 2"),
                    ("Germany", "supply", "Chile"),
                    ("Chile", "acquire", "Leopard 2"),
                ],
                not: &[],
            },
            // A subject relative is not an object gap.
            Case {
                text: "The Gripen, which replaced the Mirage, serves Peru.",
                want: &[],
                not: &[("Peru", "acquire", "Gripen")],
            },
            // The weapon after the verb is its object, not the antecedent.
            Case {
                text: "The Mirage jets, which Peru retired, were replaced after Peru bought the Gripen.",
                want: &[("Peru", "acquire", "Gripen")],
                not: &[("Peru", "acquire", "Mirage")],
            },
        ],
        false,
    );
}

/// A verb too general alone (lexicon flag `armed`): "hit" is an attack
/// with arms in the sentence or a party's held target as its object.
#[test]
fn general_verbs_with_arms() {
    check(
        &[
            Case {
                text: "Chilean drones hit a Peruvian oil refinery.",
                want: &[("Chile", "attack", "Peru")],
                not: &[],
            },
            Case {
                text: "Chile hit Peruvian positions near the border.",
                want: &[("Chile", "attack", "Peru")],
                not: &[],
            },
            Case {
                text: "Peru's exports hit Chile hard last year.",
                want: &[],
                not: &[("Peru", "attack", "Chile")],
            },
            Case {
                text: "Chile hit a record high against Peru in the final.",
                want: &[],
                not: &[("Chile", "attack", "Peru")],
            },
        ],
        false,
    );
}

/// Weapons after a deal or order noun among a weapon verb's objects are
/// the noun's ("received a contract from X for production of W" is no
/// receipt of W); a name after "from", "at", "in" or "by" does not control
/// an infinitive ("won a contract from X to produce W": X makes nothing).
#[test]
fn contracts_received() {
    check(
        &[
            Case {
                text: "Saab has received a contract from the Peruvian Air Force for production of 12 Gripen jets.",
                want: &[],
                not: &[
                    ("Saab", "acquire", "Gripen"),
                    ("Peruvian Air Force", "supply", "Gripen"),
                ],
            },
            Case {
                text: "Its radar unit won a $90 million contract from the Peruvian Air Force to produce 12 Gripen jets.",
                want: &[],
                not: &[("Peruvian Air Force", "produce", "Gripen")],
            },
            Case {
                text: "Saab received an order for 12 Gripen jets from Peru.",
                want: &[("Peru", "acquire", "Gripen")],
                not: &[("Saab", "acquire", "Gripen")],
            },
            // A recipient after the deal noun stays the verb's.
            Case {
                text: "Sweden delivered 12 Gripen jets as part of the 2020 deal to Peru.",
                want: &[
                    ("Sweden", "supply", "Gripen"),
                    ("Sweden", "supply", "Peru"),
                    ("Peru", "acquire", "Gripen"),
                ],
                not: &[],
            },
        ],
        false,
    );
}

/// After a verb of having or receiving, an event noun's "of" or "from"
/// phrase names its doer and the verb's subject is its target; without a
/// party there, nothing.
#[test]
fn support_received_from_a_party() {
    check(
        &[
            Case {
                text: "Kuwait has the full support of Saudi Arabia.",
                want: &[("Saudi Arabia", "support", "Kuwait")],
                not: &[("Kuwait", "support", "Saudi Arabia")],
            },
            Case {
                text: "Ukraine won the backing of Germany for its membership bid.",
                want: &[("Germany", "support", "Ukraine")],
                not: &[("Ukraine", "support", "Germany")],
            },
            Case {
                text: "Israel has received threats from Hezbollah.",
                want: &[("Hezbollah", "threaten", "Israel")],
                not: &[],
            },
            Case {
                text: "Kuwait has the full support of its allies.",
                want: &[],
                not: &[],
            },
            // No "of" or "from" party: the noun is read as any other.
            Case {
                text: "The United States has sanctions on Iran.",
                want: &[("United States", "sanction", "Iran")],
                not: &[],
            },
            // Given, not received: the subject gives.
            Case {
                text: "Saudi Arabia gave its full support to Kuwait.",
                want: &[("Saudi Arabia", "support", "Kuwait")],
                not: &[("Kuwait", "support", "Saudi Arabia")],
            },
        ],
        false,
    );
}

/// An arms noun in "-s" right after an arms noun, a number or a weapon's
/// name heads that noun phrase and is no verb ("artillery shells", not
/// "artillery shells X"), so the transfer keeps its recipient.
#[test]
fn arms_nouns_that_are_verb_forms() {
    check(
        &[
            Case {
                text: "Denel sold 155mm artillery shells to Saudi Arabia.",
                want: &[("Denel", "supply", "Saudi Arabia")],
                not: &[],
            },
            Case {
                text: "Denel sold mortar shells to the United Arab Emirates.",
                want: &[("Denel", "supply", "United Arab Emirates")],
                not: &[],
            },
            // After a preposition, and after nouns of measure.
            Case {
                text: "North Korea supplied Russia with millions of shells.",
                want: &[("North Korea", "supply", "Russia")],
                not: &[],
            },
            Case {
                text: "Iran supplied Russia with a shipment of Shahed drones.",
                want: &[
                    ("Iran", "supply", "Shahed"),
                    ("Iran", "supply", "Russia"),
                    ("Russia", "acquire", "Shahed"),
                ],
                not: &[],
            },
        ],
        false,
    );
}

/// A contract awarded in the passive: the subject is a party, "by" or
/// "from" names the other, and a passive's subject (no weapon) does the
/// infinitive it governs.
#[test]
fn contracts_awarded_in_the_passive() {
    check(
        &[
            Case {
                text: "Raytheon was awarded a $2 billion contract by the US Army.",
                want: &[("Raytheon", "agree", "U.S. Army")],
                not: &[],
            },
            Case {
                text: "Lockheed Martin said it had been awarded a contract to build F-35 jets.",
                want: &[("Lockheed Martin", "produce", "F-35")],
                not: &[],
            },
            Case {
                text: "Boeing has been awarded a contract to supply 24 F/A-18 jets to Malaysia.",
                want: &[
                    ("Boeing", "supply", "F/A-18"),
                    ("Boeing", "supply", "Malaysia"),
                    ("Malaysia", "acquire", "F/A-18"),
                ],
                not: &[],
            },
            // A weapon as the passive's subject does nothing.
            Case {
                text: "The S-400 was delivered to Turkey to counter threats from Syria.",
                want: &[("Turkey", "acquire", "S-400")],
                not: &[],
            },
        ],
        false,
    );
}
