//! Arguments left of a predicate: the subject or patient scan, appositives,
//! coordinated verb phrases, pronouns and titles, and for noun predicates
//! the possessor, a name before the noun and the subject of a light verb.

use super::doc::{
    Doc, Group, ADV, ARMS, AUX, BE, CONJ, DET, LEX, LIGHT, NEG, POSS, PREP, PRON, REL, REPORT,
    STOP, SUB, TITLE,
};
use super::patterns::Trig;
use super::verbs::W;
use crate::text::TokenKind;

impl<'a> Doc<'a> {
    /// The nearest entity group left of `from` (exclusive), no further than
    /// `lo`; `content` bounds the other words passed over. A common noun
    /// phrase in between ("the company signed") ends the scan.
    pub(crate) fn scan_left(
        &self,
        from: usize,
        lo: usize,
        content: usize,
        trig_at: &[bool],
    ) -> Option<Group> {
        self.scan_left_np(from, lo, content, trig_at, true)
    }

    /// [`Doc::scan_left`], passing over common noun phrases unless `strict`
    /// (a passive's patient: "Project 11356 are a class of frigates built by").
    pub(crate) fn scan_left_np(
        &self,
        from: usize,
        lo: usize,
        content: usize,
        trig_at: &[bool],
        strict: bool,
    ) -> Option<Group> {
        let toks = &self.ex.tokens;
        let mut j = from;
        let mut passed = 0;
        let mut lower = false;
        while j > lo {
            let i = j - 1;
            if let Some(s) = self.span(i) {
                return if s.modifier {
                    Some(Group {
                        start: s.start,
                        end: s.end,
                        members: vec![s.entity],
                        weapon: s.ty == W,
                    })
                } else {
                    self.group_ending(s.end, lo)
                };
            }
            let w = self.low(i);
            if w == ")" || w == "]" {
                match self.open_paren(i, lo) {
                    Some(p) => {
                        j = p;
                        continue;
                    }
                    None => return None,
                }
            }
            // "the Hawk, of which 120 are in service with": the antecedent
            // before a partitive relative whose head is a number or quantifier.
            if self.is(i, REL) && i > lo + 1 && self.partitive(i, from) {
                // "the Falcon jets, of which": a name with up to two head words.
                let mut k = i - 1;
                if k > lo && self.low(k - 1) == "," {
                    k -= 1;
                    while k > lo
                        && i - k < 5
                        && self.span(k - 1).is_none()
                        && self.is_tail_word(k - 1)
                    {
                        k -= 1;
                    }
                    if let Some(s) = k.checked_sub(1).and_then(|p| self.head_at(p)) {
                        return self.group_ending(s.end, lo);
                    }
                }
                return self.scan_left(i - 1, lo, 6, trig_at);
            }
            if trig_at[i - lo] || self.is(i, STOP | SUB | REPORT) || (self.is(i, REL) && passed > 0)
            {
                return None;
            }
            if self.is(i, REL) {
                // "X, which was built by", "X, a NATO ally, which": the antecedent.
                return self.scan_left(i, lo, 6, trig_at);
            }
            if passed == 0 && matches!(w, "and" | "but" | "or") {
                // "Turkey borders Armenia but is an ally": the clause's subject.
                return self.clause_subject(i, lo, trig_at);
            }
            // "the TB2, a drone produced by Y": an appositive naming the
            // weapon's kind stands for the weapon.
            if w == "," && passed > 0 && self.arms_appositive(i + 1, from) {
                if let Some(s) = i.checked_sub(1).and_then(|p| self.head_at(p)) {
                    if s.ty == W {
                        return self.group_ending(s.end, lo);
                    }
                }
            }
            if w == "," {
                // "X and Y, through a joint venture, have been building": a
                // parenthetical phrase opened by a preposition is passed over.
                if passed == 0 {
                    if let Some(c0) = self.parenthetical_start(i, lo) {
                        j = c0;
                        continue;
                    }
                }
                // "X, along with Y, signed": both are doers.
                if passed == 0 {
                    if let Some((c0, y)) = self.comitative(i, lo) {
                        let mut g = self.scan_left(c0 + 1, lo, content, trig_at)?;
                        for e in y.members {
                            if !g.members.contains(&e) {
                                g.members.push(e);
                            }
                        }
                        return Some(g);
                    }
                }
                if passed == 0 {
                    // "X, a joint venture of Y, will", else "X, supported by Y,"
                    // or "the F-16 jets, donated by X," (a weapon before its
                    // arms nouns).
                    return self.appositive(i, lo).or_else(|| {
                        let mut k = i.checked_sub(1)?;
                        while k > lo && i - k <= 2 && self.span(k).is_none() && self.is(k, ARMS) {
                            k -= 1;
                        }
                        let s = self.head_at(k)?;
                        (k + 1 == i || s.ty == W).then_some(())?;
                        self.group_ending(s.end, lo)
                    });
                }
                return None;
            }
            if self.is(i, PRON) && !self.is(i, POSS) {
                return self.pronoun(i, lo, trig_at);
            }
            // "Russia said its forces attacked", "Their troops clashed": a
            // possessive pronoun on people or forces stands for the state or
            // body the pronoun resolves to (as "it" would).
            if matches!(w, "its" | "their")
                && (i + 1..from).all(|k| self.span(k).is_none())
                && self.actor_head_at(i + 1)
            {
                return self.pronoun(i, lo, trig_at);
            }
            // "'Our military condemns …,' Y said": the quotation's speaker.
            if matches!(w, "our" | "my") && self.first_person_head(i + 1, from) {
                return self.first_person(i);
            }
            // "the Minister", "The German chancellor" (a demonym between).
            let demonym_before = i > lo + 1 && self.demonym_at(i - 1, i) && self.is(i - 2, DET);
            if self.is(i, TITLE) && (toks[i].cap || i > lo && self.is(i - 1, DET) || demonym_before)
            {
                if let Some(g) = self.title_np(i, lo) {
                    return Some(g);
                }
            }
            // "The company (also) delivered", "the militant group said", "the
            // country has bought": a descriptor stands for the topic of an
            // earlier sentence that it describes (see [`Doc::descriptor`]).
            if w == "the" {
                if let Some((end, e)) = self.descriptor_at(i, from) {
                    return Some(Group {
                        start: i,
                        end,
                        members: vec![e],
                        weapon: false,
                    });
                }
            }
            // "The two sides agreed", "Both countries signed": the pair
            // named last ([`Doc::pair_at`]).
            let pair = match w {
                "both" => Some(i),
                "two" if i > lo && self.low(i - 1) == "the" => Some(i - 1),
                _ => None,
            };
            if let Some(g) = pair.and_then(|p| self.pair_at(p, from)) {
                return Some(g);
            }
            // "under a contract signed with", "the company signed": the
            // subject is a common noun phrase, not a name further left.
            if strict && lower && self.is(i, DET) && !self.is(i, POSS) {
                return None;
            }
            if !self.is(i, DET | ADV | AUX | NEG) {
                passed += 1;
                lower |=
                    !toks[i].cap && toks[i].kind == TokenKind::Word && !self.is(i, PREP | CONJ);
                if passed > content {
                    return None;
                }
            }
            j -= 1;
        }
        None
    }

    /// "of which 120 (are)", "of whom most (were)": relative `i` after
    /// "of" and before only numbers, quantifiers and auxiliaries up to `to`.
    fn partitive(&self, i: usize, to: usize) -> bool {
        let toks = &self.ex.tokens;
        matches!(self.low(i), "which" | "whom")
            && self.low(i - 1) == "of"
            && to - i <= 4
            && (i + 1..to).all(|k| {
                toks[k].kind == TokenKind::Number
                    || self.is(k, AUX | ADV | NEG)
                    || matches!(
                        self.low(k),
                        "some"
                            | "most"
                            | "many"
                            | "all"
                            | "half"
                            | "several"
                            | "few"
                            | "two"
                            | "three"
                            | "four"
                            | "five"
                            | "six"
                            | "ten"
                            | "dozens"
                            | "hundreds"
                    )
            })
    }

    /// The first group of the clause holding token `i`, for a coordinated
    /// verb phrase.
    pub(crate) fn clause_subject(&self, i: usize, lo: usize, trig_at: &[bool]) -> Option<Group> {
        let mut k = i;
        while k > lo && !self.is(k - 1, STOP | SUB | REL | REPORT) {
            k -= 1;
        }
        let mut j = k;
        while j < i && j - k < 10 {
            if self.span(j).is_some() {
                return self.group_starting(j, i);
            }
            // "After travelling to France, X ...": France is no subject.
            if trig_at[j - lo] || self.is(j, AUX | PREP) {
                return None;
            }
            j += 1;
        }
        None
    }

    /// "X, a joint venture of Y, will produce": the group before the comma
    /// that opens the appositive ending at comma `c`.
    fn appositive(&self, c: usize, lo: usize) -> Option<Group> {
        let toks = &self.ex.tokens;
        let mut k = c;
        // A verb group or clause word inside is allowed only in a relative
        // clause ("X, which has long relied on Y, is buying").
        let mut clause = false;
        while k > lo && c - k < 30 {
            k -= 1;
            // A clause boundary inside: no appositive.
            if self.is(k, STOP) && self.low(k) != ")" && self.low(k) != "(" {
                return None;
            }
            clause |= self.is(k, REPORT | SUB | AUX);
            if self.low(k) != "," || k == lo {
                continue;
            }
            let next = k + 1;
            if clause && !self.is(next, REL) {
                return None;
            }
            // "X, Ukraine's main adversary, said": a possessor opens it too.
            let possessor = self
                .head_at(next)
                .is_some_and(|s| s.end < c && matches!(self.low(s.end), "'s" | "'"));
            let opens = self.is(next, DET | PREP | REL | ADV)
                || (!toks[next].cap && toks[next].kind == TokenKind::Word)
                || possessor;
            let mut end = k;
            if end > lo && self.low(end - 1) == ")" {
                if let Some(p) = self.open_paren(end - 1, lo) {
                    end = p;
                }
            }
            if opens && end > lo {
                if let Some(s) = self.head_at(end - 1) {
                    return self.group_ending(s.end, lo);
                }
            }
        }
        None
    }

    /// A pronoun subject at `i`: "X said (that) it/he ..." gives X; "he",
    /// "his", "she", "her" otherwise give the most recent person.
    fn pronoun(&self, i: usize, lo: usize, trig_at: &[bool]) -> Option<Group> {
        let w = self.low(i);
        if matches!(w, "we" | "i") {
            return self.first_person(i);
        }
        let person = matches!(w, "he" | "she" | "his" | "her" | "him");
        if !person && !matches!(w, "it" | "its" | "they" | "their") {
            return None;
        }
        // "X said (last October) (that) it ...", "X denied it ...".
        let says = |k: usize| self.is(k, REPORT) || self.has(k, super::doc::DENIAL);
        let mut k = i;
        while k > lo
            && i - k < 5
            && self.span(k - 1).is_none()
            && !self.is(k - 1, STOP | PRON)
            && !says(k - 1)
        {
            k -= 1;
        }
        if k > lo && says(k - 1) {
            let mut r = k - 1;
            while r > lo && self.is(r - 1, AUX | ADV) {
                r -= 1;
            }
            if let Some(g) = self.scan_left(r, lo, 3, trig_at) {
                let ty = self.ex.entities[g.members[0]].kind;
                let is_person = ty == crate::extract::EntityType::Person;
                if g.members.len() == 1 && (person == is_person || matches!(w, "they" | "their")) {
                    return Some(Group {
                        start: i,
                        end: i + 1,
                        ..g
                    });
                }
            }
        }
        if !person {
            // "France, which has opted to throw its weight": the antecedent.
            let mut k = i;
            while k > lo
                && i - k < 8
                && self.span(k - 1).is_none()
                && !self.is(k - 1, STOP | SUB | REPORT)
            {
                k -= 1;
                if self.is(k, REL) {
                    let g = self.scan_left(k, lo, 6, trig_at)?;
                    // "I think it's clear that … its": no third-person antecedent.
                    if matches!(self.low(g.start), "we" | "i" | "our" | "my") {
                        return None;
                    }
                    return Some(Group {
                        start: i,
                        end: i + 1,
                        ..g
                    });
                }
            }
        }
        if !person && (i == lo || (i == lo + 1 && self.is(lo, CONJ | ADV | SUB))) {
            // "Turkey bought S-400 systems. It later tested them": a pronoun
            // opening its sentence stands for the previous sentence's subject.
            if let Some(members) = self.previous_subject(i, matches!(w, "they" | "their")) {
                return Some(Group {
                    start: i,
                    end: i + 1,
                    members,
                    weapon: false,
                });
            }
        }
        if person {
            let e = self.resolve_person(i, None)?;
            return Some(Group {
                start: i,
                end: i + 1,
                members: vec![e],
                weapon: false,
            });
        }
        None
    }

    /// "the Minister", "the Defence Minister": the person holding that title.
    fn title_np(&self, i: usize, lo: usize) -> Option<Group> {
        let mut k = i;
        while k > lo && self.is(k - 1, TITLE) {
            k -= 1;
        }
        // "The German chancellor": only a person titled with that demonym.
        if k > lo + 1 && self.demonym_at(k - 1, k) {
            k -= 1;
        }
        let words: Vec<&str> = (k..=i).map(|j| self.low(j).trim_end_matches('.')).collect();
        if !(k > lo && matches!(self.low(k - 1), "the" | "this")) {
            return None;
        }
        let e = self.resolve_person(k - 1, Some(&words))?;
        Some(Group {
            start: k - 1,
            end: i + 1,
            members: vec![e],
            weapon: false,
        })
    }

    /// For a noun predicate: the possessor before its phrase ("Russia's
    /// supply", "his meeting", "the Minister's visit").
    pub(crate) fn possessor(&self, t: &Trig, lo: usize, trig_at: &[bool]) -> Option<Group> {
        let mut k = t.vg;
        // "the Defence Minister's Russia visit", "the IAF's large An-32 fleet".
        if k > lo {
            if let Some(s) = self.span(k - 1) {
                k = s.start;
            }
        }
        let mut n = 0;
        while k > lo
            && n < 3
            && self.span(k - 1).is_none()
            && self.is_tail_word(k - 1)
            && !self.is(k - 1, POSS)
        {
            k -= 1;
            n += 1;
        }
        if k == lo {
            return None;
        }
        let w = self.low(k - 1);
        if matches!(w, "his" | "her" | "their" | "its") {
            return self.pronoun(k - 1, lo, trig_at);
        }
        if matches!(w, "our" | "my") {
            return self.first_person(k - 1);
        }
        if matches!(w, "'s" | "'") && k - 1 > lo {
            let p = k - 1;
            // "Russia's", "the U.S. Government's": a name, perhaps with one head word.
            for q in [p - 1, p.saturating_sub(2)] {
                if q >= lo && (q == p - 1 || self.span(p - 1).is_none()) {
                    if let Some(s) = self.span(q) {
                        return Some(Group {
                            start: s.start,
                            end: s.end,
                            members: vec![s.entity],
                            weapon: s.ty == W,
                        });
                    }
                }
            }
            if self.is(p - 1, TITLE) {
                return self.title_np(p - 1, lo);
            }
        }
        None
    }

    /// A name right before a noun predicate ("Russia visit", "An-32 fleet").
    pub(crate) fn premodifier(&self, t: &Trig, lo: usize) -> Option<Group> {
        let mut k = t.start;
        // "Britain and France pledged aid": a support verb ends the phrase.
        while k > lo
            && t.start - k < 3
            && self.span(k - 1).is_none()
            && self.is_tail_word(k - 1)
            && !self.is(k - 1, LIGHT)
        {
            k -= 1;
        }
        let s = self.span(k.checked_sub(1)?)?;
        (k > lo).then(|| Group {
            start: s.start,
            end: s.end,
            members: vec![s.entity],
            weapon: s.ty == W,
        })
    }

    /// The party a weapon name starting at `start` belongs to, named right
    /// before it by a demonym or possessor ("a Ukrainian S-300 system",
    /// "Iran's S-300 batteries"): a state or organisation.
    pub(crate) fn weapon_owner(&self, start: usize, lo: usize) -> Option<Group> {
        let end = if start > lo + 1 && matches!(self.low(start - 1), "'s" | "'") {
            start - 1
        } else {
            start
        };
        let s = self.span(end.checked_sub(1).filter(|&e| e >= lo)?)?;
        let kind = self.ex.entities[s.entity].kind;
        (s.ty != W
            && matches!(
                kind,
                crate::extract::EntityType::Country | crate::extract::EntityType::Organisation
            ))
        .then(|| Group {
            start: s.start,
            end: s.end,
            members: vec![s.entity],
            weapon: false,
        })
    }

    /// The owner of an intention noun before the infinitive whose verb
    /// group starts at `vg` ("the US decision to sell", "Japan's plan to
    /// buy", "the decision by the United States to send"): a name right
    /// before the noun, its possessor, or its "by" or "of" phrase; none when
    /// the noun has no owner ("made a decision to buy"). An owner that is
    /// no party ("the decision by Washington to send") is still returned:
    /// the act is its, and the type check keeps it out.
    pub(crate) fn intention_owner(&self, vg: usize, lo: usize) -> Option<Group> {
        if vg < lo + 3 || self.low(vg - 1) != "to" {
            return None;
        }
        let intention = |k: usize| {
            matches!(
                self.low(k),
                "decision"
                    | "plan"
                    | "plans"
                    | "move"
                    | "bid"
                    | "attempt"
                    | "offer"
                    | "promise"
                    | "pledge"
                    | "commitment"
                    | "intention"
                    | "effort"
                    | "efforts"
                    | "agreement"
                    | "deal"
            )
        };
        // "the decision by (the) X to send".
        if let Some(g) = self.span(vg - 2).and_then(|s| self.group_ending(s.end, lo)) {
            let owned = self
                .before_group(g.start, lo)
                .is_some_and(|p| p > lo && matches!(self.low(p), "by" | "of") && intention(p - 1));
            return (!g.weapon && owned).then_some(g);
        }
        let noun = vg - 2;
        if !intention(noun) {
            return None;
        }
        let end = if matches!(self.low(noun - 1), "'s" | "'") {
            noun - 1
        } else {
            noun
        };
        let s = self.span(end.checked_sub(1).filter(|&e| e >= lo)?)?;
        if s.ty == W {
            return None;
        }
        self.group_ending(s.end, lo)
    }

    /// Whether the token before a noun phrase starting at `vg` looks like a
    /// (light) verb: a lower-case content word.
    pub(crate) fn light_verb_before(&self, vg: usize, lo: usize) -> bool {
        self.support_verb(vg, lo).is_some()
    }

    /// The verb whose object is the noun phrase starting at `vg`: the word
    /// right before it ("held talks", "reiterated its support"), or a support
    /// verb ([`LIGHT`]) before up to five modifiers and an optional particle
    /// ("imposed new, wider sanctions on", "carried out raids on").
    pub(crate) fn support_verb(&self, vg: usize, lo: usize) -> Option<usize> {
        let vg = self.skip_poss_pronoun(vg, lo);
        if vg <= lo {
            return None;
        }
        // "is one of the largest buyers of W", "are among the biggest
        // suppliers of W", "has become one of X's top suppliers": the
        // copula's noun phrase.
        let copula = |i: usize| {
            self.is(i, BE)
                || matches!(
                    self.low(i),
                    "become" | "becomes" | "became" | "remain" | "remains" | "remained"
                )
        };
        let vg = if vg > lo + 2
            && self.low(vg - 1) == "of"
            && self.low(vg - 2) == "one"
            && copula(vg - 3)
        {
            vg - 2
        } else if vg > lo + 1 && self.low(vg - 1) == "among" && copula(vg - 2) {
            vg - 1
        } else {
            vg
        };
        let t = &self.ex.tokens[vg - 1];
        let closed = PREP | CONJ | SUB | REL | PRON | REPORT;
        // ("pledged further support": an adverb is no verb.)
        if !t.cap && t.kind == TokenKind::Word && self.class[vg - 1] & (closed | ADV) == 0 {
            // "co-managed the deal", "underwrote the issue", "brokered the
            // accord": the intermediary's subject is no party to the event.
            return (!self.intermediary_verb(vg - 1, lo)).then_some(vg - 1);
        }
        let mut k = vg;
        while k > lo && vg - k < 6 {
            let i = k - 1;
            if self.is(i, LIGHT) {
                return Some(i);
            }
            // "entered into an agreement", "carried out raids".
            if i > lo && matches!(self.low(i), "into" | "out" | "up") && self.is(i - 1, LIGHT) {
                return Some(i - 1);
            }
            if let Some(v) = self.lending_phrase(i, lo) {
                return Some(v);
            }
            // "imposed a new round of sanctions", "launched a wave of
            // strikes": a noun of measure and "of" before the event noun.
            if i > lo && self.low(i) == "of" && self.measure_of(i) {
                k -= 2;
                continue;
            }
            // "pledged $500 million in military aid": a sum before "in".
            let sum_in = self.low(i) == "in"
                && i > lo
                && (self.ex.tokens[i - 1].kind == TokenKind::Number
                    || matches!(
                        self.low(i - 1),
                        "million"
                            | "billion"
                            | "trillion"
                            | "mln"
                            | "bln"
                            | "euros"
                            | "dollars"
                            | "dlrs"
                            | "pounds"
                            | "yen"
                            | "rupees"
                    ));
            if !sum_in && !self.is_modifier(i) {
                return None;
            }
            k -= 1;
        }
        None
    }

    /// When token `i` ends a phrase that lends its verb's subject to the
    /// act named after it, that verb: "with" after a verb of response
    /// ("responded with strikes on X", "retaliated with airstrikes": a
    /// response made with an act is that act), "responsibility for" after
    /// claiming or admitting it ("claimed responsibility for the attack on
    /// X": the claimant did it).
    pub(crate) fn lending_phrase(&self, i: usize, lo: usize) -> Option<usize> {
        let verb = |k: usize, stems: &[&str]| stems.iter().any(|s| self.low(k).starts_with(s));
        match self.low(i) {
            "with" if i > lo && verb(i - 1, &["respond", "retaliat", "repl", "react"]) => {
                Some(i - 1)
            }
            "for"
                if i > lo + 1
                    && self.low(i - 1) == "responsibility"
                    && verb(i - 2, &["claim", "admit", "accept"]) =>
            {
                Some(i - 2)
            }
            _ => None,
        }
    }

    /// Whether token `i` is a verb of an intermediary's role in an event
    /// (managing, underwriting, brokering, mediating, financing or advising
    /// it), or any verb with the prefix "co-" ("co-managed", "co-financed").
    fn intermediary_verb(&self, i: usize, lo: usize) -> bool {
        const STEMS: &[&str] = &["manag", "underwr", "broker", "mediat", "financ", "advis"];
        let w = self.low(i);
        let co = i > lo + 1
            && self.low(i - 1) == "-"
            && self.low(i - 2) == "co"
            && !self.ex.tokens[i - 1].space_before;
        co || STEMS.iter().any(|s| w.starts_with(s)) || w.starts_with("co-")
    }

    /// The subject of the main clause when token `at` lies in a phrase that
    /// opens the sentence ("During a visit to X, Minister Y said", "After
    /// meeting X, Y flew", "Speaking after talks with X, Y said", "Following
    /// talks with X, Y"): the first name after that phrase's comma, with at
    /// most four title, determiner or capitalised words before it. The phrase
    /// opens with a preposition, a subordinator or a participle with a time
    /// adjunct (see `participle_at`).
    pub(crate) fn fronted_subject(&self, at: usize, lo: usize) -> Option<Group> {
        let opener = self.is(lo, PREP | SUB) || self.low(lo) == "following";
        if at < lo || at - lo > 8 || !(opener || self.participle_at(lo, at)) {
            return None;
        }
        let hi = self.sent_end(lo);
        // The opening phrase holds no clause boundary of its own.
        let comma = (lo..hi.min(at + 14)).find(|&i| self.low(i) == ",")?;
        if comma < at || (lo..comma).any(|i| self.is(i, STOP | REL | REPORT)) {
            return None;
        }
        let mut comma = comma;
        let g = loop {
            let mut j = comma + 1;
            while j < hi && self.span(j).is_none() {
                if j - comma > 4 || !(self.is(j, TITLE | DET) || self.ex.tokens[j].cap) {
                    return None;
                }
                j += 1;
            }
            let g = self.group_starting(j, hi)?;
            // "After visiting the U.S., England, France and Italy, X flew":
            // names listed on past the comma after a name belong to the
            // phrase; its own comma follows them.
            let listed = comma > lo
                && self.span(comma - 1).is_some()
                && g.members.len() > 1
                && g.end < hi
                && self.low(g.end) == ",";
            if !listed {
                break g;
            }
            comma = g.end;
        };
        // "…, Russia's defence minister": a possessor is no subject, nor a
        // demonym after an article on a common noun ("the Canadian banker").
        let poss = g.end < hi && matches!(self.low(g.end), "'s" | "'");
        let modifier = g.start > 0
            && self.is(g.start - 1, DET)
            && self.demonym_at(g.start, g.end)
            && self.modifies_common_noun(g.end);
        (!poss && !g.weapon && !modifier).then_some(g)
    }

    /// The name a participle phrase set off by commas follows, when token
    /// `at` lies in that phrase ("Emmanuel Macron, speaking after talks with
    /// Olaf Scholz, said"): the participle (a word in "-ing" naming nothing)
    /// stands right after the comma, at most eight tokens before `at`, with
    /// no clause boundary between.
    pub(crate) fn parenthetical_subject(&self, at: usize, lo: usize) -> Option<Group> {
        let c = (lo.max(at.saturating_sub(8))..at)
            .rev()
            .find(|&i| self.low(i) == ",")?;
        if c == lo || (c + 1..at).any(|i| self.is(i, STOP | REL | REPORT)) {
            return None;
        }
        if !self.participle_at(c + 1, at) || self.ex.tokens[c + 1].cap {
            return None;
        }
        let s = self.span(c - 1)?;
        let g = self.group_ending(s.end, lo)?;
        (!g.weapon).then_some(g)
    }

    /// Whether tokens `[a, b)` are one word naming a country by its demonym
    /// or adjective ("Canadian", "French", "Israeli"), not by its name.
    pub(crate) fn demonym_at(&self, a: usize, b: usize) -> bool {
        let Some(s) = self.span(a).filter(|_| b == a + 1) else {
            return false;
        };
        let ent = &self.ex.entities[s.entity];
        let w = self.low(a);
        ent.kind == crate::extract::EntityType::Country
            && !ent.label.eq_ignore_ascii_case(w)
            && ["an", "ese", "ish", "i", "ch"]
                .iter()
                .any(|x| w.ends_with(x))
    }

    /// Whether token `p` is a participle opening an adverbial phrase that
    /// holds token `at` in a time adjunct: a word in "-ing" naming nothing,
    /// not a preposition ("during"), with "after", "before", "during",
    /// "following", "ahead of", "at", "on" or "upon" between it and `at`
    /// ("speaking after talks with", "briefing reporters after a meeting
    /// with"; not "reacting to criticism of", whose noun is the participle's
    /// object).
    fn participle_at(&self, p: usize, at: usize) -> bool {
        let w = self.low(p);
        self.ex.tokens[p].kind == crate::text::TokenKind::Word
            && w.ends_with("ing")
            && w.len() > 5
            && !self.is(p, PREP | SUB)
            && self.span(p).is_none()
            && (p + 1..at).any(|k| {
                matches!(
                    self.low(k),
                    "after" | "before" | "during" | "following" | "ahead" | "at" | "on" | "upon"
                )
            })
    }

    /// The subject of the sentence before the one holding token `i` (or of
    /// the one before that, when the previous sentence names nothing): its
    /// first name, a country or an organisation, standing within its first
    /// four tokens after only determiners, titles or capitalised words. A
    /// coordinated subject ("Britain and Denmark") is the antecedent of a
    /// `plural` pronoun only, with all its members. None when that sentence
    /// ends in a reporting clause (", industry sources said"), whose speaker
    /// is as likely the antecedent.
    pub(crate) fn previous_subject(&self, i: usize, plural: bool) -> Option<Vec<usize>> {
        let here = self.ex.tokens[i].sentence as usize;
        for s in (here.saturating_sub(2)..here).rev() {
            let (a, b) = self.sent[s];
            let first = self.spans.partition_point(|x| x.start < a);
            let Some(sp) = self.spans.get(first).filter(|x| x.start < b) else {
                continue;
            };
            let lead_ok = sp.start - a <= 3
                && (a..sp.start).all(|k| self.is(k, DET | TITLE) || self.ex.tokens[k].cap);
            let kind = self.ex.entities[sp.entity].kind;
            let fits = matches!(
                kind,
                crate::extract::EntityType::Country | crate::extract::EntityType::Organisation
            );
            // "..., industry sources said.": the speaker of a closing
            // reporting clause is as likely an antecedent as the subject.
            let reported = (b.saturating_sub(7).max(a)..b).any(|k| {
                self.is(k, REPORT) && (k.saturating_sub(5).max(a)..k).any(|c| self.low(c) == ",")
            });
            if !(lead_ok && fits) || reported {
                return None;
            }
            // "Pakistan and India exchanged fire. Their troops ...": both; "It" none.
            return match self.group_starting(sp.start, b) {
                Some(g) if g.members.len() > 1 => plural.then_some(g.members),
                _ => Some(vec![sp.entity]),
            };
        }
        None
    }

    /// For a comma at `i` closing a parenthetical phrase that a preposition
    /// opens (", through a joint venture,"), the index of the comma opening
    /// it; the phrase names nothing and holds at most eight tokens.
    fn parenthetical_start(&self, i: usize, lo: usize) -> Option<usize> {
        let mut k = i;
        while k > lo && i - k <= 9 {
            k -= 1;
            if self.low(k) == "," {
                let open = k + 1 < i && self.is(k + 1, PREP) && k > lo;
                return open.then_some(k);
            }
            if self.span(k).is_some() || self.is(k, STOP | REL | REPORT) {
                return None;
            }
        }
        None
    }

    /// Whether the tokens `[a, b)` only modify a noun that follows them:
    /// determiners, possessive pronouns, numbers, adverbs, commas and
    /// lower-case words outside the lexicon ("its", "new, wider", "a 30-day").
    pub(crate) fn only_modifiers(&self, a: usize, b: usize) -> bool {
        b >= a && b - a <= 5 && (a..b).all(|i| self.is_modifier(i) || self.measure_of(i))
    }

    /// Whether token `i` is a noun of measure followed by "of", or that
    /// "of" ("a wave of", "a new round of"; [`MEASURE_NOUNS`](super::words::MEASURE_NOUNS)).
    fn measure_of(&self, i: usize) -> bool {
        let measure = |k: usize| super::words::MEASURE_NOUNS.contains(&self.low(k));
        (self.low(i) == "of" && i > 0 && measure(i - 1))
            || (measure(i) && i + 1 < self.ex.tokens.len() && self.low(i + 1) == "of")
    }

    /// A token that may stand between a verb and the noun it takes: a
    /// determiner, possessive pronoun, number, adverb, comma, hyphen or a
    /// lower-case word outside the lexicon and the closed classes.
    fn is_modifier(&self, i: usize) -> bool {
        let tk = &self.ex.tokens[i];
        self.span(i).is_none()
            && !tk.cap
            && (matches!(self.low(i), "," | "-" | "$" | "€" | "£")
                || tk.kind == TokenKind::Number
                // "its 12th package of sanctions": an ordinal.
                || (tk.kind == TokenKind::Alnum
                    && self.low(i).starts_with(|c: char| c.is_ascii_digit())
                    && ["st", "nd", "rd", "th"].iter().any(|s| self.low(i).ends_with(s)))
                || self.is(i, DET | POSS | ADV)
                || (tk.kind == TokenKind::Word
                    && self.class[i]
                        & (PREP | CONJ | SUB | REL | PRON | REPORT | AUX | LEX | STOP)
                        == 0))
    }

    /// "reiterated its full support": the verb before a possessive pronoun.
    fn skip_poss_pronoun(&self, vg: usize, lo: usize) -> usize {
        if vg > lo && matches!(self.low(vg - 1), "its" | "their" | "his" | "her") {
            vg - 1
        } else {
            vg
        }
    }

    /// Whether tokens `[a, b)` are an indefinite phrase headed by an arms
    /// noun: "a drone", "a self-propelled howitzer".
    fn arms_appositive(&self, a: usize, b: usize) -> bool {
        b > a + 1
            && b - a <= 7
            && matches!(self.low(a), "a" | "an")
            && self.is(b - 1, ARMS)
            && (a + 1..b)
                .all(|k| self.common_word(k) || (self.low(k) == "-" && self.span(k).is_none()))
    }

    /// Whether the word at `v` is a participle in "-ing" right after a
    /// common noun that no name modifies, which is its subject ("people
    /// making trips"): the clause's subject is none of its arguments.
    pub(crate) fn participle_of_common_noun(&self, v: usize, lo: usize) -> bool {
        v > lo + 1
            && self.low(v).ends_with("ing")
            && self.common_word(v - 1)
            && !self.low(v - 1).ends_with("ly")
            && {
                // The noun's phrase: no name before its lower-case words
                // ("Brazilian business leaders attending").
                let mut k = v - 1;
                while k > lo && v - k < 4 && self.common_word(k - 1) {
                    k -= 1;
                }
                k == lo || self.span(k - 1).is_none()
            }
    }

    /// Subject of a noun predicate after a light verb ("held a meeting with").
    pub(crate) fn light_subject(&self, vg: usize, lo: usize, trig_at: &[bool]) -> Option<Group> {
        let (v, k) = self.support_group(vg, lo)?;
        if k == v && self.participle_of_common_noun(v, lo) {
            return None;
        }
        if self.is(v, BE) {
            // Copula: "X is the largest operator of".
            return self.scan_left(k, lo, 3, trig_at);
        }
        self.scan_left(k, lo, 4, trig_at)
    }

    /// The support verb of the noun phrase at `vg` ([`Doc::support_verb`],
    /// before its particle: "carried out raids") and the start of its verb
    /// group (auxiliaries, adverbs and negation before it).
    fn support_group(&self, vg: usize, lo: usize) -> Option<(usize, usize)> {
        let v = self.support_verb(vg, lo)?;
        let v = if v > lo && matches!(self.low(v), "out" | "up") && self.is(v - 1, LIGHT) {
            v - 1
        } else {
            v
        };
        let mut k = v;
        while k > lo && self.is(k - 1, AUX | ADV | NEG) {
            k -= 1;
        }
        Some((v, k))
    }

    /// Whether the verb group of the support verb ([`LIGHT`]) of the noun
    /// phrase at `vg` is negated ("did not carry out strikes") or an
    /// infinitive of an act not done ("refused to hold talks"). Another
    /// verb before the noun is not the event's ("would not lift the
    /// sanctions it imposed").
    pub(crate) fn support_negated(&self, vg: usize, lo: usize) -> bool {
        self.support_group(vg, lo).is_some_and(|(v, k)| {
            self.is(v, LIGHT)
                && ((k..v).any(|i| self.is(i, NEG)) || self.infinitive_not_done(k, lo))
        })
    }

    /// Whether an entity group's first member fits a type mask.
    pub(crate) fn fits(&self, e: usize, mask: u8) -> bool {
        super::verbs::type_bit(self.ex.entities[e].kind) & mask != 0
    }

    /// Lower-case words ("and", "or") are conjunctions.
    pub(crate) fn is_conj(&self, i: usize) -> bool {
        self.is(i, CONJ)
    }
}
