//! One document prepared for the pattern matcher: lower-case tokens, word
//! classes, entity mentions as token spans (with modifier mentions marked),
//! coordinated entity groups, and pronoun / title resolution to people.

use std::sync::OnceLock;

use rustc_hash::FxHashMap;

use super::verbs::{type_bit, W};
use crate::extract::Extraction;

/// Word-class bits.
pub(crate) const DET: u16 = 1;
pub(crate) const PREP: u16 = 1 << 1;
pub(crate) const CONJ: u16 = 1 << 2;
pub(crate) const AUX: u16 = 1 << 3;
pub(crate) const BE: u16 = 1 << 4;
pub(crate) const NEG: u16 = 1 << 5;
pub(crate) const PRON: u16 = 1 << 6;
pub(crate) const REL: u16 = 1 << 7;
pub(crate) const SUB: u16 = 1 << 8;
pub(crate) const REPORT: u16 = 1 << 9;
pub(crate) const ADV: u16 = 1 << 10;
pub(crate) const STOP: u16 = 1 << 11;
pub(crate) const TITLE: u16 = 1 << 12;
pub(crate) const POSS: u16 = 1 << 13;
pub(crate) const HAVE: u16 = 1 << 14;

const CLASSES: &[(u16, &str)] = &[
    (DET, "the a an this these those its his her their our your my some any each every both all no another such one two three four five six seven eight nine ten eleven twelve several many few"),
    (PREP, "of in on at to from with by for into onto over under between among against about through during after before since near via across toward towards within without upon amid despite including like off"),
    (CONJ, "and or nor but &"),
    (AUX, "be is are was were been being am will would shall should can could may might must do does did have has had having 're 've 'll 'd"),
    (BE, "be is are was were been being am 're get gets got gotten"),
    (HAVE, "have has had having 've"),
    (NEG, "not n't never cannot no"),
    (PRON, "he she him her his it its they them their we us our i me my you your we'll we're we've we'd i'm i'll i've i'd they're they'll they've it's he's she's you're you'll"),
    (POSS, "his her its their our my your 's '"),
    (REL, "which who whom whose that"),
    (SUB, "when while whereas although though because since if unless as until whether where after before"),
    (REPORT, "said say says saying told tell tells stated added adds noted notes announced announces claimed claims confirmed confirms reported reports revealed reveals according believes believe believed insisted insists argued argues explained explains wrote writes quoted read reads warned"),
    (ADV, "also already reportedly recently formally successfully jointly further now still then today soon finally officially indigenously originally first even just earlier yet currently presently largely eventually actually previously subsequently initially again once immediately reportedly allegedly quickly fully"),
    (STOP, "; : \" “ ” — – ( ) [ ] ‘ . ! ?"),
    (TITLE, "minister secretary president chief ambassador spokesman spokeswoman spokesperson general admiral commander chairman ceo director premier chancellor king queen leader envoy marshal governor head prime deputy foreign defence defense army navy air staff colonel lieutenant major captain official"),
];

fn classes() -> &'static FxHashMap<&'static str, u16> {
    static M: OnceLock<FxHashMap<&'static str, u16>> = OnceLock::new();
    M.get_or_init(|| {
        let mut m: FxHashMap<&'static str, u16> = FxHashMap::default();
        for (bit, words) in CLASSES {
            for w in words.split_whitespace() {
                *m.entry(w).or_default() |= bit;
            }
        }
        m
    })
}

/// An entity mention as a token span `[start, end)`.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Span {
    pub start: usize,
    pub end: usize,
    pub entity: usize,
    /// Type bit of the entity.
    pub ty: u8,
    /// A modifier of the following mention ("Russia's" in "Russia's Yury Borisov").
    pub modifier: bool,
}

/// Entity mentions joined by coordination: token range and entity indices.
#[derive(Debug, Clone, Default)]
pub(crate) struct Group {
    pub start: usize,
    pub end: usize,
    pub members: Vec<usize>,
    pub weapon: bool,
}

/// The document as the matcher sees it.
pub(crate) struct Doc<'a> {
    pub text: &'a str,
    pub ex: &'a Extraction,
    lower: String,
    lower_at: Vec<(u32, u32)>,
    /// Word-class bits per token.
    pub class: Vec<u16>,
    /// Span index per token, `u32::MAX` when none.
    span_at: Vec<u32>,
    pub spans: Vec<Span>,
    /// Sentence token ranges.
    pub sent: Vec<(usize, usize)>,
    /// Person mentions: (token, entity), in order.
    persons: Vec<(usize, usize)>,
    /// Lower-case title words seen before each person's mentions.
    titles: FxHashMap<usize, Vec<String>>,
}

impl<'a> Doc<'a> {
    pub(crate) fn new(text: &'a str, ex: &'a Extraction) -> Doc<'a> {
        let toks = &ex.tokens;
        let mut lower = String::with_capacity(text.len() / 2);
        let mut lower_at = Vec::with_capacity(toks.len());
        let mut class = Vec::with_capacity(toks.len());
        let cl = classes();
        for t in toks {
            let s = t.text(text);
            let a = lower.len();
            for c in s.chars() {
                match c {
                    '’' | '‘' if s.chars().count() > 1 => lower.push('\''),
                    c if c.is_ascii() => lower.push(c.to_ascii_lowercase()),
                    c => lower.extend(c.to_lowercase()),
                }
            }
            lower_at.push((a as u32, lower.len() as u32));
            let w = &lower[a..];
            let mut bits = cl.get(w).copied().unwrap_or(0);
            if bits == 0 && w.len() > 4 && w.ends_with("ly") && !t.cap {
                bits = ADV;
            }
            if w.ends_with("n't") {
                bits |= NEG | AUX;
            }
            class.push(bits);
        }
        let mut sent = vec![(0, 0); ex.sentences.len()];
        let mut i = 0;
        for (si, r) in sent.iter_mut().enumerate() {
            let a = i;
            while i < toks.len() && toks[i].sentence as usize == si {
                i += 1;
            }
            *r = (a, i);
        }
        let mut doc = Doc {
            text,
            ex,
            lower,
            lower_at,
            class,
            span_at: vec![u32::MAX; toks.len()],
            spans: Vec::new(),
            sent,
            persons: Vec::new(),
            titles: FxHashMap::default(),
        };
        doc.map_mentions();
        // Words inside names are not function words ("United States", "Will").
        for s in &doc.spans {
            for c in &mut doc.class[s.start..s.end] {
                *c = 0;
            }
        }
        doc
    }

    /// Whether `[a, b)` mentions arms ("arms", "missiles", "military").
    pub(crate) fn military(&self, a: usize, b: usize) -> bool {
        const CUES: &[&str] = &[
            "arms",
            "weapon",
            "weapons",
            "weaponry",
            "military",
            "defence",
            "defense",
            "missile",
            "missiles",
            "jet",
            "jets",
            "aircraft",
            "fighter",
            "fighters",
            "helicopter",
            "helicopters",
            "tank",
            "tanks",
            "warship",
            "warships",
            "frigate",
            "frigates",
            "submarine",
            "submarines",
            "drone",
            "drones",
            "rifle",
            "rifles",
            "gun",
            "guns",
            "howitzer",
            "howitzers",
            "ammunition",
            "munitions",
            "artillery",
            "armament",
            "armaments",
            "bomber",
            "bombers",
            "interceptor",
            "interceptors",
            "radar",
            "radars",
            "warplanes",
            "vessels",
        ];
        (a..b).any(|i| CUES.contains(&self.low(i)))
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

    /// Whether the name group ending at `end` only modifies a common noun
    /// ("a U.S. Navy contract", "its ICO export quota"), unless that noun
    /// stands for people or forces ("Indian troops", "Chinese officials").
    pub(crate) fn modifies_common_noun(&self, end: usize) -> bool {
        const HEADS: &[&str] = &[
            "official",
            "officials",
            "leader",
            "leaders",
            "leadership",
            "troops",
            "soldiers",
            "forces",
            "force",
            "government",
            "governments",
            "army",
            "navy",
            "military",
            "counterpart",
            "counterparts",
            "president",
            "minister",
            "ministers",
            "delegation",
            "delegations",
            "side",
            "authorities",
            "diplomats",
            "envoy",
            "envoys",
            "ambassador",
            "team",
            "teams",
            "people",
            "company",
            "companies",
            "firm",
            "firms",
            "ships",
            "warships",
            "jets",
            "planes",
            "aircraft",
            "regime",
            "militants",
            "rebels",
            "ship",
            "warship",
            "vessel",
            "vessels",
            "destroyer",
            "plane",
            "jet",
            "embassy",
            "coast",
            "guard",
            "police",
            "border",
            "separatists",
            "fighters",
            "units",
            "unit",
            "counterpart",
            "defence",
            "defense",
        ];
        let Some(t) = self.ex.tokens.get(end) else {
            return false;
        };
        if self.ex.tokens[end - 1].sentence != t.sentence || self.span(end).is_some() {
            return false;
        }
        let w = self.low(end);
        t.kind == crate::text::TokenKind::Word
            && !t.cap
            && self.class[end] & (DET | PREP | CONJ | AUX | REL | SUB | ADV | PRON | REPORT) == 0
            && !HEADS.contains(&w)
    }

    /// End of the sentence holding token `i`.
    pub(crate) fn sent_end(&self, i: usize) -> usize {
        self.sent[self.ex.tokens[i].sentence as usize].1
    }

    /// Lower-case text of token `i` (curly apostrophes made straight).
    pub(crate) fn low(&self, i: usize) -> &str {
        let (a, b) = self.lower_at[i];
        &self.lower[a as usize..b as usize]
    }

    /// Lower-case tokens of a range.
    pub(crate) fn lows(&self, a: usize, b: usize) -> Vec<&str> {
        (a..b).map(|i| self.low(i)).collect()
    }

    pub(crate) fn is(&self, i: usize, bits: u16) -> bool {
        self.class[i] & bits != 0
    }

    /// The span covering token `i`.
    pub(crate) fn span(&self, i: usize) -> Option<&Span> {
        match self.span_at[i] {
            u32::MAX => None,
            s => Some(&self.spans[s as usize]),
        }
    }

    fn map_mentions(&mut self) {
        let toks = &self.ex.tokens;
        let mut spans = Vec::new();
        for (e, ent) in self.ex.entities.iter().enumerate() {
            for m in &ent.mentions {
                let start = toks.partition_point(|t| (t.end as usize) <= m.start);
                let end = toks.partition_point(|t| (t.start as usize) < m.end);
                if start < end {
                    spans.push(Span {
                        start,
                        end,
                        entity: e,
                        ty: type_bit(ent.kind),
                        modifier: false,
                    });
                }
            }
        }
        spans.sort_by_key(|s| (s.start, std::cmp::Reverse(s.end)));
        // Drop overlaps, keep the earlier and longer.
        let mut kept: Vec<Span> = Vec::with_capacity(spans.len());
        for s in spans {
            if kept.last().is_none_or(|k| s.start >= k.end) {
                kept.push(s);
            }
        }
        for n in 0..kept.len().saturating_sub(1) {
            let (a, b) = (kept[n], kept[n + 1]);
            if toks[a.start].sentence == toks[b.start].sentence && self.modifies(a.end, b.start) {
                kept[n].modifier = true;
            }
        }
        for (n, s) in kept.iter().enumerate() {
            for i in s.start..s.end {
                self.span_at[i] = n as u32;
            }
            if self.ex.entities[s.entity].kind == crate::extract::EntityType::Person {
                self.persons.push((s.start, s.entity));
                let mut words = Vec::new();
                let mut j = s.start;
                while j > 0 && s.start - j < 6 && toks[j - 1].sentence == toks[s.start].sentence {
                    j -= 1;
                    if self.span_at[j] != u32::MAX || !(toks[j].cap || self.is(j, TITLE)) {
                        break;
                    }
                    words.push(self.low(j).trim_end_matches('.').to_string());
                }
                let titles = self.titles.entry(s.entity).or_default();
                for w in words {
                    if !titles.contains(&w) {
                        titles.push(w);
                    }
                }
            }
        }
        self.spans = kept;
    }

    /// Whether the tokens `[a, b)` between two mentions make the first a
    /// modifier of the second: possessive, hyphen, title or capitalised words.
    fn modifies(&self, a: usize, b: usize) -> bool {
        if b - a > 6 {
            return false;
        }
        let toks = &self.ex.tokens;
        let poss = (a..b).any(|i| matches!(self.low(i), "'s" | "'"));
        (a..b).all(|i| {
            let w = self.low(i);
            let t = &toks[i];
            match w {
                "'s" | "'" => true,
                "-" => !t.space_before,
                // "United States based Sig Sauer", "Seattle-based Boeing"
                "based" => true,
                // "U.S. Secretary of State George Shultz"
                "of" => i > a && i + 1 < b && toks[i - 1].cap && toks[i + 1].cap,
                _ if self.class[i] & (PREP | CONJ | AUX | REL | SUB | STOP | REPORT | DET) != 0 => {
                    false
                }
                _ if t.kind == crate::text::TokenKind::Punct => false,
                _ => {
                    t.cap
                        || self.is(i, TITLE)
                        || poss
                        || (i > 0 && self.low(i - 1) == "-" && !t.space_before)
                }
            }
        })
    }

    /// Head spans of `[a, b)` in order (modifiers skipped), with their span index.
    pub(crate) fn head_at(&self, i: usize) -> Option<Span> {
        self.span(i).copied().filter(|s| !s.modifier)
    }

    /// Skips backwards over a parenthetical ending at `i` (a `)`), returning
    /// the index of its `(`, or `None`.
    pub(crate) fn open_paren(&self, i: usize, lo: usize) -> Option<usize> {
        let mut j = i;
        while j > lo && i - j < 20 {
            j -= 1;
            if self.low(j) == "(" || self.low(j) == "[" {
                return Some(j);
            }
        }
        None
    }

    pub(crate) fn close_paren(&self, i: usize, hi: usize) -> Option<usize> {
        let mut j = i + 1;
        while j < hi && j - i < 20 {
            if self.low(j) == ")" {
                return Some(j);
            }
            j += 1;
        }
        None
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
            if j > lo && self.low(j - 1) == ")" {
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
                && self.span_at[k - 1] == u32::MAX
                && (self.is_tail_word(k - 1)
                    || (g.weapon && self.ex.tokens[k - 1].cap && self.class[k - 1] == 0))
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
        if i < hi && self.low(i) == "(" {
            if let Some(c) = self.close_paren(i, hi) {
                i = c + 1;
            }
        }
        let weapon = self.ex.entities[entity].kind == crate::extract::EntityType::Weapon;
        let mut n = 0;
        while i < hi
            && n < 4
            && self.span_at[i] == u32::MAX
            && (self.is_tail_word(i) || (weapon && self.ex.tokens[i].cap && self.class[i] == 0))
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
        super::verbs::Verbs::get().starts(self.low(i)) && !self.ex.tokens[i].cap
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
                return Some(*s);
            }
            let t = &self.ex.tokens[j];
            let w = self.low(j);
            let ok = self.is(j, DET)
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
        let low = self.lows(i, hi.min(i + 6));
        super::verbs::Verbs::get().at(&low, 0).0.is_some()
    }

    /// Resolves a pronoun or title at token `at` to the most recent person
    /// mentioned before it, when unambiguous. `title` is the title's head word.
    pub(crate) fn resolve_person(&self, at: usize, title: Option<&[&str]>) -> Option<usize> {
        let toks = &self.ex.tokens;
        let here = toks[at].sentence as usize;
        let before = self.persons.partition_point(|p| p.0 < at);
        let cands = &self.persons[..before];
        let matches = |e: usize| {
            title.is_none_or(|t| {
                self.titles
                    .get(&e)
                    .is_some_and(|ts| t.iter().all(|w| ts.iter().any(|x| x == w)))
            })
        };
        let (pos, e) = *cands.iter().rev().find(|p| matches(p.1))?;
        let s = toks[pos].sentence as usize;
        if here - s > if title.is_some() { 8 } else { 3 } {
            return None;
        }
        // Ambiguous when another matching person shares that sentence.
        let other = cands
            .iter()
            .rev()
            .take_while(|p| toks[p.0].sentence as usize == s)
            .any(|p| p.1 != e && matches(p.1));
        (!other).then_some(e)
    }
}
