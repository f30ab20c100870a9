//! Weapons by shape and context: model designators ("Su-30Mki", "M777A2"),
//! ship classes ("Kolkata-class"), and one-word names that are weapons only
//! in context ("RAF Typhoons").
//!
//! On general news a designation must earn its type from evidence: a civil
//! airliner, engine or launcher family (`civil_aircraft.tsv`: "A340",
//! "MD-11", "CF6-80C2") is no weapon outside a military sentence; a
//! designation by shape alone ("V530", "PL-480") needs a weapon head next to
//! it, a military sentence or a document that speaks of armed forces; a
//! one-digit lexicon designation ("G-5", "M-1") needs a military sentence or
//! a weapon noun; "X engines" is a part. Merchant ships ("the tanker Avaj"),
//! share classes ("Class A shares") and a weak noun or adjective before a
//! noun ("European carrier") make no weapon.

use super::{Ctx, Key, Mark, Memo, Raw};
use crate::extract::lexicon::{designator_key, is_designator, Target, TitleKind};
use crate::extract::rules::{self, is, is_lower, Lower};
use crate::extract::EntityType;
use crate::text::TokenKind;

impl Ctx<'_> {
    /// Model designators ("Su-30Mki", "M777A2", "AK-203"). Sets `taken`
    /// to which tokens of the sentence they took.
    pub(super) fn designators(&mut self, lo: usize, hi: usize, taken: &mut Vec<bool>) {
        taken.clear();
        taken.resize(hi - lo, false);
        if self.sentence_marks & Mark::CLASS != 0 {
            self.ship_classes(lo, hi, taken);
        }
        let mut i = lo;
        while i < hi {
            // Every designation (JETDS, type and mark numbers, shapes)
            // opens with an ASCII capital: any other token can only lead
            // past a lexicon hit. Most tokens are passed over here, in
            // one scan of the marks.
            let Some(n) = self.marks[i..hi]
                .iter()
                .zip(&taken[i - lo..])
                .position(|(&m, &t)| !t && m & (Mark::CAPITAL | Mark::HIT) != 0)
            else {
                break;
            };
            i += n;
            let m = self.marks[i];
            if m & Mark::CAPITAL == 0 {
                i = match self.hit(i) {
                    Some(h) if !matches!(h.target, Target::Title(_)) => h.hi,
                    _ => i + 1,
                };
                continue;
            }
            if let Some(end) = self
                .jetds_at(i, lo, hi)
                .or_else(|| self.numbered_at(i, lo, hi))
            {
                for t in &mut taken[i - lo..end - lo] {
                    *t = true;
                }
                i = end;
                continue;
            }
            if self
                .hit(i)
                .is_some_and(|h| !matches!(h.target, Target::Title(_)))
            {
                i = self.hit(i).map_or(i + 1, |h| h.hi);
                continue;
            }
            // "An/MST-T1A": the end of a longer code is no designation.
            let code_tail = i > lo + 1
                && self.t(i - 1) == "-"
                && self.glued(i)
                && self.glued(i - 1)
                && self.toks[i - 2].upper;
            let Some(end) = self.designator_end(i, hi).filter(|_| !code_tail) else {
                i += 1;
                continue;
            };
            // "the Group of Five (G-5)": an acronym of the name before it.
            let weapon_before = |k: usize| {
                taken[k - lo]
                    || self.hit(k).is_some_and(|h| {
                        matches!(h.target, Target::Name(n) if self.lex.names[n as usize].kind == EntityType::Weapon)
                    })
            };
            if i >= lo + 2
                && self.t(i - 1) == "("
                && end < hi
                && self.t(end) == ")"
                && self.cap_word(i - 2)
                && !weapon_before(i - 2)
            {
                i = end;
                continue;
            }
            let surface = &self.text[self.toks[i].start as usize..self.toks[end - 1].end as usize];
            let mut key = designator_key(surface);
            let mut found = self.lex.designators.get(&key).copied();
            if found.is_none() && surface.ends_with('s') {
                key.pop();
                found = self.lex.designators.get(&key).copied();
            }
            // An airliner, engine or launcher family ("A340", "MD-11",
            // "CF6-80C2") is no weapon unless the sentence is military: the
            // tokens are taken, so they do not become a name either.
            if self.lex.civil_family(surface) && !self.military_context(i) {
                for t in &mut taken[i - lo..end - lo] {
                    *t = true;
                }
                i = end;
                continue;
            }
            // A short lexicon designation ("G5", "M1", "B-2") is as often a
            // group of states, a money supply or a rating: it needs a
            // military sentence or a weapon noun after it.
            let short = {
                let letters = key.chars().filter(|c| c.is_alphabetic()).count();
                let digits = key.chars().filter(char::is_ascii_digit).count();
                letters <= 2 && digits == 1
            };
            // "the F110 engine", "T700 engines", "F404 production", "172
            // F-110-GE-100 fighter jet engines": an engine (a family of
            // engines, or "engine" after at most two lower-case words) is a
            // part, not a weapons system.
            let engine_after = (end..hi.min(end + 3))
                .take_while(|&k| self.toks[k].kind == TokenKind::Word && !self.toks[k].cap)
                .any(|k| matches!(self.t(k), "engine" | "engines"));
            if engine_after || (found.is_none() && self.lex.engine_family(surface)) {
                for t in &mut taken[i - lo..end - lo] {
                    *t = true;
                }
                i = end;
                continue;
            }
            let accept = (found.is_some()
                && (!self.non_military(i, end) || self.weapon_noun_at(end))
                && (!short || self.military_context(i) || self.weapon_noun_at(end)))
                || self.unknown_designator_ok(&key, i, end, lo, hi);
            if accept {
                // "Avtomat Kalashnikova AK-203": a family's name right before
                // a known designation of another entry is part of its name.
                let start = match (self.family_before(i, lo), found) {
                    (Some((a, n)), Some(f)) if n != f => a,
                    _ => i,
                };
                let key = match found {
                    Some(n) => Key::Lex(n),
                    None => Key::Label(surface.trim_end_matches('s').to_string()),
                };
                let key = match key {
                    Key::Label(s) if s.len() < 2 => Key::Label(surface.to_string()),
                    k => k,
                };
                self.out.push(Raw {
                    lo: start,
                    hi: end,
                    kind: EntityType::Weapon,
                    key,
                    acronym: None,
                });
                for t in &mut taken[start - lo..end - lo] {
                    *t = true;
                }
                i = end;
            } else {
                i += 1;
            }
        }
    }

    /// Ship and submarine classes: "Kolkata-class destroyers", "Arleigh Burke
    /// class", "Krivak III-class": the name before "class" is a weapon, not a
    /// city or a person.
    pub(super) fn ship_classes(&mut self, lo: usize, hi: usize, taken: &mut [bool]) {
        for k in lo + 1..hi {
            if self.marks[k] & Mark::CLASS == 0 {
                continue;
            }
            // "Class A common stock", "class B shares", "Qtrly Class B div":
            // a class of shares, not of ships.
            let share_class = k + 1 < hi && {
                let next = self.t(k + 1);
                (next.len() == 1 && next.chars().all(|c| c.is_ascii_uppercase()))
                    || is_lower(&rules::SHARE_WORDS, next)
            };
            // "12 New York class vessels" of a shipping line: a class names
            // warships in a document about armed forces or before a warship
            // noun ("Kolkata-class destroyers").
            let warship_after = k + 1 < hi && {
                let next = Lower::new(self.t(k + 1));
                is(&rules::WARSHIP_NOUNS, next.as_str().trim_end_matches('s'))
            };
            if share_class || !(warship_after || self.military_doc()) {
                continue;
            }
            let mut end = k;
            if self.t(k - 1) == "-" && self.glued(k - 1) && self.glued(k) {
                end = k - 1;
            }
            let mut start = end;
            while start > lo && end - start < 4 {
                let j = start - 1;
                let roman = self.toks[j].upper && self.t(j).chars().all(|c| "IVX".contains(c));
                let name = (self.cap_word(j) && !self.is_common(j))
                    || roman
                    || self
                        .hit(j)
                        .is_some_and(|h| !matches!(h.target, Target::Title(_)));
                let hyphen =
                    self.t(j) == "-" && self.glued(j) && self.glued(j + 1) && start - 1 > lo;
                if !(name || hyphen) || taken[j - lo] {
                    break;
                }
                start = j;
            }
            if start == end {
                continue;
            }
            let name = self.text[self.toks[start].start as usize..self.toks[end - 1].end as usize]
                .replace('-', " ");
            let label = format!("{name} class");
            let key = match self.lex.get(&label) {
                Some(Target::Name(n)) if self.lex.names[n as usize].kind == EntityType::Weapon => {
                    Key::Lex(n)
                }
                _ => Key::Label(label),
            };
            self.out.push(Raw {
                lo: start,
                hi: k + 1,
                kind: EntityType::Weapon,
                key,
                acronym: None,
            });
            for t in &mut taken[start - lo..k + 1 - lo] {
                *t = true;
            }
        }
    }

    /// End of a designator starting at `i`, if the tokens there have its shape.
    pub(super) fn designator_end(&self, i: usize, hi: usize) -> Option<usize> {
        let tk = &self.toks[i];
        let first = self.t(i);
        // The first byte is an ASCII capital exactly when the first character is one.
        if !first.as_bytes().first().is_some_and(u8::is_ascii_uppercase) {
            return None;
        }
        // "M777A2", "K9", "T90S" are one token; "Su" "-" "30Mki" are three.
        let digit_part = |k: usize| {
            k < hi
                && self.t(k - 1) == "-"
                && self.glued(k - 1)
                && self.glued(k)
                && matches!(self.toks[k].kind, TokenKind::Number | TokenKind::Alnum)
                && self.t(k).starts_with(|c: char| c.is_ascii_digit())
        };
        // "AK — 203", "Su – 30": a dash with spaces around it, when the
        // lexicon knows the designation ("AK-203").
        let spaced = |k: usize| {
            k < hi
                && matches!(self.t(k - 1), "-" | "–" | "—")
                && !self.glued(k - 1)
                && !self.glued(k)
                && first.chars().all(|c| c.is_ascii_uppercase())
                && self.toks[k].kind == TokenKind::Number
                && self
                    .lex
                    .designators
                    .contains_key(&designator_key(&format!("{first}{}", self.t(k))))
        };
        let mut end = match tk.kind {
            TokenKind::Alnum if first.starts_with(char::is_alphabetic) => i + 1,
            TokenKind::Word if digit_part(i + 2) && first.chars().count() <= 8 => i + 3,
            TokenKind::Word if spaced(i + 2) && first.chars().count() <= 3 => i + 3,
            _ => return None,
        };
        // Suffix parts: "Mi-17-V5", "Mi-17-1V": short letter-and-digit parts.
        while end + 1 < hi
            && self.t(end) == "-"
            && self.glued(end)
            && self.glued(end + 1)
            && (self.toks[end + 1].kind == TokenKind::Alnum
                || self.toks[end + 1].kind == TokenKind::Number
                || (self.toks[end + 1].upper && self.t(end + 1).len() <= 3))
        {
            end += 2;
        }
        // Must not run on into more letters or digits.
        if self.runs_on(end, hi) {
            return None;
        }
        Some(end)
    }

    /// A weapon hit without digits ("Avtomat Kalashnikova", "Kalashnikov")
    /// ending right before token `i`, inside the sentence from `lo`: its
    /// first token and entry.
    fn family_before(&self, i: usize, lo: usize) -> Option<(usize, u32)> {
        let h = self.hit(i.checked_sub(1)?)?;
        match h.target {
            Target::Name(n)
                if h.hi == i
                    && h.lo >= lo
                    && self.lex.names[n as usize].kind == EntityType::Weapon
                    && !self.text
                        [self.toks[h.lo].start as usize..self.toks[i - 1].end as usize]
                        .chars()
                        .any(|c| c.is_ascii_digit()) =>
            {
                Some((h.lo, n))
            }
            _ => None,
        }
    }

    pub(super) fn unknown_designator_ok(
        &self,
        key: &str,
        i: usize,
        end: usize,
        lo: usize,
        hi: usize,
    ) -> bool {
        let prefix: String = key.chars().take_while(|c| c.is_alphabetic()).collect();
        if prefix == "covid" || prefix == "mark" {
            return false;
        }
        // Moody's grades ("Aa-3", "Baa-1") and the context of money or
        // civil flying rule a designation out, unless a weapon noun follows
        // it ("AK-7 rifles").
        if matches!(self.t(i), "Aa" | "Baa" | "Ba" | "Caa" | "Ca") {
            return false;
        }
        if self.non_military(i, end) && !self.weapon_noun_at(end) {
            return false;
        }
        let noun_after = (end..hi.min(end + 4)).any(|k| is_lower(&rules::WEAPON_NOUNS, self.t(k)));
        if prefix.len() > 4 {
            // "Rustom-2 drones": a long name part needs its noun right after
            // ("the Pascal-2 compiler for System V" has none).
            let mut right_after = false;
            for k in end..hi.min(end + 4) {
                let w = Lower::new(self.t(k));
                let w = w.as_str();
                if is(&rules::WEAPON_NOUNS, w) && !w.starts_with("system") {
                    right_after = true;
                    break;
                }
                let word = self.toks[k].kind == TokenKind::Word;
                if !word || matches!(w, "for" | "of" | "to" | "with" | "in" | "on" | "by") {
                    break;
                }
            }
            return noun_after && right_after && prefix.len() <= 8;
        }
        let digits = key.chars().filter(char::is_ascii_digit).count();
        let near_noun = (end..hi.min(end + 4))
            .chain(lo.max(i.saturating_sub(2))..i)
            .any(|k| {
                let w = self.t(k);
                is_lower(&rules::WEAPON_NOUNS, w)
            });
        let known_prefix = self.lex.weapon_prefixes.contains(&prefix);
        let extends_known = (1..key.len())
            .any(|n| key.is_char_boundary(n) && self.lex.designators.contains_key(&key[..n]));
        // One digit needs a hyphen and a longer prefix ("AK-7"): "M-1" and
        // "A-1" are as often money supply and credit ratings.
        let short_ok = end - i > 1 && prefix.len() >= 2;
        // Shape alone ("V530", "K-20", "PL-480", "IL-2") is as often a
        // product, a law or a drug: it needs a weapon head next to it
        // ("AK-7 rifles"), a military sentence, or a document that speaks of
        // armed forces more than once (a caption "a MH-60 Sea Hawk" under a
        // story about a warship).
        let head_near = (end..hi.min(end + 3))
            .chain(lo.max(i.saturating_sub(2))..i)
            .any(|k| is_lower(&rules::WEAPON_HEADS, self.t(k)));
        (head_near || self.military_context(i) || self.military_doc())
            && (near_noun || (known_prefix && (digits >= 2 || short_ok)) || extends_known)
    }

    /// Whether the sentence of token `a` speaks of armed forces or war
    /// ([`rules::MILITARY_WORDS`], a weapon head such as "rifles", or "Air
    /// Force").
    pub(super) fn military_context(&self, a: usize) -> bool {
        let memo = &self.military[self.toks[a].sentence as usize];
        match memo.get() {
            Memo::No => false,
            Memo::Yes => true,
            Memo::Unknown => {
                let m = self.military_sentence(a);
                memo.set(Memo::from(m));
                m
            }
        }
    }

    /// [`Ctx::military_context`], found by reading the sentence.
    fn military_sentence(&self, a: usize) -> bool {
        let s = self.toks[a].sentence;
        let mut k = a;
        while k > 0 && self.toks[k - 1].sentence == s {
            k -= 1;
        }
        let mut prev_air = false;
        while k < self.toks.len() && self.toks[k].sentence == s {
            let w = Lower::new(self.t(k));
            let w = w.as_str();
            if is(&rules::MILITARY_WORDS, w)
                || (is(&rules::WEAPON_HEADS, w) && !w.starts_with("tank"))
                || (prev_air && w == "force")
            {
                return true;
            }
            prev_air = w == "air";
            k += 1;
        }
        false
    }

    /// Unknown words that are a ship or a weapon by their prefix or noun;
    /// pushes the mention and says so.
    pub(super) fn weapon_run(
        &mut self,
        a: usize,
        b: usize,
        after_title: Option<TitleKind>,
    ) -> bool {
        // Ship: "HMS Sutherland", "INS Vikrant", "the frigate Thor Heyerdahl".
        // A merchant ship ("the tanker Avaj", "the motor vessel Fearless") is
        // no weapon: only a warship noun, "aircraft carrier", or "ship" or
        // "vessel" after "naval", "patrol" and the like names one.
        let ship_noun_before = a > 0
            && self.toks[a - 1].sentence == self.toks[a].sentence
            && is(&rules::SHIP_NOUNS, self.t(a - 1))
            && (is(&rules::WARSHIP_NOUNS, self.t(a - 1))
                || (self.t(a - 1) == "carrier" && a > 1 && self.t(a - 2) == "aircraft")
                || (matches!(self.t(a - 1), "ship" | "vessel")
                    && a > 1
                    && matches!(
                        Lower::new(self.t(a - 2)).as_str(),
                        "naval" | "navy" | "military" | "patrol" | "missile" | "landing"
                    )));
        // "ITS HIGHEST LEVEL": in a line of capitals a prefix is a word.
        // "ARA-Ghent" (a port range) is no ship: the prefix stands apart.
        if (is(&rules::SHIP_PREFIXES, self.t(a))
            && b - a >= 2
            && !self.toks[a + 1].upper
            && self.toks[a + 1].space_before)
            || (ship_noun_before && !self.generic(a, b))
        {
            self.push_labelled(a, b, EntityType::Weapon);
            return true;
        }
        // A weapon by its noun: "Trichy Assault Rifle", "Kalantak rifles";
        // a weak noun ("European carrier", "Educational system",
        // "Unidentified jets", "Delta rocket") and an adjective-like word do
        // not make one.
        let noun_after = self.weapon_noun_at(b)
            && !self.toks[b].cap
            && is_lower(&rules::WEAPON_HEADS, self.t(b))
            && !adjective_like(self.t(a));
        let noun_head =
            b - a >= 2 && self.toks[b - 1].cap && is_lower(&rules::WEAPON_HEADS, self.t(b - 1));
        let after_designator = self
            .out
            .last()
            .is_some_and(|r| r.hi == a && r.kind == EntityType::Weapon);
        // "Hunter Helicopter builds two-seat helicopters": a name that does
        // business is a company.
        let does_business = b < self.toks.len()
            && self.toks[b].sentence == self.toks[a].sentence
            && (is(&rules::SAID, self.t(b)) || is(&rules::BUSINESS_VERBS, self.t(b)));
        // "its Boeing Vertol helicopter unit", "the Hunter Helicopter
        // division": a company noun after the weapon noun makes the name a
        // firm's unit, no weapon.
        let unit_at = |k: usize| {
            k < self.toks.len()
                && self.toks[k].sentence == self.toks[a].sentence
                && (is(&rules::COMPANY_NOUNS, self.t(k)) || self.t(k) == "division")
        };
        if (noun_after && unit_at(b + 1)) || (noun_head && unit_at(b)) {
            return false;
        }
        if noun_head && does_business && after_title.is_none() {
            self.push_labelled(a, b, EntityType::Organisation);
            return true;
        }
        if after_title.is_none()
            && !after_designator
            && (noun_head
                || (noun_after
                    && b - a == 1
                    && !self.toks[a].upper
                    && !is_lower(&rules::WEAPON_NOUNS, self.t(a))))
            && !self.generic(a, b)
        {
            self.push_labelled(a, b, EntityType::Weapon);
            return true;
        }
        false
    }

    /// A lexicon weapon written as a short designation (tokens `a..b`) whose
    /// context says it is something else: "rated B-2", "G5 ministers", or a
    /// one-digit designation ("G-5", "M-1") in a sentence with no military word.
    pub(super) fn non_military_designation(&self, a: usize, b: usize) -> bool {
        let span = &self.text[self.toks[a].start as usize..self.toks[b - 1].end as usize];
        // "The new microchip, LCA 100K": an acronym a list holds as a weapon
        // is asked the same.
        let acronym = (2..=5).contains(&span.len()) && span.chars().all(|c| c.is_ascii_uppercase());
        if span.len() > 6 || !(is_designator(span) || acronym) || self.weapon_noun_at(b) {
            return false;
        }
        let letters = span.chars().filter(|c| c.is_alphabetic()).count();
        let digits = span.chars().filter(char::is_ascii_digit).count();
        let short = letters <= 2 && digits == 1;
        self.non_military(a, b) || (short && !self.military_context(a))
    }

    /// Whether token `k` holds a digit, as a model designation does.
    pub(super) fn designation_at(&self, k: usize) -> bool {
        self.t(k).chars().any(|c| c.is_ascii_digit())
    }

    /// Whether token `k` is a weapon noun in the same sentence as `k - 1`.
    pub(super) fn weapon_noun_at(&self, k: usize) -> bool {
        k < self.toks.len()
            && k > 0
            && self.toks[k].sentence == self.toks[k - 1].sentence
            && is_lower(&rules::WEAPON_NOUNS, self.t(k))
    }

    /// Whether the words around tokens `a..b` (same sentence, six either
    /// side) say a short designation there is no weapon: "the DC-10
    /// airliner", "rated B-2 by Moody's", "G5 finance ministers".
    pub(super) fn non_military(&self, a: usize, b: usize) -> bool {
        let s = self.toks[a].sentence;
        (a.saturating_sub(6)..(b + 6).min(self.toks.len()))
            .filter(|&k| self.toks[k].sentence == s)
            .any(|k| is_lower(&rules::NON_MILITARY, self.t(k)))
    }

    /// "RAF Typhoons", "Indian Hawks", "Hawk trainers": a one-word weapon
    /// name that is also an ordinary word, where the context says weapon.
    pub(super) fn weapon_in_context(&self, k: usize) -> Option<u32> {
        let same = |j: usize| self.toks[j].sentence == self.toks[k].sentence;
        let owner_before = k > 0
            && same(k - 1)
            && self.hit(k - 1).is_some_and(|h| match h.target {
                Target::Demonym(_) => true,
                Target::Name(m) => matches!(
                    self.lex.names[m as usize].kind,
                    EntityType::Country | EntityType::Organisation
                ),
                Target::Title(_) => false,
            });
        let noun_after = k + 1 < self.toks.len()
            && same(k + 1)
            && !self.toks[k + 1].cap
            && is(&rules::WEAPON_NOUNS, self.t(k + 1));
        // The context first: it rules out most words without hashing them.
        if !(owner_before || noun_after) {
            return None;
        }
        let t = self.t(k);
        self.lex
            .weapons_in_context
            .get(t)
            .or_else(|| {
                t.strip_suffix('s')
                    .and_then(|s| self.lex.weapons_in_context.get(s))
            })
            .copied()
    }
}

/// Word endings of adjectives and participles ("European", "Unidentified",
/// "Educational"), which one-word weapon names do not have.
pub(super) fn adjective_like(w: &str) -> bool {
    const ENDINGS: &[&str] = &["ean", "ian", "ied", "ed", "al", "ic", "ous", "ive", "ese"];
    ENDINGS
        .iter()
        .any(|e| w.len() > e.len() + 2 && w.ends_with(e))
}
