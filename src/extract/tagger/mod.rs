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
//!
//! This file holds the per-sentence pass, the marks and the mentions pushed;
//! `chunks.rs` a chunk cut at its connectors; `pieces.rs` how a stretch
//! without connectors is typed (organisation and location rules);
//! `weapons.rs` the designator, ship-class and in-context weapon rules;
//! `jetds.rs` US electronic equipment designations ("AN/ALQ-99(V)2");
//! `numbered.rs` type and mark numbers ("Type 45 destroyer", "Mk 54");
//! `people.rs` the person rules and the pending words; `joined.rs` names
//! with "and" or a place inside, compass adjectives after a place,
//! bracketed units and states' adjectives that stand for firms;
//! `lists.rs` the members of a list after a class noun ("companies such as
//! A, B, and C") and the name after "<Place>-based"; `hits.rs` what a
//! lexicon hit becomes in a chunk and how a chunk is cut at its hits.

mod chunks;
mod companies;
mod hits;
mod jetds;
mod joined;
mod lists;
mod numbered;
mod people;
mod pieces;
mod weapons;

use std::cell::{Cell, RefCell};

use rustc_hash::FxHashSet;

use super::gazetteer::Hit;
use super::lexicon::{Lexicon, Target, TitleKind};
use super::rules::{self, is, is_lower};
use super::EntityType;
use crate::text::{Token, TokenKind};

/// What a raw mention refers to, before resolution.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Key {
    /// A lexicon name.
    Lex(u32),
    /// A name made by a rule, with its canonical text.
    Label(String),
    /// Unknown capitalised words that may repeat or complete a name found
    /// elsewhere ("Rajnath Singh" after "Defence Minister Rajnath Singh").
    Unknown,
    /// An unknown capitalised token that may be a short form of an entity
    /// found elsewhere (surname, acronym, ship name).
    Pending,
}

impl Key {
    /// Whether a rule or the lexicon named the mention (not an unknown
    /// word nor a pending short form).
    pub(crate) fn named(&self) -> bool {
        !matches!(self, Key::Pending | Key::Unknown)
    }
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
    /// Per token: its text, sliced once (the rules ask for it many times
    /// per token).
    words: Vec<&'a str>,
    /// Per token: the hit covering it.
    hit_of: Vec<Option<&'a Hit>>,
    out: Vec<Raw>,
    /// [`Ctx::military_doc`], once asked (few documents need it).
    military_doc: Cell<Memo>,
    /// First tokens of places that open a longer name ([`Ctx::place_in_name`]).
    in_names: Vec<usize>,
    /// First tokens of places in brackets after a firm's name, which name
    /// its unit there ([`Ctx::bracketed_unit`]).
    unit_places: Vec<usize>,
    /// Per token: [`Known`] answers about its text, once asked (the rules
    /// ask again as a chunk is split into parts, pieces and runs).
    known: Vec<Cell<u8>>,
    /// Per sentence: [`Ctx::military_context`], once asked.
    military: Vec<Cell<Memo>>,
    /// Per token: its [`Mark`] bits, from one look at its text.
    marks: Vec<u8>,
    /// The union of the marks of the sentence being tagged (a rule whose
    /// trigger word the sentence lacks is not run).
    sentence_marks: u8,
    /// Per sentence, reused: the tokens designators took
    /// ([`Ctx::designators`]).
    taken: Vec<bool>,
    /// Per sentence, reused: the chunks found by [`Ctx::sentence`].
    chunks: Vec<(usize, usize)>,
    /// Reused: a word lower-cased ([`Ctx::common_word`]).
    lower: RefCell<String>,
}

/// Per first byte of a token: [`Mark::CAPITAL`], and [`Mark::MAYBE`] for
/// the first bytes of the marked words.
static FIRST_BYTE_MARKS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = b'A';
    while b <= b'Z' {
        t[b as usize] = Mark::CAPITAL;
        b += 1;
    }
    t[b'C' as usize] |= Mark::MAYBE;
    let maybe = b"cslibh";
    let mut k = 0;
    while k < maybe.len() {
        t[maybe[k] as usize] |= Mark::MAYBE;
        k += 1;
    }
    t
};

/// Bits of a token's text that the per-token scans ask about, set once per
/// token in [`tag`]: the scans test a byte instead of comparing strings at
/// every token.
struct Mark;

impl Mark {
    /// First byte an ASCII capital: every designator starts with one.
    const CAPITAL: u8 = 1;
    /// "class" in any ASCII case ([`Ctx::ship_classes`]).
    const CLASS: u8 = 2;
    /// "such", "including" or "like" ([`Ctx::class_lists`]).
    const LIST: u8 = 4;
    /// "based" or "headquartered" ([`Ctx::place_based`]).
    const BASED: u8 = 8;
    /// A lexicon hit covers the token.
    const HIT: u8 = 16;
    /// A word or alphanumeric token with a capital first: the shape of
    /// [`Ctx::cap_word`] before its word list.
    const CAPITALISED: u8 = 32;
    /// In [`FIRST_BYTE_MARKS`] only: the first byte of one of the words.
    const MAYBE: u8 = 128;

    /// The marks of a token's text.
    #[inline(always)]
    fn of(w: &str) -> u8 {
        let Some(&first) = w.as_bytes().first() else {
            return 0;
        };
        let m = FIRST_BYTE_MARKS[first as usize];
        // Only a few first bytes open one of the words.
        if m & Mark::MAYBE == 0 {
            return m;
        }
        let word = match first {
            b'C' | b'c' if w.eq_ignore_ascii_case("class") => Mark::CLASS,
            b's' if w == "such" => Mark::LIST,
            b'l' if w == "like" => Mark::LIST,
            b'i' if w == "including" => Mark::LIST,
            b'b' if w == "based" => Mark::BASED,
            b'h' if w == "headquartered" => Mark::BASED,
            _ => 0,
        };
        m & Mark::CAPITAL | word
    }
}

/// Lexicon word lists a token's text is looked up in, one bit each in
/// [`Ctx::known`], with the bit above it set once the answer is known.
struct Known;

impl Known {
    /// [`Ctx::common_word`].
    const COMMON: u8 = 1;
    /// A given name ([`Lexicon::given_names`]).
    const GIVEN: u8 = 4;
    /// A surname ([`Lexicon::surnames`]).
    const SURNAME: u8 = 16;
    /// The top two bits: what [`Ctx::droppable`] found of the token apart
    /// from the name's end (0 when not asked yet; [`Known::DROP_NO`],
    /// [`Known::DROP_YES`] or [`Known::DROP_UNLESS_COMPANY`]).
    const DROP_SHIFT: u32 = 6;
    const DROP_NO: u8 = 1;
    const DROP_YES: u8 = 2;
    /// Dropped unless it opens a company's name ([`Ctx::opens_company`]).
    const DROP_UNLESS_COMPANY: u8 = 3;
}

/// A yes-or-no answer kept once found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Memo {
    Unknown,
    No,
    Yes,
}

impl From<bool> for Memo {
    fn from(b: bool) -> Memo {
        if b {
            Memo::Yes
        } else {
            Memo::No
        }
    }
}

/// Whether `t` is in `words`, a lower-case list (lower-cased as it is
/// read), in its case or lower-cased; `lower` is reused.
fn common_word(words: &FxHashSet<String>, t: &str, lower: &mut String) -> bool {
    // A word with an ASCII capital is in the list only lower-cased: one
    // lookup.
    let capital = t.bytes().any(|b| b.is_ascii_uppercase());
    if !capital && words.contains(t) {
        return true;
    }
    if t.is_ascii() {
        // Without an ASCII capital, an ASCII word is its own lower case,
        // asked above. With one, lower-cased in the reused string (this
        // runs for every capitalised token): no copy to check as UTF-8.
        if !capital {
            return false;
        }
        lower.clear();
        lower.push_str(t);
        lower.make_ascii_lowercase();
        return words.contains(lower.as_str());
    }
    words.contains(t.to_lowercase().as_str())
}

/// The per-document buffers of [`tag`], kept by each thread from one
/// document to the next: allocating them anew (the per-token ones zeroed)
/// cost more than filling them. Between documents they are empty; the
/// borrowed ones are held as `'static` and turned to the document's
/// lifetime by [`recycle`].
#[derive(Default)]
struct Scratch {
    hit_of: Vec<Option<&'static Hit>>,
    words: Vec<&'static str>,
    marks: Vec<u8>,
    known: Vec<Cell<u8>>,
    military: Vec<Cell<Memo>>,
    in_names: Vec<usize>,
    unit_places: Vec<usize>,
    taken: Vec<bool>,
    chunks: Vec<(usize, usize)>,
    lower: String,
}

thread_local! {
    static SCRATCH: Cell<Scratch> = Cell::new(Scratch::default());
}

/// `v` emptied, as a vector of another type of the same size and
/// alignment (a reference of another lifetime), in the same allocation
/// (`collect` into a vector reuses its source's buffer where the layouts
/// match).
fn recycle<T, U>(mut v: Vec<T>) -> Vec<U> {
    v.clear();
    v.into_iter().map(|_| unreachable!("emptied")).collect()
}

/// Tags one document.
pub(crate) fn tag(lex: &Lexicon, text: &str, toks: &[Token], hits: &[Hit]) -> Vec<Raw> {
    let mut cx = Ctx::new(lex, text, toks, hits, SCRATCH.take());
    let mut lo = 0;
    while lo < toks.len() {
        let s = toks[lo].sentence;
        let hi = lo + toks[lo..].iter().take_while(|t| t.sentence == s).count();
        cx.sentence(lo, hi);
        lo = hi;
    }
    cx.company_short_forms();
    if !cx.in_names.is_empty() {
        let in_names = &cx.in_names;
        cx.out
            .retain(|r| r.kind != EntityType::Location || !in_names.contains(&r.lo));
    }
    if !cx.unit_places.is_empty() {
        let units = &cx.unit_places;
        cx.out.retain(|r| {
            !matches!(r.kind, EntityType::Location | EntityType::Country) || !units.contains(&r.lo)
        });
    }
    cx.out.sort_by_key(|r| (r.lo, r.hi));
    let (out, scratch) = cx.finish();
    SCRATCH.set(scratch);
    out
}

impl<'a> Ctx<'a> {
    /// The context of one document, in the buffers of `scratch`.
    fn new(
        lex: &'a Lexicon,
        text: &'a str,
        toks: &'a [Token],
        hits: &'a [Hit],
        scratch: Scratch,
    ) -> Ctx<'a> {
        let mut hit_of: Vec<Option<&Hit>> = recycle(scratch.hit_of);
        hit_of.resize(toks.len(), None);
        for h in hits {
            for slot in &mut hit_of[h.lo..h.hi] {
                *slot = Some(h);
            }
        }
        let sentences = toks.last().map_or(0, |t| t.sentence as usize + 1);
        let mut words: Vec<&str> = recycle(scratch.words);
        words.extend(toks.iter().map(|t| t.text(text)));
        let mut marks = scratch.marks;
        marks.clear();
        marks.extend(toks.iter().zip(&words).zip(&hit_of).map(|((tk, w), hit)| {
            let capitalised = tk.cap && matches!(tk.kind, TokenKind::Word | TokenKind::Alnum);
            Mark::of(w)
                | if hit.is_some() { Mark::HIT } else { 0 }
                | if capitalised { Mark::CAPITALISED } else { 0 }
        }));
        let mut known = scratch.known;
        known.clear();
        known.resize(toks.len(), Cell::new(0));
        let mut military = scratch.military;
        military.clear();
        military.resize(sentences, Cell::new(Memo::Unknown));
        debug_assert!(scratch.in_names.is_empty() && scratch.unit_places.is_empty());
        Ctx {
            lex,
            text,
            toks,
            words,
            hit_of,
            // About one mention per hit, and a few the rules make.
            out: Vec::with_capacity(hits.len() + 16),
            military_doc: Cell::new(Memo::Unknown),
            in_names: scratch.in_names,
            unit_places: scratch.unit_places,
            known,
            military,
            marks,
            sentence_marks: 0,
            taken: scratch.taken,
            chunks: scratch.chunks,
            lower: RefCell::new(scratch.lower),
        }
    }

    /// The mentions pushed, and the buffers emptied for the next document.
    fn finish(self) -> (Vec<Raw>, Scratch) {
        let Ctx {
            out,
            words,
            hit_of,
            marks,
            known,
            military,
            mut in_names,
            mut unit_places,
            taken,
            chunks,
            lower,
            ..
        } = self;
        in_names.clear();
        unit_places.clear();
        let scratch = Scratch {
            hit_of: recycle(hit_of),
            words: recycle(words),
            marks,
            known,
            military,
            in_names,
            unit_places,
            taken,
            chunks,
            lower: lower.into_inner(),
        };
        (out, scratch)
    }

    fn t(&self, i: usize) -> &'a str {
        self.words[i]
    }

    /// Whether the document speaks of armed forces or war at least twice
    /// ([`rules::MILITARY_WORDS`]): evidence for a designation by shape
    /// alone. Read from the whole document the first time it is asked.
    fn military_doc(&self) -> bool {
        match self.military_doc.get() {
            Memo::No => false,
            Memo::Yes => true,
            Memo::Unknown => {
                // This runs for every token: the set's masks reject most
                // before any lower-casing.
                let m = self
                    .words
                    .iter()
                    .filter(|w| w.len() <= 12 && rules::MILITARY_WORDS.contains_ascii_lowercase(w))
                    .nth(1)
                    .is_some();
                self.military_doc.set(Memo::from(m));
                m
            }
        }
    }

    fn glued(&self, i: usize) -> bool {
        i < self.toks.len() && !self.toks[i].space_before
    }

    /// Whether a designation ending at `end` (before `hi`) runs on into
    /// more letters or digits glued to it, so it is not whole.
    fn runs_on(&self, end: usize, hi: usize) -> bool {
        end < hi
            && self.glued(end)
            && matches!(
                self.toks[end].kind,
                TokenKind::Word | TokenKind::Alnum | TokenKind::Number
            )
    }

    fn hit(&self, i: usize) -> Option<&'a Hit> {
        self.hit_of[i]
    }

    /// The answer of `find` for token `i` and word list `list` ([`Known`]),
    /// found once per token. Inlined: most calls are answered by the bits
    /// kept (the rules ask again and again), and `find` is not.
    #[inline(always)]
    fn known(&self, i: usize, list: u8, find: impl FnOnce(&str) -> bool) -> bool {
        let cell = &self.known[i];
        let bits = cell.get();
        if bits & list << 1 != 0 {
            return bits & list != 0;
        }
        let yes = find(self.t(i));
        cell.set(bits | list << 1 | if yes { list } else { 0 });
        yes
    }

    /// Whether token `i` is a common word, in its case or lower-cased
    /// ([`Ctx::common_word`], answered once per token: rules ask again).
    #[inline]
    fn is_common(&self, i: usize) -> bool {
        self.known(i, Known::COMMON, |_| self.common_word(i))
    }

    /// Whether token `i` is a given name (answered once per token).
    fn given(&self, i: usize) -> bool {
        self.known(i, Known::GIVEN, |w| self.lex.given_names.contains(w))
    }

    /// Whether token `i` is a surname (answered once per token).
    fn surname(&self, i: usize) -> bool {
        self.known(i, Known::SURNAME, |w| self.lex.surnames.contains(w))
    }

    #[inline(never)]
    fn common_word(&self, i: usize) -> bool {
        common_word(
            &self.lex.common_words,
            self.t(i),
            &mut self.lower.borrow_mut(),
        )
    }

    /// A capitalised word that may be part of a name.
    fn cap_word(&self, i: usize) -> bool {
        let tk = &self.toks[i];
        matches!(tk.kind, TokenKind::Word | TokenKind::Alnum)
            && tk.cap
            && !is(&rules::NEVER_NAMES, self.t(i))
    }

    fn sentence(&mut self, lo: usize, hi: usize) {
        let first = self.out.len();
        self.sentence_marks = self.marks[lo..hi].iter().fold(0, |a, &m| a | m);
        let mut taken = std::mem::take(&mut self.taken);
        self.designators(lo, hi, &mut taken);
        let mut chunks = std::mem::take(&mut self.chunks);
        chunks.clear();
        let mut i = lo;
        while i < hi {
            // Most tokens are passed over here, in one scan of the marks.
            let Some(n) = self.marks[i..hi]
                .iter()
                .zip(&taken[i - lo..])
                .position(|(&m, &t)| !t && m & (Mark::CAPITALISED | Mark::HIT) != 0)
            else {
                break;
            };
            i += n;
            if !(self.cap_word(i) || self.hit(i).is_some()) {
                i += 1;
                continue;
            }
            let start = i;
            let mut end = i + 1;
            loop {
                if end >= hi || taken[end - lo] {
                    break;
                }
                if self.cap_word(end) || self.hit(end).is_some() {
                    end += 1;
                    continue;
                }
                if let Some(p) = self.bracketed_unit(end, hi) {
                    self.unit_places.push(p);
                }
                let w = self.t(end);
                // "Nikko Securities Co (Europe) Ltd": a place in brackets
                // before a legal suffix belongs to the company's name.
                if let Some(k) = self.bracketed_place_suffix(end, hi, &taken[end - lo..]) {
                    end = k;
                    continue;
                }
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
        self.propagate_lists(&chunks, first);
        self.taken = taken;
        self.chunks = chunks;
        let marks = self.sentence_marks;
        if marks & Mark::LIST != 0 {
            self.class_lists(lo, hi, first);
        }
        if marks & Mark::BASED != 0 {
            self.place_based(lo, hi, first);
        }
        self.drop_treaties(first, hi);
    }

    /// `( PLACE ) SUFFIX` or `( HEAD ) SUFFIX` from token `i` ("(Europe)
    /// Ltd", "(U.S.A.) Inc", "(Holdings) Ltd"): the token just past the
    /// suffix. `taken` starts at `i`.
    fn bracketed_place_suffix(&self, i: usize, hi: usize, taken: &[bool]) -> Option<usize> {
        if self.t(i) != "(" || i + 3 >= hi {
            return None;
        }
        // "Cheung Kong (Holdings) Ltd": a company head in brackets too.
        let head = self.hit(i + 1).is_none() && is(&rules::GENERIC_HEADS, self.t(i + 1));
        let (place, close) = match self.hit(i + 1).filter(|h| h.lo == i + 1) {
            Some(h) => (
                match h.target {
                    Target::Name(n) => matches!(
                        self.lex.names[n as usize].kind,
                        EntityType::Location | EntityType::Country
                    ),
                    _ => false,
                },
                h.hi,
            ),
            None => (head, i + 2),
        };
        // "GMAC (Australia) Finance Ltd": up to two capitalised words
        // before the suffix.
        let suffix = (close + 1..(close + 4).min(hi))
            .find(|&j| is(&rules::LEGAL_SUFFIXES, self.t(j)))
            .filter(|&j| (close + 1..j).all(|x| self.cap_word(x) && self.hit(x).is_none()))?;
        (place && self.t(close) == ")" && !taken[..=suffix - i].iter().any(|&x| x))
            .then_some(suffix + 1)
    }

    /// "the 1972 Anti-Ballistic Missile (ABM) treaty", "the INF Treaty": a
    /// weapon's name before "treaty" names the treaty, not the weapon.
    fn drop_treaties(&mut self, first: usize, hi: usize) {
        let treaty_after = |cx: &Ctx, end: usize| {
            let mut k = end;
            // Skip an acronym or full name in brackets: "(ABM) treaty",
            // or the bracket closing after one.
            if k < hi && cx.t(k) == ")" {
                k += 1;
            } else if k < hi && cx.t(k) == "(" {
                while k < hi && k < end + 6 && cx.t(k) != ")" {
                    k += 1;
                }
                k += 1;
            }
            k < hi && matches!(cx.t(k).to_lowercase().as_str(), "treaty" | "treaties")
        };
        // Most sentences name no weapon: nothing to look at.
        if !self.out[first..]
            .iter()
            .any(|r| r.kind == EntityType::Weapon)
        {
            return;
        }
        let drop: Vec<bool> = self.out[first..]
            .iter()
            .map(|r| r.kind == EntityType::Weapon && treaty_after(self, r.hi))
            .collect();
        let tail = self.out.split_off(first);
        self.out.extend(
            tail.into_iter()
                .zip(drop)
                .filter(|(_, d)| !d)
                .map(|(r, _)| r),
        );
    }

    /// A mention of `kind` keyed by its own label (the tokens as written).
    fn push_labelled(&mut self, lo: usize, hi: usize, kind: EntityType) {
        let label = self.label(lo, hi);
        self.push(lo, hi, kind, Key::Label(label));
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

    /// The text of tokens `lo..hi`, each run of white space one space.
    fn label(&self, lo: usize, hi: usize) -> String {
        let s = &self.text[self.toks[lo].start as usize..self.toks[hi - 1].end as usize];
        // Printable ASCII and single spaces (tokens neither start nor end
        // with a space): the text is the label already.
        let mut space = false;
        let plain = s.bytes().all(|b| {
            let ok = b.is_ascii_graphic() || (b == b' ' && !space);
            space = b == b' ';
            ok
        });
        if plain {
            return s.to_string();
        }
        let mut label = String::with_capacity(s.len());
        for w in s.split_whitespace() {
            if !label.is_empty() {
                label.push(' ');
            }
            label.push_str(w);
        }
        label
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

    /// In "with Elcom, Valdel Advanced Technologies and Bharat Forge", an
    /// unknown name listed beside organisations is one too.
    ///
    /// `first` is where this sentence's mentions start in `self.out`: only
    /// they are looked at, so a long document costs no more per sentence.
    fn propagate_lists(&mut self, chunks: &[(usize, usize)], first: usize) {
        if chunks.len() < 2 {
            return;
        }
        // "Lorenzo, chairman of Acme Inc": a title opens an apposition,
        // not the next item of a list.
        let sep_ok = |cx: &Ctx, x: (usize, usize), y: (usize, usize)| -> bool {
            y.0 == x.1 + 1
                && matches!(cx.t(x.1), "," | "and" | "&")
                && cx.title_at(x.0).is_none()
                && cx.title_at(y.0).is_none()
        };
        // The first named mention inside each chunk gives its kind.
        let mut kinds: Vec<Option<EntityType>> = vec![None; chunks.len()];
        for r in &self.out[first..] {
            if !r.key.named() {
                continue;
            }
            let c = chunks.partition_point(|c| c.0 <= r.lo);
            if c > 0 && r.hi <= chunks[c - 1].1 && kinds[c - 1].is_none() {
                kinds[c - 1] = Some(r.kind);
            }
        }
        for n in 0..chunks.len() {
            if kinds[n].is_some() {
                continue;
            }
            // "Citicorp Savings of Oakland, Calif.": after a place ending
            // the name before the comma comes its state, no organisation.
            let place_before = n > 0
                && self.hit(chunks[n - 1].1 - 1).is_some_and(|h| {
                    matches!(h.target, Target::Name(k)
                        if self.lex.names[k as usize].kind == EntityType::Location)
                });
            let left = n > 0
                && !place_before
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
                    || is_lower(&rules::WEAPON_NOUNS, self.t(k))
                    || !self.toks[k].cap
            });
            if a >= b || nameless {
                continue;
            }
            let mut tail = self.out.split_off(first);
            tail.retain(|r| !(r.lo >= a && r.hi <= b));
            self.out.extend(tail);
            self.push_labelled(a, b, EntityType::Organisation);
            kinds[n] = Some(EntityType::Organisation);
        }
    }
}

#[cfg(test)]
mod tests {
    use std::sync::LazyLock;

    use proptest::prelude::*;
    use rustc_hash::FxHashSet;

    use crate::extract::lexicon::Lexicon;

    static LEX: LazyLock<Lexicon> = LazyLock::new(Lexicon::builtin);

    /// [`super::common_word`] as it was written before the reused string.
    fn common_word_on_the_stack(words: &FxHashSet<String>, t: &str) -> bool {
        let capital = t.bytes().any(|b| b.is_ascii_uppercase());
        if !capital && words.contains(t) {
            return true;
        }
        let mut buf = [0u8; 32];
        if t.len() <= buf.len() && t.is_ascii() {
            let lower = &mut buf[..t.len()];
            lower.copy_from_slice(t.as_bytes());
            lower.make_ascii_lowercase();
            let lower = std::str::from_utf8(lower).expect("ASCII");
            return lower != t && words.contains(lower);
        }
        words.contains(t.to_lowercase().as_str())
    }

    proptest! {
        /// The common-word test answers as the one on the stack did.
        #[test]
        fn common_word_as_on_the_stack(t in "[A-Za-z\u{e9}\u{c9}]{0,40}|(The|THE|the|Meanwhile|MEANWHILE|After|\u{c9}clair)") {
            let lex = &*LEX;
            let mut lower = String::from("leftover");
            prop_assert_eq!(
                super::common_word(&lex.common_words, &t, &mut lower),
                common_word_on_the_stack(&lex.common_words, &t)
            );
        }
    }
}
