//! Multi-pattern matching of lexicon surface forms, on token boundaries.
//!
//! The automaton (daachorse) reports every occurrence, overlapping ones too;
//! we keep those that start and end on token boundaries inside one sentence
//! and then take the leftmost-longest of them, so that "United States Navy"
//! beats "United States", and a match that is not on a word boundary
//! ("Oman" inside "Romania") never hides a valid one.

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
        let automaton = DoubleArrayAhoCorasick::with_values(
            surfaces.into_iter().enumerate().map(|(i, s)| (s, i as u32)),
        )
        .expect("lexicon surfaces are unique and non-empty");
        Gazetteer { automaton, targets }
    }

    /// Leftmost-longest matches on token boundaries, in text order.
    pub fn find(&self, text: &str, tokens: &[Token]) -> Vec<Hit> {
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
        cands.sort_by(|a, b| a.lo.cmp(&b.lo).then(b.hi.cmp(&a.hi)));
        let mut out: Vec<Hit> = Vec::with_capacity(cands.len());
        for c in cands {
            if out.last().is_none_or(|p| c.lo >= p.hi) {
                out.push(c);
            }
        }
        out
    }
}

/// Headline and dateline capitals: "NEW DELHI", "LONDON", "IRAN" are looked
/// up as "New Delhi", "London", "Iran" (countries, locations, organisations),
/// longest first. A single word needs four letters and must not be a known
/// form as written ("NATO" stays the acronym it is).
pub fn find_upper(lex: &Lexicon, text: &str, tokens: &[Token], hits: &mut Vec<Hit>) {
    let mut covered = vec![false; tokens.len()];
    for h in hits.iter() {
        covered[h.lo..h.hi].iter_mut().for_each(|c| *c = true);
    }
    let upper = |i: usize| tokens[i].upper && !covered[i];
    let mut added = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        if !upper(i) {
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
            let words: Vec<&str> = (i..end).map(|k| tokens[k].text(text)).collect();
            if n == 1 && (words[0].chars().count() < 4 || lex.get(words[0]).is_some()) {
                continue;
            }
            let titled: Vec<String> = words.iter().map(|w| title_case(w)).collect();
            if let Some(t @ Target::Name(idx)) = lex.get(&titled.join(" ")) {
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

/// "NEW" → "New", "U.S." stays as letters go: first letter kept, rest lower.
fn title_case(w: &str) -> String {
    let mut out = String::with_capacity(w.len());
    for (n, c) in w.chars().enumerate() {
        if n == 0 {
            out.push(c);
        } else {
            out.extend(c.to_lowercase());
        }
    }
    out
}
