//! People: after titles and honorifics, by given names, by initials, by a
//! verb of saying; and the unknown words kept for resolution.

use super::{Ctx, Key, Raw};
use crate::extract::lexicon::{Target, TitleKind};
use crate::extract::rules::{self, is, is_lower};
use crate::extract::EntityType;
use crate::text::TokenKind;

impl Ctx<'_> {
    /// A one-word lexicon hit that may be a surname: a weapon, organisation
    /// or location, not a country or title.
    pub(super) fn surname_hit(&self, j: usize) -> bool {
        self.hit(j).is_some_and(|h| {
            h.hi == j + 1
                && self.cap_word(j)
                && matches!(h.target, Target::Name(n) if matches!(
                    self.lex.names[n as usize].kind,
                    EntityType::Weapon | EntityType::Organisation | EntityType::Location
                ))
        })
    }

    /// The last word of a name: not a common word, unless it is the second
    /// part of a hyphenated name ("Jae-in").
    pub(super) fn surname_ok(&self, i: usize) -> bool {
        let hyphen_part = i > 0 && self.t(i - 1) == "-" && !self.toks[i].space_before;
        hyphen_part || !self.is_common(i)
    }

    /// "A.V.", "N.", "AV", "S.P.": one to three capitals, dotted or at most two.
    pub(super) fn is_initials(&self, i: usize) -> bool {
        let t = self.t(i);
        let letters = t.chars().filter(|c| c.is_alphabetic()).count();
        let dotted = t.ends_with('.');
        (1..=3).contains(&letters)
            && t.chars().all(|c| c == '.' || c.is_uppercase())
            && (dotted || letters <= 2)
    }

    pub(super) fn person_ok(&self, a: usize, b: usize) -> bool {
        b > a
            && b - a <= 5
            // "T-bills": one letter and a hyphen start no name.
            && !(self.t(a).len() == 1 && a + 1 < b && self.t(a + 1) == "-")
            // "Jr" alone (after "John Pope", "Pope" a title) names nobody.
            && !(b - a == 1 && matches!(self.t(a), "Jr" | "Jr." | "Sr" | "Sr."))
            // "Santa Barbara", "Punta Gorda": a place's first word.
            && (!is(&rules::PLACE_LEADS, self.t(a)) || self.given(a))
            // Not "-sector" of "Private-sector".
            && self.t(a) != "-"
            && (a..b).all(|k| {
                let tk = &self.toks[k];
                let hyphened = k > a && self.t(k - 1) == "-" && !tk.space_before;
                (tk.kind == TokenKind::Word
                    && (tk.cap || hyphened || is(&rules::CONNECTORS, self.t(k))))
                    || self.t(k) == "-"
            })
            && !self.generic(a, b)
            && (!is(&rules::FOREIGN_ARTICLES, self.t(a))
                || self.given(a))
            && !(b - a >= 2
                && is(&rules::DAY_HEADS, self.t(b - 1))
                && (!self.given(a)
                    || (a > 0 && self.t(a - 1).eq_ignore_ascii_case("the"))))
            && !self.toks[b - 1].upper
            && !(a..b).any(|k| self.t(k).contains('&'))
            && !is(&rules::ORG_HEADS, self.t(b - 1))
            && (!(is(&rules::INDUSTRY_HEADS, self.t(b - 1)) || is(&rules::TRADE_NOUNS, self.t(b - 1)))
                || self.surname(b - 1))
            && (!is(&rules::LOC_HEADS, self.t(b - 1)) || (a..b - 1).any(|k| self.is_initials(k)))
            && !is_lower(&rules::WEAPON_NOUNS, self.t(b - 1))
            && !is(&rules::AWARD_HEADS, self.t(b - 1))
            && (!is_lower(&rules::CURRENCIES, self.t(b - 1))
                || self.surname(b - 1))
    }

    /// Unknown capitalised words (after a title, if `after_title`): a ship
    /// or weapon by its noun, else a person by the rules below, else words
    /// kept for resolution.
    pub(super) fn unknown_run(&mut self, a: usize, b: usize, after_title: Option<TitleKind>) {
        // Drop leading common words again (after a split).
        let mut a = a;
        while a < b && after_title.is_none() && self.droppable(a, b) {
            a += 1;
        }
        if a >= b {
            return;
        }
        if self.weapon_run(a, b, after_title) {
            return;
        }
        // "Vista Chemical co said": a legal suffix in lower case right after
        // makes the words a company, not a person.
        if after_title.is_none()
            && b < self.toks.len()
            && self.toks[b].sentence == self.toks[a].sentence
            && matches!(
                self.t(b),
                "co" | "co." | "corp" | "corp." | "inc" | "inc." | "ltd" | "ltd." | "plc"
            )
        {
            self.push_labelled(a, b, EntityType::Organisation);
            return;
        }
        // "the brokerage Nesbitt Thomson", "its unit Carvel Foods": a name
        // right after a determiner and a company noun is the company's.
        if after_title.is_none()
            && a >= 2
            && self.toks[a - 2].sentence == self.toks[a].sentence
            && is(&rules::COMPANY_NOUNS, self.t(a - 1))
            && matches!(self.t(a - 2), "the" | "The" | "a" | "A" | "its" | "Its")
            && b - a <= 4
            && !self.given(a)
            && (a..b).all(|k| self.toks[k].cap && self.toks[k].kind == TokenKind::Word)
            && !self.generic(a, b)
        {
            self.push_labelled(a, b, EntityType::Organisation);
            return;
        }
        // "Pre-Paid chairman Harland Crane": a name before a company word.
        if after_title.is_none()
            && b < self.toks.len()
            && self.toks[b].sentence == self.toks[a].sentence
            && b - a <= 3
            && is(&rules::COMPANY_AFTER, self.t(b))
            && (a..b).all(|k| {
                (self.toks[k].cap || self.t(k) == "-") && !self.given(k) && !self.is_initials(k)
            })
            && !self.generic(a, b)
        {
            self.push_labelled(a, b, EntityType::Organisation);
            return;
        }
        // "Hollis Capel analyst Peter Dunn", "Ward Grenfell economist Ann
        // Lee": a name before a role in a firm ([`rules::FIRM_ROLES`]) and
        // the holder's name is the firm, given names or not.
        // The name stands alone: no list or name goes on before it
        // ("Prescott, Ball and Turben"), and one word is no common word or
        // adjective ("Drug analyst", "European economist").
        let alone = a == 0
            || self.toks[a - 1].sentence != self.toks[a].sentence
            || !(self.toks[a - 1].cap
                || self.hit(a - 1).is_some()
                || matches!(self.t(a - 1), "," | "and" | "&" | "-"));
        if after_title.is_none()
            && alone
            && b + 1 < self.toks.len()
            && self.toks[b + 1].sentence == self.toks[a].sentence
            && b - a <= 3
            && !(b - a == 1 && (self.is_common(a) || super::weapons::adjective_like(self.t(a))))
            && is(&rules::FIRM_ROLES, self.t(b))
            && self.cap_word(b + 1)
            && self.toks[b + 1].kind == TokenKind::Word
            && (a..b).all(|k| self.toks[k].cap && self.toks[k].kind == TokenKind::Word)
            && !self.generic(a, b)
        {
            self.push_labelled(a, b, EntityType::Organisation);
            return;
        }
        // "signed an MoU with CPWD": an unknown acronym that an agreement is
        // made with is an organisation.
        if after_title.is_none() && b - a == 1 && self.party_acronym(a) {
            self.push_labelled(a, b, EntityType::Organisation);
            return;
        }
        // "Val Verde counties", "the Ruhr region": a place noun right after
        // makes the words a place.
        if after_title.is_none()
            && b < self.toks.len()
            && self.toks[b].sentence == self.toks[a].sentence
            && is(&rules::PLACE_NOUNS, self.t(b))
            && !(a > 0 && self.t(a - 1) == "-" && self.glued(a))
            && (a..b).all(|k| {
                let w = self.t(k);
                let mut cs = w.chars();
                cs.next().is_some_and(char::is_uppercase)
                    && cs.all(|c| !c.is_uppercase())
                    && !super::weapons::adjective_like(w)
                    && !(w.len() > 5 && (w.ends_with("ish") || w.ends_with("ern")))
            })
        {
            self.push_labelled(a, b, EntityType::Location);
            return;
        }
        // "Ambassador of India to Ukraine Partha Satpathy": a title, places
        // and their prepositions, then the name of the title's holder.
        let after_title = after_title
            .or_else(|| {
                (b - a >= 2 && b - a <= 3)
                    .then(|| self.title_before_places(a))
                    .flatten()
            })
            .or_else(|| self.role_noun_before(a, b));
        // "General Sales Manager Melvin Sims": the title goes on in words
        // no list holds, ending in a job noun; the person starts at the
        // given name after it.
        let a = match (a + 1..b.saturating_sub(1))
            .find(|&g| self.given(g) && job_noun(self.t(g - 1)))
        {
            Some(g) if after_title.is_some() && (a..g).all(|k| self.toks[k].cap) => g,
            _ => a,
        };
        // After a title or honorific: the rest is the person.
        if after_title.is_some() && self.person_ok(a, b) && self.surname_ok(b - 1) {
            self.push_labelled(a, b, EntityType::Person);
            return;
        }
        // "Xi Jinping met", "Nguyen Van Linh", "Moon Jae-in": a Chinese,
        // Korean or Vietnamese family name, then the given name.
        if after_title.is_none() && self.east_asian_name(a, b) {
            self.push_labelled(a, b, EntityType::Person);
            return;
        }
        // A given name starts a person ("Ravi Menon", "Sushma Swaraj").
        if let Some(g) = (a..b).find(|&k| self.given(k)) {
            // "Allen-Bradley", "Harris-Semiconducteurs": one hyphenated word
            // is a company or a place; a person with a hyphenated given name
            // has a surname after it ("Jean-Claude Duvalier").
            let one_compound = b - g == 3 && self.t(g + 1) == "-" && self.glued(g + 1);
            if b - g >= 2 && self.person_ok(g, b) && !one_compound {
                if g > a {
                    self.pending(a, g);
                }
                self.push_labelled(g, b, EntityType::Person);
                return;
            }
        }
        // Initials and a surname at the end: "AV Fomin", "S.P. Shukla",
        // "A. K. Antony" (after words no list knows: "Col General AV Fomin").
        let mut i0 = b - 1;
        while i0 > a && b - i0 < 3 && self.is_initials(i0 - 1) {
            i0 -= 1;
        }
        if i0 < b - 1
            && self.toks[b - 1].kind == TokenKind::Word
            && !self.toks[b - 1].upper
            && self.person_ok(i0, b)
            && !self.is_common(b - 1)
        {
            if i0 > a {
                self.pending(a, i0);
            }
            self.push_labelled(i0, b, EntityType::Person);
            return;
        }
        // "Kaiser Cement said": a name ending in a trade noun that speaks
        // is a firm.
        let speaks = b < self.toks.len()
            && self.toks[b].sentence == self.toks[a].sentence
            && is(&rules::SAID, self.t(b));
        if after_title.is_none()
            && speaks
            && (2..=3).contains(&(b - a))
            && is(&rules::TRADE_NOUNS, self.t(b - 1))
            && !self.surname(b - 1)
            && (a..b).all(|k| self.toks[k].cap && self.toks[k].kind == TokenKind::Word)
        {
            self.push_labelled(a, b, EntityType::Organisation);
            return;
        }
        // "..., Nik Khanna said" / "said Nik Khanna".
        let said_after = b < self.toks.len()
            && self.toks[b].sentence == self.toks[a].sentence
            && is(&rules::SAID, self.t(b));
        let said_before = a > 0
            && self.toks[a - 1].sentence == self.toks[a].sentence
            && is(&rules::SAID, self.t(a - 1));
        // Not "GE Semiconductor Business said": a name ends in no common word.
        if (said_after || said_before)
            && b - a >= 2
            && b - a <= 3
            && self.person_ok(a, b)
            && self.surname_ok(b - 1)
        {
            // "Observer Petri Makela said": a leading job noun is not a name.
            let a = if b - a == 3
                && !self.is_initials(a + 1)
                && !self.given(a)
                && (self.is_common(a) || job_noun(self.t(a)))
            {
                a + 1
            } else {
                a
            };
            // "Conditions Abroad said", "Summit Funding said": two words,
            // the first a common word and no given name or surname, name
            // no person.
            let common_first =
                b - a == 2 && self.is_common(a) && !self.given(a) && !self.surname(a);
            // "Travel Conditions Abroad said": nor does a common word after
            // the first that is no known name.
            let common_inside = !(a..b).any(|k| self.is_initials(k))
                && (a + 1..b).any(|k| self.is_common(k) && !self.surname(k) && !self.given(k));
            if !common_first && !common_inside {
                self.push_labelled(a, b, EntityType::Person);
                return;
            }
        }
        // "Clinton said": one unknown name that speaks is a person (a known
        // organisation or country would have been a lexicon hit).
        // Plurals ("Economists said") are people only as known surnames.
        let plural = self.t(a).ends_with('s') && !self.surname(a);
        // "the Treasury said", "the Bundesbank said": a person is not named
        // with "the"; one word after it that speaks is an organisation.
        let after_the = a > 0
            && self.toks[a - 1].sentence == self.toks[a].sentence
            && self.t(a - 1).eq_ignore_ascii_case("the");
        // "appliance maker Moulinex said": after a company noun too.
        let after_company_noun = a > 0
            && self.toks[a - 1].sentence == self.toks[a].sentence
            && is(&rules::COMPANY_NOUNS, self.t(a - 1));
        if said_after
            && (after_the || after_company_noun)
            && b - a == 1
            && self.person_ok(a, b)
            && self.surname_ok(a)
            && !plural
            && self.t(a).chars().count() >= 3
        {
            self.push_labelled(a, b, EntityType::Organisation);
            return;
        }
        if said_after
            && b - a == 1
            && self.person_ok(a, b)
            && self.surname_ok(a)
            && !plural
            && !abstract_noun(self.t(a))
            && self.t(a).chars().count() >= 3
        {
            self.push_labelled(a, b, EntityType::Person);
            return;
        }
        // "Jansher Khan", "Duffy Waldorf": an unknown word and a known
        // surname, inside a sentence; not after "the" ("the Nikkei Dow",
        // "the Maclaine Watson case": a person is not named with it).
        let inside = a > 0 && self.toks[a - 1].sentence == self.toks[a].sentence;
        if inside
            && !self.t(a - 1).eq_ignore_ascii_case("the")
            && after_title.is_none()
            && (2..=3).contains(&(b - a))
            && self.surname(b - 1)
            && self.person_ok(a, b)
            && (a..b)
                .all(|k| !self.is_common(k) && !self.toks[k].upper && !abstract_noun(self.t(k)))
        {
            self.push_labelled(a, b, EntityType::Person);
            return;
        }
        self.pending(a, b);
    }

    /// "Xi Jinping", "Wang Yi", "Moon Jae-in", "Nguyen Van Linh": a family
    /// name of the East Asian list, then a given name of one word (maybe
    /// hyphenated) or two words ("Van" or "Thi" may be the first): each a
    /// listed given name, or a word that is no common word, surname of the
    /// other list or abstract noun (and no place or organisation: those are
    /// lexicon hits, not unknown words).
    fn east_asian_name(&self, a: usize, b: usize) -> bool {
        if !self.lex.east_asian_surnames.contains(self.t(a)) || !(2..=4).contains(&(b - a)) {
            return false;
        }
        let hyphened = b - a == 4 || (b - a == 3 && self.t(a + 2) == "-");
        // "Jinping" is a given name of the list, though it ends as
        // abstract nouns do.
        // Romanised Chinese, Korean and Vietnamese syllables end in a
        // vowel or one of these letters ("Yi", "Jinping", "Linh", "Hyuk"),
        // never in "s" ("Park Rangers").
        let given = |k: usize| {
            let w = self.t(k);
            self.toks[k].kind == TokenKind::Word
                && self.toks[k].cap
                && !self.toks[k].upper
                && w.ends_with(|c: char| "aeiouyngmhkptlrc".contains(c))
                && (self.given(k) || (!self.is_common(k) && !self.surname(k) && !abstract_noun(w)))
        };
        // Vietnamese middle names that are English words too.
        let middle = |k: usize| matches!(self.t(k), "Van" | "Thi") || given(k);
        let shape = match b - a {
            2 => given(a + 1),
            3 if hyphened => false,
            3 => middle(a + 1) && given(a + 2),
            _ => {
                given(a + 1)
                    && self.t(a + 2) == "-"
                    && self.glued(a + 2)
                    && self.glued(a + 3)
                    && self.toks[a + 3].kind == TokenKind::Word
            }
        };
        shape && !self.toks[a].upper && self.person_ok(a, b)
    }

    /// "Chinese leader Xi Jinping", "his counterpart Li Shangfu": a
    /// lower-case noun for a person's role, after a demonym, a country or a
    /// possessive pronoun, before two or three capitalised words, is a title
    /// for them.
    fn role_noun_before(&self, a: usize, b: usize) -> Option<TitleKind> {
        const ROLES: &[&str] = &[
            "leader",
            "counterpart",
            "envoy",
            "strongman",
            "dictator",
            "ruler",
            "spokesman",
            "spokeswoman",
            "spokesperson",
        ];
        if !(2..=3).contains(&(b - a)) || a < 2 {
            return None;
        }
        let s = self.toks[a].sentence;
        if self.toks[a - 2].sentence != s || !ROLES.contains(&self.t(a - 1)) {
            return None;
        }
        let owner = matches!(self.t(a - 2), "his" | "her" | "their" | "its")
            || self.hit(a - 2).is_some_and(|h| {
                h.hi == a - 1
                    && match h.target {
                        Target::Name(n) => self.lex.names[n as usize].kind == EntityType::Country,
                        Target::Demonym(_) => true,
                        Target::Title(_) => false,
                    }
            });
        owner.then_some(TitleKind::Office)
    }

    /// The title that a chain of places and prepositions ending at token
    /// `a` follows ("Ambassador of India to Ukraine"), when at least one
    /// place stands between them.
    fn title_before_places(&self, a: usize) -> Option<TitleKind> {
        let s = self.toks[a].sentence;
        let mut j = a;
        let mut places = 0;
        for _ in 0..8 {
            if j == 0 || self.toks[j - 1].sentence != s {
                return None;
            }
            let p = j - 1;
            match self.hit(p).map(|h| (h, h.target)) {
                Some((_, Target::Title(k))) if places > 0 => return Some(k),
                Some((h, Target::Name(n)))
                    if matches!(
                        self.lex.names[n as usize].kind,
                        EntityType::Country | EntityType::Location
                    ) =>
                {
                    places += 1;
                    j = h.lo;
                }
                None if matches!(self.t(p), "of" | "to" | "in" | "at") && places > 0 => j = p,
                _ => return None,
            }
        }
        None
    }

    /// An all-capital word of three to six letters after "with" and, at most
    /// three words before, a noun of agreement ("an MoU with CPWD", "a
    /// contract with the NHPC").
    fn party_acronym(&self, a: usize) -> bool {
        let w = self.t(a);
        let s = self.toks[a].sentence;
        let with = match a.checked_sub(1) {
            Some(p) if self.t(p) == "the" => p.checked_sub(1),
            p => p,
        };
        (3..=6).contains(&w.len())
            && w.chars().all(|c| c.is_ascii_uppercase())
            && with.is_some_and(|k| {
                self.toks[k].sentence == s
                    && self.t(k) == "with"
                    && (k.saturating_sub(3)..k).any(|j| {
                        self.toks[j].sentence == s && is_lower(&rules::AGREEMENT_NOUNS, self.t(j))
                    })
            })
    }

    /// Unknown words: kept for resolution to match against known entities.
    pub(super) fn pending(&mut self, a: usize, b: usize) {
        for k in a..b {
            if let Some(n) = self.weapon_in_context(k) {
                self.push(k, k + 1, EntityType::Weapon, Key::Lex(n));
                continue;
            }
            let tk = &self.toks[k];
            if tk.cap && matches!(tk.kind, TokenKind::Word) && !self.is_common(k) {
                self.out.push(Raw {
                    lo: k,
                    hi: k + 1,
                    kind: EntityType::Person,
                    key: Key::Pending,
                    acronym: None,
                });
            }
        }
        // Multi-word unknown names are kept too: they may repeat a known name.
        if b - a >= 2 {
            self.out.push(Raw {
                lo: a,
                hi: b,
                kind: EntityType::Person,
                key: Key::Unknown,
                acronym: None,
            });
        }
    }
}

/// Word endings of abstract nouns and adjectives, which names rarely have
/// ("Identification", "Availability", "Collision").
fn abstract_noun(w: &str) -> bool {
    const ENDINGS: &[&str] = &[
        "tion", "sion", "ment", "ness", "ity", "ance", "ence", "ism", "ive", "ing", "ure", "ics",
    ];
    ENDINGS
        .iter()
        .any(|e| w.len() > e.len() + 2 && w.ends_with(e))
}

/// Word endings of job nouns ("Manager", "Director", "Analyst",
/// "Observer"): a title no list holds ends in one.
fn job_noun(w: &str) -> bool {
    ["er", "or", "ist", "ant", "ent"]
        .iter()
        .any(|s| w.len() > s.len() + 2 && w.ends_with(s))
}
