//! What a lexicon hit becomes in a chunk ([`Ctx::push_hit`]: a currency is
//! no mention of its state, a place inside a name or unit is part of it) and
//! how a chunk is cut at its hits ([`Ctx::segments`]), with the tests of
//! sentence shape (all capitals, title case) those rules ask.

use super::*;

impl Ctx<'_> {
    pub(super) fn push_hit(&mut self, h: &Hit, hi: usize) {
        // "270 mln U.S. dlrs", "Swiss francs": a currency is no mention of
        // its state.
        if self.currency_after(h) {
            return;
        }
        match h.target {
            Target::Name(n) => {
                let kind = self.lex.names[n as usize].kind;
                // "SOCIETY FOR SAVINGS BANCORP INC": a legal suffix alone
                // names no organisation, whatever acronym it spells.
                if h.hi == h.lo + 1 && is(&rules::LEGAL_SUFFIXES, self.t(h.lo)) {
                    return;
                }
                // A short designation in a civil or financial context ("rated
                // B-2", "G5 ministers") is no weapon.
                if kind == EntityType::Weapon && self.non_military_designation(h.lo, h.hi) {
                    return;
                }
                // "MILAN DOLLAR/LIRA AFTERNOON", a table of share codes: a
                // weapon's name in a line of capitals with no weapon noun.
                if kind == EntityType::Weapon
                    && self.toks[h.lo].upper
                    && self.caps_line_unarmed(h.lo)
                {
                    return;
                }
                if kind == EntityType::Weapon && h.hi == h.lo + 1 && !self.designation_at(h.lo) {
                    // "Astra said", "Astra Inc": a one-word weapon name that
                    // speaks or has a legal suffix is a company.
                    // "AB Astra", "drug firm Astra", "Astra Corporation":
                    // a legal form or company noun before it, a company head
                    // after it.
                    let next = (h.hi < self.toks.len()
                        && self.toks[h.hi].sentence == self.toks[h.lo].sentence)
                        .then(|| self.t(h.hi));
                    let prev = (h.lo > 0
                        && self.toks[h.lo - 1].sentence == self.toks[h.lo].sentence)
                        .then(|| self.t(h.lo - 1));
                    if next.is_some_and(|w| {
                        is(&rules::SAID, w)
                            || is(&rules::LEGAL_SUFFIXES, w)
                            || is(&rules::GENERIC_HEADS, w)
                    }) || prev.is_some_and(|w| {
                        is(&rules::LEGAL_SUFFIXES, w) || is(&rules::COMPANY_NOUNS, w)
                    }) {
                        self.push_labelled(h.lo, h.hi, EntityType::Organisation);
                        return;
                    }
                }
                self.push(h.lo, hi, kind, Key::Lex(n));
            }
            Target::Demonym(n) => {
                // "Latin American", "North American": a region's adjective,
                // not the state's.
                let region = h.lo > 0
                    && self.toks[h.lo - 1].sentence == self.toks[h.lo].sentence
                    && !self.glued(h.lo)
                    && matches!(self.t(h.lo - 1), "Latin" | "North" | "South" | "Central");
                if self.demonym_as_firm(h) {
                    self.push_labelled(h.lo, h.hi, EntityType::Organisation);
                } else if !region {
                    self.push(h.lo, hi, EntityType::Country, Key::Lex(n));
                }
            }
            Target::Title(_) => {}
        }
    }

    /// A country or demonym hit followed by a currency word.
    fn currency_after(&self, h: &Hit) -> bool {
        let country = match h.target {
            Target::Demonym(_) => true,
            Target::Name(n) => self.lex.names[n as usize].kind == EntityType::Country,
            Target::Title(_) => false,
        };
        country
            && h.hi < self.toks.len()
            && self.toks[h.hi].sentence == self.toks[h.lo].sentence
            && is_lower(&rules::CURRENCIES, self.t(h.hi))
    }

    /// Hits and unknown runs inside a part: titles lead to people.
    pub(super) fn segments(&mut self, a: usize, b: usize) {
        let mut i = a;
        let mut after_title: Option<TitleKind> = None;
        while i < b {
            // "Vladimir Putin": a place that is also a given name, before an
            // unknown capitalised word, is a first name.
            let first_name = self.hit(i).is_some_and(|h| {
                h.hi == h.lo + 1
                    && matches!(h.target, Target::Name(n) if self.lex.names[n as usize].kind == EntityType::Location)
                    && self.given(i)
                    && i + 1 < b
                    && self.hit(i + 1).is_none()
                    && self.cap_word(i + 1)
            });
            if let Some(h) = self.hit(i).filter(|_| !first_name) {
                let h = *h;
                // "Atlantic City", "Quebec City": a place and "City" are
                // one city.
                if h.hi < b
                    && self.t(h.hi) == "City"
                    && self.toks[h.hi].space_before
                    && self.place_hit(&h)
                {
                    self.push_labelled(h.lo, h.hi + 1, EntityType::Location);
                    after_title = None;
                    i = h.hi + 1;
                    continue;
                }
                if i == a
                    && after_title.is_none()
                    && (self.place_and_name(&h, b)
                        || self.place_then_compass(&h, b)
                        || self.demonym_firm(&h, b))
                {
                    self.push_labelled(a, b, EntityType::Organisation);
                    return;
                }
                if let Target::Title(k) = h.target {
                    after_title = Some(k);
                } else {
                    // "London Interbank Offered Rate": a place opening a
                    // longer name is not mentioned as a place (dropped
                    // once company short forms have had their say).
                    if self.place_in_name(&h, b) || self.unit_place(&h, b) || self.rate_after(&h) {
                        self.in_names.push(h.lo);
                    }
                    self.push_hit(&h, h.hi.min(b));
                    after_title = None;
                }
                i = h.hi.max(i + 1);
                continue;
            }
            // An unknown run.
            let mut j = i + 1;
            while j < b && self.hit(j).is_none() {
                j += 1;
            }
            // "Lake Ontario", "Mount Kenya", "Port Sudan": a place lead
            // before a place's name is one place with it.
            if j == i + 1 && after_title.is_none() && is(&rules::PLACE_LEADS, self.t(i)) {
                if let Some(h) = self.hit(j).copied().filter(|h| {
                    h.lo == j
                        && h.hi <= b
                        && matches!(h.target, Target::Name(n) if matches!(
                            self.lex.names[n as usize].kind,
                            EntityType::Location | EntityType::Country
                        ))
                }) {
                    self.push_labelled(i, h.hi, EntityType::Location);
                    i = h.hi;
                    continue;
                }
            }
            // "Mikhail Kalashnikov": a given name before a one-word name that
            // a list holds as a weapon, company or place is a person's name.
            if j < b && self.given(j - 1) && self.surname_hit(j) {
                j += 1;
            }
            // "Alejandro Martinez Cuenca", "Miguel de la Madrid": a given
            // name, a surname or a connector, and a one-word place ending
            // the name is a surname.
            if j + 1 == b
                && j - i >= 2
                && self.given(i)
                && (i..j).all(|k| {
                    (self.cap_word(k) && !self.is_common(k)) || is(&rules::CONNECTORS, self.t(k))
                })
                && self.surname_hit(j)
            {
                j += 1;
            }
            // "General Mills", "General Foods": a rank and one company or
            // industry head (no legal suffix, not "Partners") ending the name
            // is a company.
            let rank_company = after_title == Some(TitleKind::Rank)
                && j == i + 1
                && j == b
                && i > a
                && self
                    .hit(i - 1)
                    .is_some_and(|h| h.lo == i - 1 && h.hi == i && !self.toks[i - 1].upper)
                && (self.org_head(i) || is(&rules::COMPANY_HEADS, self.t(i)))
                && !is(&rules::LEGAL_SUFFIXES, self.t(i))
                && self.t(i) != "Partners";
            if rank_company {
                self.push_labelled(i - 1, j, EntityType::Organisation);
            } else if let Some(end) = self.modified_org(i, j, b, after_title) {
                self.push_labelled(i, end, EntityType::Organisation);
                after_title = None;
                i = end;
                continue;
            } else {
                self.unknown_run(i, j, after_title);
            }
            after_title = None;
            i = j;
        }
    }

    /// "Industrial Bank of Japan", "Export-Import Bank of Japan", "National
    /// Bank of Canada": capitalised words right before a known organisation
    /// named head first ("Bank of Japan": a head from [`rules::ORG_HEADS`],
    /// then "of") make a longer name, another organisation. The unknown run
    /// `i..j` (after no title) must be one to three capitalised words, each
    /// glued hyphen joining two of them, with the organisation's hit at `j`
    /// inside the chunk (before `b`); headings in capitals or title case are
    /// left alone. Returns where the longer name ends.
    fn modified_org(
        &self,
        i: usize,
        j: usize,
        b: usize,
        after: Option<TitleKind>,
    ) -> Option<usize> {
        if after.is_some() || j >= b {
            return None;
        }
        let h = self.hit(j).filter(|h| {
            h.lo == j
                && h.hi <= b
                && h.hi >= j + 3
                && matches!(h.target, Target::Name(n)
                    if self.lex.names[n as usize].kind == EntityType::Organisation)
                && is(&rules::ORG_HEADS, self.t(j))
                && self.t(j + 1) == "of"
        })?;
        let mut words = 0;
        for k in i..j {
            let tk = &self.toks[k];
            if self.t(k) == "-" {
                // A hyphen glued to capitalised words on both sides.
                if k == i || k + 1 == j || tk.space_before || !self.glued(k + 1) {
                    return None;
                }
            } else if self.cap_word(k) && !tk.upper {
                words += 1;
            } else {
                return None;
            }
        }
        let ok = (1..=3).contains(&words)
            && self.toks[j].space_before
            && !self.toks[j].upper
            && !self.title_case_sentence(j);
        ok.then_some(h.hi)
    }

    /// "London Interbank Offered Rate", "West Texas Intermediate",
    /// "Chesapeake Biological", "the Paris Accord": a place (no state) and,
    /// inside the same name (before `b`), an unknown capitalised word that is
    /// no given name, initial, direction, month, weekday, "City" or "State"
    /// ([`rules::PLACE_KEEPERS`]): the place is the first word of a longer
    /// name (a rate, a crude grade, a company, a treaty), not mentioned as a
    /// place. A title-case heading is left alone ("Kyiv Says ...").
    fn place_in_name(&self, h: &Hit, b: usize) -> bool {
        let k = h.hi;
        let place = matches!(h.target, Target::Name(n)
            if self.lex.names[n as usize].kind == EntityType::Location);
        if !place || k >= b || self.hit(k).is_some() || !self.toks[k].space_before {
            return false;
        }
        let w = self.t(k);
        let tk = &self.toks[k];
        tk.kind == TokenKind::Word
            && self.cap_word(k)
            && !tk.upper
            && !self.toks[h.lo].upper
            && !is(&rules::PLACE_KEEPERS, w)
            && !is(&rules::LOC_HEADS, w)
            && !self.given(k)
            && !self.is_initials(k)
            && !self.title_case_sentence(k)
    }

    /// "BP North America", "Chevron USA": a place or state right after an
    /// organisation's name and ending the name (`b`) names the
    /// organisation's unit there; it is no mention of the place.
    fn unit_place(&self, h: &Hit, b: usize) -> bool {
        let place = matches!(h.target, Target::Name(n) if matches!(
            self.lex.names[n as usize].kind,
            EntityType::Location | EntityType::Country
        ));
        place
            && h.hi == b
            && h.lo > 0
            && self.toks[h.lo].space_before
            && self.toks[h.lo - 1].sentence == self.toks[h.lo].sentence
            && !self.toks[h.lo].upper
            && self.hit(h.lo - 1).is_some_and(|o| {
                o.hi == h.lo
                    && matches!(o.target, Target::Name(n)
                        if self.lex.names[n as usize].kind == EntityType::Organisation)
            })
            && !self.title_case_sentence(h.lo)
    }

    /// The first token of token `k`'s sentence.
    fn sentence_start(&self, k: usize) -> usize {
        let s = self.toks[k].sentence;
        (0..k)
            .rev()
            .take_while(|&j| self.toks[j].sentence == s)
            .last()
            .unwrap_or(k)
    }

    /// Whether most words of token `k`'s sentence are in capitals (a
    /// heading or a table) and none is a weapon noun.
    fn caps_line_unarmed(&self, k: usize) -> bool {
        let (s, lo) = (self.toks[k].sentence, self.sentence_start(k));
        let (mut words, mut upper) = (0, 0);
        for tk in self.toks[lo..].iter().take_while(|t| t.sentence == s) {
            if matches!(tk.kind, TokenKind::Word | TokenKind::Alnum) {
                if is_lower(&rules::WEAPON_NOUNS, tk.text(self.text)) {
                    return false;
                }
                words += 1;
                upper += usize::from(tk.upper);
            }
        }
        words >= 3 && upper * 10 >= words * 6
    }

    /// Whether most words of token `k`'s sentence are capitalised (a
    /// heading in title case).
    pub(super) fn title_case_sentence(&self, k: usize) -> bool {
        let (s, lo) = (self.toks[k].sentence, self.sentence_start(k));
        let (mut words, mut caps) = (0, 0);
        for tk in self.toks[lo..].iter().take_while(|t| t.sentence == s) {
            if tk.kind == TokenKind::Word {
                words += 1;
                caps += usize::from(tk.cap);
            }
        }
        words >= 4 && caps * 10 >= words * 6
    }

    /// "Toronto Dominion", "Atlantic Richfield": a place and then one
    /// capitalised word that is no common word, person's name, place head
    /// or other known name, ending the name (`b`), name a company; so does
    /// a place (no state) and a rank no name follows ("Michigan General").
    fn place_and_name(&self, h: &Hit, b: usize) -> bool {
        let place = match h.target {
            Target::Name(n) => matches!(
                self.lex.names[n as usize].kind,
                EntityType::Location | EntityType::Country
            ),
            _ => false,
        };
        // "Michigan General said": a rank with no name after it ends a
        // company's name.
        let city = matches!(h.target, Target::Name(n)
            if self.lex.names[n as usize].kind == EntityType::Location);
        let rank = |k: usize| {
            city && self.hit(k).is_some_and(|t| {
                t.lo == k && t.hi == k + 1 && matches!(t.target, Target::Title(TitleKind::Rank))
            }) && !self.toks[k].upper
                && self.toks[k].space_before
        };
        place
            && b == h.hi + 1
            && (rank(h.hi)
                || (h.hi..b).all(|k| {
                    let w = self.t(k);
                    self.hit(k).is_none()
                        && self.cap_word(k)
                        && self.toks[k].kind == TokenKind::Word
                        && !self.toks[k].upper
                        && self.toks[k].space_before
                        && !self.is_common(k)
                        && !self.given(k)
                        && !self.surname(k)
                        && !is(&rules::LOC_HEADS, w)
                        && !is(&rules::PLACE_KEEPERS, w)
                        && !is_lower(&rules::WEAPON_HEADS, w)
                        && !is_lower(&rules::CURRENCIES, w)
                        && !weapons::adjective_like(w)
                }))
    }
}
