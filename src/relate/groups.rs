//! Entity groups: a name with the coordinated names around it ("India and
//! Russia", "S-400, MiG-29 and Su-30MKI"), skipping determiners, a name's
//! trailing common nouns and parenthetical acronyms.

use super::doc::{Doc, Group, Span, AUX, CONJ, DET, PREP, PRON, REL, REPORT, STOP, SUB};
use super::verbs::W;

/// What stands between a verb and a "for" before a gerund
/// ([`Doc::object_before_for`]).
pub(crate) enum ForObject {
    /// A party named there does the gerund ("criticised Japan for sending",
    /// "thanked the Indian government for supplying").
    Party(Group),
    /// A place, a noun for people or a body, or a pronoun there does it,
    /// and is no party ("criticised Washington for", "thanked the
    /// government for", "praised them for").
    Unnamed,
    /// A weapon, another thing or nothing there: the gerund is the
    /// subject's ("bought W for defending", "was praised for sending").
    Thing,
}

impl<'a> Doc<'a> {
    /// The object of a verb (its region from `lo`) that ends right before
    /// the "for" at `f` which opens a gerund: as with "accused X of
    /// V-ing", an object that is a party or a person does the gerund
    /// (object control), a thing does not.
    pub(crate) fn object_before_for(&self, f: usize, lo: usize) -> ForObject {
        let mut k = f;
        while k > lo && f - k < 2 && super::words::ACTOR_HEADS.contains(&self.low(k - 1)) {
            k -= 1;
        }
        let actor = k < f;
        // Only a direct object: "signed a deal with Russia for buying W"
        // leaves the gerund to the subject.
        let in_pp = |start: usize| {
            let mut j = start;
            while j > lo && self.class[j - 1] & DET != 0 {
                j -= 1;
            }
            j > lo && self.class[j - 1] & PREP != 0
        };
        if let Some(g) = self.group_ending(k, lo).filter(|g| g.start >= lo) {
            if in_pp(g.start) {
                return ForObject::Thing;
            }
            let place = g
                .members
                .iter()
                .all(|&e| self.ex.entities[e].kind == crate::extract::EntityType::Location);
            return if g.weapon && !actor {
                ForObject::Thing
            } else if place || g.weapon {
                ForObject::Unnamed
            } else {
                ForObject::Party(g)
            };
        }
        if (actor && !in_pp(k))
            || (f > lo
                && matches!(self.low(f - 1), "him" | "her" | "them" | "it" | "us")
                && !in_pp(f - 1))
        {
            ForObject::Unnamed
        } else {
            ForObject::Thing
        }
    }

    /// The coordinated group whose last head mention ends at `end`
    /// (exclusive), scanning left no further than `lo`.
    pub(crate) fn group_ending(&self, end: usize, lo: usize) -> Option<Group> {
        let toks = &self.ex.tokens;
        let last = self.head_at(end - 1)?;
        let mut g = Group {
            start: last.start,
            end,
            members: vec![last.entity],
            weapon: last.ty == W,
        };
        // Extend left over connectors.
        let mut i = last.start;
        loop {
            let mut j = i;
            let mut conn = false;
            let mut words = 0;
            // Determiners and adjectives before the current member.
            while j > lo
                && words < 3
                && (self.class[j - 1] & DET != 0
                    || toks[j - 1].kind == crate::text::TokenKind::Number)
            {
                j -= 1;
                words += 1;
            }
            // "... and Chinese President Xi Jinping": the member's title and
            // the modifier before it.
            // "... and France's Safran": a possessor before it.
            while j > lo && words < 5 {
                if toks[j - 1].cap && self.is(j - 1, super::doc::TITLE) {
                    j -= 1;
                } else if let Some(s) = self.span(j - 1).filter(|s| s.modifier) {
                    j = s.start;
                } else if let Some(s) = (j > lo + 1 && matches!(self.low(j - 1), "'s" | "'"))
                    .then(|| self.span(j - 2).filter(|s| s.modifier))
                    .flatten()
                {
                    j = s.start;
                } else {
                    break;
                }
                words += 1;
            }
            // "... and his US counterpart Lloyd Austin", "and the defence
            // minister Y": lower-case title words and modifiers after a
            // determiner or possessive pronoun.
            if j == last.start || words > 0 {
                let mut k = j;
                let mut n = 0;
                while k > lo && n < 4 {
                    if self.lower_title(k - 1) {
                        k -= 1;
                    } else if let Some(s) = self.span(k - 1).filter(|s| {
                        s.modifier
                            || self.ex.entities[s.entity].kind
                                == crate::extract::EntityType::Country
                    }) {
                        k = s.start;
                    } else {
                        break;
                    }
                    n += 1;
                }
                if n > 0 && k > lo && self.is(k - 1, DET) {
                    j = k - 1;
                }
            }
            let mut and = false;
            while j > lo && matches!(self.low(j - 1), "," | "and" | "or" | "&") {
                j -= 1;
                conn = true;
                and |= self.low(j) != ",";
            }
            // "A, B and C": the connector before the last member is a conjunction.
            if !conn || (g.members.len() == 1 && !and) {
                break;
            }
            if j > lo && matches!(self.low(j - 1), ")" | "]") {
                match self.open_paren(j - 1, lo) {
                    Some(p) => j = p,
                    None => break,
                }
            }
            // Skip a tail of lower-case words ("Su-30MKI jet fighters and").
            let mut k = j;
            let mut tail = 0;
            while k > lo
                && tail < 4
                && self.span(k - 1).is_none()
                && (self.is_tail_word(k - 1)
                    || (g.weapon
                        && self.ex.tokens[k - 1].cap
                        && self.class[k - 1] & super::doc::FUNCTION == 0))
            {
                k -= 1;
                tail += 1;
            }
            match (k > lo).then(|| self.head_at(k - 1)).flatten() {
                Some(s) if (s.ty == W) == g.weapon => {
                    g.members.push(s.entity);
                    g.start = s.start;
                    i = s.start;
                }
                _ => break,
            }
        }
        g.members.reverse();
        g.members.dedup();
        Some(g)
    }

    /// A lower-case title word or "counterpart(s)" ("his US counterpart Y",
    /// "the Chinese defence minister Y").
    fn lower_title(&self, k: usize) -> bool {
        !self.ex.tokens[k].cap
            && (self.is(k, super::doc::TITLE)
                || matches!(self.low(k), "counterpart" | "counterparts"))
    }

    /// A lower-case content word that may trail a name inside its noun phrase.
    pub(crate) fn is_tail_word(&self, i: usize) -> bool {
        let t = &self.ex.tokens[i];
        self.class[i] & (PREP | CONJ | AUX | REL | SUB | STOP | REPORT | DET | PRON) == 0
            && !t.cap
            && t.kind != crate::text::TokenKind::Punct
            || (self.low(i) == "-" && !t.space_before)
    }

    /// The coordinated group starting at or after `start` (skipping up to
    /// three determiners/adjectives), scanning right no further than `hi`.
    /// `None` when the next token is not an entity.
    pub(crate) fn group_starting(&self, start: usize, hi: usize) -> Option<Group> {
        let first = self.head_after(start, hi)?;
        let mut g = Group {
            start: first.start,
            end: first.end,
            members: vec![first.entity],
            weapon: first.ty == W,
        };
        let mut i = first.end;
        // Members up to the last one joined by a conjunction ("A, B and C").
        let mut keep = 1;
        loop {
            let mut j = self.skip_tail(i, hi, g.members[g.members.len() - 1]);
            let mut conn = false;
            let mut and = false;
            while j < hi && matches!(self.low(j), "," | "and" | "or" | "&") {
                and |= self.low(j) != ",";
                j += 1;
                conn = true;
            }
            if j + 2 < hi
                && self.low(j) == "as"
                && self.low(j + 1) == "well"
                && self.low(j + 2) == "as"
            {
                j += 3;
                conn = true;
                and = true;
            }
            if !conn {
                break;
            }
            match self.head_after(j, hi) {
                Some(s) if (s.ty == W) == g.weapon && !self.starts_clause(s.end, hi) => {
                    g.members.push(s.entity);
                    i = s.end;
                    if and {
                        keep = g.members.len();
                        g.end = s.end;
                    }
                }
                _ => break,
            }
        }
        // Weapons are often listed with commas alone ("Astra, QRSAM, MRSAM").
        if !g.weapon {
            g.members.truncate(keep);
        } else if let Some(s) = self.span(i.saturating_sub(1)) {
            g.end = s.end;
        }
        g.members.dedup();
        Some(g)
    }

    /// After a member: a same-entity parenthetical "(IAF)", a tail of
    /// lower-case words, an "of X" phrase.
    fn skip_tail(&self, mut i: usize, hi: usize, entity: usize) -> usize {
        if i < hi && matches!(self.low(i), "(" | "[") {
            if let Some(c) = self.close_paren(i, hi) {
                i = c + 1;
            }
        }
        let weapon = self.ex.entities[entity].kind == crate::extract::EntityType::Weapon;
        let mut n = 0;
        while i < hi
            && n < if weapon { 6 } else { 4 }
            && self.span(i).is_none()
            && (self.is_tail_word(i)
                || (weapon && self.ex.tokens[i].cap && self.class[i] & super::doc::FUNCTION == 0))
            && !self.is_trigger_like(i)
        {
            i += 1;
            n += 1;
        }
        if weapon && i < hi && self.low(i) == "(" {
            if let Some(c) = self.close_paren(i, hi) {
                i = c + 1;
            }
        }
        i
    }

    /// Lower-case words that begin a verb group after a name.
    fn is_trigger_like(&self, i: usize) -> bool {
        self.is(i, super::doc::LEX) && !self.ex.tokens[i].cap
    }

    /// A head mention at `start` after at most three determiners, numbers
    /// or adjectives.
    pub(crate) fn head_after(&self, start: usize, hi: usize) -> Option<Span> {
        let mut j = start;
        let mut n = 0;
        while j < hi && n < 4 {
            // "the Government of India" stands for India.
            if self.low(j) == "government" && j + 1 < hi && self.low(j + 1) == "of" {
                j += 2;
                n += 1;
                continue;
            }
            if let Some(s) = self.span(j) {
                if s.modifier {
                    // Skip to the head it modifies.
                    j = s.end;
                    n += 1;
                    continue;
                }
                // "his Japanese counterpart Minoru Kihara", "the Chinese
                // defence minister Dong Jun": a state's name before
                // lower-case title words and a person is that person's.
                if self.ex.entities[s.entity].kind == crate::extract::EntityType::Country {
                    let mut k = s.end;
                    while k < hi && k - s.end < 3 && self.lower_title(k) {
                        k += 1;
                    }
                    if k > s.end
                        && k < hi
                        && self.span(k).is_some_and(|p| {
                            self.ex.entities[p.entity].kind == crate::extract::EntityType::Person
                        })
                    {
                        j = k;
                        n += 1;
                        continue;
                    }
                }
                return Some(*s);
            }
            let t = &self.ex.tokens[j];
            let w = self.low(j);
            // "Indian Prime Minister Narendra Modi": a title between a
            // modifier and its head.
            let ok = self.is(j, DET)
                || (t.cap && self.is(j, super::doc::TITLE))
                || t.kind == crate::text::TokenKind::Number
                || (w == "'s" || w == "-")
                || (!t.cap && self.is_tail_word(j) && !self.is_trigger_like(j));
            if !ok {
                return None;
            }
            j += 1;
            n += 1;
        }
        None
    }

    /// Whether a verb group starts at `i` (a new clause after a name).
    fn starts_clause(&self, i: usize, hi: usize) -> bool {
        if i >= hi || !self.is_trigger_like(i) || self.is(i, PREP) {
            return false;
        }
        self.forms_at(i, hi.min(i + 6)).0.is_some()
    }
}
