//! Rules over tokens that turn lexicon hits and capitalised sequences into
//! typed mentions.
//!
//! Per sentence: model designators first (by shape, then by the lexicon or
//! by a weapon noun nearby), then "chunks" (runs of capitalised words, lexicon
//! hits and name connectors), each split and classified: organisation by head
//! or lead word, person after a title or honorific or by a given name or
//! initials, ship by prefix, location by head word. What stays unknown is kept
//! as a pending single token, which resolution keeps only if it names an
//! entity already found (a surname, an acronym).

use super::gazetteer::Hit;
use super::lexicon::{designator_key, Lexicon, Target, TitleKind};
use super::rules::{self, is};
use super::EntityType;
use crate::text::{Token, TokenKind};

/// What a raw mention refers to, before resolution.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Key {
    /// A lexicon name.
    Lex(u32),
    /// A name made by a rule, with its canonical text.
    Label(String),
    /// An unknown capitalised token that may be a short form of an entity
    /// found elsewhere (surname, acronym, ship name).
    Pending,
}

/// A mention over tokens `lo..hi`.
#[derive(Debug, Clone)]
pub(crate) struct Raw {
    pub lo: usize,
    pub hi: usize,
    pub kind: EntityType,
    pub key: Key,
    /// An acronym defined for this mention in parentheses right after it.
    pub acronym: Option<usize>,
}

struct Ctx<'a> {
    lex: &'a Lexicon,
    text: &'a str,
    toks: &'a [Token],
    /// Per token: index into `hits` of the hit covering it.
    hit_of: Vec<Option<u32>>,
    hits: &'a [Hit],
    out: Vec<Raw>,
}

/// Tags one document.
pub(crate) fn tag(lex: &Lexicon, text: &str, toks: &[Token], hits: &[Hit]) -> Vec<Raw> {
    let mut hit_of = vec![None; toks.len()];
    for (i, h) in hits.iter().enumerate() {
        for slot in &mut hit_of[h.lo..h.hi] {
            *slot = Some(i as u32);
        }
    }
    let mut cx = Ctx {
        lex,
        text,
        toks,
        hit_of,
        hits,
        out: Vec::new(),
    };
    let mut lo = 0;
    while lo < toks.len() {
        let s = toks[lo].sentence;
        let hi = lo + toks[lo..].iter().take_while(|t| t.sentence == s).count();
        cx.sentence(lo, hi);
        lo = hi;
    }
    cx.out.sort_by_key(|r| (r.lo, r.hi));
    cx.out
}

impl<'a> Ctx<'a> {
    fn t(&self, i: usize) -> &'a str {
        self.toks[i].text(self.text)
    }

    fn glued(&self, i: usize) -> bool {
        i < self.toks.len() && !self.toks[i].space_before
    }

    fn hit(&self, i: usize) -> Option<&'a Hit> {
        self.hit_of[i].map(|h| &self.hits[h as usize])
    }

    fn is_common(&self, i: usize) -> bool {
        let t = self.t(i);
        if self.lex.common_words.contains(t) {
            return true;
        }
        // Lower-case short ASCII words on the stack: this runs for every
        // capitalised token.
        let mut buf = [0u8; 32];
        if t.len() <= buf.len() && t.is_ascii() {
            let lower = &mut buf[..t.len()];
            lower.copy_from_slice(t.as_bytes());
            lower.make_ascii_lowercase();
            let lower = std::str::from_utf8(lower).expect("ASCII");
            return lower != t && self.lex.common_words.contains(lower);
        }
        self.lex.common_words.contains(t.to_lowercase().as_str())
    }

    /// A capitalised word that may be part of a name.
    fn cap_word(&self, i: usize) -> bool {
        let tk = &self.toks[i];
        matches!(tk.kind, TokenKind::Word | TokenKind::Alnum)
            && tk.cap
            && !is(&rules::NEVER_NAMES, self.t(i))
    }

    fn sentence(&mut self, lo: usize, hi: usize) {
        let taken = self.designators(lo, hi);
        let mut chunks: Vec<(usize, usize)> = Vec::new();
        let mut i = lo;
        while i < hi {
            if taken[i - lo] || !(self.cap_word(i) || self.hit(i).is_some()) {
                i += 1;
                continue;
            }
            let start = i;
            let mut end = i + 1;
            loop {
                if end >= hi || taken[end - lo] {
                    break;
                }
                if self.cap_word(end) || self.hit(end).is_some_and(|h| h.lo == end || end > start) {
                    end += 1;
                    continue;
                }
                let w = self.t(end);
                // "Kim Jong-un", "Moon Jae-in": a lower-case part glued by a hyphen.
                if w == "-"
                    && self.glued(end)
                    && end + 1 < hi
                    && self.glued(end + 1)
                    && self.toks[end + 1].kind == TokenKind::Word
                    && !self.toks[end + 1].cap
                    && !taken[end + 1 - lo]
                    && self.t(end + 1).len() <= 6
                    && !is(&rules::COMPOUND_TAILS, self.t(end + 1))
                {
                    end += 2;
                    continue;
                }
                // "Indo-Russian", "Shangri-La": hyphen glued on both sides.
                let joins = if w == "-" {
                    self.glued(end) && end + 1 < hi && self.glued(end + 1)
                } else {
                    is(&rules::CONNECTORS, w) || w == "&" || w == "and" || w == "the"
                };
                if !joins {
                    break;
                }
                // A connector needs a capitalised word after it ("of the" may chain).
                let mut k = end + 1;
                while k < hi && (self.t(k) == "the" || is(&rules::CONNECTORS, self.t(k))) {
                    k += 1;
                }
                if k < hi && !taken[k - lo] && (self.cap_word(k) || self.hit(k).is_some()) {
                    if w == "the" && !is(&rules::CONNECTORS, self.t(end - 1)) {
                        break;
                    }
                    end = k;
                } else {
                    break;
                }
            }
            chunks.push((start, end));
            i = end;
        }
        for &(a, b) in &chunks {
            self.chunk(a, b);
        }
        self.propagate_lists(&chunks);
    }

    /// Model designators ("Su-30Mki", "M777A2", "AK-203"). Returns which
    /// tokens of the sentence they took.
    fn designators(&mut self, lo: usize, hi: usize) -> Vec<bool> {
        let mut taken = vec![false; hi - lo];
        self.ship_classes(lo, hi, &mut taken);
        let mut i = lo;
        while i < hi {
            if taken[i - lo] {
                i += 1;
                continue;
            }
            if self
                .hit(i)
                .is_some_and(|h| !matches!(h.target, Target::Title(_)))
            {
                i = self.hit(i).map_or(i + 1, |h| h.hi);
                continue;
            }
            let Some(end) = self.designator_end(i, hi) else {
                i += 1;
                continue;
            };
            let surface = &self.text[self.toks[i].start as usize..self.toks[end - 1].end as usize];
            let mut key = designator_key(surface);
            let mut found = self.lex.designators.get(&key).copied();
            if found.is_none() && surface.ends_with('s') {
                key.pop();
                found = self.lex.designators.get(&key).copied();
            }
            let accept =
                found.is_some() || self.unknown_designator_ok(surface, &key, i, end, lo, hi);
            if accept {
                let key = match found {
                    Some(n) => Key::Lex(n),
                    None => Key::Label(surface.trim_end_matches('s').to_string()),
                };
                let key = match key {
                    Key::Label(s) if s.len() < 2 => Key::Label(surface.to_string()),
                    k => k,
                };
                self.out.push(Raw {
                    lo: i,
                    hi: end,
                    kind: EntityType::Weapon,
                    key,
                    acronym: None,
                });
                for t in &mut taken[i - lo..end - lo] {
                    *t = true;
                }
                i = end;
            } else {
                i += 1;
            }
        }
        taken
    }

    /// Ship and submarine classes: "Kolkata-class destroyers", "Arleigh Burke
    /// class", "Krivak III-class": the name before "class" is a weapon, not a
    /// city or a person.
    fn ship_classes(&mut self, lo: usize, hi: usize, taken: &mut [bool]) {
        for k in lo + 1..hi {
            if !self.t(k).eq_ignore_ascii_case("class") {
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
    fn designator_end(&self, i: usize, hi: usize) -> Option<usize> {
        let tk = &self.toks[i];
        let first = self.t(i);
        if !first.chars().next().is_some_and(|c| c.is_ascii_uppercase()) {
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
        let mut end = match tk.kind {
            TokenKind::Alnum if first.starts_with(char::is_alphabetic) => i + 1,
            TokenKind::Word if first.chars().count() <= 8 && digit_part(i + 2) => i + 3,
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
        if end < hi
            && self.glued(end)
            && matches!(
                self.toks[end].kind,
                TokenKind::Word | TokenKind::Alnum | TokenKind::Number
            )
        {
            return None;
        }
        Some(end)
    }

    fn unknown_designator_ok(
        &self,
        surface: &str,
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
        let noun_after =
            (end..hi.min(end + 4)).any(|k| is(&rules::WEAPON_NOUNS, &self.t(k).to_lowercase()));
        if prefix.len() > 4 {
            // "Rustom-2 drones": a long name part needs its noun right after.
            return noun_after && prefix.len() <= 8;
        }
        let digits = key.chars().filter(char::is_ascii_digit).count();
        let near_noun = (end..hi.min(end + 4))
            .chain(lo.max(i.saturating_sub(2))..i)
            .any(|k| {
                let w = self.t(k);
                is(&rules::WEAPON_NOUNS, &w.to_lowercase())
            });
        let known_prefix = self.lex.weapon_prefixes.contains(&prefix);
        let extends_known = (1..key.len())
            .any(|n| key.is_char_boundary(n) && self.lex.designators.contains_key(&key[..n]));
        near_noun || (known_prefix && (digits >= 2 || surface.contains('-'))) || extends_known
    }

    /// Classifies one chunk (tokens `a..b`) into mentions.
    fn chunk(&mut self, mut a: usize, b: usize) {
        // Leading common words are not names: at a sentence start or heading
        // any ("After", "Earlier", "Terming"), elsewhere determiners only
        // ("the Joint Stock Company" keeps "Joint").
        while a < b && self.hit(a).is_none() && self.droppable(a) {
            a += 1;
        }
        if a >= b {
            return;
        }
        // Split at "and" / "&": each side on its own, unless the right side is
        // unknown words and the whole is one organisation: led by a lead word
        // ("Council of Scientific and Industrial Research"), or ending in a head
        // ("Research and Analysis Wing", "Boeing India Engineering & Technology
        // Center"), or two unknown names joined by "&" ("Larsen & Toubro").
        let led = is(&rules::ORG_LEADS, self.t(a))
            && b > a + 1
            && matches!(self.t(a + 1), "of" | "for" | "on");
        for k in a..b {
            if !matches!(self.t(k), "and" | "&") || self.hit(k).is_some() {
                continue;
            }
            let right_end = (k + 1..b).find(|&j| self.t(j) == "of").unwrap_or(b);
            let right_clean =
                right_end > k + 1 && (k + 1..right_end).all(|j| self.hit(j).is_none());
            let named = (a..right_end).any(|j| self.lex.given_names.contains(self.t(j)));
            // "Valdel Technologies and Dynamatic Technologies" are two names;
            // "Engineering & Technology Center" is one.
            let head = self.org_head(right_end - 1)
                && !(self.t(k) == "and" && k > a && self.org_head(k - 1) && !self.is_common(k + 1));
            // Only the words since the last connector count as the left side
            // ("Secretary of the National Security and Defense Council").
            let left_start = (a..k)
                .rev()
                .find(|&j| matches!(self.t(j), "of" | "the" | "for" | "on"))
                .map_or(a, |j| j + 1);
            let left_unknown = (left_start..k).all(|j| self.hit(j).is_none());
            // A lead governs "and" only inside one name: no known name before
            // it, and no new lead or "the" after it ("Ministry of Railways and
            // Ministry of Transport" are two).
            let led = led
                && (a + 1..k).all(|j| self.hit(j).is_none())
                && self.t(k + 1) != "the"
                && !is(&rules::ORG_LEADS, self.t(k + 1));
            let joined = right_clean
                && !named
                && self.t(k + 1) != "the"
                && (led
                    || (head && (left_unknown || self.t(k) == "&"))
                    || (left_unknown && self.t(k) == "&"));
            if !joined {
                self.chunk(a, k);
                self.chunk(k + 1, b);
                return;
            }
        }
        // "for" and "on" end a name, except after a lead word ("Institute for ...").
        // ("Committee on the Peaceful Uses...", "Centre for Military ...").
        if let Some(k) = (a..b).find(|&k| {
            matches!(self.t(k), "for" | "on")
                && self.hit(k).is_none()
                && !(k > a && is(&rules::ORG_LEADS, self.t(k - 1)))
        }) {
            self.chunk(a, k);
            self.chunk(k + 1, b);
            return;
        }
        self.part(a, b);
    }

    /// A word that may be dropped from the start of a name.
    fn droppable(&self, i: usize) -> bool {
        let t = self.t(i);
        if is(&rules::CONNECTORS, t) || t == "the" || is(&rules::DETERMINERS, t) {
            return true;
        }
        let sentence_start = i == 0 || self.toks[i - 1].sentence != self.toks[i].sentence || {
            // After an opening quote or bracket, as at a sentence start.
            let p = self.t(i - 1);
            matches!(p, "\"" | "“" | "‘" | "'" | "(" | "—" | "–" | ":")
        };
        sentence_start
            && self.is_common(i)
            && !is(&rules::ORG_LEADS, t)
            && !(i + 1 < self.toks.len() && self.t(i + 1) == "of")
    }

    /// A stretch without "and", "for" or "on" splits.
    fn part(&mut self, a: usize, b: usize) {
        // Organisation by lead: "Ministry of Commerce of India", "UK Ministry of
        // Defence", "Russian University of Transport".
        let lead = (a..b.saturating_sub(2)).find(|&p| {
            is(&rules::ORG_LEADS, self.t(p))
                && self.hit(p).is_none()
                && matches!(self.t(p + 1), "of" | "for" | "on")
        });
        if let Some(p) = lead {
            let prefix_ok = (a..p).all(|j| match self.hit(j) {
                Some(h) => !matches!(h.target, Target::Title(_)),
                None => self.cap_word(j),
            });
            // The name ends where a person starts ("... of Ukraine Oleg Hladkovskiy").
            let end = self.name_end(p + 2, b);
            if prefix_ok {
                let label = self.label(a, end);
                self.push(a, end, EntityType::Organisation, Key::Label(label));
                self.segments(end, b);
                return;
            }
            // "Officials of the Ministry of ...": the lead starts the name.
            let q = if self.t(p - 1) == "the" { p - 1 } else { p };
            if q > a + 1 && self.t(q - 1) == "of" {
                self.part(a, q - 1);
                let label = self.label(p, end);
                self.push(p, end, EntityType::Organisation, Key::Label(label));
                self.segments(end, b);
                return;
            }
        }
        // "Nuclear Power Corporation of India Limited": a suffix after the place.
        let of = (a + 1..b).find(|&k| self.t(k) == "of" && self.hit(k).is_none());
        let suffixed = of.is_some_and(|of| {
            self.title_at(a).is_none()
                && is(&rules::LEGAL_SUFFIXES, self.t(b - 1))
                && self.org_head(b - 1)
                && self.org_head(of - 1)
                && !is(&rules::LEGAL_SUFFIXES, self.t(of - 1))
        });
        if suffixed {
            let label = self.label(a, b);
            self.push(a, b, EntityType::Organisation, Key::Label(label));
            return;
        }
        // Otherwise "of" separates names ("Hanwha Techwin of South Korea",
        // "Director General of Russian Helicopters"), but an organisation by
        // its head keeps its country ("National Security and Defense Council
        // of Ukraine").
        let mut start = a;
        for k in a..=b {
            if k == b || (self.t(k) == "of" && self.hit(k).is_none()) {
                let mut lo = start;
                while lo < k
                    && self.hit(lo).is_none()
                    && (self.t(lo) == "the" || self.is_common(lo))
                {
                    lo += 1;
                }
                if k < b
                    && lo < k
                    && self.org_head(k - 1)
                    && !is(&rules::LEGAL_SUFFIXES, self.t(k - 1))
                    && self.title_at(lo).is_none()
                    && !self.generic(lo, k)
                {
                    let place = if self.t(k + 1) == "the" { k + 2 } else { k + 1 };
                    let country = self.hit(place).filter(|h| {
                        h.lo == place
                            && self.name_end(h.hi, b) == h.hi
                            && matches!(h.target, Target::Name(n) if self.lex.names[n as usize].kind == EntityType::Country)
                    });
                    if let Some(h) = country {
                        let end = h.hi;
                        let label = self.label(lo, end);
                        self.push(lo, end, EntityType::Organisation, Key::Label(label));
                        self.segments(end, b);
                        return;
                    }
                }
                if lo < k {
                    self.piece(lo, k);
                }
                start = k + 1;
            }
        }
    }

    /// Where a name running from before `from` ends: at `b`, or earlier where
    /// a title or a given name followed by another word starts a person.
    fn name_end(&self, from: usize, b: usize) -> usize {
        (from..b)
            .find(|&j| {
                self.title_at(j).is_some()
                    || (self.hit(j).is_none()
                        && j + 1 < b
                        && self.lex.given_names.contains(self.t(j))
                        && self.cap_word(j + 1))
            })
            .unwrap_or(b)
    }

    /// True when every word of `a..b` is a common word: a generic phrase
    /// ("Joint Stock Company", "Final Operational Clearance"), not a name.
    fn generic(&self, a: usize, b: usize) -> bool {
        (a..b).all(|k| {
            self.hit(k).is_none() && (self.is_common(k) || is(&rules::ORG_HEADS, self.t(k)))
        })
    }

    /// A stretch with no connectors left.
    fn piece(&mut self, a: usize, b: usize) {
        // ", Inc." after a name is not a name.
        if (a..b).all(|k| is(&rules::LEGAL_SUFFIXES, self.t(k))) {
            return;
        }
        let first_title = self.title_at(a).is_some();
        // A head and then the place it stands in: "Ordnance Factory
        // Tiruchirappalli", "Naval Dockyard Mumbai".
        let place_last = self.hit(b - 1).is_some_and(|h| {
            h.lo == b - 1
                && matches!(h.target, Target::Name(n) if self.lex.names[n as usize].kind == EntityType::Location)
        });
        if !first_title
            && b - a >= 3
            && place_last
            && self.org_head(b - 2)
            && !self.generic(a, b - 1)
        {
            let label = self.label(a, b);
            self.push(a, b, EntityType::Organisation, Key::Label(label));
            return;
        }
        // Organisation by head: "Zhuhai Aerospace Ltd", "Russian Helicopters Holding Company".
        if !first_title && self.org_head(b - 1) && !self.single_hit(a, b) && !self.generic(a, b) {
            // "BAE Systems Inc", "Russian Helicopters Holding Company": a known
            // organisation with a legal suffix or generic heads after it.
            if let Some(h) = self.hit(a) {
                if h.lo == a
                    && (h.hi..b).all(|j| {
                        is(&rules::LEGAL_SUFFIXES, self.t(j))
                            || is(&rules::GENERIC_HEADS, self.t(j))
                    })
                    && matches!(h.target, Target::Name(_))
                {
                    self.push_hit(h, b);
                    return;
                }
            }
            if b - a >= 2 || self.toks[a].upper {
                let label = self.label(a, b);
                self.push(a, b, EntityType::Organisation, Key::Label(label));
                return;
            }
        }
        // Location by head: "Galwan Valley", "Devlali Field Firing Range".
        if b - a >= 2
            && is(&rules::LOC_HEADS, self.t(b - 1))
            && self.hit(b - 1).is_none()
            && !first_title
            && !self.generic(a, b)
            && !self.toks[b - 1].upper
            && !(a..b).any(|k| self.t(k).contains('&'))
        {
            let label = self.label(a, b);
            self.push(a, b, EntityType::Location, Key::Label(label));
            return;
        }
        self.segments(a, b);
    }

    /// An organisation head on its own ("Systems", not "Multi-Mission").
    fn org_head(&self, i: usize) -> bool {
        is(&rules::ORG_HEADS, self.t(i)) && self.hit(i).is_none() && self.toks[i].space_before
    }

    fn push(&mut self, lo: usize, hi: usize, kind: EntityType, key: Key) {
        let acronym = self.acronym_after(hi);
        self.out.push(Raw {
            lo,
            hi,
            kind,
            key,
            acronym,
        });
    }

    /// `( ACR )` right after token `hi`: the token index of ACR.
    fn acronym_after(&self, hi: usize) -> Option<usize> {
        if hi + 2 < self.toks.len()
            && self.t(hi) == "("
            && self.t(hi + 2) == ")"
            && self.toks[hi].sentence == self.toks[hi + 2].sentence
        {
            let acr = self.t(hi + 1);
            let uppers = acr.chars().filter(|c| c.is_uppercase()).count();
            if uppers >= 2 && acr.chars().next().is_some_and(char::is_uppercase) {
                return Some(hi + 1);
            }
        }
        None
    }

    fn label(&self, lo: usize, hi: usize) -> String {
        let s = &self.text[self.toks[lo].start as usize..self.toks[hi - 1].end as usize];
        s.split_whitespace().collect::<Vec<_>>().join(" ")
    }

    fn title_at(&self, i: usize) -> Option<TitleKind> {
        match self.hit(i)?.target {
            Target::Title(k) => Some(k),
            _ => None,
        }
    }

    fn single_hit(&self, a: usize, b: usize) -> bool {
        self.hit(a).is_some_and(|h| h.lo == a && h.hi == b)
    }

    fn push_hit(&mut self, h: &Hit, hi: usize) {
        match h.target {
            Target::Name(n) => {
                let kind = self.lex.names[n as usize].kind;
                self.push(h.lo, hi, kind, Key::Lex(n));
            }
            Target::Demonym(n) => self.push(h.lo, hi, EntityType::Country, Key::Lex(n)),
            Target::Title(_) => {}
        }
    }

    /// Hits and unknown runs inside a part: titles lead to people.
    fn segments(&mut self, a: usize, b: usize) {
        let mut i = a;
        let mut after_title: Option<TitleKind> = None;
        while i < b {
            // "Vladimir Putin": a place that is also a given name, before an
            // unknown capitalised word, is a first name.
            let first_name = self.hit(i).is_some_and(|h| {
                h.hi == h.lo + 1
                    && matches!(h.target, Target::Name(n) if self.lex.names[n as usize].kind == EntityType::Location)
                    && self.lex.given_names.contains(self.t(i))
                    && i + 1 < b
                    && self.hit(i + 1).is_none()
                    && self.cap_word(i + 1)
            });
            if let Some(h) = self.hit(i).filter(|_| !first_name) {
                let h = *h;
                if let Target::Title(k) = h.target {
                    after_title = Some(k);
                } else {
                    self.push_hit(&h, h.hi.min(b));
                    after_title = None;
                }
                i = h.hi.max(i + 1);
                continue;
            }
            // An unknown run.
            let mut j = i + 1;
            while j < b && self.hit(j).is_none() {
                j += 1;
            }
            // "Mikhail Kalashnikov": a given name before a one-word name that
            // a list holds as a weapon, company or place is a person's name.
            if j < b && self.lex.given_names.contains(self.t(j - 1)) && self.surname_hit(j) {
                j += 1;
            }
            self.unknown_run(i, j, after_title);
            after_title = None;
            i = j;
        }
    }

    /// A one-word lexicon hit that may be a surname: a weapon, organisation
    /// or location, not a country or title.
    fn surname_hit(&self, j: usize) -> bool {
        self.hit(j).is_some_and(|h| {
            h.hi == j + 1
                && self.cap_word(j)
                && matches!(h.target, Target::Name(n) if matches!(
                    self.lex.names[n as usize].kind,
                    EntityType::Weapon | EntityType::Organisation | EntityType::Location
                ))
        })
    }

    /// The last word of a name: not a common word, unless it is the second
    /// part of a hyphenated name ("Jae-in").
    fn surname_ok(&self, i: usize) -> bool {
        let hyphen_part = i > 0 && self.t(i - 1) == "-" && !self.toks[i].space_before;
        hyphen_part || !self.is_common(i)
    }

    /// "A.V.", "N.", "AV", "S.P.": one to three capitals, dotted or at most two.
    fn is_initials(&self, i: usize) -> bool {
        let t = self.t(i);
        let letters = t.chars().filter(|c| c.is_alphabetic()).count();
        let dotted = t.ends_with('.');
        (1..=3).contains(&letters)
            && t.chars().all(|c| c == '.' || c.is_uppercase())
            && (dotted || letters <= 2)
    }

    fn person_ok(&self, a: usize, b: usize) -> bool {
        b > a
            && b - a <= 5
            && (a..b).all(|k| {
                let tk = &self.toks[k];
                let hyphened = k > a && self.t(k - 1) == "-" && !tk.space_before;
                (tk.kind == TokenKind::Word
                    && (tk.cap || hyphened || is(&rules::CONNECTORS, self.t(k))))
                    || self.t(k) == "-"
            })
            && !self.generic(a, b)
            && !is(&rules::ORG_HEADS, self.t(b - 1))
            && !is(&rules::LOC_HEADS, self.t(b - 1))
            && !is(&rules::WEAPON_NOUNS, &self.t(b - 1).to_lowercase())
    }

    fn unknown_run(&mut self, a: usize, b: usize, after_title: Option<TitleKind>) {
        // Drop leading common words again (after a split).
        let mut a = a;
        while a < b && after_title.is_none() && self.droppable(a) {
            a += 1;
        }
        if a >= b {
            return;
        }
        // Ship: "HMS Sutherland", "INS Vikrant", "the frigate Thor Heyerdahl".
        let ship_noun_before = a > 0
            && self.toks[a - 1].sentence == self.toks[a].sentence
            && is(&rules::SHIP_NOUNS, self.t(a - 1));
        if (is(&rules::SHIP_PREFIXES, self.t(a)) && b - a >= 2)
            || (ship_noun_before && !self.generic(a, b))
        {
            let label = self.label(a, b);
            self.push(a, b, EntityType::Weapon, Key::Label(label));
            return;
        }
        // A weapon by its noun: "Trichy Assault Rifle", "Kalantak rifles".
        let noun_after = b < self.toks.len()
            && self.toks[b].sentence == self.toks[a].sentence
            && !self.toks[b].cap
            && is(&rules::WEAPON_NOUNS, self.t(b));
        let noun_head = b - a >= 2
            && self.toks[b - 1].cap
            && is(&rules::WEAPON_HEADS, &self.t(b - 1).to_lowercase());
        let after_designator = self
            .out
            .last()
            .is_some_and(|r| r.hi == a && r.kind == EntityType::Weapon);
        if after_title.is_none()
            && !after_designator
            && (noun_head
                || (noun_after
                    && b - a == 1
                    && !self.toks[a].upper
                    && !is(&rules::WEAPON_NOUNS, &self.t(a).to_lowercase())))
            && !self.generic(a, b)
        {
            let label = self.label(a, b);
            self.push(a, b, EntityType::Weapon, Key::Label(label));
            return;
        }
        // After a title or honorific: the rest is the person.
        if after_title.is_some() && self.person_ok(a, b) && self.surname_ok(b - 1) {
            let label = self.label(a, b);
            self.push(a, b, EntityType::Person, Key::Label(label));
            return;
        }
        // A given name starts a person ("Ravi Menon", "Sushma Swaraj").
        if let Some(g) = (a..b).find(|&k| self.lex.given_names.contains(self.t(k))) {
            if b - g >= 2 && self.person_ok(g, b) {
                let label = self.label(g, b);
                if g > a {
                    self.pending(a, g);
                }
                self.push(g, b, EntityType::Person, Key::Label(label));
                return;
            }
        }
        // Initials and a surname at the end: "AV Fomin", "S.P. Shukla",
        // "A. K. Antony" (after words no list knows: "Col General AV Fomin").
        let mut i0 = b - 1;
        while i0 > a && b - i0 < 3 && self.is_initials(i0 - 1) {
            i0 -= 1;
        }
        if i0 < b - 1
            && self.toks[b - 1].kind == TokenKind::Word
            && !self.toks[b - 1].upper
            && self.person_ok(i0, b)
            && !self.is_common(b - 1)
        {
            if i0 > a {
                self.pending(a, i0);
            }
            let label = self.label(i0, b);
            self.push(i0, b, EntityType::Person, Key::Label(label));
            return;
        }
        // "..., Nik Khanna said" / "said Nik Khanna".
        let said_after = b < self.toks.len()
            && self.toks[b].sentence == self.toks[a].sentence
            && is(&rules::SAID, self.t(b));
        let said_before = a > 0
            && self.toks[a - 1].sentence == self.toks[a].sentence
            && is(&rules::SAID, self.t(a - 1));
        if (said_after || said_before) && b - a >= 2 && b - a <= 3 && self.person_ok(a, b) {
            // "Observer Petri Makela said": a leading job noun is not a name.
            let job = |w: &str| {
                ["er", "or", "ist", "ant", "ent"]
                    .iter()
                    .any(|s| w.ends_with(s))
            };
            let a = if b - a == 3
                && !self.is_initials(a + 1)
                && !self.lex.given_names.contains(self.t(a))
                && (self.is_common(a) || job(self.t(a)))
            {
                a + 1
            } else {
                a
            };
            let label = self.label(a, b);
            self.push(a, b, EntityType::Person, Key::Label(label));
            return;
        }
        // "Clinton said": one unknown name that speaks is a person (a known
        // organisation or country would have been a lexicon hit).
        if said_after
            && b - a == 1
            && self.person_ok(a, b)
            && self.surname_ok(a)
            && self.t(a).chars().count() >= 3
        {
            let label = self.label(a, b);
            self.push(a, b, EntityType::Person, Key::Label(label));
            return;
        }
        self.pending(a, b);
    }

    /// "RAF Typhoons", "Indian Hawks", "Hawk trainers": a one-word weapon
    /// name that is also an ordinary word, where the context says weapon.
    fn weapon_in_context(&self, k: usize) -> Option<u32> {
        let t = self.t(k);
        let n = self.lex.weapons_in_context.get(t).or_else(|| {
            t.strip_suffix('s')
                .and_then(|s| self.lex.weapons_in_context.get(s))
        })?;
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
        (owner_before || noun_after).then_some(*n)
    }

    /// Unknown words: kept for resolution to match against known entities.
    fn pending(&mut self, a: usize, b: usize) {
        for k in a..b {
            if let Some(n) = self.weapon_in_context(k) {
                self.push(k, k + 1, EntityType::Weapon, Key::Lex(n));
                continue;
            }
            let tk = &self.toks[k];
            if tk.cap && matches!(tk.kind, TokenKind::Word) && !self.is_common(k) {
                self.out.push(Raw {
                    lo: k,
                    hi: k + 1,
                    kind: EntityType::Person,
                    key: Key::Pending,
                    acronym: None,
                });
            }
        }
        // Multi-word unknown names are kept too: they may repeat a known name.
        if b - a >= 2 {
            let label = self.label(a, b);
            self.out.push(Raw {
                lo: a,
                hi: b,
                kind: EntityType::Person,
                key: Key::Label(format!("\u{0}{label}")),
                acronym: None,
            });
        }
    }

    /// In "with Elcom, Valdel Advanced Technologies and Bharat Forge", an
    /// unknown name listed beside organisations is one too.
    fn propagate_lists(&mut self, chunks: &[(usize, usize)]) {
        if chunks.len() < 2 {
            return;
        }
        let kind_of = |out: &[Raw], c: (usize, usize)| -> Option<EntityType> {
            out.iter()
                .filter(|r| {
                    r.lo >= c.0 && r.hi <= c.1 && r.key != Key::Pending && !is_unknown_label(&r.key)
                })
                .map(|r| r.kind)
                .next()
        };
        let sep_ok = |cx: &Ctx, x: (usize, usize), y: (usize, usize)| -> bool {
            y.0 == x.1 + 1 && matches!(cx.t(x.1), "," | "and" | "&")
        };
        let mut kinds: Vec<Option<EntityType>> =
            chunks.iter().map(|&c| kind_of(&self.out, c)).collect();
        for n in 0..chunks.len() {
            if kinds[n].is_some() {
                continue;
            }
            let left = n > 0
                && sep_ok(self, chunks[n - 1], chunks[n])
                && kinds[n - 1] == Some(EntityType::Organisation);
            let right = n + 1 < chunks.len()
                && sep_ok(self, chunks[n], chunks[n + 1])
                && kinds[n + 1] == Some(EntityType::Organisation);
            if !(left || right) {
                continue;
            }
            let (a, b) = chunks[n];
            let mut a = a;
            while a < b && self.is_common(a) {
                a += 1;
            }
            let nameless = (a..b).any(|k| {
                self.hit(k).is_some()
                    || self.is_common(k)
                    || is(&rules::WEAPON_NOUNS, &self.t(k).to_lowercase())
                    || !self.toks[k].cap
            });
            if a >= b || nameless {
                continue;
            }
            self.out.retain(|r| !(r.lo >= a && r.hi <= b));
            let label = self.label(a, b);
            self.push(a, b, EntityType::Organisation, Key::Label(label));
            kinds[n] = Some(EntityType::Organisation);
        }
    }
}

/// Unknown multi-word names carry a NUL-prefixed label.
pub(crate) fn is_unknown_label(key: &Key) -> bool {
    matches!(key, Key::Label(l) if l.starts_with('\u{0}'))
}
