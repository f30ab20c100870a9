//! Whether a predicate is asserted: a question, condition or rumour
//! ([`Doc::hedged`]); a wished, attempted, possible or called-off act
//! ([`Doc::irrealis`]); an act its doer denies ([`Doc::denied`]).

use super::doc::{
    Doc, ADV, AUX, CONJ, DENIAL, DET, DIRECTIVE, GOVERNOR, HAVE, LEX, LIGHT, PREP, PRON, REBUTTAL,
    REL, REPORT, STOP, SUB,
};

/// A noun for a claim that a that-clause states.
fn claim_noun(w: &str) -> bool {
    matches!(
        w,
        "claim"
            | "claims"
            | "accusation"
            | "accusations"
            | "allegation"
            | "allegations"
            | "report"
            | "reports"
            | "charge"
            | "charges"
            | "suggestion"
            | "suggestions"
            | "assertion"
            | "assertions"
    )
}

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
                // "He predicted the United States would respond by hitting X".
                "predicted" | "predicts" | "predict" | "forecast" | "forecasts" | "speculated" => {
                    return true
                }
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
            // "would not lift the sanctions it imposed on X": a relative
            // clause with a support verb states the act all the same.
            let restated = (start + 1..self.ex.tokens.len().min(start + 4))
                .take_while(|&k| k == start + 1 || self.is(k - 1, PRON | REL | AUX))
                .any(|k| self.is(k, LIGHT) && !self.is(k, HAVE));
            // "blocked an EU aid package": a governor before the article and
            // the name that modifies the noun.
            let mut k = vg;
            while k > a && (self.span(k - 1).is_some() || self.is(k - 1, DET)) {
                k -= 1;
            }
            let named_governed = k < vg && k > a && governs(k - 1);
            // "hopes to impose sanctions", "threatened to launch an attack".
            return !restated
                && (named_governed
                    || self.support_verb(vg, a).is_some_and(|v| {
                        governs(v)
                            || self.directed(a, v)
                            || (self.is(v, LIGHT)
                                && v > a + 1
                                && self.low(v - 1) == "to"
                                && governs(v - 2))
                    }));
        }
        // "hopes to sign", "is considering buying", "is unlikely to back";
        // a readiness to act is no act ("is ready to negotiate with").
        (vg > a + 1
            && self.low(vg - 1) == "to"
            && (governs(vg - 2)
                || matches!(
                    self.low(vg - 2),
                    "unlikely" | "ready" | "willing" | "prepared" | "eager"
                )))
            || (vg > a && governs(vg - 1))
            || self.directed(a, vg)
            || self.negotiated(a, vg)
    }

    /// Whether the infinitive at `vg` is the aim of talks ("is in talks
    /// with X to buy W", "held negotiations to acquire"): an act under
    /// negotiation is not done.
    fn negotiated(&self, a: usize, vg: usize) -> bool {
        if vg <= a + 1 || self.low(vg - 1) != "to" {
            return false;
        }
        let mut k = vg - 1;
        while k > a && vg - k <= 8 {
            k -= 1;
            if matches!(
                self.low(k),
                "talks"
                    | "negotiations"
                    | "negotiating"
                    | "negotiate"
                    | "discussions"
                    | "discussing"
            ) {
                return true;
            }
            if !(self.span(k).is_some() || self.is(k, DET | PREP) || self.low(k) == ",") {
                return false;
            }
        }
        false
    }

    /// Whether the verb at `v` is the infinitive of a directive's object:
    /// "urged the government to impose", "asked Japan to buy", "called on
    /// X to stop" ask for the act, which is not done.
    fn directed(&self, a: usize, v: usize) -> bool {
        if v <= a + 1 || self.low(v - 1) != "to" {
            return false;
        }
        let mut k = v - 1;
        while k > a && v - k <= 7 {
            k -= 1;
            let w = self.low(k);
            if self.has(k, DIRECTIVE) {
                return k + 2 < v;
            }
            // "called on X to", "appealed to X to".
            if matches!(w, "on" | "upon" | "to")
                && k > a
                && matches!(
                    self.low(k - 1),
                    "call" | "calls" | "called" | "calling" | "appeal" | "appeals" | "appealed"
                )
            {
                return k + 2 < v;
            }
            let named = self.span(k).is_some();
            if !named && self.is(k, LEX | REPORT | SUB | REL | STOP | AUX | CONJ) {
                return false;
            }
        }
        false
    }

    /// Whether the predicate whose verb group starts at `vg` is the
    /// complement of a denial, which asserts its negation: a gerund after
    /// "deny" ("denied supplying W", "denies ever selling"), or a clause
    /// after "deny (that)" or after a rebutted claim ("denied it had sent",
    /// "rejected accusations that it supplied"). Between the clause opener
    /// and the verb group only the clause's subject may stand: no
    /// conjunction, preposition, clause word or other predicate ("denied
    /// the report and signed" is no denial of the signing).
    pub(crate) fn denied(&self, a: usize, vg: usize) -> bool {
        let mut k = vg;
        while k > a && self.is(k - 1, ADV) {
            k -= 1;
        }
        if k > a && self.has(k - 1, DENIAL) {
            return true;
        }
        let mut k = vg;
        while k > a && vg - k < 8 {
            k -= 1;
            let w = self.low(k);
            if w == "that" {
                let mut p = k;
                while p > a && self.is(p - 1, ADV) {
                    p -= 1;
                }
                if p == a {
                    return false;
                }
                if self.has(p - 1, DENIAL) {
                    return true;
                }
                // "rejected (the) accusations that".
                let mut q = p - 1;
                if !claim_noun(self.low(q)) {
                    return false;
                }
                while q > a && self.is(q - 1, super::doc::DET) {
                    q -= 1;
                }
                return q > a && self.has(q - 1, DENIAL | REBUTTAL);
            }
            if self.has(k, DENIAL) {
                return k + 1 < vg;
            }
            if self.is(k, CONJ | PREP | REL | SUB | STOP | LEX) || w == "," {
                return false;
            }
        }
        false
    }
}
