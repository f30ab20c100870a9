//! Multi-pattern matching of lexicon surface forms, on token boundaries.
//!
//! Every occurrence of a surface form that starts and ends on token
//! boundaries inside one sentence is a candidate; the leftmost-longest of
//! them win, so that "United States Navy" beats "United States", and a match
//! that is not on a word boundary ("Oman" inside "Romania") never hides a
//! valid one.
//!
//! The automaton (daachorse) is walked from each token's start, anchored
//! there: the walk ends as soon as the bytes read are no prefix of any
//! surface (the state's depth falls behind them), after one to a few bytes
//! for most tokens. Scanning the whole text instead stepped through the
//! automaton at every byte, mostly in states far from the root and out of
//! the cache: it was the largest single cost of a run by wall time.

use daachorse::DoubleArrayAhoCorasick;

use super::lexicon::{Lexicon, Target};
use crate::text::Token;

/// A lexicon match: tokens `lo..hi`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    /// First token.
    pub lo: usize,
    /// One past the last token.
    pub hi: usize,
    /// What the surface form points at.
    pub target: Target,
}

/// The compiled automaton over a lexicon's surface forms.
pub struct Gazetteer {
    automaton: DoubleArrayAhoCorasick<u32>,
    targets: Vec<Target>,
    /// Bit `a << 8 | b` set when a surface starts with bytes `a`, `b`, or
    /// is the one byte `a`. With the filters below, this answers most tokens,
    /// which start no surface, without a step in the automaton (whose
    /// states are mostly out of the cache).
    starts: Box<[u64; 1 << 10]>,
    /// Bit `a << 8 | b` set when a surface is `a`, `b` or the one byte `a`.
    short: Box<[u64; 1 << 10]>,
    /// Bit [`gram`] set for the surfaces of three bytes and the first four
    /// bytes of the longer ones: a filter (two keys may share a bit; the
    /// walk decides), one bit test where a hash set's probe cost several
    /// times as much. 32 KB: a few per cent of the keys not in it pass.
    grams: Box<[u64; GRAM_WORDS]>,
}

/// Bits in [`Gazetteer::grams`].
const GRAM_BITS: u32 = 18;
const GRAM_WORDS: usize = 1 << (GRAM_BITS - 6);

/// The bit of a [`Gazetteer::grams`] key: a surface of three bytes, or the
/// first four of a longer one (`len` 3 or 4), by a multiplicative hash.
fn gram(b: &[u8], len: usize) -> usize {
    let key = match len {
        3 => u64::from(b[0]) << 16 | u64::from(b[1]) << 8 | u64::from(b[2]) | 1 << 32,
        _ => u64::from(u32::from_be_bytes([b[0], b[1], b[2], b[3]])),
    };
    (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - GRAM_BITS)) as usize
}

/// Bit `k` of `bits`; sized arrays, so that a key made of two bytes or a
/// hash's top bits needs no bounds check.
fn bit<const N: usize>(bits: &[u64; N], k: usize) -> bool {
    bits[k >> 6] & (1 << (k & 63)) != 0
}

fn set_bit(bits: &mut [u64], k: usize) {
    bits[k >> 6] |= 1 << (k & 63);
}

impl std::fmt::Debug for Gazetteer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Gazetteer")
            .field("patterns", &self.targets.len())
            .finish()
    }
}

impl Gazetteer {
    /// Compiles the surface forms of `lex`.
    pub fn new(lex: &Lexicon) -> Gazetteer {
        let (surfaces, targets): (Vec<&str>, Vec<Target>) = lex.surfaces().unzip();
        let mut automaton = DoubleArrayAhoCorasick::with_values(
            surfaces.into_iter().enumerate().map(|(i, s)| (s, i as u32)),
        )
        .expect("lexicon surfaces are unique and non-empty");
        automaton
            .cache_depths()
            .expect("a freshly built automaton is valid");
        let (mut starts, mut short) = (Box::new([0u64; 1 << 10]), Box::new([0u64; 1 << 10]));
        let mut grams = Box::new([0u64; GRAM_WORDS]);
        for (surface, _) in lex.surfaces() {
            let b = surface.as_bytes();
            let a = usize::from(b[0]) << 8;
            let seconds = match b.get(1) {
                Some(&c) => usize::from(c)..usize::from(c) + 1,
                None => 0..256,
            };
            for c in seconds {
                set_bit(&mut starts[..], a | c);
                if b.len() <= 2 {
                    set_bit(&mut short[..], a | c);
                }
            }
            if b.len() >= 3 {
                set_bit(&mut grams[..], gram(b, b.len().min(4)));
            }
        }
        Gazetteer {
            automaton,
            targets,
            starts,
            short,
            grams,
        }
    }

    /// Whether some surface may start with `b` (the bytes from a token's
    /// start to its sentence's end).
    fn may_start(&self, b: &[u8]) -> bool {
        let k = match b {
            [] => return false,
            [a] => return bit(&self.short, usize::from(*a) << 8),
            [a, c, ..] => usize::from(*a) << 8 | usize::from(*c),
        };
        bit(&self.starts, k)
            && (bit(&self.short, k)
                || (b.len() >= 3 && bit(&self.grams, gram(b, 3)))
                || (b.len() >= 4 && bit(&self.grams, gram(b, 4))))
    }

    /// Leftmost-longest matches on token boundaries, in text order.
    pub fn find(&self, text: &str, tokens: &[Token]) -> Vec<Hit> {
        let bytes = text.as_bytes();
        let mut cands: Vec<Hit> = Vec::new();
        // Sentence by sentence (tokens `base..`): no match crosses one's
        // end, `limit`.
        let mut base = 0;
        for sentence in tokens.chunk_by(|a, b| a.sentence == b.sentence) {
            let limit = sentence[sentence.len() - 1].end as usize;
            for (k, t) in sentence.iter().enumerate() {
                let start = t.start as usize;
                if self.may_start(&bytes[start..limit]) {
                    self.walk(bytes, start, base + k, &sentence[k..], &mut cands);
                }
            }
            base += sentence.len();
        }
        leftmost_longest(cands)
    }

    /// The automaton walked from `start`, the start of `toks[0]` (token
    /// `lo`), through the sentence's tokens `toks` while the bytes read are
    /// a prefix of some surface; a candidate at each token's end where they
    /// are a whole surface. Token by token: the state's outputs are read
    /// only where a token ends, as a surface must.
    ///
    /// Not inlined: one token in eight or so starts a walk, and the loop
    /// over the tokens keeps its values in registers without it.
    #[inline(never)]
    fn walk(&self, bytes: &[u8], start: usize, lo: usize, toks: &[Token], cands: &mut Vec<Hit>) {
        let mut walk = self.automaton.find_overlapping_stepper();
        let (mut from, mut depth) = (start, 0);
        for (last, u) in toks.iter().enumerate() {
            let end = u.end as usize;
            for &b in &bytes[from..end] {
                walk.consume(b);
                depth += 1;
                if walk.depth() != Some(depth) {
                    return;
                }
            }
            from = end;
            // The longest output of an anchored state is its own surface,
            // if it is one; the others are suffixes starting later.
            if let Some(m) = walk.matches().next().filter(|m| m.start() == 0) {
                cands.push(Hit {
                    lo,
                    hi: lo + last + 1,
                    target: self.targets[m.value() as usize],
                });
            }
        }
    }

    /// [`Gazetteer::find`] by scanning the whole text for every occurrence
    /// and keeping those on token boundaries (the tests compare the two).
    #[cfg(test)]
    fn find_scanning(&self, text: &str, tokens: &[Token]) -> Vec<Hit> {
        let mut cands: Vec<Hit> = Vec::new();
        for m in self.automaton.find_overlapping_iter(text) {
            let Ok(lo) = tokens.binary_search_by_key(&(m.start() as u32), |t| t.start) else {
                continue;
            };
            let Ok(last) = tokens.binary_search_by(|t| t.end.cmp(&(m.end() as u32))) else {
                continue;
            };
            if last < lo || tokens[lo].sentence != tokens[last].sentence {
                continue;
            }
            cands.push(Hit {
                lo,
                hi: last + 1,
                target: self.targets[m.value() as usize],
            });
        }
        leftmost_longest(cands)
    }
}

/// The leftmost-longest of `cands`, in text order.
fn leftmost_longest(mut cands: Vec<Hit>) -> Vec<Hit> {
    cands.sort_by(|a, b| a.lo.cmp(&b.lo).then(b.hi.cmp(&a.hi)));
    let mut out: Vec<Hit> = Vec::with_capacity(cands.len());
    for c in cands {
        if out.last().is_none_or(|p| c.lo >= p.hi) {
            out.push(c);
        }
    }
    out
}

/// Headline and dateline capitals: "NEW DELHI", "LONDON", "IRAN" are looked
/// up as "New Delhi", "London", "Iran" (countries, locations, organisations),
/// longest first. A single word needs four letters and must not be a known
/// form as written ("NATO" stays the acronym it is).
pub fn find_upper(lex: &Lexicon, text: &str, tokens: &[Token], hits: &mut Vec<Hit>) {
    // Most sentences have no upper-case word; some documents none at all.
    let Some(first) = tokens.iter().position(|t| t.upper) else {
        return;
    };
    let mut covered = vec![false; tokens.len()];
    for h in hits.iter() {
        covered[h.lo..h.hi].iter_mut().for_each(|c| *c = true);
    }
    let upper = |i: usize| tokens[i].upper && !covered[i];
    let mut added = Vec::new();
    // The words title-cased and joined by spaces, reused.
    let mut key = String::new();
    let mut i = first;
    while i < tokens.len() {
        // Most tokens are passed over here, in one scan of the shapes.
        let Some(n) = tokens[i..].iter().position(|t| t.upper) else {
            break;
        };
        i += n;
        if covered[i] {
            i += 1;
            continue;
        }
        let mut found = None;
        for n in (1..=3).rev() {
            let end = i + n;
            if end > tokens.len()
                || !(i..end).all(|k| upper(k) && tokens[k].sentence == tokens[i].sentence)
            {
                continue;
            }
            if n == 1 {
                let w = tokens[i].text(text);
                if w.chars().count() < 4 || lex.get(w).is_some() {
                    continue;
                }
            }
            key.clear();
            for (k, t) in tokens[i..end].iter().enumerate() {
                if k > 0 {
                    key.push(' ');
                }
                title_case_into(t.text(text), &mut key);
            }
            if let Some(t @ Target::Name(idx)) = lex.get(&key) {
                use super::EntityType::*;
                if matches!(
                    lex.names[idx as usize].kind,
                    Country | Location | Organisation
                ) {
                    found = Some((end, t));
                    break;
                }
            }
        }
        match found {
            Some((end, target)) => {
                added.push(Hit {
                    lo: i,
                    hi: end,
                    target,
                });
                i = end;
            }
            None => i += 1,
        }
    }
    if !added.is_empty() {
        hits.extend(added);
        hits.sort_by_key(|h| h.lo);
    }
}

/// "NEW" → "New", "U.S." stays as letters go: first letter kept, rest lower;
/// written after `out`'s text.
fn title_case_into(w: &str, out: &mut String) {
    let mut cs = w.chars();
    out.extend(cs.next());
    let rest = cs.as_str();
    if rest.is_ascii() {
        let from = out.len();
        out.push_str(rest);
        out[from..].make_ascii_lowercase();
    } else {
        out.extend(rest.chars().flat_map(char::to_lowercase));
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::Extractor;
    use crate::text;
    use proptest::prelude::*;

    fn builtin_surfaces() -> Vec<String> {
        let ex = Extractor::builtin();
        let mut all: Vec<String> = ex
            .inner
            .lex
            .surfaces()
            .map(|(s, _)| s.to_string())
            .collect();
        all.sort();
        all
    }

    #[test]
    fn anchored_walk_finds_what_the_scan_finds_on_news() {
        let ex = Extractor::builtin();
        let gaz = &ex.inner.gazetteer;
        let cases = [
            "The United States Navy and the U.S. Navy met in Romania and Oman.",
            "Prime Minister Narendra Modi visited Russia's Kremlin; Russians said so.",
            "INDIA-U.S. TALKS. The Indian Air Force bought Su-30MKI jets from Russia.",
            "",
            "US",
        ];
        for t in cases {
            let toks = text::tokenize(t, &text::sentences(t));
            assert_eq!(gaz.find(t, &toks), gaz.find_scanning(t, &toks), "{t}");
        }
        let t = cases[0];
        let toks = text::tokenize(t, &text::sentences(t));
        let found: Vec<&str> = gaz
            .find(t, &toks)
            .iter()
            .map(|h| &t[toks[h.lo].start as usize..toks[h.hi - 1].end as usize])
            .collect();
        assert!(found.contains(&"United States Navy"), "{found:?}");
        assert!(
            found.contains(&"Oman") && found.contains(&"Romania"),
            "{found:?}"
        );
    }

    #[test]
    fn title_case_keeps_the_first_letter_and_lowers_the_rest() {
        let cases = [
            ("DELHI", "New Delhi"),
            ("U.S.", "New U.s."),
            ("ÉTATS", "New États"),
            ("ÖSTERREICH", "New Österreich"),
            ("", "New "),
        ];
        for (w, want) in cases {
            let mut out = String::from("New ");
            super::title_case_into(w, &mut out);
            assert_eq!(out, want, "{w}");
        }
    }

    #[test]
    fn every_surface_may_start_a_walk() {
        let ex = Extractor::builtin();
        let gaz = &ex.inner.gazetteer;
        for s in builtin_surfaces() {
            assert!(gaz.may_start(s.as_bytes()), "{s}");
            assert!(gaz.may_start(format!("{s}, said").as_bytes()), "{s}");
        }
        // Most words start no surface: the filters turn them away.
        let words = ["the", "said", "and", "would", "percent", "shares", "a"];
        let passed = words.iter().filter(|w| gaz.may_start(w.as_bytes()));
        assert!(passed.count() <= 1);
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]

        /// Walking from each token's start finds the hits that scanning the
        /// whole text finds, on text made of lexicon surfaces.
        #[test]
        fn anchored_walk_as_scan(
            (surfaces, picks) in Just(builtin_surfaces()).prop_flat_map(|s| {
                let pieces = prop::collection::vec(
                    (any::<prop::sample::Index>(), 0..8usize, 0..4usize), 0..30);
                (Just(s), pieces)
            }),
        ) {
            let glue = ["the", "of", "and", "said", ".", ",", "'s", "-", "Ro", "\n"];
            let mut t = String::new();
            for (i, kind, sep) in picks {
                let s = i.get(&surfaces);
                match kind {
                    0..=3 => t.push_str(s),
                    4 => t.push_str(&s[..s.char_indices().nth(2).map_or(s.len(), |(c, _)| c)]),
                    5 => t.push_str(&format!("{s}ian")),
                    _ => t.push_str(glue[i.index(glue.len())]),
                }
                t.push_str([" ", "", ", ", ". "][sep]);
            }
            let ex = Extractor::builtin();
            let gaz = &ex.inner.gazetteer;
            let toks = text::tokenize(&t, &text::sentences(&t));
            prop_assert_eq!(gaz.find(&t, &toks), gaz.find_scanning(&t, &toks));
        }
    }
}
