//! The verb-pattern matcher: predicates (verb groups and nominal heads) found
//! with the lexicon, their arguments found by bounded scans inside the
//! sentence, no parser.
//!
//! For each predicate:
//! - the verb group around it (auxiliaries, adverbs, negation) gives voice
//!   and polarity;
//! - the left argument is the nearest entity group before the verb group,
//!   stopping at clause boundaries (relative pronouns, subordinators,
//!   reporting verbs, another predicate, a comma after other words), jumping
//!   over an appositive ("X, a joint venture of Y, will produce"), following
//!   a relative pronoun to its antecedent, sharing the subject of a
//!   coordinated predicate ("is building and delivering"), and the subject of
//!   the governing clause for "to buy" / "for buying" (control);
//! - the right region lists entity groups with the preposition before each
//!   ("a deal with Russia", "to India", "by BAE Systems") up to a clause
//!   boundary, through head nouns ("signed a Rs 1,500 crore deal with");
//! - the category decides which groups are targets (see [`super::emit`]).
//!
//! Pronouns, possessives and titles ("He", "his", "the Minister") resolve to
//! the most recent person in the document when unambiguous
//! ([`Doc::resolve_person`]); "X said (that) it ..." resolves to X.

use super::doc::{
    Doc, Group, ADV, AUX, BE, DET, HAVE, LEX, NEG, POSS, PREP, PRON, REL, REPORT, STOP, SUB,
};
use super::verbs::{Entry, BASE, GER, PART, PAST, THIRD};
use crate::text::TokenKind;

/// One predicate occurrence.
#[derive(Debug, Clone)]
pub(crate) struct Trig<'v> {
    pub start: usize,
    pub end: usize,
    pub entry: &'v Entry,
    pub noun: bool,
    /// First token of the verb group (auxiliaries) or of the noun phrase.
    pub vg: usize,
    pub passive: bool,
    pub neg: bool,
    /// "to buy", "for buying": the subject comes from the governing clause.
    pub control: bool,
    /// Left argument (subject, or patient when passive).
    pub left: Option<Group>,
    /// The doer, once known (for control and coordination).
    pub doer: Option<Group>,
    /// A noun's doer when the noun itself stated nothing: the party that
    /// does a weapon act in an infinitive it governs ("X won a contract to
    /// build W").
    pub governs: Option<Group>,
    /// Right region: (preposition, group).
    pub objs: Vec<(&'static str, Group)>,
    /// End of the right region.
    pub region_end: usize,
}

impl<'v> Trig<'v> {
    /// An active, positive verb predicate at token `i`, before its arguments are found.
    pub(crate) fn at(i: usize, entry: &'v Entry) -> Trig<'v> {
        let end = i + entry.words.len();
        Trig {
            start: i,
            end,
            entry,
            noun: false,
            vg: i,
            passive: false,
            neg: false,
            control: false,
            left: None,
            doer: None,
            governs: None,
            objs: Vec::new(),
            region_end: end,
        }
    }
}

/// Verb forms never read as converted nouns: "back" is an adverb after
/// "take" or "give" ("took a back seat").
const NOT_CONVERTED: &[&str] = &["back", "backs"];

const PREP_NAMES: &[&str] = &[
    "of",
    "in",
    "on",
    "at",
    "to",
    "from",
    "with",
    "by",
    "for",
    "into",
    "between",
    "against",
    "including",
    "like",
    "over",
    "among",
    "after",
    "before",
    "through",
    "during",
    "under",
    "via",
    "near",
    "about",
    "across",
    "within",
    "toward",
    "towards",
    "upon",
    "amid",
    "despite",
    "since",
    "onto",
    "without",
    "behind",
    "alongside",
    "off",
];

fn prep_name(w: &str) -> &'static str {
    PREP_NAMES.iter().find(|p| **p == w).copied().unwrap_or("")
}

impl<'a> Doc<'a> {
    /// Finds the predicates of sentence tokens `[a, b)`.
    pub(crate) fn triggers(&self, a: usize, b: usize) -> Vec<Trig<'a>> {
        let toks = &self.ex.tokens;
        let mut out: Vec<Trig> = Vec::new();
        let mut i = a;
        // The class bit first: most tokens start no form.
        while let Some(at) = self.next_of_class(i, b, LEX | super::doc::NOPRED) {
            i = at;
            let t = &toks[i];
            if self.span(i).is_some()
                || (t.cap && t.upper)
                || (i > a && !t.space_before && self.low(i - 1) == "-")
            {
                i += 1;
                continue;
            }
            let (verb, noun) = self.forms_at(i, b);
            let prev = (i > a).then(|| i - 1);
            let prev_noun_ctx = prev.is_some_and(|p| {
                // "offered support to", "launched attacks on": a support verb's object.
                self.is(p, DET | POSS | super::doc::LIGHT)
                    || toks[p].kind == TokenKind::Number
                    || (self.span(p).is_some()
                        && !(i + 1 < b && (self.is(i + 1, DET) || self.span(i + 1).is_some())))
                    || (toks[p].cap
                        && !toks[p].upper
                        && self.span(p).is_none()
                        && p > a
                        && self.class[p] & super::doc::FUNCTION == 0)
                    || (!toks[p].cap
                        && self.is_tail_word(p)
                        && !self.is(p, LEX)
                        && !self.is(p, ADV | NEG))
            });
            let next_of = i + 1 < b && self.low(i + 1) == "of";
            let pick_noun = match (verb, noun) {
                // "the fighting", "ICO meeting": a gerund after a noun-like word is a noun.
                (Some(v), Some(_)) if v.kind & GER != 0 => prev_noun_ctx,
                // "pledged further support for": the object of a support verb.
                (Some(v), Some(_)) => {
                    (prev_noun_ctx || next_of) && v.kind & PART == 0
                        || v.words.len() == 1 && next_of
                        || v.words.len() == 1
                            && v.kind & (BASE | THIRD) != 0
                            && self.eventive_object(i, a)
                }
                (None, Some(_)) => true,
                _ => false,
            };
            // Capitalised words are predicates only as nouns, or first in a sentence or quote.
            let verb = verb
                .filter(|_| !t.cap || i == a || self.low(i - 1).starts_with(['"', '“', '‘', '\'']));
            let pick_noun = pick_noun || (verb.is_none() && noun.is_some());
            // "carried out raids on", "imposed a ban on": a verb of the
            // lexicon without a noun form is a noun (English conversion) as
            // the object of a support verb.
            let converted = noun.is_none()
                && verb.is_some_and(|v| {
                    v.words.len() == 1
                        && !v.lit
                        && v.kind & (BASE | THIRD) != 0
                        && !NOT_CONVERTED.contains(&self.low(i))
                })
                && self.eventive_object(i, a);
            let (entry, is_noun) = match (pick_noun, verb, noun) {
                (_, Some(v), None) if converted => (v, true),
                (true, _, Some(n)) => (n, true),
                (false, Some(v), _) => (v, false),
                _ => {
                    i += 1;
                    continue;
                }
            };
            // "trade war": a form that is no predicate hides its words.
            if entry.stop {
                i = self.form_end(i, entry, b);
                continue;
            }
            // A participle or verb right after a determiner is an adjective.
            if !is_noun && prev.is_some_and(|p| self.is(p, DET) && !self.is(p, POSS)) {
                i += 1;
                continue;
            }
            // "cholesterol fighting compounds", "crime fighting units": a
            // form in "-ing" between a common noun (no people or forces)
            // and a plural noun is a compound modifier, no predicate.
            if entry.words.len() == 1
                && (is_noun || entry.kind & GER != 0)
                && self.low(i).ends_with("ing")
                && prev.is_some_and(|p| {
                    let w = self.low(p);
                    // A noun: no word the lexicon knows, no past form and no
                    // verb taking a gerund ("denied supplying", "kept firing").
                    self.common_word(p)
                        && self.verbs.word(w).is_none()
                        && !w.ends_with("ed")
                        && !matches!(
                            w,
                            "keep" | "keeps" | "kept" | "stop" | "stops" | "avoid" | "avoids"
                                | "quit" | "quits" | "risk" | "risks" | "mind" | "enjoy"
                        )
                        && !super::words::ACTOR_HEADS.contains(&w)
                })
                && i + 1 < b
                && self.common_word(i + 1)
                // a plural head noun after it ("compounds", "units").
                && self.low(i + 1).ends_with('s')
                && !self.low(i + 1).ends_with("ss")
            {
                i += 1;
                continue;
            }
            // "struck targets", "bought supplies": a form in "-s" right after
            // a past verb of the lexicon is its object, a plural noun.
            if !is_noun
                && entry.kind & THIRD != 0
                && prev.is_some_and(|p| {
                    !toks[p].cap
                        && self
                            .forms_at(p, b)
                            .0
                            .is_some_and(|v| v.kind & (PAST | PART) != 0)
                })
            {
                i += 1;
                continue;
            }
            // "artillery shells", "155mm shells", "Grad rockets", "millions
            // of shells": an arms noun in "-s" right after an arms noun, a
            // number, a weapon's name or a preposition heads a noun phrase;
            // it is no verb.
            if !is_noun
                && entry.kind & THIRD != 0
                && self.is(i, super::doc::ARMS)
                && prev.is_some_and(|p| {
                    self.is(p, super::doc::ARMS | PREP)
                        || matches!(toks[p].kind, TokenKind::Number | TokenKind::Alnum)
                        || self.span(p).is_some_and(|s| s.ty == super::verbs::W)
                })
            {
                i += 1;
                continue;
            }
            // "referred back", "fought back": "back" after a verb is a particle.
            if !is_noun && self.low(i) == "back" && prev.is_some_and(|p| particle_verb(self.low(p)))
            {
                i += 1;
                continue;
            }
            let end = self.form_end(i, entry, b);
            let mut trig = Trig {
                noun: is_noun,
                end,
                region_end: end,
                ..Trig::at(i, entry)
            };
            if !is_noun {
                self.verb_group(&mut trig, a, b);
            } else {
                let mut j = i;
                while j > a
                    && i - j < 4
                    && !self.is(j - 1, POSS)
                    && self.span(j - 1).is_none()
                    && (self.is(j - 1, DET) || (self.is_tail_word(j - 1) && !toks[j - 1].cap))
                    // "will offer aid": a word after an auxiliary is a verb;
                    // "pledged support": so is a support verb.
                    && !(j > a + 1 && !self.is(j - 1, DET) && self.is(j - 2, AUX))
                    && !self.is(j - 1, super::doc::LIGHT)
                    // "lifted sanctions", "cancelled talks": a governing verb.
                    && !self.has(j - 1, super::words::GOVERNOR)
                {
                    j -= 1;
                    // A determiner opens the noun phrase.
                    if self.is(j, DET) {
                        break;
                    }
                }
                trig.vg = j;
            }
            out.push(trig);
            i = end;
        }
        // Coordinated participles share the voice: "designed and developed by".
        for n in (0..out.len().saturating_sub(1)).rev() {
            let (x, y) = (&out[n], &out[n + 1]);
            if !x.noun
                && !y.noun
                && y.passive
                && x.entry.kind & PART != 0
                && self.only_conj(x.end, y.vg)
            {
                out[n].passive = true;
            }
        }
        out
    }

    /// For a comma at `c` right after the verb's first object `g`: the
    /// token after an appositive that ends at a second comma, when either
    /// the name is the appositive of a common noun (", the FREMM," after "a
    /// frigate") or a common noun phrase is the name's appositive (", a
    /// Russian system,"). The appositive holds no verb, name or clause word.
    fn appositive_end(&self, c: usize, hi: usize, g: &Group, from: usize) -> Option<usize> {
        if g.end != c {
            return None;
        }
        let toks = &self.ex.tokens;
        let plain = |k: usize| {
            self.span(k).is_none()
                && toks[k].kind != TokenKind::Punct
                && self.class[k] & (PREP | REL | SUB | REPORT | AUX | STOP | LEX) == 0
        };
        // "a frigate, the FREMM,": a comma and determiner before the name,
        // a common noun phrase between the verb and that comma.
        let mut s = g.start;
        while s > from && self.is(s - 1, DET) {
            s -= 1;
        }
        if s > from + 1 && self.low(s - 1) == "," && s - from <= 6 {
            let np = from..s - 1;
            let lower = np.clone().all(|k| plain(k) && !toks[k].cap);
            if lower && c + 1 < hi && self.is(c + 1, PREP) {
                return Some(c + 1);
            }
        }
        // "the S-400, a Russian system, from": a determiner, at most four
        // lower-case words, a comma, then a preposition.
        if c + 2 < hi && self.is(c + 1, DET) && !self.is(c + 1, POSS) {
            let mut k = c + 2;
            // "a Russian system": a demonym may modify the head.
            let demonym = |k: usize| {
                self.span(k).is_some_and(|s| {
                    s.end == k + 1
                        && self.ex.entities[s.entity].kind == crate::extract::EntityType::Country
                })
            };
            while k < hi && k - c <= 5 && ((plain(k) && !toks[k].cap) || demonym(k)) {
                k += 1;
            }
            if k > c + 2 && k + 1 < hi && self.low(k) == "," && self.is(k + 1, PREP) {
                return Some(k + 1);
            }
        }
        None
    }

    /// Whether token `i` is the head of the object of a support verb
    /// ([`super::doc::LIGHT`]): at most four modifiers and a particle
    /// between ("carried out two raids", "launched a raid", "made use").
    fn eventive_object(&self, i: usize, a: usize) -> bool {
        let light = |k: usize| {
            self.is(k, super::doc::LIGHT) && !self.is(k, AUX) || self.lending_phrase(k, a).is_some()
        };
        let mut k = i;
        while k > a && i - k < 5 && !light(k - 1) && self.only_modifiers(k - 1, k) {
            k -= 1;
        }
        k > a && light(k - 1)
    }

    /// Whether a reporting clause starts at `i`: names, titles and
    /// capitalised words, then a reporting verb ("Minister X said").
    pub(crate) fn reporting_clause_at(&self, i: usize, hi: usize) -> bool {
        let mut k = i;
        while k < hi && k - i <= 8 {
            if self.is(k, REPORT) {
                return k > i;
            }
            let t = &self.ex.tokens[k];
            // "..., the South Korean military said", "..., US officials said"
            // (titles such as "spokesman" are TITLE words).
            let speaker = super::words::ACTOR_HEADS.contains(&self.low(k))
                || matches!(self.low(k), "sources" | "statement" | "media");
            if !(self.span(k).is_some() || t.cap || speaker || self.is(k, DET | super::doc::TITLE))
            {
                return false;
            }
            k += 1;
        }
        false
    }

    /// Tokens `[a, b)` are only ",", "and", "or", adverbs.
    pub(crate) fn only_conj(&self, a: usize, b: usize) -> bool {
        a < b
            && b - a <= 3
            && (a..b).all(|i| matches!(self.low(i), "," | "and" | "or" | "but") || self.is(i, ADV))
    }

    /// Whether the infinitive whose verb group starts at `j` (after "to")
    /// states an act not done: "failed to conclude", "refused to sign",
    /// "made no commitment to support", "has no plans to buy".
    pub(crate) fn infinitive_not_done(&self, j: usize, a: usize) -> bool {
        if j <= a + 1 || self.low(j - 1) != "to" {
            return false;
        }
        matches!(
            self.low(j - 2),
            "fail"
                | "fails"
                | "failed"
                | "refuse"
                | "refuses"
                | "refused"
                | "decline"
                | "declines"
                | "declined"
        ) || (j > a + 2
            && self.low(j - 3) == "no"
            && self.class[j - 2] & super::doc::FUNCTION == 0
            && self.span(j - 2).is_none())
    }

    fn verb_group(&self, t: &mut Trig, a: usize, b: usize) {
        let mut j = t.start;
        let (mut be, mut have, mut neg, mut aux) = (false, false, false, false);
        loop {
            while j > a && self.is(j - 1, AUX | ADV | NEG) && !self.is(j - 1, PRON) {
                be |= self.is(j - 1, BE);
                have |= self.is(j - 1, HAVE);
                neg |= self.is(j - 1, NEG);
                aux |= self.is(j - 1, AUX);
                j -= 1;
            }
            // "has, over several decades, imported"
            if j > a && self.low(j - 1) == "," {
                let k = (a..j - 1).rev().take(8).find(|&k| self.low(k) == ",");
                if let Some(k) = k {
                    if k > a
                        && self.is(k - 1, AUX)
                        && (k + 1..j - 1).all(|x| self.span(x).is_none())
                    {
                        j = k;
                        continue;
                    }
                }
            }
            break;
        }
        t.vg = j;
        t.neg = neg;
        let e = t.entry;
        let mut k = t.end;
        while k < b && self.is(k, ADV) {
            k += 1;
        }
        let by_next = k < b && self.low(k) == "by";
        t.passive = !e.lit && e.kind & PART != 0 && (be || (!have && !aux && by_next));
        if j > a && t.entry.kind & GER == 0 && self.low(j - 1) == "to" && !aux {
            t.control = true;
            if self.infinitive_not_done(j, a) {
                t.neg = true;
            }
        }
        if j > a && e.kind & GER != 0 && !aux && self.is(j - 1, PREP) {
            t.control = true;
            // "stopped short of endorsing": not done.
            if j > a + 1 && self.low(j - 1) == "of" && self.low(j - 2) == "short" {
                t.neg = true;
            }
        }
    }

    /// Whether the comma at `j` separates common nouns of a list that an
    /// "and" or "or" closes within a few words ("for production, training
    /// and support of W"): it ends no phrase.
    fn serial_comma(&self, j: usize, hi: usize) -> bool {
        let common = |k: usize| {
            let t = &self.ex.tokens[k];
            t.kind == TokenKind::Word
                && !t.cap
                && self.class[k] & super::doc::FUNCTION == 0
                && self.span(k).is_none()
        };
        j > 0
            && j + 2 < hi
            && common(j - 1)
            && common(j + 1)
            && (j + 2..hi.min(j + 6))
                .take_while(|&k| common(k) || matches!(self.low(k), "," | "and" | "or"))
                .any(|k| matches!(self.low(k), "and" | "or") && k + 1 < hi && common(k + 1))
    }

    /// The right region from `from`: groups with the preposition before
    /// each, up to a clause boundary, at most `limit` other tokens.
    pub(crate) fn scan_right(
        &self,
        from: usize,
        hi: usize,
        limit: usize,
        trig_at: &[bool],
        lo: usize,
        noun: bool,
    ) -> (Vec<(&'static str, Group)>, usize) {
        let mut out: Vec<(&'static str, Group)> = Vec::new();
        let mut prep: &'static str = "";
        let mut j = from;
        let mut passed = 0;
        while j < hi {
            if self.span(j).is_some() {
                if let Some(g) = self.group_starting(j, hi) {
                    j = g.end;
                    // "supports Boeing's growth": a possessor is no argument.
                    // ("the United States' arms sale": a bare apostrophe after "s".)
                    if prep.is_empty()
                        && j < hi
                        && (self.low(j) == "'s"
                            || (self.low(j) == "'" && self.low(j - 1).ends_with('s')))
                        && self.span(j + 1).is_none()
                    {
                        // "Taiwan's top official" stands for Taiwan; the first
                        // object's other possessors are kept apart, as only
                        // criticism of an act takes them ("condemned Russia's move").
                        if self.actor_head_at(j + 1) {
                            out.push((prep, g));
                            passed = 0;
                        } else if out.is_empty() {
                            out.push(("'s", g));
                        }
                        prep = "";
                        continue;
                    }
                    out.push((prep, g));
                    prep = "";
                    passed = 0;
                    if j < hi && self.low(j) == "(" {
                        if let Some(c) = self.close_paren(j, hi) {
                            j = c + 1;
                        }
                    }
                    continue;
                }
            }
            let w = self.low(j);
            // "the Government of India" stands for India; "his counterpart
            // from China" for China (as "his Chinese counterpart" does).
            if matches!(w, "government" | "counterpart" | "counterparts")
                && j + 1 < hi
                && (self.low(j + 1) == "of"
                    || (w != "government" && matches!(self.low(j + 1), "from" | "in")))
                && self.span(j + 2).is_some()
            {
                j += 2;
                continue;
            }
            if w == "(" {
                match self.close_paren(j, hi) {
                    Some(c) => {
                        j = c + 1;
                        continue;
                    }
                    None => break,
                }
            }
            if trig_at[j - lo] || self.is(j, STOP | REL | REPORT) {
                break;
            }
            // "struck the group's positions": a descriptor as the first
            // object's possessor, kept as a name's would be.
            if let Some((poss, e)) = self
                .descriptor_possessor(j, hi)
                .filter(|_| prep.is_empty() && out.is_empty())
            {
                let g = Group {
                    start: j,
                    end: poss,
                    members: vec![e],
                    weapon: false,
                };
                out.push((
                    if self.actor_head_at(poss + 1) {
                        ""
                    } else {
                        "'s"
                    },
                    g,
                ));
                passed = 0;
                j = poss + 1;
                continue;
            }
            // "struck the militant group", "a deal with the company".
            let described = self
                .descriptor_object(j, hi)
                .map(|(end, e)| (end, e, false))
                .or_else(|| self.weapon_descriptor(j, hi).map(|(end, e)| (end, e, true)))
                .or_else(|| {
                    // "sold eight to Israel": the direct object only.
                    (prep.is_empty() && j == from)
                        .then(|| self.number_alone(j, hi))
                        .flatten()
                        .map(|(end, e)| (end, e, true))
                });
            if let Some((end, e, weapon)) = described {
                out.push((
                    prep,
                    Group {
                        start: j,
                        end,
                        members: vec![e],
                        weapon,
                    },
                ));
                prep = "";
                passed = 0;
                j = end;
                continue;
            }
            // "up to 220 missiles", "more than 40 jets", "about 30 drones":
            // words of quantity before a number are no preposition.
            let q = self.quantity_words(j, hi);
            if q > 0 {
                j += q;
                continue;
            }
            if self.is(j, SUB) {
                if w == "as" && j + 1 < hi && self.low(j + 1) == "well" {
                    j += 3;
                    continue;
                }
                // "handed over W as part of the contract to X": an adjunct
                // phrase; names inside it take no slot of the verb.
                if w == "as" && j + 2 < hi && self.low(j + 1) == "part" && self.low(j + 2) == "of" {
                    prep = "as part of";
                    j += 3;
                    continue;
                }
                break;
            }
            if self.is(j, AUX) {
                break;
            }
            // A comma ends the region after a name, except a place's
            // apposition ("from New Hampshire, United States").
            let place = out.last().is_some_and(|(_, g)| {
                g.members
                    .iter()
                    .all(|&e| self.ex.entities[e].kind == crate::extract::EntityType::Location)
            });
            // "companies such as X, Y and Z", "parts, including X": the
            // members of a list named after a common noun keep its preposition.
            if w == "," && j + 1 < hi && self.low(j + 1) == "including" {
                j += 2;
                continue;
            }
            if w == "such" && j + 1 < hi && self.low(j + 1) == "as" {
                // "with Indian firms such as X and Y": the list names the
                // firms, so the demonym on its noun gives way to it.
                if let Some((p, g)) = out.last() {
                    if g.end < j
                        && (g.end..j).all(|k| {
                            self.ex.tokens[k].kind == TokenKind::Word
                                && !self.ex.tokens[k].cap
                                && self.class[k] & super::doc::FUNCTION == 0
                        })
                    {
                        prep = p;
                        out.pop();
                    }
                }
                j += 2;
                continue;
            }
            // "sold a frigate, the FREMM, to Egypt", "bought the S-400, a
            // Russian system, from Russia": an appositive noun phrase set off
            // by commas renames the object; the clause goes on after it.
            if w == "," && !noun && out.len() == 1 {
                if let Some(next) = self.appositive_end(j, hi, &out[0].1, from) {
                    j = next;
                    continue;
                }
            }
            if w == "," && (!out.is_empty() || noun) && !place && !self.serial_comma(j, hi) {
                break;
            }
            // "..., Agriculture Secretary Richard Lyng said": the speaker of a
            // reporting clause after a comma is no object.
            if w == "," && self.reporting_clause_at(j + 1, hi) {
                break;
            }
            if w == "to" && j + 1 < hi && self.span(j + 1).is_none() && {
                let t = &self.ex.tokens[j + 1];
                t.kind == TokenKind::Word && !t.cap && !self.is(j + 1, DET | PRON)
            } {
                // "to counter", "to strengthen": an infinitive clause.
                break;
            }
            // "travel to talk to": an infinitive right after a form ending in "to".
            if j == from && j > lo && self.low(j - 1) == "to" && self.span(j).is_none() && {
                let t = &self.ex.tokens[j];
                t.kind == TokenKind::Word && !t.cap && self.class[j] & super::doc::FUNCTION == 0
            } {
                break;
            }
            if self.is(j, PREP) {
                prep = prep_name(w);
                if w == "such" {
                    prep = "including";
                }
            } else if w == "such" && j + 1 < hi && self.low(j + 1) == "as" {
                prep = "including";
                j += 2;
                continue;
            } else if !self.is(j, DET | ADV) {
                passed += 1;
                if passed > limit {
                    break;
                }
            }
            j += 1;
        }
        (out, j)
    }
}

/// Words of quantity before a number ([`Doc::quantity_words`]).
const QUANTITY_PHRASES: &[&[&str]] = &[
    &["up", "to"],
    &["at", "least"],
    &["at", "most"],
    &["as", "many", "as"],
    &["as", "much", "as"],
    &["more", "than"],
    &["fewer", "than"],
    &["less", "than"],
    &["about"],
    &["around"],
    &["over"],
    &["nearly"],
    &["almost"],
    &["roughly"],
    &["approximately"],
];

/// Whether `w` may open one of [`QUANTITY_PHRASES`].
fn quantity_start(w: &str) -> bool {
    matches!(
        w,
        "up" | "at"
            | "as"
            | "more"
            | "fewer"
            | "less"
            | "about"
            | "around"
            | "over"
            | "nearly"
            | "almost"
            | "roughly"
            | "approximately"
    )
}

impl Doc<'_> {
    /// The length of words of quantity at `j` right before a number ("up
    /// to", "at least", "as many as", "more than", "about", "over"; numbers
    /// in [`NUMBER_WORDS`](super::words::NUMBER_WORDS)), else 0.
    pub(crate) fn quantity_words(&self, j: usize, hi: usize) -> usize {
        // Asked at every token a scan passes: most are no phrase's first word
        // (a test checks this list against the phrases).
        if !quantity_start(self.low(j)) {
            return 0;
        }
        let number = |k: usize| {
            k < hi
                && (self.ex.tokens[k].kind == TokenKind::Number
                    || super::words::NUMBER_WORDS.contains(&self.low(k)))
        };
        QUANTITY_PHRASES
            .iter()
            .find(|p| {
                j + p.len() < hi
                    && p.iter().enumerate().all(|(n, w)| self.low(j + n) == *w)
                    && number(j + p.len())
            })
            .map_or(0, |p| p.len())
    }
}

/// A verb that "back" follows as a particle ("came back", "referred back"):
/// a past form in "-ed" or a common verb of motion or giving.
fn particle_verb(w: &str) -> bool {
    (w.len() > 4 && w.ends_with("ed"))
        || matches!(
            w,
            "come"
                | "comes"
                | "came"
                | "go"
                | "goes"
                | "went"
                | "get"
                | "gets"
                | "got"
                | "bring"
                | "brings"
                | "brought"
                | "pay"
                | "pays"
                | "paid"
                | "cut"
                | "cuts"
                | "hold"
                | "holds"
                | "held"
                | "fight"
                | "fights"
                | "fought"
                | "send"
                | "sends"
                | "sent"
                | "give"
                | "gives"
                | "gave"
                | "take"
                | "takes"
                | "took"
                | "put"
                | "puts"
                | "fall"
                | "falls"
                | "fell"
                | "fly"
                | "flies"
                | "flew"
                | "set"
                | "sets"
                | "step"
                | "steps"
                | "turn"
                | "turns"
                | "roll"
                | "rolls"
                | "scale"
                | "scales"
                | "write"
                | "writes"
                | "wrote"
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The quick first-word test lets every phrase through, and only them.
    #[test]
    fn quantity_start_matches_the_phrases() {
        for p in QUANTITY_PHRASES {
            assert!(quantity_start(p[0]), "{p:?}");
        }
        for w in ["the", "to", "than", "least", "many", "most", "under"] {
            assert!(
                quantity_start(w) == QUANTITY_PHRASES.iter().any(|p| p[0] == w),
                "{w}"
            );
        }
    }
}
