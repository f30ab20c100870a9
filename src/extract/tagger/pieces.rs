//! A stretch of a chunk with no connectors left ([`Ctx::piece`]): typed as
//! an organisation by its head or lead word, a place by its head, a person,
//! or kept unknown; with the tests of place compounds and organisation
//! heads it asks.

use super::*;

impl Ctx<'_> {
    /// A stretch with no connectors left.
    pub(super) fn piece(&mut self, a: usize, b: usize) {
        // ", Inc." after a name, or "the Joint Stock Company 'Russian
        // Railways'": a legal form is not a name.
        if (a..b)
            .all(|k| is(&rules::LEGAL_SUFFIXES, self.t(k)) || is(&rules::LEGAL_FORMS, self.t(k)))
        {
            return;
        }
        // "U.S. Firms said", "U.S. Currency traders": a state's abbreviation
        // and one word that is no public body's head (or place head: "U.S.
        // Gulf") is the state alone.
        if b - a == 2 {
            if let Some(h) = self.hit(a).copied().filter(|h| {
                h.lo == a
                    && h.hi == a + 1
                    && self.t(a).ends_with('.')
                    && matches!(h.target, Target::Name(n)
                        if self.lex.names[n as usize].kind == EntityType::Country)
                    && self.hit(a + 1).is_none()
                    && !is(&rules::PUBLIC_HEADS, self.t(a + 1))
                    && !is(&rules::LEGAL_SUFFIXES, self.t(a + 1))
                    && !is(&rules::LOC_HEADS, self.t(a + 1))
            }) {
                self.push_hit(&h, h.hi);
                return;
            }
        }
        let first_title = self.title_at(a).is_some();
        // "Union Pacific", "Mid-Atlantic Coca-Cola" aside: a word before
        // an ocean named without "Ocean" is a company's name ("Union
        // Pacific said"), unless it gives a direction ("South Pacific").
        if b - a == 2 && self.ocean_company(a) {
            self.push_labelled(a, b, EntityType::Organisation);
            return;
        }
        if self.place_compound(a, b) {
            self.push_labelled(a, b, EntityType::Organisation);
            return;
        }
        // "Air Atlanta", "Air Wisconsin": an airline is "Air" and a place;
        // "First Toronto", "First Chicago": a bank is "First" and a place
        // (and "First Wisconsin Corp", with its suffix).
        if a + 1 < b
            && self.air_first_place(a)
            && self.hit(a + 1).is_some_and(|h| {
                h.hi <= b && (h.hi..b).all(|j| is(&rules::LEGAL_SUFFIXES, self.t(j)))
            })
        {
            self.push_labelled(a, b, EntityType::Organisation);
            return;
        }
        // "Walter Reade Organization Inc New York": a legal suffix ends the
        // company's name; a place (no state: "Exxon Co USA" is the name of
        // a unit) after it is where the company is.
        if let Some(h) = self.hit(b - 1).copied().filter(|h| {
            h.hi == b
                && h.lo > a + 1
                && is(&rules::LEGAL_SUFFIXES, self.t(h.lo - 1))
                && self.hit(h.lo - 1).is_none()
                && matches!(h.target, Target::Name(n)
                    if self.lex.names[n as usize].kind == EntityType::Location)
        }) {
            self.piece(a, h.lo);
            self.push_hit(&h, b);
            return;
        }
        // A head and then the place it stands in: "Ordnance Factory
        // Tiruchirappalli", "Naval Dockyard Mumbai".
        let place_last = self.hit(b - 1).is_some_and(|h| {
            h.lo == b - 1
                && matches!(h.target, Target::Name(n) if self.lex.names[n as usize].kind == EntityType::Location)
        });
        if !first_title
            && b - a >= 3
            && place_last
            && self.org_head(b - 2)
            && !self.generic(a, b - 1)
        {
            self.push_labelled(a, b, EntityType::Organisation);
            return;
        }
        // "General Automation Inc", "Major Realty Corp": a rank, words no
        // list holds and a legal suffix name a company, not a person.
        if first_title
            && b - a >= 3
            && is(&rules::LEGAL_SUFFIXES, self.t(b - 1))
            && !self.toks[a].upper
            && self.hit(a).is_some_and(|h| {
                h.hi == a + 1 && matches!(h.target, Target::Title(TitleKind::Rank))
            })
            && (a + 1..b - 1).all(|k| self.hit(k).is_none() && self.cap_word(k) && !self.given(k))
        {
            self.push_labelled(a, b, EntityType::Organisation);
            return;
        }
        // Organisation by head: "Zhuhai Aerospace Ltd", "Russian Helicopters
        // Holding Company"; an industry head needs a name or a place right
        // before it ("El Paso Gas", not "Diamonds and Precious Metals").
        // "American Telephone and Telegraph": two trades joined by "and"
        // after a name.
        let trades_joined = b - a >= 4
            && self.t(b - 2) == "and"
            && (is(&rules::INDUSTRY_HEADS, self.t(b - 3))
                || is(&rules::TRADE_NOUNS, self.t(b - 3)));
        let industry_ok = !is(&rules::INDUSTRY_HEADS, self.t(b - 1))
            || trades_joined
            || (b - a >= 2
                && !self.given(a)
                && (self.hit(b - 2).is_some()
                    || (self.cap_word(b - 2)
                        && !self.is_common(b - 2)
                        && !weapons::adjective_like(self.t(b - 2)))));
        if !first_title
            && self.org_head(b - 1)
            && industry_ok
            && !self.single_hit(a, b)
            && !self.generic(a, b)
        {
            // "BAE Systems Inc", "Russian Helicopters Holding Company": a known
            // organisation with a legal suffix or generic heads after it.
            if let Some(h) = self.hit(a) {
                if h.lo == a
                    && (h.hi..b).all(|j| {
                        is(&rules::LEGAL_SUFFIXES, self.t(j))
                            || is(&rules::GENERIC_HEADS, self.t(j))
                    })
                    && matches!(h.target, Target::Name(_))
                {
                    // "Apache Corp", "Stryker Corp": a weapon's name with a
                    // legal suffix is a company; so is a place's ("Wisconsin
                    // Corp", "Arizona Holdings Inc"), but "U.S. Concern" is
                    // the state and a common noun.
                    let kind = match h.target {
                        Target::Name(n) => Some(self.lex.names[n as usize].kind),
                        _ => None,
                    };
                    let suffixed = is(&rules::LEGAL_SUFFIXES, self.t(b - 1));
                    if kind == Some(EntityType::Country) && !suffixed {
                        self.push_hit(h, h.hi);
                        return;
                    }
                    if kind == Some(EntityType::Weapon)
                        || (suffixed
                            && matches!(kind, Some(EntityType::Location | EntityType::Country)))
                    {
                        self.push_labelled(a, b, EntityType::Organisation);
                        return;
                    }
                    self.push_hit(h, b);
                    return;
                }
            }
            if b - a >= 2 || self.toks[a].upper {
                self.push_labelled(a, b, EntityType::Organisation);
                return;
            }
        }
        // Location by head: "Galwan Valley", "Devlali Field Firing Range";
        // not a person with an initial ("Gordon E. Belt").
        if b - a >= 2
            && is(&rules::LOC_HEADS, self.t(b - 1))
            && !(a..b - 1).any(|k| self.hit(k).is_none() && self.is_initials(k))
            && self.hit(b - 1).is_none()
            && !first_title
            && !self.generic(a, b)
        {
            self.push_labelled(a, b, EntityType::Location);
            return;
        }
        self.segments(a, b);
    }

    /// "Petro-Canada", "Hydro-Quebec", "Bristol-Myers": one place and one
    /// capitalised word glued by a hyphen, the word no place, no adjective
    /// ("European-Mediterranean") and no combining form ("Sino-", "Non-"),
    /// and the place no name of a person ("Leigh-Pemberton"), is a
    /// company's name.
    fn place_compound(&self, a: usize, b: usize) -> bool {
        if b - a != 3 || self.t(a + 1) != "-" || !self.glued(a + 1) || !self.glued(a + 2) {
            return false;
        }
        let place = |k: usize| {
            self.hit(k).is_some_and(|h| {
                h.lo == k
                    && h.hi == k + 1
                    && matches!(h.target, Target::Name(n) if matches!(
                        self.lex.names[n as usize].kind,
                        EntityType::Location | EntityType::Country
                    ))
            })
        };
        let word = |k: usize| {
            let w = self.t(k);
            self.hit(k).is_none()
                && self.cap_word(k)
                && self.toks[k].kind == TokenKind::Word
                && !self.toks[k].upper
                && w.chars().count() >= 3
                && !is(&rules::COMBINING_FORMS, w)
                && !weapons::adjective_like(w)
        };
        let person_like = |k: usize| self.given(k) || self.surname(k);
        (place(a) && word(a + 2) && !person_like(a))
            || (word(a) && place(a + 2) && !person_like(a + 2))
    }

    /// "Air" or "First" at token `a` and a place's name right after it.
    pub(super) fn air_first_place(&self, a: usize) -> bool {
        matches!(self.t(a), "Air" | "First")
            && a + 1 < self.toks.len()
            && self.hit(a).is_none()
            && self.hit(a + 1).is_some_and(|h| {
                h.lo == a + 1
                    && matches!(h.target, Target::Name(n) if matches!(
                        self.lex.names[n as usize].kind,
                        EntityType::Location | EntityType::Country
                    ))
            })
    }

    /// Token `a` a capitalised word that is no place and no direction, and
    /// token `a + 1` an ocean's name without "Ocean" ("Union Pacific").
    pub(super) fn ocean_company(&self, a: usize) -> bool {
        const DIRECTIONS: &[&str] = &[
            "Central", "East", "Eastern", "Mid", "Middle", "North", "Northern", "South",
            "Southern", "West", "Western",
        ];
        if a + 1 >= self.toks.len() {
            return false;
        }
        let w = self.t(a);
        let ocean = self.hit(a + 1).is_some_and(|h| {
            h.lo == a + 1
                && h.hi == a + 2
                && matches!(h.target, Target::Name(n) if {
                    let e = &self.lex.names[n as usize];
                    e.kind == EntityType::Location
                        && e.label.ends_with(" Ocean")
                        && !self.t(a + 1).ends_with("Ocean")
                })
        });
        ocean
            && self.hit(a).is_none()
            && self.cap_word(a)
            && self.toks[a].kind == TokenKind::Word
            && !self.toks[a].upper
            && !DIRECTIONS.contains(&w)
            && !weapons::adjective_like(w)
            && !["ian", "ean", "ese"].iter().any(|e| w.ends_with(e))
            && !is(&rules::DETERMINERS, w)
            && !self.given(a)
    }

    /// An organisation head on its own ("Systems", not "Multi-Mission").
    pub(super) fn org_head(&self, i: usize) -> bool {
        self.hit(i).is_none()
            && self.toks[i].space_before
            && (is(&rules::ORG_HEADS, self.t(i))
                || is(&rules::LEGAL_SUFFIXES, self.t(i))
                || is(&rules::INDUSTRY_HEADS, self.t(i)))
    }
}
