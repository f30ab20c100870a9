//! Resolution steps that decide a name's type from the words around its
//! mentions on general news: a "person" before a firm's holdings or parts
//! ("Taft shares") is a firm; a place that speaks and is a word of a
//! person's full name ("Nogales said") is the person; a "person" between a
//! preposition and a comma and a state is a town ("in Cherry Hill, N.J.");
//! a "person" that speaks of its own deals and results with no mention
//! showing a person ("Diamond Shamrock said it raised its prices") is a
//! firm. Tests in `extract/tests_joined.rs` and `extract/tests_firms.rs`.

use rustc_hash::FxHashMap;

use super::super::tagger::Key;
use super::super::EntityType;
use super::Resolver;
use crate::text::Token;

impl<'a> Resolver<'a> {
    /// The text of token `j` when it lies in sentence `s`, else "".
    fn word_in(&self, j: usize, s: u32) -> &'a str {
        self.toks
            .get(j)
            .filter(|t| t.sentence == s)
            .map_or("", |t| t.text(self.text))
    }

    /// "Taft shares rose", "35 new Tolvane stores", "its John Carr unit": a
    /// "person" right before a firm's holdings or parts in lower case
    /// ([`rules::FIRM_OBJECTS`]) is a firm's name there. When every
    /// mention of the person is such, the group is the firm; otherwise
    /// those mentions leave it for a firm of their own words (a firm named
    /// after its founder: "Dudley Taft" and "Taft stock").
    pub(super) fn firms_by_what_follows(&mut self) {
        for g in 0..self.groups.len() {
            let grp = &self.groups[g];
            if grp.kind != EntityType::Person || grp.lex.is_some() || grp.members.is_empty() {
                continue;
            }
            let flagged: Vec<usize> = grp
                .members
                .iter()
                .copied()
                .filter(|&m| firm_object_after(self.text, self.toks, self.raw[m].hi))
                .collect();
            if flagged.is_empty() {
                continue;
            }
            if flagged.len() == grp.members.len() {
                self.groups[g].kind = EntityType::Organisation;
                continue;
            }
            self.groups[g].members.retain(|m| !flagged.contains(m));
            for i in flagged {
                let surf = self.surf(i).to_string();
                self.raw[i].kind = EntityType::Organisation;
                self.raw[i].key = Key::Label(surf.clone());
                let o = self.keyed_group(EntityType::Organisation, &surf);
                self.join(i, o);
            }
        }
    }

    /// "Polly Peck said it proposes to use the money", "Diamond Shamrock
    /// said its board met": a rule-made person whose mention is followed by
    /// what a firm says of its own deals ([`Resolver::firm_act_after`]) is
    /// the company when no mention shows a person: a title or a role word
    /// right before it ("investor Ann Vell", "Chairman Ann Vell"), initials
    /// in it, or an apposition after it that names a role or an age ("Ann
    /// Vell, chairman of", "Ann Vell, 45,"), "said he". A group led by a
    /// person speaks as "it" too ("a group led by investor Ann Vell said it
    /// bought"): the role word shows the person there.
    pub(super) fn firms_by_their_talk(&mut self) {
        for g in 0..self.groups.len() {
            let grp = &self.groups[g];
            if grp.kind != EntityType::Person || grp.lex.is_some() || grp.members.is_empty() {
                continue;
            }
            let talks = grp.members.iter().any(|&m| self.firm_act_after(m));
            if talks && !grp.members.iter().any(|&m| self.shows_person(m)) {
                self.groups[g].kind = EntityType::Organisation;
            }
        }
    }

    /// Whether mention `m` is followed by what a firm says of its own
    /// deals and holdings: "said it acquired", "said it has agreed to
    /// sell", "said it will redeem", "said its board", "said its net
    /// profit", "said earnings fell" (not "said it would resume", which
    /// anyone says of talks); or a dividend it sets or declares.
    fn firm_act_after(&self, m: usize) -> bool {
        let r = &self.raw[m];
        let s = self.toks[r.lo].sentence;
        let w = |j: usize| self.word_in(j, s);
        // "Naarden set a cash dividend", "X declared its regular dividend".
        if matches!(
            w(r.hi),
            "set" | "declared" | "omitted" | "paid" | "raised" | "cut"
        ) && (r.hi + 1..r.hi + 5).any(|k| w(k) == "dividend")
        {
            return true;
        }
        if !matches!(w(r.hi), "said" | "says") {
            return false;
        }
        let mut j = r.hi + 1;
        if matches!(w(j), "today" | "yesterday" | "that") {
            j += 1;
        }
        match w(j) {
            // "Naarden said earnings were hit": its own results, unnamed.
            "earnings" | "profits" | "revenues" | "turnover" => true,
            "its" => {
                let mut k = j + 1;
                if matches!(
                    w(k),
                    "wholly-owned" | "net" | "first" | "fourth" | "quarterly"
                ) {
                    k += 1;
                }
                FIRM_HOLDINGS.contains(&w(k))
            }
            "it" => {
                let mut k = j + 1;
                while matches!(
                    w(k),
                    "has"
                        | "had"
                        | "will"
                        | "plans"
                        | "intends"
                        | "agreed"
                        | "to"
                        | "also"
                        | "in"
                        | "principle"
                ) {
                    if w(k) == "agreed" && w(k + 1) != "to" {
                        break;
                    }
                    k += 1;
                }
                FIRM_ACTS.contains(&w(k))
            }
            _ => false,
        }
    }

    /// Whether mention `m` shows a person: a title or role word before it,
    /// initials in it, a role or an age in apposition after it, "he" or
    /// "she" after its verb ("said he"), "who" after a comma.
    fn shows_person(&self, m: usize) -> bool {
        let r = &self.raw[m];
        let s = self.toks[r.lo].sentence;
        let w = |j: usize| self.word_in(j, s);
        let role = |x: &str| {
            if matches!(
                self.lex.get(x),
                Some(super::super::lexicon::Target::Title(_))
            ) {
                return true;
            }
            let x = x.strip_suffix('s').unwrap_or(x);
            x.chars().all(|c| c.is_ascii_lowercase())
                && (["er", "or", "ist", "ant", "man", "woman"]
                    .iter()
                    .any(|e| x.len() > e.len() + 2 && x.ends_with(e))
                    || matches!(x, "attorney" | "chief" | "head" | "executive"))
        };
        let before = r.lo > 0 && role(w(r.lo - 1));
        let initials = (r.lo..r.hi).any(|k| super::is_initials(self.toks[k].text(self.text)));
        let apposition = w(r.hi) == "," && {
            let mut k = r.hi + 1;
            if matches!(w(k), "the" | "a" | "an" | "its" | "former") {
                k += 1;
            }
            role(w(k)) || w(k).chars().next().is_some_and(|c| c.is_ascii_digit())
        };
        // "Van Driel said he expected", "Ann Vell, who ...".
        let pronoun =
            matches!(w(r.hi + 1), "he" | "she") || (w(r.hi) == "," && w(r.hi + 1) == "who");
        before || initials || apposition || pronoun
    }

    /// A place that starts the name of a company named in the document is
    /// that company where its words speak of a company: "Santa Fe chairman",
    /// "Santa Fe's stock", "Wichita said it will acquire" after "Santa Fe
    /// Southern Pacific Corp" and "Wichita Industries Inc"; "in Wichita"
    /// stays the place.
    /// "a plant in Costa Mesa, Calif.", "Sunlaw Energy Corp of Beverly
    /// Hills, Calif.": a "person" after a locative preposition and before
    /// a comma and a state (its abbreviation, [`rules::STATE_ABBREVIATIONS`],
    /// or a place's name) is a town; a state's abbreviation after a comma
    /// names no firm or person.
    pub(super) fn towns_before_states(&mut self) {
        use super::super::rules::{is, STATE_ABBREVIATIONS};
        let state_at = |this: &Self, k: usize| -> bool {
            let Some(t) = this.toks.get(k) else {
                return false;
            };
            let w = t.text(this.text).trim_end_matches('.');
            is(&STATE_ABBREVIATIONS, w)
                || this.raw.iter().any(|r| {
                    r.lo == k
                        && r.kind == EntityType::Location
                        && this.toks[k..r.hi]
                            .iter()
                            .all(|t| t.sentence == this.toks[k].sentence)
                })
        };
        let mut towns: Vec<(usize, String)> = Vec::new();
        for g in 0..self.groups.len() {
            let kind = self.groups[g].kind;
            if !matches!(kind, EntityType::Person | EntityType::Organisation)
                || self.groups[g].lex.is_some()
            {
                continue;
            }
            let members = std::mem::take(&mut self.groups[g].members);
            let mut kept = Vec::with_capacity(members.len());
            for m in members {
                let r = &self.raw[m];
                let s = self.toks[r.lo].sentence;
                let w = |j: usize| self.word_in(j, s);
                let surf = self.surf(m).trim_end_matches('.');
                // ", Calif" named as a firm in a list.
                if r.lo > 0 && w(r.lo - 1) == "," && is(&STATE_ABBREVIATIONS, surf) {
                    continue;
                }
                let town = kind == EntityType::Person
                    && r.lo > 0
                    && matches!(
                        w(r.lo - 1),
                        "in" | "near" | "at" | "of" | "from" | "outside"
                    )
                    && w(r.hi) == ","
                    && self.toks.get(r.hi + 1).is_some_and(|t| t.sentence == s)
                    && state_at(self, r.hi + 1);
                if town {
                    towns.push((m, surf.to_string()));
                } else {
                    kept.push(m);
                }
            }
            self.groups[g].members = kept;
        }
        for (m, name) in towns {
            self.raw[m].kind = EntityType::Location;
            self.raw[m].key = Key::Label(name.clone());
            let g = self.keyed_group(EntityType::Location, &name);
            self.join(m, g);
        }
    }

    /// "Nogales said" after "Javier Nogales Iturri", "Ziyang told" after
    /// "Zhao Ziyang": a one-word place that speaks ([`rules::SAID`]) and is
    /// a word of a person's full name written before it in the same
    /// document is that person. A capital speaks for its government too,
    /// and says "it" ("Washington said it would sell wheat"): not then.
    pub(super) fn places_named_like_people(&mut self) {
        use super::super::rules::{is, SAID};
        // Whether one-word mention `m` speaks ("Nogales said"), not of
        // "it".
        let speaks = |res: &Self, m: usize| {
            let r = &res.raw[m];
            let s = res.toks[r.lo].sentence;
            let w = |j: usize| res.word_in(j, s);
            r.hi == r.lo + 1 && is(&SAID, w(r.hi)) && !matches!(w(r.hi + 1), "it" | "its")
        };
        // Only a place that speaks can move: none, nothing to do (the
        // people's names are not read).
        if !self
            .groups
            .iter()
            .filter(|grp| grp.kind == EntityType::Location)
            .flat_map(|grp| &grp.members)
            .any(|&m| speaks(self, m))
        {
            return;
        }
        // Word → (person, token where the full name is first written).
        let mut words: FxHashMap<&'a str, Option<(usize, usize)>> = FxHashMap::default();
        for g in 0..self.groups.len() {
            let grp = &self.groups[g];
            if grp.kind != EntityType::Person || grp.members.is_empty() {
                continue;
            }
            for &m in &grp.members {
                let r = &self.raw[m];
                if r.hi - r.lo < 2 {
                    continue;
                }
                for k in r.lo..r.hi {
                    let w = self.toks[k].text(self.text);
                    if w.chars().count() >= 3 && w.starts_with(char::is_uppercase) {
                        let e = words.entry(w).or_insert(Some((g, r.lo)));
                        match e {
                            Some((p, at)) if *p == g => *at = (*at).min(r.lo),
                            // Two people share the word: neither is meant.
                            _ => *e = None,
                        }
                    }
                }
            }
        }
        if words.is_empty() {
            return;
        }
        self.regroup(EntityType::Location, |res, m| {
            let lo = res.raw[m].lo;
            words
                .get(res.surf(m))
                .copied()
                .flatten()
                .filter(|&(_, at)| at < lo && speaks(res, m))
                .map(|(p, _)| p)
        });
    }
}

/// Whether the words from token `k` speak of the name before them as a
/// company: "said its", "said it will buy" (not "said it would be", "said it
/// was"), also with "in a statement (that)", "today" or "that" between, or
/// "'s" and a part of a company ("'s subsidiary", "'s shareholders").
/// Whether token `k`, in the sentence of token `k - 1`, is a firm's
/// holding or part in lower case ([`rules::FIRM_OBJECTS`]: "shares",
/// "stores", "unit").
fn firm_object_after(text: &str, toks: &[Token], k: usize) -> bool {
    k > 0
        && toks
            .get(k)
            .filter(|t| t.sentence == toks[k - 1].sentence)
            .is_some_and(|t| super::super::rules::FIRM_OBJECTS.contains(t.text(text)))
}

/// What a firm says it did or will do with its business: "said it
/// acquired", "said it will redeem", "said it has agreed to sell".
const FIRM_ACTS: &[&str] = &[
    "acquire",
    "acquired",
    "agreed",
    "bought",
    "buy",
    "completed",
    "declared",
    "filed",
    "issue",
    "issued",
    "merge",
    "merged",
    "offer",
    "posted",
    "purchase",
    "purchased",
    "raised",
    "redeem",
    "reported",
    "rescinded",
    "sell",
    "shipped",
    "signed",
    "sold",
    "terminated",
];

/// What a firm has and says of itself: "said its board", "said its
/// subsidiary", "said its net profit".
const FIRM_HOLDINGS: &[&str] = &[
    "board",
    "directors",
    "dividend",
    "earnings",
    "loss",
    "plant",
    "profit",
    "profits",
    "revenues",
    "sales",
    "shareholders",
    "shares",
    "stake",
    "stockholders",
    "subsidiaries",
    "subsidiary",
    "unit",
    "units",
];
