//! Arguments that are not names in their slot, resolved by stated rules:
//! an object pronoun standing for a state or organisation ("backing it"),
//! and a descriptor in the object slot ("struck the militant group").
//! Subject pronouns, titles and descriptors are resolved in `scan.rs` and
//! `doc.rs`.

use super::doc::{
    Descriptor, Doc, Group, ADV, AUX, DET, LEX, NEG, PREP, PRON, REL, REPORT, STOP, SUB, TITLE,
};
use super::emit::Emitter;
use super::patterns::Trig;
use super::verbs::{Cat, W};
use crate::extract::EntityType;
use crate::text::TokenKind;

/// Nouns of time adverbials ("in the meantime", "last week"): their phrases
/// are no antecedents of an object "it".
const TIME_NOUNS: &[&str] = &[
    "meantime",
    "meanwhile",
    "moment",
    "time",
    "day",
    "week",
    "weekend",
    "month",
    "year",
    "morning",
    "afternoon",
    "evening",
    "night",
    "past",
    "beginning",
    "end",
    "start",
    "decade",
    "century",
    "spring",
    "summer",
    "autumn",
    "winter",
];

impl<'d, 'a> Emitter<'d, 'a> {
    /// "China began cementing its relations with Pakistan and backing it":
    /// "it" right after a verb of support, attack, threat, criticism or
    /// sanction stands for a country or organisation named before the verb
    /// in the same sentence when the reading is unambiguous: that entity is
    /// the only one named there apart from the verb's subject and names
    /// that only modify others, and no singular common noun phrase ("the
    /// agreement", "the idea", "its decision"; not one of time, "in the
    /// meantime") stands before the pronoun in the sentence to be "it"
    /// instead. "them", "it" before a verb or "to" ("made it clear", "it
    /// would") and the object of an infinitive ("to assist it", whose
    /// subject is itself inferred) are left alone.
    pub(super) fn state_pronoun(&self, t: &Trig, a: usize) -> Option<Group> {
        let doc = self.doc;
        let p = t.end;
        let b = doc.sent_end(a);
        // The subject of an infinitive ("to assist it") is itself a guess.
        if p >= b || doc.low(p) != "it" || t.noun || t.passive || t.control {
            return None;
        }
        let cat = t.entry.cats[0];
        if !matches!(
            cat,
            Cat::Support | Cat::Attack | Cat::Threaten | Cat::Criticize | Cat::Sanction
        ) {
            return None;
        }
        // "it would", "made it to": "it" opens a clause or is no object.
        if p + 1 < b && (doc.is(p + 1, AUX) || doc.low(p + 1) == "to") {
            return None;
        }
        let subject = t.left.as_ref()?;
        let mut cand: Option<usize> = None;
        for s in doc
            .spans_in(a, t.vg)
            .iter()
            .filter(|s| s.start >= a && s.end <= t.vg)
        {
            if s.modifier || subject.members.contains(&s.entity) {
                continue;
            }
            let kind = doc.ex.entities[s.entity].kind;
            if s.ty == W || !matches!(kind, EntityType::Country | EntityType::Organisation) {
                continue;
            }
            match cand {
                Some(c) if c != s.entity => return None,
                _ => cand = Some(s.entity),
            }
        }
        let e = cand?;
        if self.singular_noun_phrase(a, p) {
            return None;
        }
        Some(Group {
            start: p,
            end: p + 1,
            members: vec![e],
            weapon: false,
        })
    }

    /// Whether a common noun phrase in the singular, opened by an article,
    /// demonstrative or possessive pronoun, stands in `[from, to)`: "the
    /// agreement", "its decision" (a phrase whose words lead to a name, "the
    /// United States", "the Indian army", is the name's).
    fn singular_noun_phrase(&self, from: usize, to: usize) -> bool {
        let doc = self.doc;
        let toks = &doc.ex.tokens;
        (from..to).any(|d| {
            if !matches!(
                doc.low(d),
                "a" | "an" | "the" | "this" | "that" | "its" | "his" | "her" | "their" | "'s" | "'"
            ) || doc.span(d).is_some()
            {
                return false;
            }
            // The phrase's words: lower-case words outside names.
            let mut k = d + 1;
            let mut head = None;
            while k < to && k - d <= 4 {
                let tk = &toks[k];
                if doc.span(k).is_some() {
                    return false;
                }
                if tk.kind != TokenKind::Word || tk.cap || doc.is(k, super::doc::FUNCTION & !TITLE)
                {
                    break;
                }
                head = Some(k);
                k += 1;
            }
            let Some(h) = head else {
                return false;
            };
            let w = doc.low(h);
            let plural =
                w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us") && !w.ends_with("is");
            !plural && !TIME_NOUNS.contains(&w)
        })
    }

    /// "Japan condemned the launch", "The strike was condemned by X": a
    /// definite act noun (determiner, at most two lower-case modifiers, no
    /// name) at token `det` stands for the last act of its category stated
    /// in the sentence or the two before (a predicate noun of the lexicon:
    /// "launch" is a test, "sale" a supply), or for a general act noun
    /// ("the move", "the decision", "the provocation") the last act of
    /// attack, test, threat, sanction, deployment or supply there. Its doers
    /// are the authors criticised. Symmetric acts ("the deal") and negated
    /// ones name no author.
    pub(super) fn act_authors(&self, det: usize, end: usize) -> Vec<usize> {
        const GENERAL: &[&str] = &[
            "move",
            "decision",
            "step",
            "action",
            "actions",
            "act",
            "provocation",
            "provocations",
            "operation",
        ];
        const ACTS: &[Cat] = &[
            Cat::Attack,
            Cat::Test,
            Cat::Threaten,
            Cat::Sanction,
            Cat::Deploy,
            Cat::Supply,
        ];
        let doc = self.doc;
        if det >= end
            || !matches!(
                doc.low(det),
                "the" | "this" | "that" | "these" | "those" | "such"
            )
        {
            return Vec::new();
        }
        let toks = &doc.ex.tokens;
        let mut cats: Option<&[Cat]> = None;
        for (k, tk) in toks
            .iter()
            .enumerate()
            .take((det + 4).min(end))
            .skip(det + 1)
        {
            if doc.span(k).is_some() || tk.kind != TokenKind::Word || tk.cap {
                return Vec::new();
            }
            let w = doc.low(k);
            if GENERAL.contains(&w) {
                cats = Some(ACTS);
            } else if let (_, Some(e)) = doc.forms_at(k, k + 1) {
                cats = Some(&e.cats);
            }
            if cats.is_some() {
                // The head: no "of"/"on" phrase naming its own target after it.
                if k + 1 < end && doc.is(k + 1, super::doc::PREP) && doc.span(k + 2).is_some() {
                    return Vec::new();
                }
                break;
            }
        }
        let Some(cats) = cats else {
            return Vec::new();
        };
        let here = self.sentence;
        // The relations are in sentence order: only those of the window are
        // looked at (a long document).
        let last = self
            .out
            .iter()
            .rev()
            .take_while(|r| r.sentence + 2 >= here)
            .find(|r| {
                r.sentence + 2 >= here
                    && !r.negated
                    && Cat::parse(&r.relation).is_some_and(|c| !c.symmetric() && cats.contains(&c))
            });
        let Some(last) = last else {
            return Vec::new();
        };
        let from = self.out.partition_point(|r| r.sentence < last.sentence);
        let mut authors: Vec<usize> = self.out[from..]
            .iter()
            .filter(|r| {
                r.sentence == last.sentence && r.relation == last.relation && r.verb == last.verb
            })
            .map(|r| r.source)
            .collect();
        authors.dedup();
        authors
    }
}

impl<'a> Doc<'a> {
    /// "Israel struck the militant group", "Japan condemned the country",
    /// "signed a deal with the company": a descriptor ("the" or "this", at
    /// most one lower-case modifier, a head of [`Descriptor`]) in an object
    /// slot at token `at` stands for the topic of an earlier sentence of the
    /// matching type, as a subject descriptor does ([`Doc::descriptor_at`]),
    /// but never for a name of its own sentence (English says "itself" for
    /// the subject), and not when a name of that type other than the first
    /// (the subject's place) stands before it in the sentence. The
    /// phrase must end at its head (not "the company's", "the group of",
    /// "the country risk", "the company Boeing"), and it must not be the
    /// subject of a clause ("..., the company said"). Returns the token after
    /// the head and the entity.
    #[inline]
    pub(crate) fn descriptor_object(&self, at: usize, hi: usize) -> Option<(usize, usize)> {
        self.descriptor_in_slot(at, hi, false)
    }

    /// As [`Doc::descriptor_object`], for a descriptor that is a possessor
    /// ("struck the group's positions"): returns the token of the "'s" and
    /// the entity.
    #[inline]
    pub(crate) fn descriptor_possessor(&self, at: usize, hi: usize) -> Option<(usize, usize)> {
        self.descriptor_in_slot(at, hi, true)
    }

    /// The scan of the right region asks this of every token: the article
    /// is tested here, inlined, and the rest only after one.
    #[inline]
    fn descriptor_in_slot(&self, at: usize, hi: usize, possessor: bool) -> Option<(usize, usize)> {
        if !matches!(self.low(at), "the" | "this") {
            return None;
        }
        self.descriptor_after_article(at, hi, possessor)
    }

    /// [`Doc::descriptor_in_slot`] past its article.
    #[inline(never)]
    fn descriptor_after_article(
        &self,
        at: usize,
        hi: usize,
        possessor: bool,
    ) -> Option<(usize, usize)> {
        let toks = &self.ex.tokens;
        let head = (at + 1..(at + 3).min(hi)).find(|&k| Descriptor::of(self.low(k)).is_some())?;
        let kind = Descriptor::of(self.low(head))?;
        let modifiers_ok = (at + 1..head)
            .all(|k| !toks[k].cap && toks[k].kind == TokenKind::Word && self.class[k] == 0);
        let next = head + 1;
        let ends = if possessor {
            next + 1 < hi && self.low(next) == "'s" && self.span(next + 1).is_none()
        } else {
            self.phrase_ends(next, hi)
        };
        // "..., the company said", "the group will": the subject of a clause.
        let subject = (next < hi && self.is(next, AUX | REPORT))
            || (at > 0 && matches!(self.low(at - 1), "," | ";" | ":"));
        if !modifiers_ok || !ends || subject {
            return None;
        }
        let (a, _) = self.sent[toks[at].sentence as usize];
        let e = self.resolve_topic(a, |e| kind.fits(self, e))?;
        if kind == Descriptor::Island && self.ex.entities[e].kind != EntityType::Country {
            return None;
        }
        // A name of this sentence that fits, other than its first (the
        // subject's place), is a rival antecedent.
        let rival = self
            .spans_in(a, at)
            .iter()
            .filter(|s| s.start >= a && s.start < at && !s.modifier)
            .skip(1)
            .any(|s| kind.fits(self, s.entity));
        (!rival).then_some((next, e))
    }

    /// Whether a noun phrase whose head is right before `next` ends there:
    /// no name, possessive, "of", hyphen or lower-case content word follows.
    fn phrase_ends(&self, next: usize, hi: usize) -> bool {
        let toks = &self.ex.tokens;
        next >= hi
            || (self.span(next).is_none()
                && !matches!(self.low(next), "'s" | "'" | "of" | "-")
                && !(toks[next].kind == TokenKind::Word
                    && self.class[next] & super::doc::FUNCTION == 0
                    && !toks[next].cap))
    }

    /// "Turkey tested the system", "France delivered the jets": "the",
    /// "these" or "those", at most two lower-case modifiers and a noun for
    /// weapons (`WEAPON_NOUNS`) ending the phrase stand for the weapon named
    /// last before, in the same sentence or the two before, when no other
    /// weapon is named from the start of that weapon's sentence up to the
    /// phrase. Returns the token after the head and the weapon.
    #[inline]
    pub(crate) fn weapon_descriptor(&self, at: usize, hi: usize) -> Option<(usize, usize)> {
        // As for descriptor_in_slot: the article inlined, the rest after one.
        if !matches!(self.low(at), "the" | "these" | "those") {
            return None;
        }
        self.weapon_after_article(at, hi)
    }

    /// [`Doc::weapon_descriptor`] past its article.
    #[inline(never)]
    fn weapon_after_article(&self, at: usize, hi: usize) -> Option<(usize, usize)> {
        let toks = &self.ex.tokens;
        let head = (at + 1..(at + 4).min(hi)).find(|&k| WEAPON_NOUNS.contains(&self.low(k)))?;
        let modifiers_ok = (at + 1..head).all(|k| {
            self.span(k).is_none()
                && !toks[k].cap
                && (toks[k].kind == TokenKind::Number
                    || (toks[k].kind == TokenKind::Word
                        && self.class[k] & super::doc::FUNCTION == 0))
        });
        let next = head + 1;
        let ends = self.phrase_ends(next, hi);
        if !modifiers_ok || !ends {
            return None;
        }
        Some((next, self.recent_weapon(at)?))
    }

    /// "The company also sold eight to Israel", "bought 12 more": a number
    /// alone (digits or a number word, "more" at most after it) as an
    /// object stands for the weapon named last before, as a weapon
    /// descriptor does ([`Doc::weapon_descriptor`]). Returns the token
    /// after the phrase and the weapon.
    pub(crate) fn number_alone(&self, at: usize, hi: usize) -> Option<(usize, usize)> {
        const WORDS: &[&str] = &[
            "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
            "twelve", "fifteen", "twenty", "thirty", "forty", "fifty", "dozen", "dozens",
        ];
        let t = &self.ex.tokens[at];
        let number = (t.kind == TokenKind::Number && self.span(at).is_none())
            || WORDS.contains(&self.low(at));
        if !number {
            return None;
        }
        let next = at + 1 + usize::from(at + 1 < hi && self.low(at + 1) == "more");
        if !self.phrase_ends(next, hi) || (next < hi && matches!(self.low(next), "%" | "." | ",")) {
            return None;
        }
        Some((next, self.recent_weapon(at)?))
    }

    /// The weapon named last before token `at`, in its sentence or the two
    /// before, when no other weapon is named from the start of that
    /// weapon's sentence up to `at`.
    fn recent_weapon(&self, at: usize) -> Option<usize> {
        let toks = &self.ex.tokens;
        let here = toks[at].sentence as usize;
        // Only the weapon named last in the window counts: not searched
        // further back (a long document without weapons).
        let (from, _) = self.sent[here.saturating_sub(2)];
        let last = self.spans_in(from, at).iter().rev().find(|s| s.ty == W)?;
        let sent = toks[last.start].sentence as usize;
        if here - sent > 2 {
            return None;
        }
        let (a, _) = self.sent[sent];
        let other = self
            .spans_in(a, at)
            .iter()
            .filter(|s| s.start >= a && s.ty == W)
            .any(|s| s.entity != last.entity);
        (!other).then_some(last.entity)
    }
}

impl<'a> Doc<'a> {
    /// "The two sides agreed", "Both countries signed", "the two leaders
    /// met": a pair descriptor at token `at` ("the two" or "both", then a
    /// plural head noun, then only auxiliaries, adverbs or negation up to
    /// the predicate at `from`) stands for the two entities of the matching
    /// type named in the nearest of the two sentences before that names any,
    /// when that sentence names exactly two. Names in its own sentence are
    /// taken only by a coordinate or relative clause ("X and Y met, but both
    /// sides agreed"; "the pact under which both sides agreed"): "the
    /// Financial Times quoted VW's chairman saying the two companies would
    /// agree" means VW and another.
    /// Heads: countries, nations, states, governments, neighbours (two
    /// countries); sides (two countries or two organisations); leaders,
    /// ministers, presidents (two people); companies, firms (two companies).
    pub(crate) fn pair_at(&self, at: usize, from: usize) -> Option<Group> {
        let head = match self.low(at) {
            "the" if at + 2 < from && self.low(at + 1) == "two" => at + 2,
            "both" if at + 1 < from => at + 1,
            _ => return None,
        };
        let kinds: &[EntityType] = match self.low(head) {
            "countries" | "nations" | "states" | "governments" | "neighbours" | "neighbors" => {
                &[EntityType::Country]
            }
            "sides" => &[EntityType::Country, EntityType::Organisation],
            "leaders" | "ministers" | "presidents" => &[EntityType::Person],
            "companies" | "firms" => &[EntityType::Organisation],
            _ => return None,
        };
        let company = matches!(self.low(head), "companies" | "firms");
        if !(head + 1..from).all(|k| self.is(k, AUX | super::doc::ADV | super::doc::NEG)) {
            return None;
        }
        let toks = &self.ex.tokens;
        let here = toks[at].sentence as usize;
        // "X met Y, but both sides agreed", "the pact under which both
        // sides agreed": a coordinate or relative clause refers back to
        // the participants of its own sentence.
        let linked = at > 0 && matches!(self.low(at - 1), "but" | "and" | "which" | "whom");
        let last = if linked { here + 1 } else { here };
        for sent in (here.saturating_sub(2)..last).rev() {
            let (a, b) = self.sent[sent];
            let fits = |e: usize| {
                kinds.contains(&self.ex.entities[e].kind) && (!company || self.is_company(e))
            };
            let mut found: Vec<usize> = Vec::new();
            for s in self
                .spans_in(a, b.min(at))
                .iter()
                .filter(|s| s.start >= a && s.start < b && !s.modifier)
            {
                if fits(s.entity) && !found.contains(&s.entity) {
                    found.push(s.entity);
                }
            }
            // "sides": the two of one type.
            if kinds.len() > 1 && !found.is_empty() {
                let k0 = self.ex.entities[found[0]].kind;
                if found.iter().any(|&e| self.ex.entities[e].kind != k0) {
                    return None;
                }
            }
            match found.len() {
                0 => continue,
                2 => {
                    return Some(Group {
                        start: at,
                        end: head + 1,
                        members: found,
                        weapon: false,
                    })
                }
                _ => return None,
            }
        }
        None
    }
}

/// Nouns for weapons that a descriptor ("the jets") may head.
const WEAPON_NOUNS: &[&str] = &[
    "system",
    "systems",
    "missile",
    "missiles",
    "jet",
    "jets",
    "fighter",
    "fighters",
    "warplanes",
    "aircraft",
    "helicopter",
    "helicopters",
    "tank",
    "tanks",
    "drone",
    "drones",
    "submarine",
    "submarines",
    "warship",
    "warships",
    "frigate",
    "frigates",
    "destroyer",
    "destroyers",
    "carrier",
    "rifle",
    "rifles",
    "howitzer",
    "howitzers",
    "bomber",
    "bombers",
    "interceptor",
    "interceptors",
    "weapons",
];

/// Resolution of descriptors, topics and people to entities of the document.
impl Doc<'_> {
    /// "the company", "the militant group", "the country" at token `at` (the
    /// article) as the subject of a predicate starting at `from`: the token
    /// after the descriptor and the entity it stands for. At most one
    /// lower-case modifier may stand between the article and the head noun,
    /// and only auxiliaries, adverbs and negation between the head noun and
    /// the predicate; a possessive ("the company's") is no subject.
    pub(crate) fn descriptor_at(&self, at: usize, from: usize) -> Option<(usize, usize)> {
        let head = (at + 1..(at + 3).min(from)).find(|&k| Descriptor::of(self.low(k)).is_some())?;
        let kind = Descriptor::of(self.low(head))?;
        let toks = &self.ex.tokens;
        let modifiers_ok = (at + 1..head).all(|k| {
            !toks[k].cap && toks[k].kind == crate::text::TokenKind::Word && self.class[k] == 0
        });
        let tail_ok = (head + 1..from).all(|k| self.is(k, AUX | ADV | NEG));
        let possessive = head + 1 < toks.len() && self.low(head + 1).starts_with(['\'', '’']);
        if !modifiers_ok || !tail_ok || possessive {
            return None;
        }
        let e = self.resolve_topic(at, |e| kind.fits(self, e))?;
        if kind == Descriptor::Island
            && self.ex.entities[e].kind != crate::extract::EntityType::Country
        {
            return None;
        }
        Some((head + 1, e))
    }

    /// The entity satisfying `want` named last before token `at`, within
    /// five sentences, when it is the first name of its sentence (the topic)
    /// and no other entity satisfying `want` shares that sentence; when
    /// others do, the first name when it opens the sentence as its lone
    /// subject ("Chile signed a deal with Peru. The country will also buy"
    /// is Chile; not "Chile and Peru signed", nor "Peru's neighbour Chile").
    pub(crate) fn resolve_topic(&self, at: usize, want: impl Fn(usize) -> bool) -> Option<usize> {
        let toks = &self.ex.tokens;
        let here = toks[at].sentence as usize;
        let before = self.spans.partition_point(|s| s.start < at);
        let mut found: Option<(usize, usize)> = None; // (sentence, entity)
        let mut shared = false;
        for s in self.spans[..before].iter().rev() {
            let sent = toks[s.start].sentence as usize;
            if let Some((fs, fe)) = found {
                if sent != fs {
                    break;
                }
                if s.entity != fe && want(s.entity) {
                    shared = true;
                }
            } else {
                if here - sent > 5 {
                    return None;
                }
                if want(s.entity) {
                    found = Some((sent, s.entity));
                }
            }
        }
        let (fs, fe) = found?;
        // The first name of its sentence.
        let (a, _) = self.sent[fs];
        let first = self
            .spans_in(a, at)
            .iter()
            .find(|s| s.start >= a && toks[s.start].sentence as usize == fs)?;
        if !shared {
            return (first.entity == fe).then_some(fe);
        }
        let opens = first.start == a || (first.start == a + 1 && self.is(a, DET));
        let alone = first.end < toks.len()
            && !matches!(self.low(first.end), "'s" | "'" | "and" | "or" | "," | "-");
        (opens && alone && want(first.entity)).then_some(first.entity)
    }

    /// An organisation whose name is not that of a public body, armed
    /// force, party or international organisation.
    pub(crate) fn is_company(&self, e: usize) -> bool {
        let ent = &self.ex.entities[e];
        if ent.kind != crate::extract::EntityType::Organisation {
            return false;
        }
        // Acronyms alone ("NATO", "DRDO") are rarely companies' labels.
        if ent.label.len() <= 5 && ent.label.chars().all(|c| !c.is_lowercase()) {
            return false;
        }
        !ent.label.split([' ', '-']).any(|w| {
            matches!(
                w.to_lowercase().as_str(),
                "ministry"
                    | "department"
                    | "army"
                    | "navy"
                    | "force"
                    | "forces"
                    | "government"
                    | "council"
                    | "parliament"
                    | "agency"
                    | "organisation"
                    | "organization"
                    | "committee"
                    | "commission"
                    | "office"
                    | "party"
                    | "union"
                    | "nations"
                    | "assembly"
                    | "court"
                    | "police"
                    | "guard"
                    | "command"
                    | "corps"
                    | "university"
                    | "institute"
                    | "academy"
                    | "embassy"
                    | "senate"
                    | "congress"
                    | "alliance"
                    | "league"
                    | "fund"
                    | "reserve"
                    | "federal"
                    | "central"
                    | "national"
                    | "state"
                    | "board"
                    | "authority"
                    | "service"
                    | "services"
                    | "administration"
                    | "marines"
                    | "brigade"
                    | "regiment"
                    | "division"
                    | "squadron"
                    | "taliban"
                    | "movement"
                    | "front"
            )
        })
    }

    /// Resolves a pronoun or title at token `at` to the most recent person
    /// mentioned before it, when unambiguous. `title` is the title's head word.
    pub(crate) fn resolve_person(&self, at: usize, title: Option<&[&str]>) -> Option<usize> {
        let toks = &self.ex.tokens;
        let here = toks[at].sentence as usize;
        let before = self.persons.partition_point(|p| p.0 < at);
        let cands = &self.persons[..before];
        let matches = |e: usize| {
            title.is_none_or(|t| {
                self.titles
                    .get(&e)
                    .is_some_and(|ts| t.iter().all(|w| ts.iter().any(|x| x == w)))
            })
        };
        let reach = if title.is_some() { 8 } else { 3 };
        // Only persons within reach are searched (a long document).
        let (from, _) = self.sent[here.saturating_sub(reach)];
        let near = self.persons[..before].partition_point(|p| p.0 < from);
        let (pos, e) = *cands[near..].iter().rev().find(|p| matches(p.1))?;
        let s = toks[pos].sentence as usize;
        if here - s > reach {
            return None;
        }
        // Ambiguous when another matching person shares that sentence.
        let other = cands
            .iter()
            .rev()
            .take_while(|p| toks[p.0].sentence as usize == s)
            .any(|p| p.1 != e && matches(p.1));
        if !other {
            return Some(e);
        }
        // Then a personal pronoun opening the next sentence continues that
        // sentence's subject (the preference of centering theory: "X met
        // Y in Kyiv. She pledged ..." is X): the person named first there,
        // when nothing but names, titles, modifiers and prepositions stand
        // before it.
        let opens = title.is_none()
            && here == s + 1
            && at == self.sent[here].0
            && matches!(self.low(at), "he" | "she");
        if !opens {
            return None;
        }
        let (start, _) = self.sent[s];
        let first = cands[near..]
            .iter()
            .find(|p| toks[p.0].sentence as usize == s)?;
        // The name with its titles and modifiers, then no preposition
        // before it ("Photos of X and Y").
        let mut lead = first.0;
        while lead > start
            && (self.span(lead - 1).is_some()
                || self.ex.tokens[lead - 1].cap
                || self.is(lead - 1, DET | TITLE))
        {
            lead -= 1;
        }
        let governed = lead > start && self.is(lead - 1, PREP);
        (!governed
            && (start..first.0).all(|k| !self.is(k, LEX | REPORT | AUX | REL | SUB | STOP | PRON)))
        .then_some(first.1)
    }
}
