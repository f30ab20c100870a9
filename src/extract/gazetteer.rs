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
        let targets: Vec<Target> = lex.surfaces.iter().map(|(_, t)| *t).collect();
        let automaton = DoubleArrayAhoCorasick::with_values(
            lex.surfaces
                .iter()
                .enumerate()
                .map(|(i, (s, _))| (s.as_str(), i as u32)),
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
