//! Companies on general news, decided from the document's own evidence.
//!
//! A company named in full once ("Ventra Management Inc", "Texas Commerce
//! Bancshares Inc", "Shearson Lehman Brothers Inc") is usually named by the
//! first word or words of that name afterwards: "Ventra said", "Texas
//! Commerce's loans", "Shearson Lehman". Alone those words look like a
//! person who speaks, a place and a common word, or two surnames. After all
//! sentences are tagged, [`Ctx::company_short_forms`] finds every prefix of
//! a rule-made organisation name elsewhere in the document and makes it a
//! mention of that organisation, replacing the people, places, weapons and
//! unknown words it covered. A one-word weapon name that its context made
//! a company ("AB Astra", "Astra Corporation") is that company everywhere
//! in the document.
//!
//! Only companies give short forms: names ending in a legal suffix, an
//! industry or a company head ("Senate Budget Committee" gives no
//! "Senate"). A prefix counts only when it tells the company apart: not a place alone
//! ("Texas" of "Texas Commerce Bancshares"), not a given name, common word,
//! organisation head or lead alone ("First", "General", "Bank"), not one
//! that ends in a connector or head; one that two companies of the document
//! share stands for the first named. A match must stand alone: no capitalised name word
//! right before or after it ("Hattori Seiko" is no "Seiko ..."), and every
//! mention it covers must lie inside it. One word that is the surname of a
//! person named in full in the document stays that person.

use rustc_hash::{FxHashMap, FxHashSet};

use super::{Ctx, Key, Raw};
use crate::extract::lexicon::Target;
use crate::extract::rules::{self, is};
use crate::extract::EntityType;

/// A short form: its words and the organisation label it stands for
/// (`None` when two organisations of the document share it).
type Shorts = FxHashMap<String, Vec<(Vec<String>, Option<String>)>>;

/// Short forms that are a whole name but its legal suffix, and their label
/// (`None` when two organisations share it).
type Exact = FxHashMap<Vec<String>, Option<String>>;

impl Ctx<'_> {
    /// Whether token `k` is a place: a location, country or demonym hit.
    fn place_at(&self, k: usize) -> bool {
        self.hit(k).is_some_and(|h| match h.target {
            Target::Demonym(_) => true,
            Target::Name(n) => matches!(
                self.lex.names[n as usize].kind,
                EntityType::Location | EntityType::Country
            ),
            Target::Title(_) => false,
        })
    }

    /// Whether token `k` is a one-word weapon name ("Astra", "Patriot").
    fn weapon_word_at(&self, k: usize) -> bool {
        self.hit(k).is_some_and(|h| {
            h.hi == k + 1
                && matches!(h.target, Target::Name(n) if self.lex.names[n as usize].kind == EntityType::Weapon)
        })
    }

    /// The short forms of the organisation mention `r`.
    fn short_forms_of(&self, r: &Raw, label: &str, shorts: &mut Shorts, exact: &mut Exact) {
        // Words up to the first legal suffix or punctuation: "Kidder,
        // Peabody and Co Inc" gives "Kidder" only.
        let mut end = r.lo;
        // A hyphen inside a word goes on with it ("Ameri-Cable").
        let in_word =
            |k: usize| self.t(k) == "-" && self.glued(k) && k + 1 < r.hi && self.glued(k + 1);
        while end < r.hi
            && (self.cap_word(end) || in_word(end))
            && !is(&rules::LEGAL_SUFFIXES, self.t(end))
        {
            end += 1;
        }
        // "Astra" named a company by its evidence ("AB Astra") is that
        // company everywhere in the document.
        if r.hi == r.lo + 1 {
            let list = shorts.entry(self.t(r.lo).to_string()).or_default();
            if list.is_empty() {
                list.push((vec![self.t(r.lo).to_string()], Some(label.to_string())));
            }
            return;
        }
        // The words before the suffix ("Security Pacific" of "Security
        // Pacific Corp"), or all but the last word when there is none.
        let max = if end < r.hi { end } else { r.hi - 1 };
        for k in r.lo + 1..=max {
            // Up to three words; "Ameri-Cable" is one ("First Ameri-Cable"
            // of "First Ameri-Cable Corp"), and "Borg" of "Borg-Warner
            // Corp" a prefix too.
            let n = 1
                + (r.lo + 1..k)
                    .filter(|&j| !(self.glued(j) && (self.t(j) == "-" || self.t(j - 1) == "-")))
                    .count();
            if n > 3 {
                break;
            }
            if self.t(k - 1) == "-" {
                continue;
            }
            let last = k - 1;
            // "General Automation" of "General Automation Inc": a rank
            // opening the name is no short form alone.
            if last == r.lo && self.title_at(last).is_some() {
                continue;
            }
            if is(&rules::ORG_HEADS, self.t(last))
                || is(&rules::INDUSTRY_HEADS, self.t(last))
                || is(&rules::ORG_LEADS, self.t(last))
                || self.title_at(last).is_some()
            {
                break;
            }
            // Several words must not all be common ("First National"); one
            // must be neither a place, nor a common word, nor a given name.
            let telling = (r.lo..k).any(|j| !self.is_common(j) && self.toks[j].cap);
            let one_ok = n > 1
                || (!self.place_at(r.lo)
                    && !self.is_common(r.lo)
                    && !self.given(r.lo)
                    && self.t(r.lo).chars().count() >= 3);
            // A prefix that is a place of several words ("New York") names
            // the place.
            let whole_place = self.hit(r.lo).is_some_and(|h| h.hi >= k) && self.place_at(r.lo);
            if !telling || !one_ok || whole_place {
                continue;
            }
            let words: Vec<String> = (r.lo..k).map(|j| self.t(j).to_string()).collect();
            // The whole name but its suffix: "Security Pacific" of "Security
            // Pacific Corp" beats "Security Pacific Finance Co Ltd".
            if k == end && end < r.hi {
                exact
                    .entry(words.clone())
                    .and_modify(|l| {
                        if l.as_deref() != Some(label) {
                            *l = None
                        }
                    })
                    .or_insert_with(|| Some(label.to_string()));
            }
            let list = shorts.entry(words[0].clone()).or_default();
            // Shared by two companies ("Blockbuster" of "Blockbuster
            // Entertainment Corp" and "Blockbuster Distribution Corp"): the
            // first named, usually the one the story is about.
            if !list.iter().any(|(w, _)| *w == words) {
                list.push((words, Some(label.to_string())));
            }
        }
    }

    /// Prefixes of the document's rule-made organisation names, found
    /// elsewhere, become mentions of those organisations.
    pub(super) fn company_short_forms(&mut self) {
        let mut shorts = Shorts::default();
        let orgs: Vec<(Raw, String)> = self
            .out
            .iter()
            .filter(|r| r.kind == EntityType::Organisation)
            .filter(|r| r.hi - r.lo >= 2 || self.weapon_word_at(r.lo))
            .filter_map(|r| match &r.key {
                Key::Label(l) => Some((r.clone(), l.clone())),
                _ => None,
            })
            .collect();
        // "Greenspan" after "Alan Greenspan" is the person, whatever
        // "Greenspan Associates Inc" is.
        let surnames: FxHashSet<&str> = self
            .out
            .iter()
            .filter(|r| r.kind == EntityType::Person && r.hi - r.lo >= 2)
            .filter(|r| matches!(r.key, Key::Label(_)))
            .map(|r| self.t(r.hi - 1))
            .collect();
        let mut exact = Exact::default();
        for (r, label) in &orgs {
            let last = label.split_whitespace().last().unwrap_or("");
            let company = is(&rules::LEGAL_SUFFIXES, last)
                || is(&rules::INDUSTRY_HEADS, last)
                || is(&rules::COMPANY_HEADS, last)
                || r.hi == r.lo + 1;
            if company {
                self.short_forms_of(r, label, &mut shorts, &mut exact);
            }
        }
        for list in shorts.values_mut() {
            for (w, l) in list.iter_mut() {
                if l.is_none() {
                    *l = exact.get(w).cloned().flatten();
                }
            }
        }
        for list in shorts.values_mut() {
            list.retain(|(w, _)| w.len() > 1 || !surnames.contains(w[0].as_str()));
        }
        shorts.retain(|_, list| !list.is_empty());
        if shorts.is_empty() {
            return;
        }
        for list in shorts.values_mut() {
            list.sort_by_key(|x| std::cmp::Reverse(x.0.len()));
        }
        // "Ohio Commerce", made an organisation by its own words, is the
        // short form of "Ohio Commerce Bancshares Inc".
        for r in &mut self.out {
            if r.kind != EntityType::Organisation || !matches!(r.key, Key::Label(_)) {
                continue;
            }
            let words = &self.words[r.lo..r.hi];
            let full = shorts.get(words[0]).and_then(|list| {
                list.iter().find(|(w, _)| {
                    w.len() == words.len() && w.iter().zip(words).all(|(a, b)| a == b)
                })
            });
            if let Some((_, Some(label))) = full {
                r.key = Key::Label(label.clone());
            }
        }
        self.out.sort_by_key(|r| (r.lo, r.hi));
        // Per token: the organisation mention covering it.
        let mut in_org = vec![false; self.toks.len()];
        for r in self
            .out
            .iter()
            .filter(|r| r.kind == EntityType::Organisation)
        {
            in_org[r.lo..r.hi].iter_mut().for_each(|x| *x = true);
        }
        let mut found: Vec<(usize, usize, String)> = Vec::new();
        // The lengths and first bytes of the short forms' first words turn
        // most tokens away before hashing them (every token is looked at).
        let mut lens = 0u64;
        let mut firsts = [false; 256];
        for w in shorts.keys() {
            lens |= 1 << w.len().min(63);
            firsts[w.as_bytes().first().map_or(0, |&b| b as usize)] = true;
        }
        let may_start = |w: &str| {
            lens & (1 << w.len().min(63)) != 0
                && firsts[w.as_bytes().first().map_or(0, |&b| b as usize)]
        };
        let mut i = 0;
        while i < self.toks.len() {
            // One pass to the next token that may open a short form.
            let Some(n) = self.words[i..]
                .iter()
                .zip(&in_org[i..])
                .position(|(w, &org)| !org && may_start(w))
            else {
                break;
            };
            i += n;
            let Some(list) = shorts.get(self.t(i)) else {
                i += 1;
                continue;
            };
            let s = self.toks[i].sentence;
            let hit = list.iter().find(|(words, _)| {
                let k = i + words.len();
                k <= self.toks.len()
                    && (i..k).all(|j| self.toks[j].sentence == s && !in_org[j])
                    && words.iter().enumerate().all(|(n, w)| self.t(i + n) == w)
            });
            let Some((words, Some(label))) = hit else {
                i += 1;
                continue;
            };
            let k = i + words.len();
            let name_word = |j: usize| {
                self.toks[j].sentence == s
                    && self.cap_word(j)
                    && !self.is_common(j)
                    && !is(&rules::LEGAL_SUFFIXES, self.t(j))
            };
            let alone = (i == 0 || !name_word(i - 1)) && (k >= self.toks.len() || !name_word(k));
            if alone {
                found.push((i, k, label.clone()));
            }
            i = k;
        }
        if found.is_empty() {
            return;
        }
        // Per token: the widest span of the mentions covering it.
        let n = self.toks.len();
        let mut cover: Vec<Option<(usize, usize)>> = vec![None; n];
        for r in &self.out {
            for c in &mut cover[r.lo..r.hi] {
                *c = Some(c.map_or((r.lo, r.hi), |(a, b)| (a.min(r.lo), b.max(r.hi))));
            }
        }
        let mut span_of: Vec<Option<usize>> = vec![None; n];
        let mut kept = Vec::new();
        for (lo, hi, label) in found {
            let covered: Vec<(usize, usize)> = cover[lo..hi].iter().flatten().copied().collect();
            // Every mention it covers lies inside it, and there is one.
            if covered.is_empty() || covered.iter().any(|&(a, b)| a < lo || b > hi) {
                continue;
            }
            span_of[lo..hi]
                .iter_mut()
                .for_each(|x| *x = Some(kept.len()));
            kept.push((lo, hi, label));
        }
        if kept.is_empty() {
            return;
        }
        self.out
            .retain(|r| span_of[r.lo].is_none() || span_of[r.lo] != span_of[r.hi - 1]);
        for (lo, hi, label) in kept {
            self.out.push(Raw {
                lo,
                hi,
                kind: EntityType::Organisation,
                key: Key::Label(label),
                acronym: None,
            });
        }
        self.out.sort_by_key(|r| (r.lo, r.hi));
    }
}
