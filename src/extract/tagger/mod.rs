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
//! This file holds the chunking and the organisation and location rules;
//! `weapons.rs` the designator, ship-class and in-context weapon rules;
//! `jetds.rs` US electronic equipment designations ("AN/ALQ-99(V)2");
//! `numbered.rs` type and mark numbers ("Type 45 destroyer", "Mk 54");
//! `people.rs` the person rules and the pending words; `joined.rs` names
//! with "and" or a place inside, compass adjectives after a place,
//! bracketed units and states' adjectives that stand for firms;
//! `lists.rs` the members of a list after a class noun ("companies such as
//! A, B, and C") and the name after "<Place>-based".

mod companies;
mod jetds;
mod joined;
mod lists;
mod numbered;
mod people;
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

/// Tags one document.
pub(crate) fn tag(lex: &Lexicon, text: &str, toks: &[Token], hits: &[Hit]) -> Vec<Raw> {
    let mut hit_of = vec![None; toks.len()];
    for h in hits {
        for slot in &mut hit_of[h.lo..h.hi] {
            *slot = Some(h);
        }
    }
    let sentences = toks.last().map_or(0, |t| t.sentence as usize + 1);
    let words: Vec<&str> = toks.iter().map(|t| t.text(text)).collect();
    let marks: Vec<u8> = toks
        .iter()
        .zip(&words)
        .zip(&hit_of)
        .map(|((tk, w), hit)| {
            let capitalised = tk.cap && matches!(tk.kind, TokenKind::Word | TokenKind::Alnum);
            Mark::of(w)
                | if hit.is_some() { Mark::HIT } else { 0 }
                | if capitalised { Mark::CAPITALISED } else { 0 }
        })
        .collect();
    let mut cx = Ctx {
        lex,
        text,
        toks,
        words,
        hit_of,
        // About one mention per hit, and a few the rules make.
        out: Vec::with_capacity(hits.len() + 16),
        military_doc: Cell::new(Memo::Unknown),
        in_names: Vec::new(),
        unit_places: Vec::new(),
        known: vec![Cell::new(0); toks.len()],
        military: vec![Cell::new(Memo::Unknown); sentences],
        marks,
        sentence_marks: 0,
        taken: Vec::new(),
        chunks: Vec::new(),
        lower: RefCell::new(String::new()),
    };
    let mut lo = 0;
    while lo < toks.len() {
        let s = toks[lo].sentence;
        let hi = lo + toks[lo..].iter().take_while(|t| t.sentence == s).count();
        cx.sentence(lo, hi);
        lo = hi;
    }
    cx.company_short_forms();
    if !cx.in_names.is_empty() {
        let in_names = std::mem::take(&mut cx.in_names);
        cx.out
            .retain(|r| r.kind != EntityType::Location || !in_names.contains(&r.lo));
    }
    if !cx.unit_places.is_empty() {
        let units = std::mem::take(&mut cx.unit_places);
        cx.out.retain(|r| {
            !matches!(r.kind, EntityType::Location | EntityType::Country) || !units.contains(&r.lo)
        });
    }
    cx.out.sort_by_key(|r| (r.lo, r.hi));
    cx.out
}

impl<'a> Ctx<'a> {
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
    /// found once per token.
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

    /// Classifies one chunk (tokens `a..b`) into mentions.
    fn chunk(&mut self, mut a: usize, b: usize) {
        // "A Brandtmann AG spokesman said", "Brandtmann Corp spokeswoman
        // Ann Lee": a title in lower case after a name ends the name (its
        // organisation's); the title and its holder, if any, go on their own.
        if let Some(h) = (a + 1..b).find_map(|k| {
            self.hit(k)
                .copied()
                .filter(|h| h.lo == k && matches!(h.target, Target::Title(_)) && !self.toks[k].cap)
        }) {
            self.chunk(a, h.lo);
            self.chunk(h.lo, b);
            return;
        }
        // Leading common words are not names: at a sentence start or heading
        // any ("After", "Earlier", "Terming"), elsewhere determiners only
        // ("the Joint Stock Company" keeps "Joint").
        while a < b
            && self.hit(a).is_none()
            && self.droppable(a, b)
            && !(b - a == 2 && self.ocean_company(a))
        {
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
            let named = (a..right_end).any(|j| self.given(j));
            // "Valdel Technologies and Dynamatic Technologies" are two names;
            // "Engineering & Technology Center" is one.
            // A lead word after "and" starts a new name ("Ministry of Railways
            // and Ministry of Transport").
            let head = self.org_head(right_end - 1)
                && !is(&rules::ORG_LEADS, self.t(k + 1))
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
            // "Merrill Lynch and Co", "Morgan Keegan and Co Inc", "Sumitomo
            // Trust and Banking Co": after "and" only legal suffixes, or one
            // word and a legal suffix after a company head that is no legal
            // suffix itself ("Acme Corp and Orbex Ltd" are two): one
            // company, whatever its words.
            // The company's tail ends at the next "and" ("S.G. Warburg and
            // Co Ltd and County NatWest": the list splits there after).
            let tail_end = (k + 1..right_end)
                .find(|&j| matches!(self.t(j), "and" | "&"))
                .unwrap_or(right_end);
            let n_right = tail_end - (k + 1);
            // "Joseph E. Garland and Sons Inc": "Sons" and legal suffixes
            // after "and" end a family firm's name.
            let sons = matches!(self.t(k + 1), "Sons" | "Son")
                && (k + 2..tail_end).all(|j| is(&rules::LEGAL_SUFFIXES, self.t(j)));
            let company_tail = (right_end == b || tail_end < right_end)
                && (1..=2).contains(&n_right)
                && is(&rules::LEGAL_SUFFIXES, self.t(tail_end - 1))
                && (k + 1..tail_end - 1).all(|j| self.cap_word(j) && self.hit(j).is_none())
                && (n_right == 1
                    || sons
                    || (k > a
                        && self.org_head(k - 1)
                        && !is(&rules::LEGAL_SUFFIXES, self.t(k - 1)))
                    || (k + 1..tail_end).all(|j| is(&rules::LEGAL_SUFFIXES, self.t(j))));
            // "Fremont Savings and Loan Association", "Harbor Bank and Trust
            // Co": a bank's head, "and", and a bank's head and only heads
            // (or "Loan") after it to the end are one name, whatever
            // stands before.
            // "Texas Oil and Gas Corp", "Pacific Gas and Electric Co": two
            // trades joined by "and" too.
            let trade = |j: usize| {
                is(&rules::INDUSTRY_HEADS, self.t(j))
                    || is(&rules::TRADE_NOUNS, self.t(j))
                    || matches!(self.t(j), "Chemical" | "Minerals" | "Mining" | "Light")
            };
            let paired = (matches!(self.t(k - 1), "Savings" | "Trust" | "Bank" | "Banking")
                && matches!(
                    self.t(k + 1),
                    "Loan" | "Loans" | "Trust" | "Savings" | "Banking"
                ))
                || (k > a && trade(k - 1) && k + 1 < b && trade(k + 1));
            let thrift = self.t(k) == "and"
                && k > a
                && k + 1 < tail_end
                && (right_end == b || tail_end < right_end)
                && paired
                && (k + 1..tail_end).all(|j| {
                    self.hit(j).is_none()
                        && (self.org_head(j) || trade(j) || matches!(self.t(j), "Loan" | "Loans"))
                });
            // "Bank of Ridgeway and Merchants State Bank": after a name with
            // its head and "of", words ending in a company head or legal
            // suffix start a second name.
            let second_name = left_start > a + 1
                && self.t(left_start - 1) == "of"
                && (self.org_head(left_start - 2) || is(&rules::ORG_LEADS, self.t(left_start - 2)))
                && right_end - (k + 1) >= 2
                && (is(&rules::COMPANY_HEADS, self.t(right_end - 1))
                    || is(&rules::LEGAL_SUFFIXES, self.t(right_end - 1)));
            let joined = thrift
                || company_tail && (k + 1..tail_end).all(|j| self.hit(j).is_none())
                || right_clean
                    && !named
                    && !second_name
                    && self.t(k + 1) != "the"
                    && (led
                        || (head && (left_unknown || self.t(k) == "&"))
                        || (left_unknown && self.t(k) == "&"));
            if self.one_firm_with_and(a, k, b) {
                self.push_labelled(a, b, EntityType::Organisation);
                return;
            }
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

    /// A word that may be dropped from the start of a name ending at `b`.
    fn droppable(&self, i: usize, b: usize) -> bool {
        let t = self.t(i);
        if is(&rules::CONNECTORS, t) || t == "the" || is(&rules::DETERMINERS, t) {
            return true;
        }
        // "First Chicago Corp said": "First" before a place names a bank.
        if self.air_first_place(i) {
            return false;
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
            && !self.opens_company(i, b)
    }

    /// "National Intergroup Inc said", "First Union Corp", "River Oaks
    /// Industries Inc": a common word at a sentence start (token `a`) that
    /// is no opener of a sentence ([`rules::OPENERS`]: "But", "After",
    /// "Rival"; a participle: "Joining") opens the company's name when the
    /// name (to `b`) goes on in capitalised words (and "and", "of"; no
    /// given name or title but a rank: "Data General Corp") to a legal suffix or a company head. Not in a
    /// title-case heading: most words of the sentence after the name
    /// capitalised.
    fn opens_company(&self, a: usize, b: usize) -> bool {
        let w = self.t(a);
        // "Joining Acme Associates are ...": a participle opens a clause.
        let opener = rules::OPENERS.contains_ascii_lowercase(w)
            || is(&rules::DETERMINERS, w)
            || (w.len() > 5 && w.ends_with("ing"));
        // "Home Federal Savings and Loan Association": a thrift's name
        // ends in "Association".
        let thrift = self.t(b - 1) == "Association"
            && (a + 1..b).any(|k| matches!(self.t(k), "Savings" | "Loan"));
        let company = b - a >= 2
            && (is(&rules::LEGAL_SUFFIXES, self.t(b - 1))
                || is(&rules::COMPANY_HEADS, self.t(b - 1))
                || thrift)
            && (a + 1..b).all(|k| {
                self.cap_word(k) || matches!(self.t(k), "&" | "-" | "and" | "of" | "(" | ")")
            })
            // "Analyst James Voytko of PaineWebber Inc": no person inside.
            && (a + 1..b).all(|k| {
                !(self.given(k) && self.toks[k].space_before)
                    && matches!(self.title_at(k), None | Some(TitleKind::Rank))
            });
        if opener || !company || self.toks[a].kind != TokenKind::Word || self.toks[a].upper {
            return false;
        }
        let s = self.toks[a].sentence;
        let (mut words, mut caps) = (0, 0);
        for tk in self.toks[b..].iter().take_while(|t| t.sentence == s) {
            if tk.kind == TokenKind::Word {
                words += 1;
                caps += usize::from(tk.cap);
            }
        }
        !(words >= 2 && caps * 10 >= words * 6)
    }

    /// A stretch without "and", "for" or "on" splits.
    fn part(&mut self, a: usize, b: usize) {
        // "Banque Nationale de Paris", "Credit Suisse": a company lead of
        // another language and capitalised words after it.
        // So does "Bank" opening a name before words that are no head
        // ("Bank Negara", "Bank Leumi"; not "Central Bank President").
        let bank_lead = self.t(a) == "Bank"
            && b - a >= 2
            && !(a > 0
                && self.toks[a - 1].sentence == self.toks[a].sentence
                && (self.toks[a - 1].cap || self.hit(a - 1).is_some()))
            && !is(&rules::ORG_HEADS, self.t(a + 1))
            && !is(&rules::LEGAL_SUFFIXES, self.t(a + 1));
        let end = self.name_end(a + 1, b);
        if b - a >= 2
            && (is(&rules::FOREIGN_ORG_LEADS, self.t(a))
                || (bank_lead && end > a + 1 && !is(&rules::AWARD_HEADS, self.t(end - 1))))
            && self.hit(a).is_none()
            && self.cap_word(a + 1)
        {
            self.push_labelled(a, end, EntityType::Organisation);
            self.segments(end, b);
            return;
        }
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
                self.push_labelled(a, end, EntityType::Organisation);
                self.segments(end, b);
                return;
            }
            // "Officials of the Ministry of ...": the lead starts the name.
            let q = if self.t(p - 1) == "the" { p - 1 } else { p };
            if q > a + 1 && self.t(q - 1) == "of" {
                self.part(a, q - 1);
                self.push_labelled(p, end, EntityType::Organisation);
                self.segments(end, b);
                return;
            }
        }
        // "Nuclear Power Corporation of India Limited": a suffix after the place.
        let of = (a + 1..b).find(|&k| self.t(k) == "of" && self.hit(k).is_none());
        // "Richardson Greenshields of Canada Ltd": unknown names before
        // "of" and a place and a suffix after it are one company too.
        let suffixed = of.is_some_and(|of| {
            let unknown_before =
                (a..of).all(|k| self.hit(k).is_none() && self.cap_word(k)) && !self.given(a);
            self.title_at(a).is_none()
                && is(&rules::LEGAL_SUFFIXES, self.t(b - 1))
                && self.org_head(b - 1)
                && (self.org_head(of - 1) || unknown_before)
                && !is(&rules::LEGAL_SUFFIXES, self.t(of - 1))
        });
        // "Aluminum Co of Canada Ltd", "General Motors of Canada Ltd": a
        // company's words, "of", one place and only legal suffixes after it.
        let place_suffixed = of.is_some_and(|of| {
            self.hit(of + 1).is_some_and(|h| {
                h.lo == of + 1
                    && h.hi < b
                    && matches!(h.target, Target::Name(n) if matches!(
                        self.lex.names[n as usize].kind,
                        EntityType::Location | EntityType::Country
                    ))
                    && (h.hi..b).all(|j| is(&rules::LEGAL_SUFFIXES, self.t(j)))
            }) && (a..of).all(|k| match self.hit(k) {
                // "Anglo American Corp of South Africa Ltd": a demonym too.
                Some(h) => match h.target {
                    Target::Name(n) => self.lex.names[n as usize].kind == EntityType::Organisation,
                    Target::Demonym(_) => true,
                    Target::Title(_) => false,
                },
                None => self.cap_word(k),
            }) && !self.given(a)
        });
        if suffixed || place_suffixed {
            self.push_labelled(a, b, EntityType::Organisation);
            return;
        }
        // Otherwise "of" separates names ("Hanwha Techwin of South Korea",
        // "Director General of Russian Helicopters"), but an organisation by
        // its head keeps its country ("National Security and Defense Council
        // of Ukraine").
        let mut start = a;
        // After "Minister of" / "Secretary of" comes a portfolio, not an
        // organisation ("Minister of Commerce & Industry and Civil Aviation").
        let mut portfolio = false;
        for k in a..=b {
            if k == b || (self.t(k) == "of" && self.hit(k).is_none()) {
                let mut lo = start;
                while lo < k && self.hit(lo).is_none() && self.droppable(lo, k) {
                    lo += 1;
                }
                if std::mem::take(&mut portfolio) && lo < k {
                    self.segments(lo, k);
                    start = k + 1;
                    continue;
                }
                portfolio = self.hit(lo).is_some_and(|h| {
                    h.hi == k
                        && matches!(h.target, Target::Title(_))
                        && ["Minister", "Secretary"]
                            .iter()
                            .any(|w| self.label(h.lo, h.hi).contains(w))
                });
                if k < b
                    && lo < k
                    && self.org_head(k - 1)
                    && !is(&rules::LEGAL_SUFFIXES, self.t(k - 1))
                    && self.title_at(lo).is_none()
                    && !self.generic(lo, k)
                {
                    let place = if self.t(k + 1) == "the" { k + 2 } else { k + 1 };
                    // "Republic National Bank of New York": a place ending
                    // the name too.
                    let country = self.hit(place).filter(|h| {
                        h.lo == place
                            && self.name_end(h.hi, b) == h.hi
                            && matches!(h.target, Target::Name(n) if match self.lex.names[n as usize].kind {
                                EntityType::Country => true,
                                EntityType::Location => h.hi == b,
                                _ => false,
                            })
                    });
                    if let Some(h) = country {
                        let end = h.hi;
                        self.push_labelled(lo, end, EntityType::Organisation);
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
                    || (self.hit(j).is_none() && j + 1 < b && self.given(j) && self.cap_word(j + 1))
            })
            .unwrap_or(b)
    }

    /// True when every word of `a..b` is a common word: a generic phrase
    /// ("Joint Stock Company", "Final Operational Clearance"), not a name.
    /// A longer name joined by "and" or "of" is a name all the same
    /// ("National Security and Defense Council").
    fn generic(&self, a: usize, b: usize) -> bool {
        if b - a > 2 || (a..b).any(|k| matches!(self.t(k), "and" | "of" | "&")) {
            return false;
        }
        (a..b).all(|k| {
            self.hit(k).is_none() && (self.is_common(k) || is(&rules::ORG_HEADS, self.t(k)))
        })
    }

    /// A stretch with no connectors left.
    fn piece(&mut self, a: usize, b: usize) {
        // ", Inc." after a name, or "the Joint Stock Company 'Russian
        // Railways'": a legal form is not a name.
        if (a..b)
            .all(|k| is(&rules::LEGAL_SUFFIXES, self.t(k)) || is(&rules::LEGAL_FORMS, self.t(k)))
        {
            return;
        }
        // "U.S. Firms said", "U.S. Currency traders": a state's abbreviation
        // and one word that is no public body's head (or place head: "U.S.
        // Gulf") is the state alone.
        if b - a == 2 {
            if let Some(h) = self.hit(a).copied().filter(|h| {
                h.lo == a
                    && h.hi == a + 1
                    && self.t(a).ends_with('.')
                    && matches!(h.target, Target::Name(n)
                        if self.lex.names[n as usize].kind == EntityType::Country)
                    && self.hit(a + 1).is_none()
                    && !is(&rules::PUBLIC_HEADS, self.t(a + 1))
                    && !is(&rules::LEGAL_SUFFIXES, self.t(a + 1))
                    && !is(&rules::LOC_HEADS, self.t(a + 1))
            }) {
                self.push_hit(&h, h.hi);
                return;
            }
        }
        let first_title = self.title_at(a).is_some();
        // "Union Pacific", "Mid-Atlantic Coca-Cola" aside: a word before
        // an ocean named without "Ocean" is a company's name ("Union
        // Pacific said"), unless it gives a direction ("South Pacific").
        if b - a == 2 && self.ocean_company(a) {
            self.push_labelled(a, b, EntityType::Organisation);
            return;
        }
        if self.place_compound(a, b) {
            self.push_labelled(a, b, EntityType::Organisation);
            return;
        }
        // "Air Atlanta", "Air Wisconsin": an airline is "Air" and a place;
        // "First Toronto", "First Chicago": a bank is "First" and a place
        // (and "First Wisconsin Corp", with its suffix).
        if a + 1 < b
            && self.air_first_place(a)
            && self.hit(a + 1).is_some_and(|h| {
                h.hi <= b && (h.hi..b).all(|j| is(&rules::LEGAL_SUFFIXES, self.t(j)))
            })
        {
            self.push_labelled(a, b, EntityType::Organisation);
            return;
        }
        // "Walter Reade Organization Inc New York": a legal suffix ends the
        // company's name; a place (no state: "Exxon Co USA" is the name of
        // a unit) after it is where the company is.
        if let Some(h) = self.hit(b - 1).copied().filter(|h| {
            h.hi == b
                && h.lo > a + 1
                && is(&rules::LEGAL_SUFFIXES, self.t(h.lo - 1))
                && self.hit(h.lo - 1).is_none()
                && matches!(h.target, Target::Name(n)
                    if self.lex.names[n as usize].kind == EntityType::Location)
        }) {
            self.piece(a, h.lo);
            self.push_hit(&h, b);
            return;
        }
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
            self.push_labelled(a, b, EntityType::Organisation);
            return;
        }
        // "General Automation Inc", "Major Realty Corp": a rank, words no
        // list holds and a legal suffix name a company, not a person.
        if first_title
            && b - a >= 3
            && is(&rules::LEGAL_SUFFIXES, self.t(b - 1))
            && !self.toks[a].upper
            && self.hit(a).is_some_and(|h| {
                h.hi == a + 1 && matches!(h.target, Target::Title(TitleKind::Rank))
            })
            && (a + 1..b - 1).all(|k| self.hit(k).is_none() && self.cap_word(k) && !self.given(k))
        {
            self.push_labelled(a, b, EntityType::Organisation);
            return;
        }
        // Organisation by head: "Zhuhai Aerospace Ltd", "Russian Helicopters
        // Holding Company"; an industry head needs a name or a place right
        // before it ("El Paso Gas", not "Diamonds and Precious Metals").
        // "American Telephone and Telegraph": two trades joined by "and"
        // after a name.
        let trades_joined = b - a >= 4
            && self.t(b - 2) == "and"
            && (is(&rules::INDUSTRY_HEADS, self.t(b - 3))
                || is(&rules::TRADE_NOUNS, self.t(b - 3)));
        let industry_ok = !is(&rules::INDUSTRY_HEADS, self.t(b - 1))
            || trades_joined
            || (b - a >= 2
                && !self.given(a)
                && (self.hit(b - 2).is_some()
                    || (self.cap_word(b - 2)
                        && !self.is_common(b - 2)
                        && !weapons::adjective_like(self.t(b - 2)))));
        if !first_title
            && self.org_head(b - 1)
            && industry_ok
            && !self.single_hit(a, b)
            && !self.generic(a, b)
        {
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
                    // "Apache Corp", "Stryker Corp": a weapon's name with a
                    // legal suffix is a company; so is a place's ("Wisconsin
                    // Corp", "Arizona Holdings Inc"), but "U.S. Concern" is
                    // the state and a common noun.
                    let kind = match h.target {
                        Target::Name(n) => Some(self.lex.names[n as usize].kind),
                        _ => None,
                    };
                    let suffixed = is(&rules::LEGAL_SUFFIXES, self.t(b - 1));
                    if kind == Some(EntityType::Country) && !suffixed {
                        self.push_hit(h, h.hi);
                        return;
                    }
                    if kind == Some(EntityType::Weapon)
                        || (suffixed
                            && matches!(kind, Some(EntityType::Location | EntityType::Country)))
                    {
                        self.push_labelled(a, b, EntityType::Organisation);
                        return;
                    }
                    self.push_hit(h, b);
                    return;
                }
            }
            if b - a >= 2 || self.toks[a].upper {
                self.push_labelled(a, b, EntityType::Organisation);
                return;
            }
        }
        // Location by head: "Galwan Valley", "Devlali Field Firing Range";
        // not a person with an initial ("Gordon E. Belt").
        if b - a >= 2
            && is(&rules::LOC_HEADS, self.t(b - 1))
            && !(a..b - 1).any(|k| self.hit(k).is_none() && self.is_initials(k))
            && self.hit(b - 1).is_none()
            && !first_title
            && !self.generic(a, b)
        {
            self.push_labelled(a, b, EntityType::Location);
            return;
        }
        self.segments(a, b);
    }

    /// "Petro-Canada", "Hydro-Quebec", "Bristol-Myers": one place and one
    /// capitalised word glued by a hyphen, the word no place, no adjective
    /// ("European-Mediterranean") and no combining form ("Sino-", "Non-"),
    /// and the place no name of a person ("Leigh-Pemberton"), is a
    /// company's name.
    fn place_compound(&self, a: usize, b: usize) -> bool {
        if b - a != 3 || self.t(a + 1) != "-" || !self.glued(a + 1) || !self.glued(a + 2) {
            return false;
        }
        let place = |k: usize| {
            self.hit(k).is_some_and(|h| {
                h.lo == k
                    && h.hi == k + 1
                    && matches!(h.target, Target::Name(n) if matches!(
                        self.lex.names[n as usize].kind,
                        EntityType::Location | EntityType::Country
                    ))
            })
        };
        let word = |k: usize| {
            let w = self.t(k);
            self.hit(k).is_none()
                && self.cap_word(k)
                && self.toks[k].kind == TokenKind::Word
                && !self.toks[k].upper
                && w.chars().count() >= 3
                && !is(&rules::COMBINING_FORMS, w)
                && !weapons::adjective_like(w)
        };
        let person_like = |k: usize| self.given(k) || self.surname(k);
        (place(a) && word(a + 2) && !person_like(a))
            || (word(a) && place(a + 2) && !person_like(a + 2))
    }

    /// "Air" or "First" at token `a` and a place's name right after it.
    fn air_first_place(&self, a: usize) -> bool {
        matches!(self.t(a), "Air" | "First")
            && a + 1 < self.toks.len()
            && self.hit(a).is_none()
            && self.hit(a + 1).is_some_and(|h| {
                h.lo == a + 1
                    && matches!(h.target, Target::Name(n) if matches!(
                        self.lex.names[n as usize].kind,
                        EntityType::Location | EntityType::Country
                    ))
            })
    }

    /// Token `a` a capitalised word that is no place and no direction, and
    /// token `a + 1` an ocean's name without "Ocean" ("Union Pacific").
    fn ocean_company(&self, a: usize) -> bool {
        const DIRECTIONS: &[&str] = &[
            "Central", "East", "Eastern", "Mid", "Middle", "North", "Northern", "South",
            "Southern", "West", "Western",
        ];
        if a + 1 >= self.toks.len() {
            return false;
        }
        let w = self.t(a);
        let ocean = self.hit(a + 1).is_some_and(|h| {
            h.lo == a + 1
                && h.hi == a + 2
                && matches!(h.target, Target::Name(n) if {
                    let e = &self.lex.names[n as usize];
                    e.kind == EntityType::Location
                        && e.label.ends_with(" Ocean")
                        && !self.t(a + 1).ends_with("Ocean")
                })
        });
        ocean
            && self.hit(a).is_none()
            && self.cap_word(a)
            && self.toks[a].kind == TokenKind::Word
            && !self.toks[a].upper
            && !DIRECTIONS.contains(&w)
            && !weapons::adjective_like(w)
            && !["ian", "ean", "ese"].iter().any(|e| w.ends_with(e))
            && !is(&rules::DETERMINERS, w)
            && !self.given(a)
    }

    /// An organisation head on its own ("Systems", not "Multi-Mission").
    fn org_head(&self, i: usize) -> bool {
        self.hit(i).is_none()
            && self.toks[i].space_before
            && (is(&rules::ORG_HEADS, self.t(i))
                || is(&rules::LEGAL_SUFFIXES, self.t(i))
                || is(&rules::INDUSTRY_HEADS, self.t(i)))
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

    fn push_hit(&mut self, h: &Hit, hi: usize) {
        // "270 mln U.S. dlrs", "Swiss francs": a currency is no mention of
        // its state.
        if self.currency_after(h) {
            return;
        }
        match h.target {
            Target::Name(n) => {
                let kind = self.lex.names[n as usize].kind;
                // "SOCIETY FOR SAVINGS BANCORP INC": a legal suffix alone
                // names no organisation, whatever acronym it spells.
                if h.hi == h.lo + 1 && is(&rules::LEGAL_SUFFIXES, self.t(h.lo)) {
                    return;
                }
                // A short designation in a civil or financial context ("rated
                // B-2", "G5 ministers") is no weapon.
                if kind == EntityType::Weapon && self.non_military_designation(h.lo, h.hi) {
                    return;
                }
                // "MILAN DOLLAR/LIRA AFTERNOON", a table of share codes: a
                // weapon's name in a line of capitals with no weapon noun.
                if kind == EntityType::Weapon
                    && self.toks[h.lo].upper
                    && self.caps_line_unarmed(h.lo)
                {
                    return;
                }
                if kind == EntityType::Weapon && h.hi == h.lo + 1 && !self.designation_at(h.lo) {
                    // "Astra said", "Astra Inc": a one-word weapon name that
                    // speaks or has a legal suffix is a company.
                    // "AB Astra", "drug firm Astra", "Astra Corporation":
                    // a legal form or company noun before it, a company head
                    // after it.
                    let next = (h.hi < self.toks.len()
                        && self.toks[h.hi].sentence == self.toks[h.lo].sentence)
                        .then(|| self.t(h.hi));
                    let prev = (h.lo > 0
                        && self.toks[h.lo - 1].sentence == self.toks[h.lo].sentence)
                        .then(|| self.t(h.lo - 1));
                    if next.is_some_and(|w| {
                        is(&rules::SAID, w)
                            || is(&rules::LEGAL_SUFFIXES, w)
                            || is(&rules::GENERIC_HEADS, w)
                    }) || prev.is_some_and(|w| {
                        is(&rules::LEGAL_SUFFIXES, w) || is(&rules::COMPANY_NOUNS, w)
                    }) {
                        self.push_labelled(h.lo, h.hi, EntityType::Organisation);
                        return;
                    }
                }
                self.push(h.lo, hi, kind, Key::Lex(n));
            }
            Target::Demonym(n) => {
                // "Latin American", "North American": a region's adjective,
                // not the state's.
                let region = h.lo > 0
                    && self.toks[h.lo - 1].sentence == self.toks[h.lo].sentence
                    && !self.glued(h.lo)
                    && matches!(self.t(h.lo - 1), "Latin" | "North" | "South" | "Central");
                if self.demonym_as_firm(h) {
                    self.push_labelled(h.lo, h.hi, EntityType::Organisation);
                } else if !region {
                    self.push(h.lo, hi, EntityType::Country, Key::Lex(n));
                }
            }
            Target::Title(_) => {}
        }
    }

    /// A country or demonym hit followed by a currency word.
    fn currency_after(&self, h: &Hit) -> bool {
        let country = match h.target {
            Target::Demonym(_) => true,
            Target::Name(n) => self.lex.names[n as usize].kind == EntityType::Country,
            Target::Title(_) => false,
        };
        country
            && h.hi < self.toks.len()
            && self.toks[h.hi].sentence == self.toks[h.lo].sentence
            && is_lower(&rules::CURRENCIES, self.t(h.hi))
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
                    && self.given(i)
                    && i + 1 < b
                    && self.hit(i + 1).is_none()
                    && self.cap_word(i + 1)
            });
            if let Some(h) = self.hit(i).filter(|_| !first_name) {
                let h = *h;
                // "Atlantic City", "Quebec City": a place and "City" are
                // one city.
                if h.hi < b
                    && self.t(h.hi) == "City"
                    && self.toks[h.hi].space_before
                    && self.place_hit(&h)
                {
                    self.push_labelled(h.lo, h.hi + 1, EntityType::Location);
                    after_title = None;
                    i = h.hi + 1;
                    continue;
                }
                if i == a
                    && after_title.is_none()
                    && (self.place_and_name(&h, b)
                        || self.place_then_compass(&h, b)
                        || self.demonym_firm(&h, b))
                {
                    self.push_labelled(a, b, EntityType::Organisation);
                    return;
                }
                if let Target::Title(k) = h.target {
                    after_title = Some(k);
                } else {
                    // "London Interbank Offered Rate": a place opening a
                    // longer name is not mentioned as a place (dropped
                    // once company short forms have had their say).
                    if self.place_in_name(&h, b) || self.unit_place(&h, b) || self.rate_after(&h) {
                        self.in_names.push(h.lo);
                    }
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
            // "Lake Ontario", "Mount Kenya", "Port Sudan": a place lead
            // before a place's name is one place with it.
            if j == i + 1 && after_title.is_none() && is(&rules::PLACE_LEADS, self.t(i)) {
                if let Some(h) = self.hit(j).copied().filter(|h| {
                    h.lo == j
                        && h.hi <= b
                        && matches!(h.target, Target::Name(n) if matches!(
                            self.lex.names[n as usize].kind,
                            EntityType::Location | EntityType::Country
                        ))
                }) {
                    self.push_labelled(i, h.hi, EntityType::Location);
                    i = h.hi;
                    continue;
                }
            }
            // "Mikhail Kalashnikov": a given name before a one-word name that
            // a list holds as a weapon, company or place is a person's name.
            if j < b && self.given(j - 1) && self.surname_hit(j) {
                j += 1;
            }
            // "Alejandro Martinez Cuenca", "Miguel de la Madrid": a given
            // name, a surname or a connector, and a one-word place ending
            // the name is a surname.
            if j + 1 == b
                && j - i >= 2
                && self.given(i)
                && (i..j).all(|k| {
                    (self.cap_word(k) && !self.is_common(k)) || is(&rules::CONNECTORS, self.t(k))
                })
                && self.surname_hit(j)
            {
                j += 1;
            }
            // "General Mills", "General Foods": a rank and one company or
            // industry head (no legal suffix, not "Partners") ending the name
            // is a company.
            let rank_company = after_title == Some(TitleKind::Rank)
                && j == i + 1
                && j == b
                && i > a
                && self
                    .hit(i - 1)
                    .is_some_and(|h| h.lo == i - 1 && h.hi == i && !self.toks[i - 1].upper)
                && (self.org_head(i) || is(&rules::COMPANY_HEADS, self.t(i)))
                && !is(&rules::LEGAL_SUFFIXES, self.t(i))
                && self.t(i) != "Partners";
            if rank_company {
                self.push_labelled(i - 1, j, EntityType::Organisation);
            } else {
                self.unknown_run(i, j, after_title);
            }
            after_title = None;
            i = j;
        }
    }

    /// "London Interbank Offered Rate", "West Texas Intermediate",
    /// "Chesapeake Biological", "the Paris Accord": a place (no state) and,
    /// inside the same name (before `b`), an unknown capitalised word that is
    /// no given name, initial, direction, month, weekday, "City" or "State"
    /// ([`rules::PLACE_KEEPERS`]): the place is the first word of a longer
    /// name (a rate, a crude grade, a company, a treaty), not mentioned as a
    /// place. A title-case heading is left alone ("Kyiv Says ...").
    fn place_in_name(&self, h: &Hit, b: usize) -> bool {
        let k = h.hi;
        let place = matches!(h.target, Target::Name(n)
            if self.lex.names[n as usize].kind == EntityType::Location);
        if !place || k >= b || self.hit(k).is_some() || !self.toks[k].space_before {
            return false;
        }
        let w = self.t(k);
        let tk = &self.toks[k];
        tk.kind == TokenKind::Word
            && self.cap_word(k)
            && !tk.upper
            && !self.toks[h.lo].upper
            && !is(&rules::PLACE_KEEPERS, w)
            && !is(&rules::LOC_HEADS, w)
            && !self.given(k)
            && !self.is_initials(k)
            && !self.title_case_sentence(k)
    }

    /// "BP North America", "Chevron USA": a place or state right after an
    /// organisation's name and ending the name (`b`) names the
    /// organisation's unit there; it is no mention of the place.
    fn unit_place(&self, h: &Hit, b: usize) -> bool {
        let place = matches!(h.target, Target::Name(n) if matches!(
            self.lex.names[n as usize].kind,
            EntityType::Location | EntityType::Country
        ));
        place
            && h.hi == b
            && h.lo > 0
            && self.toks[h.lo].space_before
            && self.toks[h.lo - 1].sentence == self.toks[h.lo].sentence
            && !self.toks[h.lo].upper
            && self.hit(h.lo - 1).is_some_and(|o| {
                o.hi == h.lo
                    && matches!(o.target, Target::Name(n)
                        if self.lex.names[n as usize].kind == EntityType::Organisation)
            })
            && !self.title_case_sentence(h.lo)
    }

    /// The first token of token `k`'s sentence.
    fn sentence_start(&self, k: usize) -> usize {
        let s = self.toks[k].sentence;
        (0..k)
            .rev()
            .take_while(|&j| self.toks[j].sentence == s)
            .last()
            .unwrap_or(k)
    }

    /// Whether most words of token `k`'s sentence are in capitals (a
    /// heading or a table) and none is a weapon noun.
    fn caps_line_unarmed(&self, k: usize) -> bool {
        let (s, lo) = (self.toks[k].sentence, self.sentence_start(k));
        let (mut words, mut upper) = (0, 0);
        for tk in self.toks[lo..].iter().take_while(|t| t.sentence == s) {
            if matches!(tk.kind, TokenKind::Word | TokenKind::Alnum) {
                if is_lower(&rules::WEAPON_NOUNS, tk.text(self.text)) {
                    return false;
                }
                words += 1;
                upper += usize::from(tk.upper);
            }
        }
        words >= 3 && upper * 10 >= words * 6
    }

    /// Whether most words of token `k`'s sentence are capitalised (a
    /// heading in title case).
    fn title_case_sentence(&self, k: usize) -> bool {
        let (s, lo) = (self.toks[k].sentence, self.sentence_start(k));
        let (mut words, mut caps) = (0, 0);
        for tk in self.toks[lo..].iter().take_while(|t| t.sentence == s) {
            if tk.kind == TokenKind::Word {
                words += 1;
                caps += usize::from(tk.cap);
            }
        }
        words >= 4 && caps * 10 >= words * 6
    }

    /// "Toronto Dominion", "Atlantic Richfield": a place and then one
    /// capitalised word that is no common word, person's name, place head
    /// or other known name, ending the name (`b`), name a company; so does
    /// a place (no state) and a rank no name follows ("Michigan General").
    fn place_and_name(&self, h: &Hit, b: usize) -> bool {
        let place = match h.target {
            Target::Name(n) => matches!(
                self.lex.names[n as usize].kind,
                EntityType::Location | EntityType::Country
            ),
            _ => false,
        };
        // "Michigan General said": a rank with no name after it ends a
        // company's name.
        let city = matches!(h.target, Target::Name(n)
            if self.lex.names[n as usize].kind == EntityType::Location);
        let rank = |k: usize| {
            city && self.hit(k).is_some_and(|t| {
                t.lo == k && t.hi == k + 1 && matches!(t.target, Target::Title(TitleKind::Rank))
            }) && !self.toks[k].upper
                && self.toks[k].space_before
        };
        place
            && b == h.hi + 1
            && (rank(h.hi)
                || (h.hi..b).all(|k| {
                    let w = self.t(k);
                    self.hit(k).is_none()
                        && self.cap_word(k)
                        && self.toks[k].kind == TokenKind::Word
                        && !self.toks[k].upper
                        && self.toks[k].space_before
                        && !self.is_common(k)
                        && !self.given(k)
                        && !self.surname(k)
                        && !is(&rules::LOC_HEADS, w)
                        && !is(&rules::PLACE_KEEPERS, w)
                        && !is_lower(&rules::WEAPON_HEADS, w)
                        && !is_lower(&rules::CURRENCIES, w)
                        && !weapons::adjective_like(w)
                }))
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
