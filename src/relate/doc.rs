//! One document prepared for the pattern matcher: lower-case tokens, word
//! classes, entity mentions as token spans (with modifier mentions marked),
//! coordinated entity groups, and pronoun / title resolution to people.

use rustc_hash::FxHashMap;

use super::table::{ascii_key, lower_case, push_ascii_lower};
use super::verbs::{type_bit, Entry, Verbs};
pub(crate) use super::words::*;
use crate::extract::Extraction;
use crate::text::TokenKind;

/// Marks a range of [`Doc::low`] as one of the text (a token already in
/// lower case), not of the lower-cased copy.
pub(super) const IN_TEXT: u32 = 1 << 31;

mod heads;

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
    /// The predicate lexicon.
    pub verbs: &'a Verbs,
    /// Lower-case tokens that are not lower case in the text.
    lower: String,
    /// Each token's lower-case text: a range of `lower`, or of `text` when
    /// the start has [`IN_TEXT`] set.
    lower_at: Vec<(u32, u32)>,
    /// Word-class bits per token (0 inside names).
    pub class: Vec<u32>,
    /// Fact bits per token ([`Doc::has`]).
    facts: Vec<u32>,
    /// The lexicon forms each token starts ([`super::verbs::Word::forms`]).
    forms: Vec<u32>,
    /// Span index per token, `u32::MAX` when none.
    span_at: Vec<u32>,
    pub spans: Vec<Span>,
    /// Sentence token ranges.
    pub sent: Vec<(usize, usize)>,
    /// Sentences read: those naming something or holding "two" or "both".
    pub read: Vec<bool>,
    /// Per sentence read, the union of its tokens' word-class bits (taken
    /// before the words inside names lose theirs) and of their fact bits:
    /// a sentence without a bit is not scanned for it
    /// ([`Doc::sentence_may_be`], [`Doc::sentence_may_have`]).
    sent_bits: Vec<(u32, u32)>,
    /// Person mentions: (token, entity), in order.
    pub(super) persons: Vec<(usize, usize)>,
    /// Lower-case title words seen before each person's mentions.
    pub(super) titles: FxHashMap<usize, Vec<String>>,
}

impl<'a> Doc<'a> {
    pub(crate) fn new(text: &'a str, ex: &'a Extraction, verbs: &'a Verbs) -> Doc<'a> {
        let toks = &ex.tokens;
        let mut sent = vec![(0, 0); ex.sentences.len()];
        let mut i = 0;
        for (si, r) in sent.iter_mut().enumerate() {
            let a = i;
            while i < toks.len() && toks[i].sentence as usize == si {
                i += 1;
            }
            *r = (a, i);
        }
        // Only sentences that name something are read, and those with a
        // pair descriptor ("The two sides agreed", see [`Doc::pair_at`]).
        let mut named = vec![false; sent.len()];
        for e in &ex.entities {
            for m in &e.mentions {
                if let Some(n) = named.get_mut(m.sentence) {
                    *n = true;
                }
            }
        }
        for (si, &(a, b)) in sent.iter().enumerate() {
            if !named[si] {
                named[si] = (a..b).any(|i| {
                    let w = toks[i].text(text);
                    w.eq_ignore_ascii_case("two") || w.eq_ignore_ascii_case("both")
                });
            }
        }
        let mut lower = String::with_capacity(text.len() / 2);
        let mut lower_at = vec![(0, 0); toks.len()];
        let mut class = vec![0; toks.len()];
        let mut facts = vec![0; toks.len()];
        let mut forms = vec![u32::MAX; toks.len()];
        let bytes = text.as_bytes();
        let mut sent_bits = vec![(0, 0); sent.len()];
        for (si, &(a, b)) in sent.iter().enumerate() {
            if !named[si] {
                continue;
            }
            let (mut classes, mut all_facts) = (0, 0);
            for i in a..b {
                let t = &toks[i];
                let (start, end) = (t.start as usize, t.end as usize);
                // The token's lower-case bytes and what the lexicon knows of
                // them: for a short ASCII token, through its key made from
                // the text ([`super::table::ascii_key`]).
                let (w, word) = match ascii_key(bytes, start, end) {
                    Some((key, upper)) if t.end < IN_TEXT => {
                        let w = if upper {
                            lower_at[i] = push_ascii_lower(&mut lower, &text[start..end]);
                            &lower.as_bytes()[lower_at[i].0 as usize..]
                        } else {
                            lower_at[i] = (t.start | IN_TEXT, t.end);
                            &bytes[start..end]
                        };
                        (w, verbs.word_key(key))
                    }
                    _ => {
                        let w = lower_case(text, t, &mut lower, &mut lower_at[i]);
                        (w.as_bytes(), verbs.word(w))
                    }
                };
                let mut bits = 0;
                if let Some(word) = word {
                    bits = word.class;
                    facts[i] = word.facts;
                    forms[i] = word.forms;
                }
                if bits == 0 && w.len() > 4 && w.ends_with(b"ly") && !t.cap {
                    bits = ADV;
                }
                if w.ends_with(b"n't") {
                    bits |= NEG | AUX;
                }
                class[i] = bits;
                classes |= bits;
                all_facts |= facts[i];
            }
            sent_bits[si] = (classes, all_facts);
        }
        let mut doc = Doc {
            text,
            ex,
            verbs,
            lower,
            lower_at,
            class,
            facts,
            forms,
            span_at: vec![u32::MAX; toks.len()],
            spans: Vec::new(),
            sent,
            sent_bits,
            read: named,
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

    /// The token before a name group starting at `start`, past a "the"
    /// ("the decision by the United States": "by"), if at or after `lo`.
    pub(crate) fn before_group(&self, start: usize, lo: usize) -> Option<usize> {
        let mut k = start;
        if k > lo && self.low(k - 1) == "the" {
            k -= 1;
        }
        (k > lo).then(|| k - 1)
    }

    /// End of the sentence holding token `i`.
    pub(crate) fn sent_end(&self, i: usize) -> usize {
        self.sent[self.ex.tokens[i].sentence as usize].1
    }

    /// Lower-case text of token `i` (curly apostrophes made straight).
    #[inline(always)]
    pub(crate) fn low(&self, i: usize) -> &str {
        let (a, b) = self.lower_at[i];
        if a & IN_TEXT != 0 {
            &self.text[(a & !IN_TEXT) as usize..b as usize]
        } else {
            &self.lower[a as usize..b as usize]
        }
    }

    #[inline]
    pub(crate) fn is(&self, i: usize, bits: u32) -> bool {
        self.class[i] & bits != 0
    }

    /// The first token in `[from, to)` of a class of `bits`: one pass over
    /// the classes, for the scans that look only at such tokens.
    #[inline]
    pub(crate) fn next_of_class(&self, from: usize, to: usize, bits: u32) -> Option<usize> {
        let classes = self.class.get(from..to)?;
        classes.iter().position(|c| c & bits != 0).map(|k| from + k)
    }

    /// False when no token of sentence `si` is of a class of `bits`
    /// ([`Doc::is`]); true when one may be.
    #[inline]
    pub(crate) fn sentence_may_be(&self, si: usize, bits: u32) -> bool {
        self.sent_bits[si].0 & bits != 0
    }

    /// Whether a token of sentence `si` has one of the fact `bits`
    /// ([`Doc::has`]).
    #[inline]
    pub(crate) fn sentence_may_have(&self, si: usize, bits: u32) -> bool {
        self.sent_bits[si].1 & bits != 0
    }

    /// Whether token `i` has one of the fact `bits` (`words::facts`).
    #[inline]
    pub(crate) fn has(&self, i: usize, bits: u32) -> bool {
        self.facts[i] & bits != 0
    }

    /// The longest verb form and the longest noun form of the lexicon that
    /// start at token `i` and end by `b`.
    pub(crate) fn forms_at(&self, i: usize, b: usize) -> (Option<&'a Entry>, Option<&'a Entry>) {
        let verbs: &'a Verbs = self.verbs;
        verbs.forms_at(self.forms[i], |e| self.form_len(i, e, b))
    }

    /// How many tokens lexicon entry `e` covers at token `i` before `b`,
    /// if it matches there ([`Verbs::form_len`]).
    fn form_len(&self, i: usize, e: &Entry, b: usize) -> Option<usize> {
        Verbs::form_len(
            e,
            b.saturating_sub(i),
            |k| self.low(i + k),
            |k| self.form_modifier(i + k),
            |k| self.slot_len(i + k, b),
        )
    }

    /// The end of the tokens lexicon entry `e`, found at token `i` by
    /// [`Doc::forms_at`] before `b`, covers.
    pub(crate) fn form_end(&self, i: usize, e: &Entry, b: usize) -> usize {
        i + self.form_len(i, e, b).unwrap_or(e.words.len())
    }

    /// The length of the name group (not a weapon) starting at token `k`
    /// before `b`, for a form's name slot; 0 when none starts there.
    fn slot_len(&self, k: usize, b: usize) -> usize {
        self.group_starting(k, b)
            .filter(|g| !g.weapon && g.start == k)
            .map_or(0, |g| g.end - k)
    }

    /// Whether token `k` may stand between the article of a multi-word
    /// lexicon form and its next word: a common word, a number, a currency
    /// sign or a hyphen ("a strong", "a new $2 billion", "a high-level").
    fn form_modifier(&self, k: usize) -> bool {
        let t = &self.ex.tokens[k];
        self.common_word(k)
            || (t.kind == TokenKind::Number && self.span(k).is_none())
            || matches!(self.low(k), "-" | "$" | "€" | "£")
    }

    /// The spans that start in tokens `[a, b)`, in text order (found by
    /// binary search: a scan of every span per candidate made long
    /// documents quadratic).
    pub(crate) fn spans_in(&self, a: usize, b: usize) -> &[Span] {
        let lo = self.spans.partition_point(|s| s.start < a);
        let hi = self.spans.partition_point(|s| s.start < b).max(lo);
        &self.spans[lo..hi]
    }

    /// The span covering token `i`.
    #[inline]
    pub(crate) fn span(&self, i: usize) -> Option<&Span> {
        // Past the last token there is no span ("sanctions on Turkey's" at
        // the very end of a document).
        match self.span_at.get(i).copied().unwrap_or(u32::MAX) {
            u32::MAX => None,
            s => Some(&self.spans[s as usize]),
        }
    }

    fn map_mentions(&mut self) {
        let toks = &self.ex.tokens;
        // Each mention's token range, found in one pass over the tokens with
        // the mentions in text order (a binary search per mention missed
        // the cache at every step on a long document). `first[n]`: the
        // first token ending after mention `n` starts.
        let mut order: Vec<(usize, u32)> = Vec::new();
        for ent in &self.ex.entities {
            for m in &ent.mentions {
                order.push((m.start, order.len() as u32));
            }
        }
        order.sort_unstable();
        let mut first = vec![0; order.len()];
        let mut k = 0;
        for &(start, n) in &order {
            while k < toks.len() && (toks[k].end as usize) <= start {
                k += 1;
            }
            first[n as usize] = k;
        }
        let mut spans = Vec::new();
        let mut n = 0;
        for (e, ent) in self.ex.entities.iter().enumerate() {
            for m in &ent.mentions {
                let start = first[n];
                n += 1;
                let end = start
                    + toks[start..]
                        .iter()
                        .take_while(|t| (t.start as usize) < m.end)
                        .count();
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
                    // "Chinese President Xi": the demonym is kept with the
                    // titles, so that "the Chinese president" finds only him.
                    if let Some(d) = kept.get(self.span_at[j] as usize) {
                        let ent = &self.ex.entities[d.entity];
                        if d.start == j
                            && d.end == j + 1
                            && ent.kind == crate::extract::EntityType::Country
                            && !ent.label.eq_ignore_ascii_case(self.low(j))
                        {
                            words.push(self.low(j).to_string());
                        }
                        break;
                    }
                    if !(toks[j].cap || self.is(j, TITLE)) {
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
}

#[cfg(test)]
#[path = "tests/doc_words.rs"]
mod tests;
