//! What the phrases around a token are: arms and event nouns, the heads of
//! actor, target, asset and site phrases, compounds, and the nouns of
//! purchases and parts ([`Doc`]'s questions about the words, as opposed to
//! its names and mentions, which `doc.rs` holds).

use super::*;

impl Doc<'_> {
    /// Whether token `k` is an arms noun outside names ("tanks", "drones";
    /// not the adjectives "military", "defence").
    pub(crate) fn arms_noun(&self, k: usize) -> bool {
        self.is(k, ARMS)
            && self.span(k).is_none()
            && !matches!(self.low(k), "military" | "defence" | "defense")
    }

    /// Whether `[a, b)` mentions arms ("arms", "missiles", "military").
    pub(crate) fn military(&self, a: usize, b: usize) -> bool {
        (a..b).any(|i| self.is(i, ARMS))
    }

    /// Whether sentence `si`, tokens `[a, b)`, names a weapon or mentions
    /// arms; its sentence bits spare the scan of one that cannot.
    pub(crate) fn armed_sentence(&self, si: usize, a: usize, b: usize) -> bool {
        // The span over `a` may start before it; any other starts inside.
        let weapon = |s: &Span| s.ty == crate::relate::verbs::W;
        self.span(a).is_some_and(weapon)
            || self.spans_in(a, b).iter().any(weapon)
            || (self.sentence_may_be(si, ARMS) && self.military(a, b))
    }

    /// Lower-case content words in `[a, b)` outside names (not determiners,
    /// prepositions, conjunctions or adverbs).
    pub(crate) fn content_words(&self, a: usize, b: usize) -> usize {
        (a..b)
            .filter(|&i| {
                let t = &self.ex.tokens[i];
                t.kind == crate::text::TokenKind::Word
                    && !t.cap
                    && self.span(i).is_none()
                    && self.class[i] & (DET | PREP | CONJ | ADV | AUX) == 0
            })
            .count()
    }

    /// Whether a noun for people or forces ("official", "troops",
    /// "government") heads the phrase at token `at`, after at most two
    /// lower-case modifiers ("Taiwan's top official").
    pub(crate) fn actor_head_at(&self, at: usize) -> bool {
        self.phrase_head_in(at, ACTOR_HEADS, TITLE)
    }

    /// Whether a noun for what a party holds or guards ("positions",
    /// "targets", "ports", "civilians"; see `TARGET_HEADS`) or for its
    /// people and forces heads the phrase at token `at`, after at most two
    /// lower-case modifiers: the name before stands for the party attacked.
    pub(crate) fn target_head_at(&self, at: usize) -> bool {
        if self.sponsor_compound(at) {
            return false;
        }
        let at = self.past_compound(at);
        at < self.ex.tokens.len()
            && (self.actor_head_at(at) || self.phrase_head_in(at, TARGET_HEADS, TITLE))
    }

    /// Whether token `at` opens the rest of a hyphen compound that says who
    /// backs, made, registered or is tied to the noun after it ("Iran-backed
    /// groups", "Iranian-made drones", "Iran-linked targets", "a
    /// Liberian-flagged ship", often a flag of convenience): the name is
    /// not the party that holds it, as it is in "Iranian positions".
    pub(crate) fn sponsor_compound(&self, at: usize) -> bool {
        self.past_compound(at) != at
            && matches!(
                self.low(at + 1),
                "backed"
                    | "sponsored"
                    | "supported"
                    | "funded"
                    | "financed"
                    | "allied"
                    | "aligned"
                    | "linked"
                    | "affiliated"
                    | "inspired"
                    | "made"
                    | "built"
                    | "designed"
                    | "supplied"
                    | "armed"
                    | "trained"
                    | "flagged"
                    | "registered"
            )
    }

    /// The token after the rest of a hyphen compound a name opens, when
    /// token `at` is its hyphen ("Kuwaiti-connected vessels": "vessels");
    /// else `at`.
    fn past_compound(&self, at: usize) -> usize {
        let toks = &self.ex.tokens;
        if at + 2 < toks.len()
            && self.low(at) == "-"
            && !toks[at].space_before
            && !toks[at + 1].space_before
            && toks[at + 1].kind == TokenKind::Word
        {
            at + 2
        } else {
            at
        }
    }

    /// Whether a noun for what sanctions strike at in a party (its banks,
    /// firms, trade or programmes; see `ASSET_HEADS`) or for its people
    /// heads the phrase at token `at`: the name before stands for the party
    /// sanctioned ("sanctions on Iran's central bank").
    pub(crate) fn asset_head_at(&self, at: usize) -> bool {
        let at = self.past_compound(at);
        at < self.ex.tokens.len()
            && (self.actor_head_at(at) || self.phrase_head_in(at, ASSET_HEADS, TITLE))
    }

    /// Whether an organisation's premises or show stand ([`SITE_HEADS`])
    /// head the phrase after the name group ending at `end`, past a
    /// possessive ("the Boeing plant", "Dassault's new factory").
    pub(crate) fn site_head_at(&self, end: usize) -> bool {
        let at = if matches!(self.low(end.min(self.ex.tokens.len() - 1)), "'s" | "'") {
            end + 1
        } else {
            end
        };
        at < self.ex.tokens.len() && self.phrase_head_in(at, SITE_HEADS, 0)
    }

    /// Whether token `k` is a lower-case word of an open class (a common
    /// noun, adjective or verb) that no name covers.
    pub(crate) fn common_word(&self, k: usize) -> bool {
        let t = &self.ex.tokens[k];
        self.span(k).is_none()
            && !t.cap
            && t.kind == TokenKind::Word
            && self.class[k] & FUNCTION == 0
    }

    /// Whether every member of `g` is a country.
    pub(crate) fn states_only(&self, g: &Group) -> bool {
        self.all_of(g, crate::extract::EntityType::Country)
    }

    /// Whether every member of group `g` is an organisation.
    pub(crate) fn orgs_only(&self, g: &Group) -> bool {
        self.all_of(g, crate::extract::EntityType::Organisation)
    }

    fn all_of(&self, g: &Group, kind: crate::extract::EntityType) -> bool {
        g.members.iter().all(|&m| self.ex.entities[m].kind == kind)
    }

    /// Whether tokens `[from, at)` are an unnamed phrase headed by a noun
    /// for what a party holds ([`TARGET_HEADS`]), then "in", a determiner
    /// and a compass adjective at most: "targets in southern", "villages in
    /// the".
    pub(crate) fn unnamed_targets_before(&self, from: usize, at: usize) -> bool {
        let mut k = at;
        while k > from
            && (self.is(k - 1, DET)
                || matches!(
                    self.low(k - 1),
                    "northern"
                        | "southern"
                        | "eastern"
                        | "western"
                        | "central"
                        | "northeastern"
                        | "northwestern"
                        | "southeastern"
                        | "southwestern"
                ))
        {
            k -= 1;
        }
        if k == from || self.low(k - 1) != "in" {
            return false;
        }
        let k = k - 1;
        let toks = &self.ex.tokens;
        k - from <= 4
            && (from..k).all(|i| {
                self.common_word(i)
                    || self.is(i, DET)
                    || (toks[i].kind == TokenKind::Number && self.span(i).is_none())
            })
            && (from..k).any(|i| TARGET_HEADS.contains(&self.low(i)))
    }

    /// Whether a word of `heads` stands among the first three lower-case
    /// words of the phrase at `at` (words of a closed class end it, except
    /// those of `open`).
    fn phrase_head_in(&self, at: usize, heads: &[&str], open: u32) -> bool {
        self.phrase_head_where(at, open, |w| heads.contains(&w))
    }

    /// As [`Doc::phrase_head_in`], for heads that satisfy `head`.
    fn phrase_head_where(&self, at: usize, open: u32, head: impl Fn(&str) -> bool) -> bool {
        let toks = &self.ex.tokens;
        (at..(at + 3).min(toks.len()))
            .take_while(|&k| {
                toks[k].kind == crate::text::TokenKind::Word
                    && !toks[k].cap
                    && self.span(k).is_none()
                    && self.class[k] & (FUNCTION & !open) == 0
            })
            .any(|k| head(self.low(k)))
    }

    /// Whether the name group ending at `end` only modifies a common noun
    /// ("a U.S. Navy contract", "its ICO export quota"), unless that noun
    /// stands for people or forces ("Indian troops", "Chinese officials").
    pub(crate) fn modifies_common_noun(&self, end: usize) -> bool {
        let Some(t) = self.ex.tokens.get(end).filter(|_| end > 0) else {
            return false;
        };
        // "Taiwan's top official" stands for Taiwan; "Russia's economy" does not.
        if matches!(self.low(end), "'s" | "'") && self.ex.tokens[end - 1].sentence == t.sentence {
            return !self.actor_head_at(end + 1);
        }
        if self.ex.tokens[end - 1].sentence != t.sentence || self.span(end).is_some() {
            return false;
        }
        // "Peru-based firms", "Iran-backed militias": a name opening a
        // hyphen compound modifies the noun after it (but "the Saudi-led
        // coalition" is its leader's).
        if self.past_compound(end) != end {
            return !self.ex.tokens[end + 1].cap && self.low(end + 1) != "led";
        }
        let w = self.low(end);
        t.kind == crate::text::TokenKind::Word
            && !t.cap
            && self.class[end] & (DET | PREP | CONJ | AUX | REL | SUB | ADV | PRON | REPORT) == 0
            && !ACTOR_HEADS.contains(&w)
            && !self.past_verb_at(end)
            // "will visit China next week", "India last year bought".
            && !matches!(w, "next" | "last")
    }

    /// Whether the word at `k` is a verb in the past: a word in "-ed"
    /// followed by a determiner, pronoun, number or name ("sale to Bolivia
    /// angered Peru"), or a preposition other than "by", which would make
    /// it a participle ("talks with Nigeria aimed at"; not "joined by").
    fn past_verb_at(&self, k: usize) -> bool {
        let w = self.low(k);
        let next = k + 1;
        w.len() > 4
            && w.ends_with("ed")
            && next < self.ex.tokens.len()
            && self.ex.tokens[next].sentence == self.ex.tokens[k].sentence
            && (self.is(next, DET | PRON)
                || (self.is(next, PREP) && self.low(next) != "by")
                || self.span(next).is_some()
                || self.ex.tokens[next].kind == TokenKind::Number)
    }

    /// Whether a noun naming a statement, an act or a cause ("report",
    /// "claims", "move", "annexation", "bid", "sovereignty") heads the
    /// phrase at token `at`, after at most two lower-case modifiers. With
    /// `events` false, a one-word event noun of the predicate lexicon
    /// ("imports", "agreement") is no act.
    pub(crate) fn act_noun_at(&self, at: usize, events: bool) -> bool {
        const ACTS: &[&str] = &[
            "report",
            "reports",
            "statement",
            "statements",
            "remarks",
            "comments",
            "claim",
            "claims",
            "decision",
            "decisions",
            "move",
            "moves",
            "action",
            "actions",
            "policy",
            "policies",
            "plan",
            "plans",
            "stance",
            "behaviour",
            "behavior",
            "conduct",
            "aggression",
            "provocation",
            "provocations",
            "annexation",
            "occupation",
            "incursion",
            "incursions",
            "interference",
            "meddling",
            "violation",
            "violations",
            "threats",
            "rhetoric",
            "crackdown",
            "treatment",
            "handling",
            "response",
            "actions",
            // Causes a party pursues or holds: supporting or opposing them
            // is supporting or opposing the party ("backed Sweden's bid").
            "bid",
            "bids",
            "effort",
            "efforts",
            "candidacy",
            "application",
            "push",
            "proposal",
            "proposals",
            "campaign",
            "demand",
            "demands",
            "request",
            "position",
            "sovereignty",
            "independence",
            "integrity",
            "right",
            "rights",
            "membership",
            "accession",
            // Conduct: "condemned China's use of water cannon", "criticised
            // Russia's military buildup".
            "use",
            "buildup",
            "activities",
            "tactics",
            "attempt",
            "attempts",
            "militarisation",
            "militarization",
        ];
        // An event noun of the predicate lexicon is an act too ("protested
        // X's sale of missiles", "condemned X's deployment").
        self.phrase_head_in(at, ACTS, 0)
            || (events && self.phrase_head_where(at, 0, |w| self.event_noun(w)))
    }

    /// Whether the lower-case word at `at` is a one-word event noun of the
    /// predicate lexicon ("strikes", "invasion").
    pub(crate) fn event_noun_right_at(&self, at: usize) -> bool {
        at < self.ex.tokens.len()
            && !self.ex.tokens[at].cap
            && self.span(at).is_none()
            && self.event_noun(self.low(at))
    }

    /// Whether `w` is a one-word event noun of the predicate lexicon (not an
    /// agent noun such as "supplier").
    fn event_noun(&self, w: &str) -> bool {
        self.verbs
            .at(&[w], 0)
            .1
            .is_some_and(|e| e.words.len() == 1 && !e.agent && !e.stop && !e.cats.is_empty())
    }

    /// Whether "of" right before token `at` (past determiners and numbers)
    /// follows a noun for buying, supplying or making for a buyer ("for the
    /// purchase of 36", "procurement of", "for the supply of"), alone or
    /// among coordinated nouns ("for the delivery and support of", "for
    /// production, training and support of").
    pub(crate) fn purchase_noun_before(&self, at: usize) -> bool {
        let mut k = at;
        loop {
            if k > 0 && (self.is(k - 1, DET) || self.ex.tokens[k - 1].kind == TokenKind::Number) {
                k -= 1;
                continue;
            }
            // "of 15 CH-47F(I) Chinook helicopters": a name's parenthesised
            // variant and the name before it.
            let open = (k.saturating_sub(5)..k).rev().find(|&o| self.low(o) == "(");
            match open {
                Some(o) if self.low(k - 1) == ")" && o > 0 && self.span(o - 1).is_some() => {
                    k = o;
                    while k > 0 && self.span(k - 1).is_some() {
                        k -= 1;
                    }
                }
                _ => break,
            }
        }
        if k < 2 || self.low(k - 1) != "of" {
            return false;
        }
        let mut j = k - 2;
        loop {
            let t = &self.ex.tokens[j];
            if t.cap || t.kind != TokenKind::Word {
                return false;
            }
            if matches!(
                self.low(j),
                "purchase"
                    | "procurement"
                    | "acquisition"
                    | "buying"
                    | "purchasing"
                    | "import"
                    | "supply"
                    | "delivery"
                    | "deliveries"
                    | "production"
                    | "manufacture"
            ) {
                return true;
            }
            match j.checked_sub(2) {
                Some(i) if matches!(self.low(j - 1), "and" | ",") && k - 2 - i <= 6 => j = i,
                _ => return false,
            }
        }
    }

    /// Whether the weapon name ending at `end` names the weapon itself, not
    /// its parts or upkeep: none of the lower-case words right after it (fewer
    /// than eight) is a noun for parts or services ("F-16 wings", "M1 tank
    /// engines", "its P-8I fleet", "F-15 maintenance").
    pub(crate) fn weapon_itself(&self, end: usize) -> bool {
        let toks = &self.ex.tokens;
        let mut k = end;
        while k < toks.len()
            && toks[k].sentence == toks[end - 1].sentence
            && toks[k].kind == TokenKind::Word
            && !toks[k].cap
            && self.class[k] & FUNCTION == 0
        {
            if k == end + 8 || NOT_ITSELF.contains(&self.low(k)) || PARTS.contains(&self.low(k)) {
                return false;
            }
            k += 1;
        }
        true
    }

    /// Whether "of" right before token `at` follows a noun for parts of a
    /// weapon ("components of", "wings of", "the fuselage of").
    pub(crate) fn parts_before(&self, at: usize) -> bool {
        let mut k = at;
        // Skip the determiner of the weapon's phrase.
        while k > 0 && self.is(k - 1, DET) {
            k -= 1;
        }
        k >= 2 && self.low(k - 1) == "of" && PARTS.contains(&self.low(k - 2))
    }
}
