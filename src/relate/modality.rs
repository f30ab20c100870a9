//! Whether a predicate is asserted: a question, condition or rumour
//! ([`Doc::hedged`]); a wished, attempted, possible or called-off act
//! ([`Doc::irrealis`]).

use super::doc::{Doc, GOVERNOR};

impl Doc<'_> {
    /// Whether the clause holding token `at` (from the sentence start `a`
    /// or the last comma) is opened by "whether" or "if", or is what
    /// rumours or speculation say ("rumours that", "speculation that").
    pub(crate) fn hedged(&self, a: usize, at: usize) -> bool {
        let mut k = at;
        while k > a {
            k -= 1;
            match self.low(k) {
                "," | ";" | ":" => return false,
                "whether" | "if" => return true,
                "that"
                    if k > a
                        && matches!(
                            self.low(k - 1),
                            "rumors" | "rumours" | "rumor" | "rumour" | "speculation"
                        ) =>
                {
                    return true
                }
                _ => {}
            }
        }
        false
    }

    /// Whether the predicate whose verb group starts at `vg` (or, for an
    /// event noun, whose phrase starts at `vg`) is only wished, attempted,
    /// possible or called off, which the guidelines do not count: "may
    /// arrange", "hopes to sign", "is considering buying", "sought a
    /// memorandum with", "is nearing an agreement", "cancelled a trip to".
    /// Plans stated as fact ("will buy", "plans to buy") are not irrealis.
    pub(crate) fn irrealis(&self, a: usize, vg: usize, start: usize, noun: bool) -> bool {
        // A verb of attempt, wish or consideration, or a cancelled,
        // delayed or unfinished act (`GOVERNORS`, a fact bit).
        let governs = |k: usize| self.has(k, GOVERNOR);
        if (vg..start).any(|k| matches!(self.low(k), "may" | "might")) {
            return true;
        }
        if noun {
            return self.support_verb(vg, a).is_some_and(governs);
        }
        // "hopes to sign", "is considering buying".
        (vg > a + 1 && self.low(vg - 1) == "to" && governs(vg - 2)) || (vg > a && governs(vg - 1))
    }
}
