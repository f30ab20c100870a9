//! Links between the entities of one document: co-occurrence in a sentence
//! (this file) and typed verb-pattern relations ([`Relater`]).
//!
//! The relation stage works on tokens, without a parser:
//! - `verbs.rs`: the predicate lexicon `verbs.tsv` (compiled in), verbs with
//!   generated inflections, multi-word predicates and nouns, per category;
//!   `table.rs`: what it knows of each word, keyed by the word's bytes;
//! - `doc.rs`, `groups.rs`: the document as token classes and entity mention
//!   spans; coordinated entity groups ("India and Russia");
//! - `patterns.rs`, `scan.rs`: predicates with their verb group (voice,
//!   negation) and their arguments found by bounded scans inside the
//!   sentence (appositives, relative clauses, control, coordinated verbs,
//!   pronoun and title subjects);
//! - `frames.rs`: each category's argument frame from `frames.tsv` (compiled
//!   in): the shape in which objects are read (partner, place, theme,
//!   transfer, direct), doer and target types, the prepositions of the target
//!   after a verb and after a noun, slots that give derived edges (recipient,
//!   source, holder) and flags;
//! - `emit.rs`, `nominal.rs`: from arguments to typed edges, through the
//!   frame of each category of the predicate;
//! - `adjuncts.rs`: comitative and "joined Y in" doers, coordinated
//!   raising ("and was due to dine with");
//! - `quote.rs`: the speaker of a quotation for its first person, and
//!   criticism stated by evaluation ("called X's move a provocation").
//!
//! # Construction inventory
//!
//! Each family has a table of sentences written for it in `tests.rs` or
//! `tests/` (exact triples that must and must not appear).
//!
//! | family | example | test table |
//! | --- | --- | --- |
//! | active verb, objects by preposition | "India bought S-400 from Russia" | `active` |
//! | passive with agent, coordinated participles | "an MoU was signed by A and B", "designed and built by" | `passive` |
//! | coordination of subjects, objects, verbs | "A and B signed", "bought W and supplied" | `coordination` |
//! | noun predicates (possessor, by, of, to, between) | "Russia's supply of W to R", "the attack on X by Y" | `nominal` |
//! | support verbs lending their subject to an event noun; an intermediary's verb lends none ("co-managed the deal", "underwrote", "brokered") | "launched its invasion of X", "imposed new, wider sanctions on X", "entered into an agreement", "agreed to begin talks with", "pledged $500 million in military aid to X", "will send aid to X" | `support_verbs`, `infinitives_possessive_makers_and_swipes`, `objects::sums_and_support_verbs` |
//! | a phrase opening the sentence, or set off by commas after the subject, with a preposition or a participle with a time adjunct | "During a visit to X, Minister Y said", "Speaking after talks with X, Y said", "Y, speaking after talks with X, said" | `subjects::fronted_phrase` |
//! | hyphen compounds and agent nouns | "Russian-made S-400", "Iran-backed Hezbollah", "Rafale maker Dassault" | `compounds_and_agent_nouns` |
//! | a company's weapon | "Lockheed Martin's F-35" | `infinitives_possessive_makers_and_swipes` |
//! | reporting verbs, control, relative clauses | "X said it would buy", "urged India to buy", "X, which was built by" | `reporting_verb`, `agent_noun_control` |
//! | criticism of a statement or act, and of a that-clause | "slammed the Pentagon report", "complained that China had" | `criticism_of_acts`, `frames_and_argument_kinds` |
//! | support or criticism of a party's cause, act or statement is of the party (a name on an event noun only as a possessor or demonym; not after "help" with a bare infinitive) | "backed Sweden's bid", "supports Ukraine's sovereignty", "endorsed a proposal by X" | `frames::support_of_causes_and_acts` |
//! | acts not done: "no N to V", "stopped short of V-ing", "unlikely to V"; "back" after a verb is a particle | "made no commitment to support X", "referred back to" | `frames::support_of_causes_and_acts` |
//! | frames of particular nouns | "an order for W from X" (lexicon flag `client`), "an incursion into X", "components of W" | `frames_and_argument_kinds`, `titled_groups_and_reciprocals` |
//! | weapons aimed at a party (lexicon flag `aims`, frame victim slots), named or an arms noun | "used W against X", "launched W at X", "fired rockets into X" | `frames::weapons_aimed_at_a_party` |
//! | a list naming the noun a demonym modifies | "a deal with Brazilian companies such as A and B" | `frames::lists_name_the_noun_of_a_demonym` |
//! | contracts won from a party; offensives; a support verb's object after an adverb | "won a $1.2 billion contract from X", "launched an offensive against X", "pledged further support for X" | `objects::contracts_offensives_and_further_support` |
//! | calls with a person; curbs on a party; protests lodged with a party | "spoke by phone with X", "phoned X", "new export curbs on X", "lodged a protest with X" | `objects::calls_and_curbs` |
//! | partnerships, "between" naming both sides, the copula with "in talks with" | "a partnership between A and B", "X is in talks with Y" | `frames::partnerships_and_talks` |
//! | a form in "-ing" between a common noun and a plural noun is a compound modifier | "have cholesterol fighting compounds" (no attack); not "kept supplying drones to X" | `constructions::compound_modifiers_in_ing` |
//! | compounds that are no predicate (lexicon category `none`) | "a trade war between A and B", "a limited partnership" | `frames::compounds_that_are_no_predicate` |
//! | event nouns as criticised acts; names inside hyphen compounds | "protested X's sale of W", "X-backed militias attacked Y" | `frames::event_acts_and_compound_modifiers` |
//! | wished, attempted, possible or called-off acts, and a readiness to act, state nothing | "hopes to sign", "is considering buying", "may agree", "cancelled a trip to", "is ready to negotiate with" | `frames::wished_possible_or_called_off` |
//! | an organisation's premises or show stand are the organisation as a place visited (`SITE_HEADS`); a name on another common noun is no place, after a verb or a noun | "visited the Boeing plant", "toured Dassault's factory", "a visit to the X stand"; not "a visit to the Boeing chairman" | `objects::visits_to_premises` |
//! | a blocked, vetoed, foiled, halted, stopped, frozen or banned act is not done; an act that talks aim at is under negotiation | "blocked an EU aid package for X", "vetoed the sale of W to X", "halted arms sales to X", "stopped supplying W to X", "is in talks with X to buy W" | `frames::blocked_and_negotiated_acts` |
//! | a reporting clause after the object, its speaker named by lower-case nouns for people or bodies | "fired missiles into the sea, the South Korean military said" (no attack on South Korea) | `quotation::reporting_clauses_after_the_object` |
//! | a lifted, eased or waived restriction is no act of it, unless a relative clause restates it | "lifted sanctions on X"; "would not lift the sanctions it imposed on X" states them | `frames::lifted_restrictions` |
//! | a list inside a sentence-opening phrase | "After visiting the U.S., France and Italy, X flew" | `frames::fronted_phrase_with_a_list` |
//! | a name before an auxiliary is a complement clause's subject (frame flags `addressee`, `that` keep it for warnings and complaints) | "assured the prince the United States would stay" | `frames::complement_clause_subjects` |
//! | a transfer's recipient as the first of two objects (a state) or before "with" arms, named or an arms noun; "give" only with arms as its theme (lexicon flag `armed`) | "sent Ukraine 18 Leopard 2 tanks", "supplied Russia with hundreds of drones", "gave Israel 25 F-35 jets"; not "gave Boeing more time" | `objects::recipients_as_first_objects` |
//! | a state's possessive before an unnamed office or body of any words stands for the state (`ACTOR_HEADS` heads the phrase) | "Armenia's prime minister accused X", "Chile's foreign ministry condemned X" | `arguments::possessors_of_offices` |
//! | the party of an agreement or order naming no partner does the weapon act of the infinitive the noun governs, in a sentence with arms (`Trig::governs`) | "X won a contract to build W", "X secured an order to deliver W to Y"; not "won a contract to provide technical assistance to Y" | `objects::infinitives_of_contracts_won` |
//! | words of quantity before a number are no preposition (`Doc::quantity_words`) | "will buy up to 24 W from X", "killed over 200 X soldiers"; not "over a dispute" | `objects::quantity_words_before_numbers` |
//! | the owner of an intention noun in a "by" or "of" phrase does its infinitive; an owner that is no party leaves it without a doer | "condemned the decision by X to send tanks to Y" | `objects::intentions_owned_by_a_phrase` |
//! | an object relative clause: "which"/"that" before the subject of an active weapon verb with no weapon after it stands for the named weapon before it | "48 F-15EX jets, which Boeing will build", "the S-400 that India bought from Russia" | `objects::object_relative_clauses` |
//! | verbs too general alone (lexicon flag `armed`) state their category only with arms in the sentence or a held target as object | "drones hit a refinery", "hit Peruvian positions"; not "hit a record" | `objects::general_verbs_with_arms` |
//! | a coordinated member after a possessive or determiner, a state and lower-case title words ("counterpart") is the person named; a state's name before such words and a person is that person's | "X and his US counterpart Y signed", "met A and his Japanese counterpart B" | `arguments::counterparts` |
//! | co-producers: a party after "with" right after the weapon object of a produce verb (not on a common noun: "with Chilean help") | "is developing the Tempest fighter with Japan and Italy" | `co_producers` |
//! | a place after "in"/"at" on a noun for people or bodies is no subject; the name on that noun is | "The Chinese embassy in Manila condemned X" | `arguments::places_of_subjects` |
//! | weapons after a deal or order noun among a weapon verb's objects are the noun's; a name after "from", "at", "in" or "by" controls no infinitive | "received a contract from X for production of W" (no receipt), "won a contract from X to produce W" (X makes nothing) | `objects::contracts_received` |
//! | negation | "did not sign", "failed to conclude" | `negation` |
//! | directives ask for an act, which is not done; a participle after a common noun has that noun as its subject | "urged the government to impose sanctions on X", "called on X to", "people making trips to X" | `subjects::directives`, `objects::sums_and_support_verbs` |
//! | denial: the complement of "deny" or of a rejected claim is stated negated, and "X denied (that) it" is X | "denied supplying W", "denies it had sent", "rejected accusations that it attacked X" | `frames::denials` |
//! | a lexicon verb without a noun form read as the noun object of a support verb (conversion) | "carried out raids on X", "imposed a ban on X", "made use of W" | `constructions::converted_event_nouns` |
//! | a noun of measure and "of" between a support verb and its event noun (`MEASURE_NOUNS`); ordinals as modifiers | "imposed a new round of sanctions on X", "launched a wave of airstrikes on X", "adopted its 12th package of sanctions against X" | `objects::measure_nouns_before_event_nouns` |
//! | a support verb lends its coordinated subject (no premodifier of the noun) | "Britain and France pledged aid to X" | `objects::coordinated_subjects_of_support_verbs` |
//! | modifiers between the article of a multi-word form and its next word | "lodged a strong protest with", "struck a new $3 billion deal with" | `objects::modifiers_inside_multiword_forms` |
//! | a negated or refused support verb negates its event noun (not another verb before it) | "did not carry out strikes on X", "refused to hold talks with X"; not "would not lift the sanctions" | `objects::negated_support_verbs` |
//! | a response made with an act is the act, and so is an act one claims responsibility for; contracts awarded to a party | "responded with strikes on X", "retaliated with airstrikes on X", "claimed responsibility for the attack on X", "awarded a $900 million contract to X" | `objects::responses_descriptor_possessors_and_awards` |
//! | a name slot inside a multi-word form is its direct object, and does the act an infinitive after the form names | "awarded Lockheed Martin a $1.2 billion contract for W", "awarded X a contract to build W" | `objects::contracts_awarded_to_a_first_object` |
//! | an appositive after the object, set off by commas | "sold a frigate, the FREMM, to X", "bought W, a Russian system, from X" | `objects::appositive_object` |
//! | a gerund after "for" is done by a direct object before it (a place, a noun for people or a body, or a pronoun there: no named doer), not by a weapon or a name in a prepositional phrase; a passive's patient does it; verbs outside the lexicon too | "criticised X for sending W to Y", "sanctioned X for buying W", "thanked X for supplying W"; not "bought W for defending", "signed a deal with X for buying W" | `subjects::object_control_of_for_gerunds` |
//! | after a verb of having or receiving, an event noun's "of" or "from" phrase names the doer and the subject is the target (seen to work for support and threats; "drew criticism from Y" states nothing yet) | "X has the full support of Y", "X won the backing of Y", "X has received threats from Y" | `objects::support_received_from_a_party` |
//! | an arms noun in "-s" after an arms noun, a number or a weapon's name heads its noun phrase, no verb | "sold 155mm artillery shells to X", "mortar shells" | `objects::arms_nouns_that_are_verb_forms` |
//! | coordinated names each after a possessor are one group | "India's HAL and France's Safran signed an agreement" | `subjects::coordinated_names_with_possessors` |
//! | a contract awarded in the passive: "by" or "from" names the other party; a passive's subject (no weapon) does the infinitive it governs | "X was awarded a contract by Y", "X has been awarded a contract to build W" | `objects::contracts_awarded_in_the_passive` |
//! | object control and raising | "helped X fight Y" (lexicon flag `bare`: object + bare infinitive), "appeared to take a swipe at", "is expected to sign", "moved to ban" | `constructions::control_and_raising` |
//! | coordinated verb phrases sharing one subject through raising and control words | "X met A and was due to dine with B", "X bought W and is expected to deploy it" | `constructions::verb_phrase_coordination` |
//! | a passive whose agent is a list | "banned by A, B and the Union" | `constructions::passive_agent_lists` |
//! | reported evaluation: a condemning predicate or verb of X or X's act said by S; a condemning quotation said of X or its act | "S said X is a threat", "…, saying X's move was a violation", "S said the X-ian strikes were an act of aggression", "S said X's sale violates its sovereignty", "'This is a provocation,' S said of X's drills" | `quotation::reported_evaluation`, `quotation::condemnations_said_of_acts` |
//! | an agent noun after "one of" or "among" and the copula | "X is one of the largest buyers of W", "X and Y are among the biggest suppliers of arms to Z" | `weapons::agent_nouns_among_others` |
//! | a name before a word in "-ed" followed by a determiner, name, number or preposition (not "by") modifies no noun: the word is a verb | "the arms sale to X angered Y", "talks with X aimed at" | `objects::names_before_past_verbs_and_in_compounds` |
//! | a name opening a hyphen compound modifies the noun after it (not "X-led"), which may be what the party holds | "talks with X-based firms" (no meet), "attacked X-flagged tankers" (no attack on X: a flag of registry) | `objects::names_before_past_verbs_and_in_compounds` |
//! | adjunct phrases: "as part of" skipped in the object region; a comitative parenthetical adds a doer; "joined Y in V-ing" | "delivered W as part of the deal to X", "X, along with Y, signed", "X joined Y in condemning Z" | `constructions::adjunct_phrases` |
//! | first person in a quotation stands for its speaker (speech acts only for a person saying "we") | "'We condemn X,' Minister Y said", "Y told reporters: 'our military will back X'" | `quotation::quotation` |
//! | evaluation: a verb of naming with a condemning predicative phrase | "called X's move an escalation", "branded X a terrorist state", "described X as a threat" | `quotation::evaluation` |
//! | criticism of an act named with its author's name before an arms word or a bare possessive apostrophe; the infinitive of an intention noun is its owner's act (`Doc::intention_owner`) | "criticised the US arms sale to X", "protested the United States' arms sale", "condemned the US decision to sell arms to X" | `quotation::criticised_acts_and_intentions` |
//! | criticism of an act named with its author after "by" | "condemned the attack on our ships by X" | `quotation::quotation` |
//! | an appositive naming a weapon's kind stands for the weapon | "the Bayraktar TB2, a drone produced by Baykar," | `weapons::kind_appositives` |
//! | an appositive opened by a possessor; a participle phrase after a weapon and its arms nouns | "Russia, Ukraine's main adversary, denounced X", "The F-16 jets, donated by Denmark, arrived" | `subjects::appositive_subjects` |
//! | threats stated as a vow or threat of retaliation or of an act against a party (lexicon lines); the threatened act is not done ("threaten" governs its infinitive) | "vowed to retaliate against X", "vowed revenge on X", "threatened to attack X", "threatened to impose sanctions on X" | `subjects::vows_of_retaliation` |
//! | an agreement for weapons is a sale (frame slot `purchase`): a company sells; between states the doer buys; with no partner named a company sells and a state buys; parts and upkeep, or a weapon in a later "for" phrase, are no sale | "signed a deal with X for W", "X's deal with Y for W", "a contract for the purchase of W", "Poland signed a deal for 48 W" | `weapons::agreements_for_weapons`, `weapons::unnamed_sellers_and_passive_aims` |
//! | each source after its own weapons supplies only those; coordinated sources share them | "bought W1 from X and W2 from Y", "an order for W1 from X and W2 from Y" | `weapons::sources_paired_with_their_weapons` |
//! | weapons aimed at a party in the passive | "W have been used by X against Y" | `weapons::unnamed_sellers_and_passive_aims` |
//! | a weapon doing an attack, as subject or passive agent, stands for the state or force named right before it, which deploys it (frame flag `wielded`) | "Russian Su-34 jets struck X", "Azerbaijani TB-2 drones destroyed Armenian tanks", "X were struck by Russian Su-34 jets" | `weapons::weapons_wielded_by_holders` |
//!
//! Arguments that are not names, each resolved by a stated rule (tables
//! `pronoun_subject`, `company_anaphora`, `titled_partner`,
//! `pronoun_topics_and_parentheticals`, `frames_and_argument_kinds`, and in
//! `tests/arguments.rs` one per kind named below):
//! - demonyms and adjectives on people, forces and bodies ("Indian troops",
//!   "Taiwan's top official", "the Japanese government") stand for the state
//!   ([`doc::Doc::modifies_common_noun`], `actor_head_at`); on goods and
//!   things they are no doer ("Australian wheat would arrive in X"), but
//!   agent nouns are people ("Malaysian miners criticised X";
//!   `subjects::demonyms_on_goods_and_time_words`);
//! - as the object of attack and threaten, a name or demonym on what a
//!   party holds, guards or lives in ("shelled Armenian positions", "struck
//!   Hezbollah targets", "invaded Iran's territory") is the party attacked;
//!   goods, stances and institutions are not ("attacked Chinese exports",
//!   "the Chinese position"); a party's weapons and military property count
//!   as what it holds ("destroyed Armenian tanks", "struck Iranian air
//!   defences"), and so do its members ("killed a Hezbollah commander");
//!   a named weapon with a demonym or possessor before it is that party's
//!   ("destroyed a Ukrainian S-300 system"; `Doc::weapon_owner`,
//!   `arguments::named_weapons_of_a_party`);
//!   a name opening a compound that says who backs, made or is tied to
//!   the noun is not the party ("strikes on Iran-backed groups",
//!   "attacked Iranian-made drones"; `Doc::sponsor_compound`,
//!   `arguments::sponsors_are_not_targets`);
//!   unnamed positions, places or people "in" a state are the state's
//!   ("struck targets in southern Lebanon"), and so are its civil works
//!   ("fired missiles at Ukraine's power plants") (`target_head_at`,
//!   `unnamed_targets_before`; `demonym_targets`);
//! - as the object of sanction, a name, demonym or possessor on a party's
//!   banks, firms, trade or programmes is the party sanctioned ("sanctions
//!   on Iran's central bank", "sanctioned Chinese firms"; frame flag
//!   `assets`, `asset_head_at`; `objects::held_assets_and_negotiations`);
//! - "its"/"their" on people or forces as a subject ("X said its forces
//!   attacked", "Its navy threatened"): as "it" would resolve
//!   (`possessive_pronoun_on_forces`);
//! - "he", "his", titles ("the Minister"): the most recent person when
//!   unambiguous; when two persons share that sentence, "he"/"she"
//!   opening the next sentence is the one named first as its subject
//!   (centering: "X met Y in Kyiv. She pledged ..." is X;
//!   `subjects::subject_continuity`); a title with a demonym ("the German chancellor") only the
//!   person named before with that demonym among their titles, else the
//!   state (`titles_with_demonyms`); "X said (that) it": X; "it"/"they" opening a sentence: the
//!   previous sentence's subject when it is a country or organisation (a
//!   coordinated one only for "they"/"their", all its members), not when
//!   that sentence ends in a reporting clause (", sources said");
//! - descriptors ("the company", "the militant group", "the country", "the
//!   island"): the topic of an earlier sentence of the matching type,
//!   unambiguous, or, when that sentence names others of the type, its
//!   first name opening it as the lone subject (centering: "Chile signed a
//!   deal with Peru. The country will also buy" is Chile;
//!   `arguments::descriptors_after_two_names`); in an object slot ("struck the militant group", "a deal
//!   with the company") never a name of its own sentence, nor when another
//!   name of the type stands there after the first (`descriptor_objects`);
//!   so too as the first object's possessor ("struck the group's
//!   positions"; `objects::responses_descriptor_possessors_and_awards`);
//! - pair descriptors as a subject ("The two sides agreed", "Both
//!   countries signed", "the two companies", "the two ministers"): the two
//!   entities of the type named in the nearest of the two sentences before
//!   that names any, when it names exactly two; names of the descriptor's
//!   own sentence only through a coordinate or relative clause ("X met Y,
//!   but both sides agreed"); sentences with "two" or "both" are read even
//!   when they name nothing (`anaphora.rs`; `pair_descriptors`);
//! - "counterpart(s) from / of / in X" stands for X, as "X's counterpart"
//!   and "his Chinese counterpart" do (`counterparts`), unless a person's
//!   name follows it ("his Swiss counterpart Otto Stich": the person;
//!   `titled_partner`);
//! - weapon descriptors ("the jets", "the system") in an object slot: the
//!   weapon named last before, in the sentence or the two before, when no
//!   other weapon is named from that weapon's sentence on; descriptors are
//!   not taken as objects of an infinitive or gerund, whose doer is itself
//!   inferred (`weapon_descriptors`); opening a clause before a passive
//!   verb, the patient ("The jets were built by X";
//!   `weapons::descriptor_patients`); a number alone as the direct object
//!   stands for the weapon as they do ("also sold eight to X";
//!   `weapons::numbers_alone`);
//! - "it"/"them" as the object of a weapon verb: the nearest weapon before;
//! - "it" as the object of support, attack, threaten, criticize or sanction
//!   ("backing it on the issue of Kashmir"): the only country or
//!   organisation named before the verb in the sentence apart from the
//!   subject, when no singular common noun phrase ("the idea", "its
//!   proposal") could be "it" instead; not the object of an infinitive
//!   (`anaphora.rs`; `object_pronoun_for_states`). Other object pronouns are
//!   left alone: on general news they stood for ideas, funds and agreements
//!   in five of six cases.
//!
//! - a definite act noun without a name of its own as the object of
//!   criticism ("Japan condemned the launch", "The strike was condemned by
//!   X"): the last act of the noun's category (its lexicon noun entry; for
//!   "the move", "the decision", any act of attack, test, threat, sanction,
//!   deployment or supply) stated in the sentence or the two before; its
//!   doers are the authors criticised; symmetric and negated acts name none
//!   (`act_antecedents`).
//!
//! Negated statements ("did not sign", "failed to conclude") are emitted
//! with `negated: true`; the graph keeps them apart from positive edges. A
//! verb outside the lexicon that links two names gives category `other` only
//! when the [`Relater`] is built with [`Relater::with_other`].

mod adjuncts;
mod anaphora;
mod doc;
mod emit;
mod frames;
mod groups;
mod modality;
mod nominal;
mod objects;
mod patterns;
mod quote;
mod scan;
mod subject;
mod table;
mod verbs;
mod words;

use std::path::Path;
use std::sync::Arc;

use crate::extract::Extraction;
use crate::Error;

/// Default cap on entities per sentence for co-occurrence (see [`cooccurrence`]).
pub const DEFAULT_SENTENCE_CAP: usize = 20;

/// One relation stated in a sentence: `source` does `relation` to `target`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Relation {
    /// Index of the doer in [`Extraction::entities`].
    pub source: usize,
    /// Index of what is done to.
    pub target: usize,
    /// Category (`meet`, `agree`, `acquire`, ...).
    pub relation: String,
    /// The verb or predicate as written.
    pub verb: String,
    /// Sentence index.
    pub sentence: usize,
    /// The statement is negated ("did not sign").
    pub negated: bool,
}

/// Pairs of entities that share a sentence, one entry per sentence and pair,
/// as `(sentence, a, b)` with `a < b` indices into `extraction.entities`.
///
/// A sentence with more than `cap` distinct entities links only the first
/// `cap` of them (by first mention in the sentence), so a long list costs at
/// most `cap * (cap - 1) / 2` pairs instead of growing quadratically.
pub fn cooccurrence(extraction: &Extraction, cap: usize) -> Vec<(usize, usize, usize)> {
    cooccurrence_of(
        extraction
            .entities
            .iter()
            .map(|e| e.mentions.iter().map(|m| (m.sentence, m.start))),
        cap,
    )
}

/// [`cooccurrence`] over any list of entities, each given by its mentions as
/// `(sentence, start)` in text order: the graph uses it on documents read back
/// from `extract` output.
pub fn cooccurrence_of<E, M>(entities: E, cap: usize) -> Vec<(usize, usize, usize)>
where
    E: IntoIterator<Item = M>,
    M: IntoIterator<Item = (usize, usize)>,
{
    let mut per_sentence: Vec<(usize, usize, usize)> = Vec::new(); // (sentence, start, entity)
    for (e, mentions) in entities.into_iter().enumerate() {
        let mut last = usize::MAX;
        for (sentence, start) in mentions {
            if sentence != last {
                per_sentence.push((sentence, start, e));
                last = sentence;
            }
        }
    }
    per_sentence.sort_unstable();
    let mut out = Vec::new();
    let mut i = 0;
    while i < per_sentence.len() {
        let s = per_sentence[i].0;
        let j = i + per_sentence[i..].iter().take_while(|x| x.0 == s).count();
        let members: Vec<usize> = per_sentence[i..j].iter().take(cap).map(|x| x.2).collect();
        for (n, &a) in members.iter().enumerate() {
            for &b in &members[n + 1..] {
                out.push((s, a.min(b), a.max(b)));
            }
        }
        i = j;
    }
    out
}

/// Whether a category runs both ways (`meet` and `agree`; `frames.tsv`).
pub fn is_symmetric(relation: &str) -> bool {
    verbs::Cat::parse(relation).is_some_and(verbs::Cat::symmetric)
}

/// The frozen relation stage, shared by the workers.
#[derive(Debug, Clone)]
pub struct Relater {
    other: bool,
    enabled: bool,
    verbs: Arc<verbs::Verbs>,
}

impl Default for Relater {
    fn default() -> Self {
        Relater {
            other: false,
            enabled: true,
            verbs: verbs::Verbs::builtin(),
        }
    }
}

impl Relater {
    /// The relation stage with the built-in lexicon, `other` off.
    pub fn new() -> Relater {
        Relater::default()
    }

    /// A stage that finds nothing: for runs whose output has no relations
    /// (`build --edges cooccurrence`), so their cost is not paid.
    pub fn off() -> Relater {
        Relater {
            enabled: false,
            ..Relater::default()
        }
    }

    /// Also emit category `other` for a verb outside the lexicon that links
    /// two names ("India rebuffed Pakistan"), with the verb as written.
    pub fn with_other(mut self, other: bool) -> Relater {
        self.other = other;
        self
    }

    /// The built-in predicate lexicon plus the user's verb files, in order
    /// (`category<TAB>form[<TAB>flags]` lines, the format of the built-in
    /// `verbs.tsv`). A file that cannot be read, or a line with an unknown
    /// category or flag or an empty form, is an error naming `file:line`.
    pub fn with_verb_files<P: AsRef<Path>>(mut self, files: &[P]) -> Result<Relater, Error> {
        if files.is_empty() {
            return Ok(self);
        }
        let mut texts = Vec::with_capacity(files.len());
        for f in files {
            let path = f.as_ref();
            let src = std::fs::read_to_string(path).map_err(|source| Error::Io {
                path: path.into(),
                source,
            })?;
            texts.push((path.display().to_string(), src));
        }
        self.verbs = Arc::new(verbs::Verbs::with_user(&texts)?);
        Ok(self)
    }

    /// Typed relations stated in the document's sentences, in sentence order.
    /// `source`/`target` index `extraction.entities`; a symmetric relation
    /// (`meet`, `agree`) is stated once per pair and sentence.
    pub fn relations(&self, text: &str, extraction: &Extraction) -> Vec<Relation> {
        // Every relation joins two different entities (each edge checks
        // it): a document naming fewer has none to find, and is not read
        // (a third of the Reuters bench corpus).
        if !self.enabled || extraction.entities.len() < 2 {
            return Vec::new();
        }
        emit::relations(text, extraction, &self.verbs, self.other)
    }
}

#[cfg(test)]
mod tests;
