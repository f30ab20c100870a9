//! Resolution inside one document: mentions to entities.
//!
//! - lexicon mentions group by their canonical name;
//! - rule-made names group by type and normalised text;
//! - a person's short forms join the full name: "Singh" → "Rajnath Singh",
//!   "James Mattis" → "James N. Mattis" (same first and last word);
//! - pending words join what they abbreviate: an acronym defined in the text
//!   or made of an entity's initials ("IAF" → "Indian Air Force"), a surname,
//!   a ship's name;
//! - a designator joins its one longer variant ("M777" → "M777A2");
//! - names change type by the words around them (`resolve/evidence.rs`):
//!   "Taft shares" is a firm, "Nogales said" after "Javier Nogales ..." the
//!   person, "in Cherry Hill, N.J." a town;
//! - the label is the lexicon name, else the fullest form first written, and
//!   the id is `type:slug(label)`.

use rustc_hash::{FxHashMap, FxHashSet};

use super::lexicon::{designator_key, Lexicon};
use super::tagger::{Key, Raw};
use super::{slug_into, Entity, EntityType, Mention};
use crate::text::Token;

mod evidence;
mod keys;

pub(crate) use keys::LexMemo;
use keys::{
    initials, is_initials, norm, norm_into, norm_trim, org_core, two_words, within_one_edit,
    Lengths,
};

struct Group {
    kind: EntityType,
    lex: Option<u32>,
    members: Vec<usize>,
}

pub(crate) fn resolve(
    lex: &Lexicon,
    lex_memo: &LexMemo,
    text: &str,
    toks: &[Token],
    raw: Vec<Raw>,
) -> Vec<Entity> {
    // Sized for a group and a key per mention, which the first step never
    // passes (later steps may add a few).
    let n = raw.len();
    let mut r = Resolver {
        lex,
        lex_memo,
        text,
        toks,
        assign: vec![None; n],
        raw,
        groups: Vec::with_capacity(n),
        by_key: FxHashMap::with_capacity_and_hasher(n, Default::default()),
        by_lex: FxHashMap::with_capacity_and_hasher(n, Default::default()),
    };
    r.group_names();
    r.merge_people();
    r.short_forms();
    r.complete_one_word_people();
    r.companies_by_their_words();
    r.firms_by_what_follows();
    r.people_named_like_organisations();
    r.firms_by_their_talk();
    r.places_named_like_companies();
    r.places_named_like_people();
    r.towns_before_states();
    r.merge_designators();
    r.entities()
}

/// The state of one document's resolution: mentions, the groups they form,
/// and the keys that find a group.
struct Resolver<'a> {
    lex: &'a Lexicon,
    lex_memo: &'a LexMemo,
    text: &'a str,
    toks: &'a [Token],
    raw: Vec<Raw>,
    groups: Vec<Group>,
    /// Per mention: its group.
    assign: Vec<Option<usize>>,
    /// Rule-made and lexicon names by type and key (see [`Resolver::key_of`]).
    by_key: FxHashMap<(EntityType, String), usize>,
    by_lex: FxHashMap<u32, usize>,
}

/// Short form → group; `None` when two groups share it.
type ShortForms = FxHashMap<String, Option<usize>>;

fn add_short(short: &mut ShortForms, k: String, g: usize) {
    if k.is_empty() {
        return;
    }
    short
        .entry(k)
        .and_modify(|v| {
            if *v != Some(g) {
                *v = None // ambiguous
            }
        })
        .or_insert(Some(g));
}

impl<'a> Resolver<'a> {
    fn surf(&self, i: usize) -> &'a str {
        let r = &self.raw[i];
        &self.text[self.toks[r.lo].start as usize..self.toks[r.hi - 1].end as usize]
    }

    /// The first and last words of mention `i` (trimmed of periods), and
    /// whether it has two words or more; `None` for a mention of white
    /// space only.
    fn ends(&self, i: usize) -> Option<(&'a str, &'a str, bool)> {
        let mut words = self.surf(i).split_whitespace();
        let first = words.next()?;
        let last = words.next_back();
        Some((
            first.trim_end_matches('.'),
            last.unwrap_or(first).trim_end_matches('.'),
            last.is_some(),
        ))
    }

    /// An organisation's key is its core name, so "UK Ministry of Defence",
    /// "Ministry of Defence" and "Mahindra Defence Systems Ltd." meet; a
    /// weapon's is its letters and digits.
    fn key_of(&self, kind: EntityType, label: &str) -> String {
        match kind {
            EntityType::Organisation => org_core(self.lex, label),
            EntityType::Weapon => designator_key(label),
            _ => norm(label),
        }
    }

    fn new_group(&mut self, kind: EntityType, lex: Option<u32>) -> usize {
        self.groups.push(Group {
            kind,
            lex,
            members: vec![],
        });
        self.groups.len() - 1
    }

    /// The group of rule-made names with this key, made if new.
    fn keyed_group(&mut self, kind: EntityType, label: &str) -> usize {
        let k = self.key_of(kind, label);
        self.group_of_key(kind, k)
    }

    /// The group of rule-made names of `kind` with key `k` ([`Resolver::key_of`]), made if new.
    fn group_of_key(&mut self, kind: EntityType, k: String) -> usize {
        let k = (kind, k);
        match self.by_key.get(&k) {
            Some(&g) => g,
            None => {
                let g = self.new_group(kind, None);
                self.by_key.insert(k, g);
                g
            }
        }
    }

    fn join(&mut self, i: usize, g: usize) {
        self.groups[g].members.push(i);
        self.assign[i] = Some(g);
    }

    /// Moves each mention of the groups of `kind` to the group `target`
    /// names for it ([`Resolver::join`]); the others stay.
    fn regroup(&mut self, kind: EntityType, target: impl Fn(&Self, usize) -> Option<usize>) {
        for g in 0..self.groups.len() {
            if self.groups[g].kind != kind {
                continue;
            }
            let members = std::mem::take(&mut self.groups[g].members);
            let mut kept = Vec::with_capacity(members.len());
            for m in members {
                match target(self, m) {
                    Some(t) => self.join(m, t),
                    None => kept.push(m),
                }
            }
            self.groups[g].members = kept;
        }
    }

    fn move_members(&mut self, from: usize, to: usize) {
        let moved = std::mem::take(&mut self.groups[from].members);
        for &m in &moved {
            self.assign[m] = Some(to);
        }
        self.groups[to].members.extend(moved);
    }

    fn label(&self, g: usize) -> String {
        group_label(self.lex, self.text, self.toks, &self.raw, &self.groups[g])
    }

    /// Step 1: lexicon names, then rule-made names (people with two or more words;
    /// one-word people and ships wait for their full names).
    fn group_names(&mut self) {
        // A name whose acronym the lexicon knows joins it: "INdian Small
        // Arms System (INSAS)". Made only when a rule-made name has an
        // acronym (few documents define one).
        let acronym_of: FxHashMap<usize, u32> = if self
            .raw
            .iter()
            .any(|r| r.acronym.is_some() && matches!(r.key, Key::Label(_)))
        {
            self.raw
                .iter()
                .filter_map(|r| match r.key {
                    Key::Lex(n) => Some((r.lo, n)),
                    _ => None,
                })
                .collect()
        } else {
            FxHashMap::default()
        };
        // Lexicon names first, then rule-made ones.
        for lex_pass in [true, false] {
            for i in 0..self.raw.len() {
                let r = &self.raw[i];
                if matches!(r.key, Key::Lex(_)) != lex_pass {
                    continue;
                }
                let kind = r.kind;
                let g = match &r.key {
                    Key::Lex(n) => match self.by_lex.get(n) {
                        Some(&g) => g,
                        None => {
                            let n = *n;
                            let name = &self.lex.names[n as usize];
                            let key = if name.kind == kind {
                                self.lex_memo.0[n as usize]
                                    .key
                                    .get_or_init(|| self.key_of(kind, &name.label))
                                    .clone()
                            } else {
                                self.key_of(kind, &name.label)
                            };
                            let k = (kind, key);
                            let g = self.new_group(kind, Some(n));
                            self.by_lex.insert(n, g);
                            self.by_key.entry(k).or_insert(g);
                            g
                        }
                    },
                    Key::Label(l) => {
                        if matches!(kind, EntityType::Person | EntityType::Weapon)
                            && r.hi - r.lo < 2
                            && !l.contains(|c: char| c.is_ascii_digit())
                        {
                            continue;
                        }
                        let known = r
                            .acronym
                            .and_then(|a| acronym_of.get(&a))
                            .and_then(|n| self.by_lex.get(n))
                            .copied();
                        match known.filter(|&g| self.groups[g].kind == kind) {
                            Some(g) => g,
                            None => {
                                let k = self.key_of(kind, l);
                                self.group_of_key(kind, k)
                            }
                        }
                    }
                    _ => continue,
                };
                self.join(i, g);
            }
        }
    }

    /// People: same first and last word are one person ("James Mattis",
    /// "James N. Mattis"; "Boginsky" / "Boginskiy").
    fn merge_people(&mut self) {
        // Earlier people by first word, so a document naming thousands of
        // people costs no more than a scan of the namesakes.
        let mut by_first: FxHashMap<&'a str, Vec<(usize, &'a str)>> = FxHashMap::default();
        for g in 0..self.groups.len() {
            let grp = &self.groups[g];
            if grp.kind != EntityType::Person || grp.lex.is_some() {
                continue;
            }
            let Some(&m) = grp.members.first() else {
                continue;
            };
            let Some((first, last, _)) = self.ends(m) else {
                continue;
            };
            let namesakes = by_first.entry(first).or_default();
            let same = namesakes
                .iter()
                .find(|(_, y)| *y == last || (last.len() >= 5 && within_one_edit(last, y)))
                .map(|&(h, _)| h);
            match same {
                Some(h) => self.move_members(g, h),
                None => namesakes.push((g, last)),
            }
        }
    }

    /// Step 2: short forms: surnames, family names, acronyms, initials, ship and
    /// system names; then the mentions not yet placed join what they abbreviate
    /// ("Singh", "Mr Wallace", "IAF") or start a group of their own.
    fn short_forms(&mut self) {
        // What the mentions not yet placed need (most documents place
        // every mention by its name, and need none of the maps below).
        let (mut need_short, mut need_labels, mut need_cores) = (false, false, false);
        // The lengths of the keys the labels will be asked for.
        let mut asked = Lengths::default();
        for (i, r) in self.raw.iter().enumerate() {
            if self.assign[i].is_none() {
                match r.key {
                    Key::Unknown => (need_labels, need_cores) = (true, true),
                    Key::Label(_) => need_short = true,
                    Key::Pending => (need_short, need_labels) = (true, true),
                    Key::Lex(_) => continue,
                }
                if matches!(r.key, Key::Unknown | Key::Pending) {
                    let asks = self.surf(i).trim_end_matches('.');
                    let trimmed = norm_trim(asks);
                    // An ASCII key is as long as what it lower-cases.
                    asked.add(if trimmed.is_ascii() {
                        trimmed.len()
                    } else {
                        norm(asks).len()
                    });
                }
            }
        }
        if !(need_short || need_labels) {
            return;
        }
        let mut short = ShortForms::default();
        let mut first_names = ShortForms::default();
        if need_short {
            for g in 0..self.groups.len() {
                let Some(&first) = self.groups[g].members.first() else {
                    continue;
                };
                let grp = &self.groups[g];
                match grp.kind {
                    EntityType::Person => {
                        if let Some((given, last, two)) = self.ends(first) {
                            add_short(&mut short, last.to_string(), g);
                            // "Kim" for "Kim Jong-un": family names written first.
                            if two {
                                add_short(&mut first_names, given.to_string(), g);
                            }
                        }
                    }
                    _ => {
                        let label: &str = match grp.lex {
                            Some(n) => &self.lex.names[n as usize].label,
                            None => self.surf(first),
                        };
                        if two_words(label) {
                            let initials = match grp.lex {
                                Some(n) => self.lex_memo.0[n as usize]
                                    .initials
                                    .get_or_init(|| initials(label))
                                    .clone(),
                                None => initials(label),
                            };
                            add_short(&mut short, initials, g);
                        }
                        // A ship or a system by its last name: "Sutherland", "the Typhoon".
                        if grp.kind == EntityType::Weapon && label.contains(' ') {
                            let last = label.split_whitespace().last().unwrap_or("");
                            if !last.chars().any(|c| c.is_ascii_digit()) {
                                add_short(&mut short, last.to_string(), g);
                            }
                        }
                    }
                }
            }
            // Acronyms defined in the text beat everything.
            for (i, r) in self.raw.iter().enumerate() {
                if let (Some(a), Some(g)) = (r.acronym, self.assign[i]) {
                    short.insert(self.toks[a].text(self.text).to_string(), Some(g));
                }
            }
        }
        // Labels of groups, for unknown multi-word names that repeat them.
        let mut labels: FxHashMap<String, usize> = FxHashMap::default();
        if need_labels {
            // A surface seen before has its key in already (a name is mostly
            // written the same way each time): normalised once. An ASCII
            // surface whose key would have a length no key asked for has,
            // is left out (most are).
            let mut seen: FxHashSet<&str> = FxHashSet::default();
            for (g, grp) in self.groups.iter().enumerate() {
                for &m in &grp.members {
                    let surface = self.surf(m);
                    let trimmed = norm_trim(surface);
                    if trimmed.is_ascii() && !asked.may_hold(trimmed.len()) {
                        continue;
                    }
                    if seen.insert(surface) {
                        labels.entry(norm(surface)).or_insert(g);
                    }
                }
            }
        }
        // "the Anheuser-Busch unit" after "Anheuser-Busch Cos": a company's
        // name of two words or more without its legal suffix (not one
        // word: "Heritage" after "National Heritage Inc" is no company).
        let mut cores: FxHashMap<String, usize> = FxHashMap::default();
        if need_cores {
            for (g, grp) in self.groups.iter().enumerate() {
                if grp.kind != EntityType::Organisation {
                    continue;
                }
                for &m in &grp.members {
                    // The last word first: most names end in no legal suffix.
                    let last = self.surf(m).split_whitespace().next_back();
                    if !last.is_some_and(|w| super::rules::is(&super::rules::LEGAL_SUFFIXES, w)) {
                        continue;
                    }
                    let words: Vec<&str> = self.surf(m).split_whitespace().collect();
                    // Without the suffix just found.
                    if words.len() >= 2 {
                        cores
                            .entry(norm(&words[..words.len() - 1].join(" ")))
                            .or_insert(g);
                    }
                }
            }
        }
        // A lookup's key, reused.
        let mut key = String::new();
        for i in 0..self.raw.len() {
            if self.assign[i].is_some() {
                continue;
            }
            let r = &self.raw[i];
            let s = self.surf(i).trim_end_matches('.');
            let g = match &r.key {
                Key::Unknown => {
                    norm_into(s, &mut key);
                    let k = key.as_str();
                    labels.get(k).or_else(|| cores.get(k)).copied()
                }
                Key::Label(l) => {
                    // A one-word person after a title, or a ship named by its name alone.
                    let kind = r.kind;
                    let person = kind == EntityType::Person;
                    match short
                        .get(s)
                        .or_else(|| first_names.get(s).filter(|_| person))
                    {
                        Some(Some(g)) if self.groups[*g].kind == kind => Some(*g),
                        _ => {
                            let k = self.key_of(kind, l);
                            Some(self.group_of_key(kind, k))
                        }
                    }
                }
                Key::Pending => match short.get(s).or_else(|| first_names.get(s)) {
                    Some(Some(g)) => Some(*g),
                    _ if labels.is_empty() => None,
                    _ => {
                        norm_into(s, &mut key);
                        labels.get(key.as_str()).copied()
                    }
                },
                Key::Lex(_) => None,
            };
            if let Some(g) = g {
                self.join(i, g);
            }
        }
    }

    /// A person known by one word ("Jung said") is named in full by an
    /// unknown run that starts or ends with it ("Jung Changwook, head of ...").
    fn complete_one_word_people(&mut self) {
        for i in 0..self.raw.len() {
            let r = &self.raw[i];
            if self.assign[i].is_some()
                || r.key != Key::Unknown
                || !(2..=3).contains(&(r.hi - r.lo))
            {
                continue;
            }
            let Some((first, last, _)) = self.ends(i) else {
                continue;
            };
            let one_word = |g: &usize| {
                self.groups[*g].kind == EntityType::Person
                    && self.groups[*g]
                        .members
                        .iter()
                        .all(|&m| self.raw[m].hi - self.raw[m].lo == 1)
            };
            let found = [first, last].iter().find_map(|x| {
                self.by_key
                    .get(&(EntityType::Person, norm(x)))
                    .filter(|g| one_word(g))
                    .copied()
            });
            if let Some(g) = found {
                self.join(i, g);
                self.raw[i].key = Key::Label(self.surf(i).to_string());
            }
        }
    }

    /// A one-word "person" never named in full whose sentences speak of it
    /// as a company is one: "Motorola said its sales rose", "Avnet said it
    /// will use the proceeds", "Kodak's subsidiary". A person says "it
    /// was", "it would be" as often, so "it" counts only before another
    /// verb; see [`company_talk_after`].
    fn companies_by_their_words(&mut self) {
        // Only a rule-made person known by one word can become a company
        // (each step below changes only the group it reads, so they can
        // be found first): none, nothing to do.
        let candidates: Vec<usize> = (0..self.groups.len())
            .filter(|&g| {
                let grp = &self.groups[g];
                grp.kind == EntityType::Person
                    && grp.lex.is_none()
                    && !grp.members.is_empty()
                    && grp.members.iter().all(|&m| {
                        let r = &self.raw[m];
                        r.hi == r.lo + 1
                            && !self
                                .lex
                                .given_names
                                .contains(self.toks[r.lo].text(self.text))
                    })
            })
            .collect();
        if candidates.is_empty() {
            return;
        }
        // One-word mentions by their word: the group's and the unknown ones.
        let mut by_word: FxHashMap<&'a str, Vec<usize>> = FxHashMap::default();
        for (i, r) in self.raw.iter().enumerate() {
            if r.hi == r.lo + 1 && matches!(r.key, Key::Label(_) | Key::Pending) {
                by_word
                    .entry(self.toks[r.lo].text(self.text))
                    .or_default()
                    .push(i);
            }
        }
        for g in candidates {
            let grp = &self.groups[g];
            let word = self.toks[self.raw[grp.members[0]].lo].text(self.text);
            let same: Vec<usize> = by_word
                .get(word)
                .into_iter()
                .flatten()
                .copied()
                .filter(|&i| self.assign[i].is_none() || self.assign[i] == Some(g))
                .collect();
            if same
                .iter()
                .any(|&i| company_talk_after(self.text, self.toks, self.raw[i].hi))
            {
                self.groups[g].kind = EntityType::Organisation;
                for i in same {
                    if self.assign[i].is_none() {
                        self.join(i, g);
                    }
                }
            }
        }
    }

    /// A "person" that is an organisation's name without its suffix is that
    /// organisation: "Excelan said" after "Excelan Inc", "Computer Terminal"
    /// after "Computer Terminal Systems Inc"; so is a person known by one
    /// word only that starts an organisation's name ("Merrill" after
    /// "Merrill Lynch") or is a one-word mention of it ("BAe" after
    /// "British Aerospace Plc (BAe)").
    fn people_named_like_organisations(&mut self) {
        use super::rules::{is, INDUSTRY_HEADS, LEGAL_SUFFIXES, ORG_HEADS};
        // Only a rule-made person can move: none, nothing to do (most
        // documents name no person, or only lexicon ones).
        // Each candidate with its label, and whether it is known by one
        // word only (moving one changes no other: they can be found first).
        let candidates: Vec<(usize, String, bool)> = (0..self.groups.len())
            .filter(|&g| {
                let grp = &self.groups[g];
                grp.kind == EntityType::Person && grp.lex.is_none() && !grp.members.is_empty()
            })
            .map(|g| {
                let label = self.label(g);
                let one_word = self.groups[g].members.iter().all(|&m| {
                    let r = &self.raw[m];
                    r.hi == r.lo + 1
                }) && !label.contains(' ');
                (g, label, one_word)
            })
            .collect();
        if candidates.is_empty() {
            return;
        }
        // The first words of organisations' names are asked only for a
        // person known by one word.
        let ask_first = candidates.iter().any(|c| c.2);
        let mut org_short: FxHashMap<String, usize> = FxHashMap::default();
        let mut org_first: FxHashMap<String, usize> = FxHashMap::default();
        for g in 0..self.groups.len() {
            if self.groups[g].kind != EntityType::Organisation || self.groups[g].members.is_empty()
            {
                continue;
            }
            let label = self.label(g);
            let mut words: Vec<&str> = label.split_whitespace().collect();
            // "Cheung Kong (Holdings) Ltd", "W.R. Grace and Co": suffixes,
            // a bracketed head, the "and" before a suffix.
            while words.len() > 1
                && (is(&LEGAL_SUFFIXES, words[words.len() - 1])
                    || words[words.len() - 1].starts_with('(')
                    || matches!(words[words.len() - 1], "and" | "&"))
            {
                words.pop();
            }
            org_short.entry(norm(&words.join(" "))).or_insert(g);
            let first = words[0];
            if ask_first
                && words.len() > 1
                && first.chars().count() >= 3
                && first.starts_with(char::is_uppercase)
                && !self
                    .lex
                    .common_words
                    .contains(first.to_lowercase().as_str())
            {
                org_first.entry(first.to_string()).or_insert(g);
            }
            let last = words[words.len() - 1];
            // "J.C. Penney Co Inc", "W.R. Grace and Co": initials and a
            // surname name a company; "Penney said" is the company.
            // ("U.K. Oil" is no such name: "oil" is a common word.)
            if ask_first
                && words.len() == 2
                && is_initials(words[0])
                && last.starts_with(char::is_uppercase)
                && !self.lex.common_words.contains(last.to_lowercase().as_str())
            {
                org_first.entry(last.to_string()).or_insert(g);
            }
            if words.len() > 1 && (is(&ORG_HEADS, last) || is(&INDUSTRY_HEADS, last)) {
                words.pop();
                org_short.entry(norm(&words.join(" "))).or_insert(g);
            }
            // "BAe said" after "British Aerospace Plc (BAe)": a one-word
            // mention of the organisation (its acronym) stands for it too.
            for &m in self.groups[g].members.iter().filter(|_| ask_first) {
                let r = &self.raw[m];
                let w = self.surf(m);
                if r.hi == r.lo + 1 && w.chars().count() >= 2 && w.starts_with(char::is_uppercase) {
                    org_first.entry(w.to_string()).or_insert(g);
                }
            }
        }
        let mut key = String::new();
        for (g, label, one_word) in candidates {
            norm_into(&label, &mut key);
            if let Some(&o) = org_short.get(key.as_str()) {
                self.move_members(g, o);
                continue;
            }
            // "Merrill said" after "Merrill Lynch": a person known by one
            // word only, the first word of an organisation's name in the
            // same document (or the surname after its initials: "Penney"
            // after "J.C. Penney Co Inc"), is that organisation.
            if one_word {
                if let Some(&o) = org_first.get(label.as_str()) {
                    self.move_members(g, o);
                }
            }
        }
    }

    fn places_named_like_companies(&mut self) {
        use super::rules::{is, COMPANY_AFTER, COMPANY_HEADS, INDUSTRY_HEADS, LEGAL_SUFFIXES};
        // Whether the words after mention `m` speak of a company.
        let company_words = |r: &Self, m: usize| {
            let hi = r.raw[m].hi;
            let next = r.toks.get(hi).map_or("", |t| t.text(r.text));
            let after = r.toks.get(hi + 1).map_or("", |t| t.text(r.text));
            company_talk_after(r.text, r.toks, hi)
                || is(&COMPANY_AFTER, next)
                || next == "common"
                || (matches!(next, "'s" | "’s") && matches!(after, "stock" | "shares"))
        };
        // Only a place's mentions followed by such words can move: none,
        // nothing to do (the companies' names are not read).
        if !self
            .groups
            .iter()
            .filter(|grp| grp.kind == EntityType::Location)
            .flat_map(|grp| &grp.members)
            .any(|&m| company_words(self, m))
        {
            return;
        }
        let mut prefixes: FxHashMap<String, usize> = FxHashMap::default();
        for g in 0..self.groups.len() {
            if self.groups[g].kind != EntityType::Organisation || self.groups[g].members.is_empty()
            {
                continue;
            }
            let label = self.label(g);
            let words: Vec<&str> = label.split_whitespace().collect();
            let last = words[words.len() - 1];
            if !(is(&LEGAL_SUFFIXES, last) || is(&COMPANY_HEADS, last) || is(&INDUSTRY_HEADS, last))
            {
                continue;
            }
            for n in 1..words.len().min(4) {
                prefixes.entry(words[..n].join(" ")).or_insert(g);
            }
        }
        if prefixes.is_empty() {
            return;
        }
        self.regroup(EntityType::Location, |r, m| {
            prefixes
                .get(r.surf(m))
                .copied()
                .filter(|_| company_words(r, m))
        });
    }

    /// Step 3: designators: "M777" joins "M777A2" when that is its only longer variant.
    fn merge_designators(&mut self) {
        let keys: Vec<(usize, String)> = (0..self.groups.len())
            .filter(|&g| {
                self.groups[g].kind == EntityType::Weapon && !self.groups[g].members.is_empty()
            })
            .map(|g| (g, designator_key(&self.label(g))))
            .collect();
        // Sorted, the keys that extend a key follow it.
        let mut sorted: Vec<&(usize, String)> = keys.iter().collect();
        sorted.sort_by(|a, b| a.1.cmp(&b.1));
        for (n, (g, k)) in sorted.iter().map(|x| (x.0, &x.1)).enumerate() {
            if k.len() < 2 || !k.chars().any(|c| c.is_ascii_digit()) {
                continue;
            }
            let longer: Vec<usize> = sorted[n + 1..]
                .iter()
                .take_while(|(_, kh)| kh.starts_with(k.as_str()))
                .filter(|(h, kh)| {
                    *h != g
                        && kh.len() > k.len()
                        && kh[k.len()..].starts_with(|c: char| c.is_alphabetic())
                })
                .map(|(h, _)| *h)
                .collect();
            if let [h] = longer[..] {
                self.move_members(g, h);
            }
        }
    }

    /// Step 4: entities, merged by id, ordered by first mention.
    fn entities(&self) -> Vec<Entity> {
        // At most one entity per group that has members.
        let most = self.groups.iter().filter(|g| !g.members.is_empty()).count();
        let mut entities: Vec<Entity> = Vec::with_capacity(most);
        // Each id is kept here, and moved to its entity at the end.
        let mut by_id: FxHashMap<String, usize> =
            FxHashMap::with_capacity_and_hasher(most, Default::default());
        for (g, grp) in self.groups.iter().enumerate() {
            if grp.members.is_empty() {
                continue;
            }
            let label = self.label(g);
            let id = match grp.lex {
                Some(n) if self.lex.names[n as usize].kind == grp.kind => self.lex_memo.0
                    [n as usize]
                    .id
                    .get_or_init(|| entity_id(grp.kind, &label))
                    .clone(),
                _ => entity_id(grp.kind, &label),
            };
            if id.len() == grp.kind.as_str().len() + 1 {
                continue; // an empty slug
            }
            let mentions = grp.members.iter().map(|&m| {
                let r = &self.raw[m];
                Mention {
                    start: self.toks[r.lo].start as usize,
                    end: self.toks[r.hi - 1].end as usize,
                    sentence: self.toks[r.lo].sentence as usize,
                }
            });
            match by_id.get(&id) {
                Some(&e) => entities[e].mentions.extend(mentions),
                None => {
                    by_id.insert(id, entities.len());
                    entities.push(Entity {
                        id: String::new(),
                        kind: grp.kind,
                        label,
                        mentions: mentions.collect(),
                    });
                }
            }
        }
        for (id, e) in by_id {
            entities[e].id = id;
        }
        for e in &mut entities {
            e.mentions.sort();
            // The same mention twice is one; overlapping spans of one
            // entity ("Orhan" inside "Orhan Yilmazer", found by fuzzing)
            // are one mention: keep the longest.
            e.mentions.dedup_by(|m, last| {
                if *m == *last {
                    return true;
                }
                if m.start >= last.end {
                    return false;
                }
                if m.end - m.start > last.end - last.start {
                    *last = *m;
                }
                true
            });
        }
        entities.sort_by_key(|e| (e.mentions[0].start, e.mentions[0].end));
        entities
    }
}

/// `type:slug`, made in one string (this runs for every entity).
fn entity_id(kind: EntityType, label: &str) -> String {
    let kind = kind.as_str();
    let mut id = String::with_capacity(kind.len() + 1 + label.len());
    id.push_str(kind);
    id.push(':');
    slug_into(&mut id, label);
    id
}

fn group_label(lex: &Lexicon, text: &str, toks: &[Token], raw: &[Raw], grp: &Group) -> String {
    if let Some(n) = grp.lex {
        return lex.names[n as usize].label.clone();
    }
    // The fullest form, first written.
    let mut best: Option<(usize, &Raw)> = None;
    for &m in &grp.members {
        let r = &raw[m];
        if let Key::Label(_) = r.key {
            let n = r.hi - r.lo;
            if best.is_none_or(|(bn, br)| n > bn || (n == bn && r.lo < br.lo)) {
                best = Some((n, r));
            }
        }
    }
    let r = best.map(|(_, r)| r).unwrap_or(&raw[grp.members[0]]);
    let s: &str = match &r.key {
        Key::Label(l) => l,
        _ => &text[toks[r.lo].start as usize..toks[r.hi - 1].end as usize],
    };
    let s = s.strip_prefix("the ").unwrap_or(s);
    if s.ends_with("Co.") || s.ends_with("Inc.") {
        s.to_string()
    } else {
        s.trim_end_matches('.').to_string()
    }
}

fn company_talk_after(text: &str, toks: &[Token], k: usize) -> bool {
    use super::rules::{is, COMPANY_PARTS, SAID};
    let s = toks.get(k).map(|t| t.sentence);
    let w = |j: usize| {
        toks.get(j)
            .filter(|t| Some(t.sentence) == s)
            .map_or("", |t| t.text(text))
    };
    if matches!(w(k), "'s" | "’s") {
        return is(&COMPANY_PARTS, &w(k + 1).to_lowercase());
    }
    if !is(&SAID, w(k)) {
        return false;
    }
    // "said in a statement that it will", "said today its": what the
    // saying was in, and when, come between.
    let mut j = k + 1;
    if w(j) == "in" && matches!(w(j + 1), "a" | "an" | "its") {
        match (j + 2..j + 12).find(|&t| matches!(w(t), "that" | "it" | "its" | "")) {
            Some(t) if w(t) == "that" => j = t,
            _ => return false,
        }
    }
    if matches!(w(j), "today" | "yesterday") {
        j += 1;
    }
    if w(j) == "that" {
        j += 1;
    }
    match w(j) {
        "its" => true,
        "it" => {
            let mut j = j + 1;
            while matches!(w(j), "not" | "also" | "still" | "now") {
                j += 1;
            }
            let verb = w(j);
            if matches!(
                verb,
                "will" | "would" | "may" | "might" | "could" | "can" | "should"
            ) {
                let mut v = j + 1;
                while matches!(w(v), "not" | "also" | "still" | "now") {
                    v += 1;
                }
                !matches!(w(v), "be" | "have" | "") && w(v).chars().all(char::is_lowercase)
            } else if matches!(verb, "is" | "was") {
                // "said it is selling its stake": a progressive verb and
                // its object after an article or "its" (not "it was
                // heartening that", "it is choosing many of").
                let ing = w(j + 1);
                ing.len() > 5
                    && ing.ends_with("ing")
                    && ing.chars().all(|c| c.is_ascii_lowercase())
                    && matches!(w(j + 2), "its" | "the" | "a" | "an")
            } else {
                !matches!(
                    verb,
                    "'s" | "’s" | "seems" | "seemed" | "appears" | "appeared" | ""
                ) && verb.chars().all(char::is_lowercase)
                    && !verb.ends_with("ly")
            }
        }
        _ => false,
    }
}
