//! Names decided by what stands inside and around them on general news:
//! "and" inside a firm's or a ministry's name ("the Energy and Mines
//! Ministry", "Bristol and West Building Society"); a compass adjective
//! after a place ("Texas Eastern"); a place in brackets after a firm's
//! name ("Bache Securities (Japan) analyst"); a place before "interbank
//! offered"; a state's adjective standing for a firm ("American said it",
//! "British Telecom said it"). Tests in `extract/tests_joined.rs`.

use super::super::lexicon::Target;
use super::super::rules::{self, is};
use super::super::EntityType;
use super::{Ctx, Hit};

impl Ctx<'_> {
    /// "Citicorp (Switzerland) pioneered", "Sunbeam Corp (Canada) unit": a
    /// place in brackets at token `i`, right after a firm's name (a legal
    /// suffix, a company head or a known organisation ends it) and before
    /// no capitalised word, "and" or "or", names the firm's unit there, not
    /// the place: the place's first token. A town's state stays ("Lakewood
    /// (Georgia) plant"); so does a place in a list ("Kanto Securities
    /// (Japan) and ...").
    pub(super) fn bracketed_unit(&self, i: usize, hi: usize) -> Option<usize> {
        if self.t(i) != "(" || i == 0 || i + 3 > hi {
            return None;
        }
        let h = self
            .hit(i + 1)
            .filter(|h| h.lo == i + 1 && self.place_hit(h))?;
        let after_ok = h.hi < hi
            && self.t(h.hi) == ")"
            && (h.hi + 1 >= hi
                || !(self.toks[h.hi + 1].cap || matches!(self.t(h.hi + 1), "and" | "or")));
        let p = i - 1;
        let firm = is(&rules::LEGAL_SUFFIXES, self.t(p))
            || is(&rules::COMPANY_HEADS, self.t(p))
            || self.hit(p).is_some_and(|o| {
                o.hi == i
                    && matches!(o.target, Target::Name(n)
                    if self.lex.names[n as usize].kind == EntityType::Organisation)
            });
        (after_ok && firm).then_some(h.lo)
    }

    /// "the Energy and Mines Ministry", "Bristol and West Building
    /// Society", "Canada Mortgage and Housing Corp": a name opened by a
    /// trade or a place (`a..k`, no organisation or person of its own) and,
    /// after "and" (token `k`), a trade's or a place's word and capitalised
    /// words ending in a company head or legal suffix (`k + 1..b`) are one
    /// organisation's name: the left side, with no head, names nothing
    /// alone. Not after a preposition or a place and comma ("banks in
    /// Florida and Trust Co", "Thibodaux, Louisiana and National Bank"):
    /// there the place is the place.
    pub(super) fn one_firm_with_and(&self, a: usize, k: usize, b: usize) -> bool {
        if self.t(k) != "and" || k == a || k - a > 3 || b - k < 3 {
            return false;
        }
        let same = |j: usize| j > 0 && self.toks[j - 1].sentence == self.toks[j].sentence;
        if same(a) {
            let p = self.t(a - 1);
            let after_place = p == "," && a >= 2 && same(a - 1) && self.toks[a - 2].cap;
            if after_place || matches!(p, "of" | "in" | "at" | "from" | "near" | "to" | "and") {
                return false;
            }
        }
        let kind_of = |h: &Hit| match h.target {
            Target::Demonym(_) => Some(EntityType::Country),
            Target::Name(n) => Some(self.lex.names[n as usize].kind),
            Target::Title(_) => None,
        };
        // Places, states' adjectives and plain capitalised words only; a
        // state's name only written out on the left ("Canada Mortgage",
        // not "U.S. Space and ...") and only before legal suffixes on the
        // right ("Esso Exploration and Production Australia Inc", not
        // "Japanese and U.S. Defence").
        let plain = |j: usize, left: bool| match self.hit(j) {
            Some(h) => match kind_of(h) {
                Some(EntityType::Location) => true,
                Some(EntityType::Country) if matches!(h.target, Target::Demonym(_)) => true,
                Some(EntityType::Country) if left => !self.label(h.lo, h.hi).contains('.'),
                Some(EntityType::Country) => {
                    h.hi < b && (h.hi..b).all(|x| is(&rules::LEGAL_SUFFIXES, self.t(x)))
                }
                _ => false,
            },
            None => {
                self.cap_word(j)
                    && self.title_at(j).is_none()
                    && (!self.given(j) || self.is_common(j))
            }
        };
        let trade =
            |w: &str| is(&rules::TRADE_NOUNS, w) || is(&rules::INDUSTRY_HEADS, w) || w == "Banking";
        let last = self.t(b - 1);
        let first = self.t(k + 1);
        // One place or adjective on the left: a pair of places ("Indiana
        // and Michigan Electric Co"), but no pair of exchanges ("the
        // Montreal and Vancouver Stock Exchange").
        let left_place = self.hit(a).is_some_and(|h| h.lo == a && h.hi == k);
        // After "and", a word of a trade or a place first ("Eastern
        // Building Society", "Scottish Marine Oil Plc"), no second name
        // ("ChemLawn Corp"); a place there only after a place.
        let first_ok = match self.hit(k + 1) {
            Some(_) => left_place && plain(k + 1, false),
            None => {
                plain(k + 1, false)
                    && (self.is_common(k + 1) || trade(first) || self.org_head(k + 1))
                    && !is(&rules::ORG_LEADS, first)
                    && !is(&rules::LEGAL_SUFFIXES, first)
            }
        };
        let right = first_ok
            && (k + 2..b).all(|j| plain(j, false))
            && self.hit(b - 1).is_none()
            && (is(&rules::LEGAL_SUFFIXES, last)
                || is(&rules::COMPANY_HEADS, last)
                || is(&rules::ORG_HEADS, last))
            && !(left_place && matches!(last, "Exchange" | "Exchanges"));
        // The left side's last word: a trade or common word (not an
        // organisation's head but a field's: "Energy"; or a bank's before
        // a bank's: "Kelso Trust and Banking Co"), or the end of a place's
        // name that is the whole left side.
        let w = self.t(k - 1);
        let left_end = match self.hit(k - 1) {
            Some(h) => {
                left_place
                    && (kind_of(h) != Some(EntityType::Country)
                        || matches!(h.target, Target::Demonym(_)))
            }
            None => {
                let banks = matches!(w, "Savings" | "Trust" | "Bank" | "Banking")
                    && matches!(first, "Loan" | "Trust" | "Savings" | "Banking");
                (self.is_common(k - 1) || trade(w))
                    && (banks
                        || !self.org_head(k - 1)
                        || trade(w)
                        || matches!(w, "Energy" | "Defence" | "Defense"))
            }
        };
        right && left_end && (a..k).all(|j| plain(j, true))
    }

    /// "American said it ...", "American's share of the market": a
    /// demonym in "-an" alone, with no article or name before it, as the
    /// subject of a verb or a possessor, is a firm's short name; the
    /// people would be "Americans". ("Japanese will ..." are the people.)
    pub(super) fn demonym_as_firm(&self, h: &Hit) -> bool {
        let w = self.t(h.lo);
        if h.hi != h.lo + 1 || !w.ends_with("an") || self.toks[h.lo].upper {
            return false;
        }
        let s = self.toks[h.lo].sentence;
        let before_ok = h.lo == 0 || self.toks[h.lo - 1].sentence != s || {
            let p = self.t(h.lo - 1);
            !self.toks[h.lo - 1].cap
                && !matches!(
                    p,
                    "the"
                        | "a"
                        | "an"
                        | "-"
                        | "its"
                        | "their"
                        | "his"
                        | "her"
                        | "our"
                        | "this"
                        | "that"
                        | "every"
                        | "each"
                        | "no"
                        | "some"
                        | "any"
                        | "one"
                )
        };
        let next =
            |j: usize| (j < self.toks.len() && self.toks[j].sentence == s).then(|| self.t(j));
        let verb = match next(h.hi) {
            Some("'s" | "’s") => true,
            Some(v) if is(&rules::SAID, v) => true,
            Some("will" | "would" | "has" | "had" | "is" | "was") => {
                next(h.hi + 1).is_some_and(|v| v.chars().all(|c| c.is_ascii_lowercase()))
            }
            _ => false,
        };
        before_ok && verb
    }

    /// "London interbank offered rate": a place before "interbank offered"
    /// names the rate, in lower case; it is no mention of the place.
    pub(super) fn rate_after(&self, h: &Hit) -> bool {
        let k = h.hi;
        k + 1 < self.toks.len()
            && self.toks[k + 1].sentence == self.toks[h.lo].sentence
            && matches!(self.t(k), "interbank" | "inter-bank")
            && self.t(k + 1) == "offered"
    }

    /// "British Telecom said it", "Canadian Tire shares": a state's
    /// adjective and one capitalised word (no public body's head, title or
    /// other name) ending the name, before a firm's holdings or parts
    /// ([`rules::FIRM_OBJECTS`]) or "said it"/"said its", are a firm.
    pub(super) fn demonym_firm(&self, h: &Hit, b: usize) -> bool {
        let k = h.hi;
        if !matches!(h.target, Target::Demonym(_))
            || b != k + 1
            || self.hit(k).is_some()
            || !self.cap_word(k)
            || self.toks[k].upper
            || !self.toks[k].space_before
            || is(&rules::PUBLIC_HEADS, self.t(k))
            || is(&rules::ORG_HEADS, self.t(k))
            || self.given(k)
            || self.title_case_sentence(k)
        {
            return false;
        }
        let s = self.toks[k].sentence;
        let w = |j: usize| (j < self.toks.len() && self.toks[j].sentence == s).then(|| self.t(j));
        match w(b) {
            Some(x) if rules::FIRM_OBJECTS.contains(x) => true,
            Some(x) if is(&rules::SAID, x) => matches!(w(b + 1), Some("it" | "its")),
            _ => false,
        }
    }

    /// A hit of a place or a state's name.
    pub(super) fn place_hit(&self, h: &Hit) -> bool {
        matches!(h.target, Target::Name(n) if matches!(
            self.lex.names[n as usize].kind,
            EntityType::Location | EntityType::Country
        ))
    }

    /// "Texas Eastern", "Norfolk Southern Corp", "Illinois Central Gulf
    /// Railroad": a place's name takes a compass adjective before it
    /// ("Southern California"), so a place and then one
    /// ([`rules::COMPASS_ADJECTIVES`]) open a firm's name, which runs to
    /// `b` over capitalised words and places.
    pub(super) fn place_then_compass(&self, h: &Hit, b: usize) -> bool {
        let k = h.hi;
        self.place_hit(h)
            && k < b
            && is(&rules::COMPASS_ADJECTIVES, self.t(k))
            && self.toks[k].space_before
            && !self.toks[h.lo].upper
            && !self.toks[k].upper
            && (k + 1..b).all(|j| {
                self.cap_word(j)
                    && self.toks[j].space_before
                    && self.hit(j).is_none_or(|x| self.place_hit(x))
                    && (!self.given(j) || self.is_common(j))
            })
    }
}
