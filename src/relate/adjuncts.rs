//! Phrases that add a doer or pass one on without being a clause of their
//! own: a comitative parenthetical after the subject ("X, along with Y,
//! signed"), "joined Y in condemning Z", and a coordinated verb phrase of
//! raising or control words ("X met A and was due to dine with B").

use super::doc::{Doc, Group, ADV, AUX, NEG, STOP};
use crate::text::TokenKind;

/// Two-word openers of a comitative phrase ("along with Y").
const COMITATIVE: &[(&str, &str)] = &[
    ("along", "with"),
    ("together", "with"),
    ("jointly", "with"),
    ("as", "well"),
];

impl<'a> Doc<'a> {
    /// For a comma at `c` closing ", along with Y," (or ", together with
    /// Y,", ", as well as Y,", ", alongside Y,") right after the subject:
    /// the comma that opens the phrase and the group Y, a co-doer of the
    /// verb that follows.
    pub(crate) fn comitative(&self, c: usize, lo: usize) -> Option<(usize, Group)> {
        let mut k = c;
        while k > lo && c - k <= 10 {
            k -= 1;
            if self.is(k, STOP) {
                return None;
            }
            if self.low(k) != "," {
                continue;
            }
            let mut p = k + 1;
            if self.low(p) == "alongside" {
                p += 1;
            } else if COMITATIVE
                .iter()
                .any(|(x, y)| self.low(p) == *x && self.low(p + 1) == *y)
            {
                p += if self.low(p) == "as" { 3 } else { 2 };
            } else {
                return None;
            }
            let g = self.group_starting(p, c)?;
            // Only the group, its determiners and titles before the comma.
            return (g.end == c && !g.weapon && k > lo).then_some((k, g));
        }
        None
    }

    /// "X joined Y in condemning Z": for a gerund whose verb group starts
    /// at `vg`, the group Y right before "in" after a form of "join".
    pub(crate) fn joined_partner(&self, vg: usize, lo: usize) -> Option<Group> {
        if vg < lo + 3 || self.low(vg - 1) != "in" {
            return None;
        }
        let s = self.head_at(vg - 2)?;
        let g = self.group_ending(s.end, lo)?;
        let mut j = g.start;
        while j > lo && self.is(j - 1, super::doc::DET) {
            j -= 1;
        }
        (j > lo && matches!(self.low(j - 1), "join" | "joins" | "joined" | "joining")).then_some(g)
    }

    /// For an infinitive whose verb group starts at `vg` ("to" before it):
    /// the "and" that opens its verb phrase, when only auxiliaries, adverbs
    /// and at most two lower-case words stand between ("and was due to", "and
    /// is expected to", "and agreed to"). The infinitive's doer is then the
    /// subject shared by the coordinated verb phrases.
    pub(crate) fn coordinated_raising(&self, vg: usize, lo: usize) -> Option<usize> {
        if vg < lo + 2 || self.low(vg - 1) != "to" {
            return None;
        }
        let mut k = vg - 1;
        let mut words = 0;
        while k > lo && vg - k < 6 {
            let i = k - 1;
            if self.low(i) == "and" {
                return (words > 0 || (i + 1..vg - 1).any(|x| self.is(x, AUX))).then_some(i);
            }
            let t = &self.ex.tokens[i];
            if self.is(i, AUX | ADV | NEG) {
                k -= 1;
                continue;
            }
            let word = t.kind == TokenKind::Word
                && !t.cap
                && self.span(i).is_none()
                && self.class[i] & super::doc::FUNCTION == 0;
            if !word || words == 2 {
                return None;
            }
            words += 1;
            k -= 1;
        }
        None
    }
}
