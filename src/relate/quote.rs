//! Statements made through a speaker and statements made by evaluation.
//!
//! - **Quotation.** Inside a direct quotation the first person stands for the
//!   speaker the quotation is attributed to: "'We condemn X,' Minister Y
//!   said", "Y told reporters: 'Our military will back X'", "'…,' said Y",
//!   "According to Y, '…'". A quotation may run over several sentences; its
//!   speaker is named after its closing mark or before its opening mark.
//!   "I", "my" give a person speaker. "we", "our (military, government, …)"
//!   give a country or organisation speaker for every category, and a person
//!   speaker only for the speech acts criticize, threaten and support (a
//!   minister who says "we signed" speaks for the state, not as a party; a
//!   minister who says "we condemn" condemns).
//! - **Evaluation.** A verb of naming with an object and a predicative noun
//!   phrase ("called X's move an escalation", "branded X a terrorist state",
//!   "described X as a threat to peace") is criticism of the object, or of
//!   the author of the act the object names, when the predicative phrase is
//!   headed by a word of condemnation ([`CONDEMNING`]). The verb alone states
//!   nothing: "called X on Monday", "called X a partner" give no edge.

use super::doc::{Doc, Group, ADV, AUX, DET, NAMING_VERB, NEG, POSS, REPORT, STOP, TITLE};
use super::emit::Emitter;
use super::patterns::Trig;
use super::verbs::{Cat, Entry};
use crate::extract::EntityType;
use crate::text::TokenKind;

/// How far (tokens) a quotation mark is looked for from a first-person word.
const QUOTE_REACH: usize = 120;

/// Verbs of naming that take an object and a predicative noun phrase, and
/// whether they need "as" before it ("described X as", "called X").
pub(super) const NAMING: &[(&str, bool)] = &[
    ("call", false),
    ("calls", false),
    ("called", false),
    ("calling", false),
    ("brand", false),
    ("brands", false),
    ("branded", false),
    ("branding", false),
    ("label", false),
    ("labels", false),
    ("labelled", false),
    ("labeled", false),
    ("labelling", false),
    ("labeling", false),
    ("dub", false),
    ("dubs", false),
    ("dubbed", false),
    ("dubbing", false),
    ("term", false),
    ("terms", false),
    ("termed", false),
    ("terming", false),
    ("describe", true),
    ("describes", true),
    ("described", true),
    ("describing", true),
    ("characterise", true),
    ("characterises", true),
    ("characterised", true),
    ("characterize", true),
    ("characterizes", true),
    ("characterized", true),
];

/// Heads and adjectives of a predicative phrase that condemn what it is
/// said of: acts against law or peace, and words for wrongdoers.
const CONDEMNING: &[&str] = &[
    "escalation",
    "escalatory",
    "provocation",
    "provocative",
    "violation",
    "breach",
    "aggression",
    "aggressive",
    "aggressor",
    "threat",
    "menace",
    "danger",
    "dangerous",
    "terrorist",
    "terrorists",
    "terrorism",
    "rogue",
    "illegal",
    "unlawful",
    "illegitimate",
    "unacceptable",
    "irresponsible",
    "reckless",
    "hostile",
    "destabilising",
    "destabilizing",
    "hypocritical",
    "hypocrisy",
    "bully",
    "bullying",
    "dictator",
    "dictatorship",
    "criminal",
    "crime",
    "crimes",
    "atrocity",
    "atrocities",
    "genocide",
    "massacre",
    "outrage",
    "outrageous",
    "insult",
    "blackmail",
    "propaganda",
    "lie",
    "lies",
    "interference",
    "meddling",
    "occupier",
    "occupiers",
    "occupation",
    "invasion",
    "invader",
    "invaders",
    "enemy",
    "adversary",
    "sponsor",
    "farce",
    "sham",
];

/// Verbs that condemn their subject when a speaker asserts them of a party
/// or its act: "S said X's arms sale violates its sovereignty".
const CONDEMNING_VERBS: &[&str] = &[
    "violate",
    "violates",
    "violated",
    "undermine",
    "undermines",
    "undermined",
    "breach",
    "breaches",
    "breached",
    "flout",
    "flouts",
    "flouted",
    "destabilise",
    "destabilises",
    "destabilised",
    "destabilize",
    "destabilizes",
    "destabilized",
];

/// Nouns for the body or force a speaker says "our" of.
const BODIES: &[&str] = &[
    "government",
    "country",
    "nation",
    "military",
    "army",
    "navy",
    "forces",
    "ministry",
    "administration",
    "leadership",
    "side",
    "company",
    "party",
    "people",
    "state",
];

/// The predicate of an evaluation, as criticize.
fn evaluation_entry() -> &'static Entry {
    static E: std::sync::OnceLock<Entry> = std::sync::OnceLock::new();
    E.get_or_init(|| Entry {
        words: vec!["call".to_string()],
        cats: vec![Cat::Criticize],
        noun: false,
        lit: true,
        ..Default::default()
    })
}

impl<'a> Doc<'a> {
    /// The token's text as written (set for every sentence, named or not).
    fn raw(&self, i: usize) -> &str {
        self.ex.tokens[i].text(self.text)
    }

    fn first_in_sentence(&self, i: usize) -> bool {
        i == 0 || self.ex.tokens[i - 1].sentence != self.ex.tokens[i].sentence
    }

    /// Whether token `i` opens a quotation: a curly opening mark, or a
    /// straight mark after a space (or first in its sentence) and right
    /// before a word.
    fn opens_quote(&self, i: usize) -> bool {
        let toks = &self.ex.tokens;
        match self.raw(i) {
            "“" | "‘" => true,
            "\"" | "'" | "’" => {
                (toks[i].space_before || self.first_in_sentence(i))
                    && toks
                        .get(i + 1)
                        .is_some_and(|n| !n.space_before && n.kind != TokenKind::Punct)
            }
            _ => false,
        }
    }

    /// Whether token `i` closes a quotation: a curly closing double mark, a
    /// straight double mark right after a token, or a single mark right
    /// after sentence punctuation (",'" — after a word it is a possessive).
    fn closes_quote(&self, i: usize) -> bool {
        let toks = &self.ex.tokens;
        let after_punct = i > 0
            && !toks[i].space_before
            && matches!(self.raw(i - 1), "," | "." | "?" | "!" | "—" | "-");
        match self.raw(i) {
            "”" => true,
            "\"" => !toks[i].space_before && !self.first_in_sentence(i),
            "'" | "’" => after_punct,
            _ => false,
        }
    }

    /// The quotation holding token `i`: its opening and closing marks.
    fn quotation_at(&self, i: usize) -> Option<(usize, usize)> {
        let toks = &self.ex.tokens;
        let here = toks[i].sentence;
        let mut open = None;
        let mut j = i;
        while j > 0 && i - j < QUOTE_REACH && here - toks[j - 1].sentence <= 3 {
            j -= 1;
            if self.opens_quote(j) {
                open = Some(j);
                break;
            }
            if self.closes_quote(j) {
                return None;
            }
        }
        let open = open?;
        let mut k = i + 1;
        while k < toks.len() && k - i < QUOTE_REACH && toks[k].sentence - here <= 3 {
            if self.closes_quote(k) {
                return Some((open, k));
            }
            if self.opens_quote(k) {
                return None;
            }
            k += 1;
        }
        None
    }

    /// A named speaker (person, organisation or country) at `j` after at
    /// most eight title, determiner or capitalised words ("Defence Minister
    /// X", "U.S. Secretary of State X"), else "he"/"she" resolved.
    fn speaker_name_at(&self, j: usize, hi: usize) -> Option<Group> {
        let toks = &self.ex.tokens;
        let mut k = j;
        while k < hi && k - j <= 8 && self.span(k).is_none() {
            let ok = self.is(k, TITLE | DET)
                || (toks[k].cap && toks[k].kind == TokenKind::Word)
                || (self.low(k) == "of" && k > j);
            if !ok {
                return None;
            }
            k += 1;
        }
        let s = self.head_after(k, hi)?;
        if s.start != k {
            return None;
        }
        let g = self.group_starting(k, hi)?;
        g.members
            .iter()
            .all(|&e| self.ex.entities[e].kind != EntityType::Weapon)
            .then_some(g)
    }

    /// "he said", "she told": the person a pronoun at `k` stands for.
    fn speaker_pronoun(&self, k: usize) -> Option<Group> {
        if !matches!(self.low(k), "he" | "she") {
            return None;
        }
        let e = self.resolve_person(k, None)?;
        Some(Group {
            start: k,
            end: k + 1,
            members: vec![e],
            weapon: false,
        })
    }

    /// The speaker named after a closing mark at `close`: "…,' Minister Y
    /// (, who …,) said", "…,' he said", "…,' said Y", "…,' according to Y".
    fn speaker_after(&self, close: usize) -> Option<Group> {
        let hi = self.sent_end(close);
        let mut k = close + 1;
        if k < hi && self.low(k) == "," {
            k += 1;
        }
        if k >= hi {
            return None;
        }
        if self.is(k, REPORT) {
            let mut j = k + 1;
            if self.low(k) == "according" {
                if j >= hi || self.low(j) != "to" {
                    return None;
                }
                j += 1;
            }
            return self.speaker_name_at(j, hi);
        }
        let (g, mut m) = match self.speaker_pronoun(k) {
            Some(g) => (g, k + 1),
            None => {
                let g = self.speaker_name_at(k, hi)?;
                let m = g.end;
                (g, m)
            }
        };
        // "the French government said", "China's foreign ministry said".
        if m < hi && matches!(self.low(m), "'s" | "'") {
            m += 1;
        }
        let tail = m;
        while m < hi && m - tail < 3 && self.span(m).is_none() && self.is_tail_word(m) {
            m += 1;
        }
        // ", who is in charge of operations," / ", a spokesman for Y,".
        if m < hi && self.low(m) == "," {
            let c = (m + 1..hi.min(m + 20))
                .take_while(|&x| !self.is(x, STOP))
                .find(|&x| self.low(x) == ",")?;
            m = c + 1;
        }
        while m < hi && self.is(m, ADV | AUX) {
            m += 1;
        }
        (m < hi && self.is(m, REPORT) && self.low(m) != "according").then_some(g)
    }

    /// The speaker named before an opening mark at `open`: "Y said: '…'",
    /// "Y told reporters, '…'", "According to Y, '…'".
    fn speaker_before(&self, open: usize) -> Option<Group> {
        let toks = &self.ex.tokens;
        let lo = self.sent[toks[open].sentence as usize].0;
        if open <= lo + 1 {
            return None;
        }
        let mut k = open;
        if matches!(self.low(k - 1), ":" | ",") {
            k -= 1;
        }
        // "According to Y,": the name right before the comma.
        let s = self.head_at(k - 1);
        if let Some(s) = s {
            if s.start >= lo + 2
                && self.low(s.start - 1) == "to"
                && self.low(s.start - 2) == "according"
            {
                return self.group_ending(s.end, lo);
            }
        }
        // The reporting verb and up to three words after it ("told
        // reporters", "said in a statement").
        let r = (k.saturating_sub(5).max(lo)..k)
            .rev()
            .find(|&r| self.is(r, REPORT) && self.low(r) != "according")?;
        if (r + 1..k).any(|x| self.span(x).is_some() || self.is(x, STOP)) {
            return None;
        }
        let mut j = r;
        while j > lo && self.is(j - 1, ADV | AUX | NEG) {
            j -= 1;
        }
        if j == lo {
            return None;
        }
        if let Some(g) = self.speaker_pronoun(j - 1) {
            return Some(g);
        }
        let s = self.head_at(j - 1)?;
        let g = self.group_ending(s.end, lo)?;
        g.members
            .iter()
            .all(|&e| self.ex.entities[e].kind != EntityType::Weapon)
            .then_some(g)
    }

    /// A first-person word at `i` ("we", "I", "our" before a noun for a
    /// body or force) inside a quotation stands for its speaker: the group
    /// returned covers token `i` and holds the speaker. "I"/"my" need a
    /// person; see the module docs for "we".
    pub(crate) fn first_person(&self, i: usize) -> Option<Group> {
        let singular = matches!(self.low(i), "i" | "my" | "me");
        if !singular && !matches!(self.low(i), "we" | "our" | "us") {
            return None;
        }
        let (open, close) = self.quotation_at(i)?;
        let g = self
            .speaker_after(close)
            .or_else(|| self.speaker_before(open))?;
        let person = g
            .members
            .iter()
            .all(|&e| self.ex.entities[e].kind == EntityType::Person);
        if singular && !(person && g.members.len() == 1) {
            return None;
        }
        Some(Group {
            start: i,
            end: i + 1,
            members: g.members,
            weapon: false,
        })
    }

    /// Whether the words `[at, until)` after "our"/"my" are a noun phrase
    /// for a body or force the speaker stands for ("our military", "our
    /// armed forces", "our government"): at most three lower-case words, the
    /// last a [`BODIES`] noun.
    pub(crate) fn first_person_head(&self, at: usize, until: usize) -> bool {
        let mut end = at;
        while end < until && end - at < 3 && !self.is(end, ADV | AUX | NEG) {
            end += 1;
        }
        end > at
            && (at..end).all(|x| {
                let t = &self.ex.tokens[x];
                t.kind == TokenKind::Word && !t.cap && self.span(x).is_none()
            })
            && BODIES.contains(&self.low(end - 1))
            && (end..until).all(|x| self.is(x, ADV | AUX | NEG))
    }

    /// Whether `g` is a person speaker standing for "we"/"our": it may only
    /// be the doer of a speech act (criticize, threaten, support).
    pub(crate) fn speech_only(&self, g: &Group) -> bool {
        g.end == g.start + 1
            && matches!(self.low(g.start), "we" | "our" | "us")
            && g.members
                .iter()
                .any(|&e| self.ex.entities[e].kind == EntityType::Person)
    }
}

/// Categories a person may state for "we" in a quotation (flag `speech`
/// of `frames.tsv`).
pub(super) fn speech_act(cat: Cat) -> bool {
    super::frames::frame(cat).speech
}

impl<'d, 'a> Emitter<'d, 'a> {
    /// Evaluations in sentence tokens `[a, b)`: "S called X('s act) a
    /// provocation" gives S criticize X (see the module docs).
    pub(super) fn evaluations(&mut self, a: usize, b: usize, trig_at: &[bool]) {
        let doc = self.doc;
        if !doc.sentence_may_have(self.sentence, NAMING_VERB) {
            return;
        }
        for v in a + 1..b.saturating_sub(2) {
            if !doc.has(v, NAMING_VERB) {
                continue;
            }
            let Some(&(_, needs_as)) = NAMING.iter().find(|(w, _)| *w == doc.low(v)) else {
                continue;
            };
            if doc.ex.tokens[v].cap || doc.span(v).is_some() {
                continue;
            }
            // The object: a name right after the verb (after determiners).
            let Some(obj) = doc.group_starting(v + 1, b).filter(|g| !g.weapon) else {
                continue;
            };
            if obj.start > v + 3 {
                continue;
            }
            // "X's move", "X's decision to …": the act's author.
            let mut k = obj.end;
            if k < b && matches!(doc.low(k), "'s" | "'") {
                if !doc.act_noun_at(k + 1, true) {
                    continue;
                }
                k += 1;
                while k < b && k - obj.end <= 4 && !doc.is(k, DET) && doc.low(k) != "as" {
                    if doc.span(k).is_some() || doc.is(k, STOP) || doc.low(k) == "," {
                        break;
                    }
                    k += 1;
                }
            }
            if k < b && doc.low(k) == "as" {
                k += 1;
            } else if needs_as {
                continue;
            }
            if !self.condemning_phrase(k, b) {
                continue;
            }
            // The doer: the verb's subject, or the agent of a passive.
            let mut vg = v;
            let mut neg = false;
            while vg > a && doc.is(vg - 1, AUX | ADV | NEG) {
                neg |= doc.is(vg - 1, NEG);
                vg -= 1;
            }
            if doc.hedged(a, vg) {
                continue;
            }
            let passive = (vg..v).any(|x| doc.is(x, super::doc::BE));
            let subject = if passive {
                None
            } else {
                let mut from = vg;
                // "…, calling X a threat": the clause's subject.
                if doc.low(v).ends_with("ing") && from > a && doc.low(from - 1) == "," {
                    from -= 1;
                    doc.clause_subject(from, a, trig_at)
                } else {
                    doc.scan_left(from, a, 6, trig_at)
                }
            };
            let Some(s) = subject else {
                continue;
            };
            let mut t = Trig::at(v, evaluation_entry());
            t.neg = neg;
            let tgt = obj.members.clone();
            self.edges(&t, Cat::Criticize, &s.members, &tgt);
        }
    }

    /// The party at token `k` (at most one determiner before it) or the
    /// author of the act named there ("X's move", "the Russian strikes",
    /// "the U.S. arms sale"), as something a condemnation is said of; with
    /// the token after the phrase.
    fn judged_at(&self, k: usize, b: usize) -> Option<(Group, usize)> {
        let doc = self.doc;
        let x = doc
            .group_starting(k, b)
            .filter(|g| !g.weapon && g.start <= k + 1)?;
        let poss = x.end < b && matches!(doc.low(x.end), "'s" | "'");
        let mut j = x.end + usize::from(poss);
        // "X's move", "the Russian strikes": the act's author.
        let authored =
            poss || (x.start > k && (doc.demonym_at(x.start, x.end) || doc.states_only(&x)));
        if authored && doc.act_noun_at(j, true) {
            let from = j;
            while j < b && j - from <= 6 && !doc.is(j, AUX) {
                // "the arms sale to Bolivia": a name after a preposition
                // of the act's phrase.
                if doc.span(j).is_some() && doc.is(j - 1, super::doc::PREP) {
                    j = doc.group_starting(j, b).map_or(j + 1, |g| g.end);
                    continue;
                }
                if doc.span(j).is_some()
                    || doc.is(j, STOP)
                    || doc.low(j) == ","
                    || CONDEMNING_VERBS.contains(&doc.low(j))
                {
                    break;
                }
                j += 1;
            }
        } else if poss {
            return None;
        }
        Some((x, j))
    }

    /// Reported evaluations in `[a, b)`: "S said (that) X is a threat",
    /// "S said X's move was a violation", "S said the Russian strikes were
    /// an act of aggression", "S said X's arms sale violates its
    /// sovereignty", "…, saying X was the aggressor": asserting a
    /// condemning predicate of X (or of X's act) is criticism of X by the
    /// speaker. So is a quotation holding a condemning word "said of" X or
    /// its act ("'This is aggression,' S said of the Russian strikes").
    pub(super) fn reported_evaluations(&mut self, a: usize, b: usize, trig_at: &[bool]) {
        let doc = self.doc;
        if !doc.sentence_may_be(self.sentence, REPORT) {
            return;
        }
        let (mut next, end) = (a + 1, b.saturating_sub(3));
        while let Some(r) = doc.next_of_class(next, end, REPORT) {
            next = r + 1;
            if matches!(doc.low(r), "according" | "told" | "tell" | "tells") {
                continue;
            }
            if doc.low(r + 1) == "of" {
                self.said_of(a, b, r, trig_at);
                continue;
            }
            let mut k = r + 1;
            if doc.low(k) == "that" {
                k += 1;
            }
            let Some((x, mut j)) = self.judged_at(k, b) else {
                continue;
            };
            // The copula, perhaps after auxiliaries and negation.
            let mut neg = false;
            let mut be = false;
            while j < b && doc.is(j, AUX | NEG | ADV) {
                be |= doc.is(j, super::doc::BE);
                neg |= doc.is(j, NEG);
                j += 1;
            }
            let verb = j < b && CONDEMNING_VERBS.contains(&doc.low(j));
            if !verb && (!be || !self.condemning_phrase(j, b)) {
                continue;
            }
            let mut vg = r;
            while vg > a && doc.is(vg - 1, AUX | ADV | NEG) {
                neg |= doc.is(vg - 1, NEG);
                vg -= 1;
            }
            if doc.hedged(a, vg) {
                continue;
            }
            let subject = if doc.low(r).ends_with("ing") && vg > a && doc.low(vg - 1) == "," {
                doc.clause_subject(vg - 1, a, trig_at)
            } else {
                doc.scan_left(vg, a, 6, trig_at)
            };
            let Some(s) = subject else {
                continue;
            };
            let mut t = Trig::at(r, evaluation_entry());
            t.neg = neg;
            self.edges(&t, Cat::Criticize, &s.members, &x.members);
        }
    }

    /// "'This is an act of aggression,' Minister S said of the Russian
    /// strikes": a quotation closing right before the speaker, holding a
    /// condemning word, said of a party or its act (reporting verb at `r`).
    fn said_of(&mut self, a: usize, b: usize, r: usize, trig_at: &[bool]) {
        let doc = self.doc;
        let Some((x, _)) = self.judged_at(r + 2, b) else {
            return;
        };
        let Some(s) = doc.scan_left(r, a, 6, trig_at) else {
            return;
        };
        // The closing mark, then at most titles and names before the speaker.
        let mut k = s.start;
        while k > a && s.start - k < 8 && !matches!(doc.low(k - 1), "\"" | "”" | "'" | "’") {
            let t = &doc.ex.tokens[k - 1];
            if !(t.cap
                || doc.span(k - 1).is_some()
                || doc.is(k - 1, TITLE | DET)
                || doc.low(k - 1) == ",")
            {
                return;
            }
            k -= 1;
        }
        let closing = k > a && matches!(doc.low(k - 1), "\"" | "”" | "'" | "’");
        if !closing || !(a..s.start).any(|k| CONDEMNING.contains(&doc.low(k))) {
            return;
        }
        let t = Trig::at(r, evaluation_entry());
        self.edges(&t, Cat::Criticize, &s.members, &x.members);
    }

    /// Whether a predicative noun phrase at `k` ("an escalation", "a
    /// terrorist state", "an 'extremely dangerous' move", "a violation of")
    /// holds a condemning word among its first five words, before any
    /// preposition, verb or punctuation ends it.
    fn condemning_phrase(&self, k: usize, b: usize) -> bool {
        let doc = self.doc;
        let mut j = k;
        let mut words = 0;
        while j < b && words < 5 {
            let w = doc.low(j);
            if CONDEMNING.contains(&w) {
                return true;
            }
            // "an act of aggression", "acts of provocation".
            if w == "of" && j > k && matches!(doc.low(j - 1), "act" | "acts") {
                j += 1;
                continue;
            }
            let t = &doc.ex.tokens[j];
            let quote = matches!(w, "'" | "\"" | "“" | "”" | "‘" | "-");
            let ok = quote
                || doc.is(j, DET | ADV)
                || (t.kind == TokenKind::Word
                    && !t.cap
                    && doc.class[j] & (super::doc::FUNCTION & !(DET | ADV | POSS)) == 0);
            if !ok || doc.span(j).is_some() {
                return false;
            }
            words += !quote as usize;
            j += 1;
        }
        false
    }
}
