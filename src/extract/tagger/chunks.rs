//! One chunk (a run of capitalised words, lexicon hits and name
//! connectors) cut into mentions ([`Ctx::chunk`]): words that are no part of
//! a name dropped from its edges, then the chunk split at its connectors
//! ([`Ctx::part`]) into pieces (`pieces.rs`).

use super::*;

impl Ctx<'_> {
    /// Classifies one chunk (tokens `a..b`) into mentions.
    pub(super) fn chunk(&mut self, mut a: usize, b: usize) {
        // "A Brandtmann AG spokesman said", "Brandtmann Corp spokeswoman
        // Ann Lee": a title in lower case after a name ends the name (its
        // organisation's); the title and its holder, if any, go on their own.
        if let Some(h) = (a + 1..b).find_map(|k| {
            self.hit(k)
                .copied()
                .filter(|h| h.lo == k && matches!(h.target, Target::Title(_)) && !self.toks[k].cap)
        }) {
            self.chunk(a, h.lo);
            self.chunk(h.lo, b);
            return;
        }
        // Leading common words are not names: at a sentence start or heading
        // any ("After", "Earlier", "Terming"), elsewhere determiners only
        // ("the Joint Stock Company" keeps "Joint").
        while a < b
            && self.hit(a).is_none()
            && self.droppable(a, b)
            && !(b - a == 2 && self.ocean_company(a))
        {
            a += 1;
        }
        if a >= b {
            return;
        }
        // Split at "and" / "&": each side on its own, unless the right side is
        // unknown words and the whole is one organisation: led by a lead word
        // ("Council of Scientific and Industrial Research"), or ending in a head
        // ("Research and Analysis Wing", "Boeing India Engineering & Technology
        // Center"), or two unknown names joined by "&" ("Larsen & Toubro").
        let led = is(&rules::ORG_LEADS, self.t(a))
            && b > a + 1
            && matches!(self.t(a + 1), "of" | "for" | "on");
        for k in a..b {
            if !matches!(self.t(k), "and" | "&") || self.hit(k).is_some() {
                continue;
            }
            let right_end = (k + 1..b).find(|&j| self.t(j) == "of").unwrap_or(b);
            let right_clean =
                right_end > k + 1 && (k + 1..right_end).all(|j| self.hit(j).is_none());
            let named = (a..right_end).any(|j| self.given(j));
            // "Valdel Technologies and Dynamatic Technologies" are two names;
            // "Engineering & Technology Center" is one.
            // A lead word after "and" starts a new name ("Ministry of Railways
            // and Ministry of Transport").
            let head = self.org_head(right_end - 1)
                && !is(&rules::ORG_LEADS, self.t(k + 1))
                && !(self.t(k) == "and" && k > a && self.org_head(k - 1) && !self.is_common(k + 1));
            // Only the words since the last connector count as the left side
            // ("Secretary of the National Security and Defense Council").
            let left_start = (a..k)
                .rev()
                .find(|&j| matches!(self.t(j), "of" | "the" | "for" | "on"))
                .map_or(a, |j| j + 1);
            let left_unknown = (left_start..k).all(|j| self.hit(j).is_none());
            // A lead governs "and" only inside one name: no known name before
            // it, and no new lead or "the" after it ("Ministry of Railways and
            // Ministry of Transport" are two).
            let led = led
                && (a + 1..k).all(|j| self.hit(j).is_none())
                && self.t(k + 1) != "the"
                && !is(&rules::ORG_LEADS, self.t(k + 1));
            // "Merrill Lynch and Co", "Morgan Keegan and Co Inc", "Sumitomo
            // Trust and Banking Co": after "and" only legal suffixes, or one
            // word and a legal suffix after a company head that is no legal
            // suffix itself ("Acme Corp and Orbex Ltd" are two): one
            // company, whatever its words.
            // The company's tail ends at the next "and" ("S.G. Warburg and
            // Co Ltd and County NatWest": the list splits there after).
            let tail_end = (k + 1..right_end)
                .find(|&j| matches!(self.t(j), "and" | "&"))
                .unwrap_or(right_end);
            let n_right = tail_end - (k + 1);
            // "Joseph E. Garland and Sons Inc": "Sons" and legal suffixes
            // after "and" end a family firm's name.
            let sons = matches!(self.t(k + 1), "Sons" | "Son")
                && (k + 2..tail_end).all(|j| is(&rules::LEGAL_SUFFIXES, self.t(j)));
            let company_tail = (right_end == b || tail_end < right_end)
                && (1..=2).contains(&n_right)
                && is(&rules::LEGAL_SUFFIXES, self.t(tail_end - 1))
                && (k + 1..tail_end - 1).all(|j| self.cap_word(j) && self.hit(j).is_none())
                && (n_right == 1
                    || sons
                    || (k > a
                        && self.org_head(k - 1)
                        && !is(&rules::LEGAL_SUFFIXES, self.t(k - 1)))
                    || (k + 1..tail_end).all(|j| is(&rules::LEGAL_SUFFIXES, self.t(j))));
            // "Fremont Savings and Loan Association", "Harbor Bank and Trust
            // Co": a bank's head, "and", and a bank's head and only heads
            // (or "Loan") after it to the end are one name, whatever
            // stands before.
            // "Texas Oil and Gas Corp", "Pacific Gas and Electric Co": two
            // trades joined by "and" too.
            let trade = |j: usize| {
                is(&rules::INDUSTRY_HEADS, self.t(j))
                    || is(&rules::TRADE_NOUNS, self.t(j))
                    || matches!(self.t(j), "Chemical" | "Minerals" | "Mining" | "Light")
            };
            let paired = (matches!(self.t(k - 1), "Savings" | "Trust" | "Bank" | "Banking")
                && matches!(
                    self.t(k + 1),
                    "Loan" | "Loans" | "Trust" | "Savings" | "Banking"
                ))
                || (k > a && trade(k - 1) && k + 1 < b && trade(k + 1));
            let thrift = self.t(k) == "and"
                && k > a
                && k + 1 < tail_end
                && (right_end == b || tail_end < right_end)
                && paired
                && (k + 1..tail_end).all(|j| {
                    self.hit(j).is_none()
                        && (self.org_head(j) || trade(j) || matches!(self.t(j), "Loan" | "Loans"))
                });
            // "Bank of Ridgeway and Merchants State Bank": after a name with
            // its head and "of", words ending in a company head or legal
            // suffix start a second name.
            let second_name = left_start > a + 1
                && self.t(left_start - 1) == "of"
                && (self.org_head(left_start - 2) || is(&rules::ORG_LEADS, self.t(left_start - 2)))
                && right_end - (k + 1) >= 2
                && (is(&rules::COMPANY_HEADS, self.t(right_end - 1))
                    || is(&rules::LEGAL_SUFFIXES, self.t(right_end - 1)));
            let joined = thrift
                || company_tail && (k + 1..tail_end).all(|j| self.hit(j).is_none())
                || right_clean
                    && !named
                    && !second_name
                    && self.t(k + 1) != "the"
                    && (led
                        || (head && (left_unknown || self.t(k) == "&"))
                        || (left_unknown && self.t(k) == "&"));
            if self.one_firm_with_and(a, k, b) {
                self.push_labelled(a, b, EntityType::Organisation);
                return;
            }
            if !joined {
                self.chunk(a, k);
                self.chunk(k + 1, b);
                return;
            }
        }
        // "for" and "on" end a name, except after a lead word ("Institute for ...").
        // ("Committee on the Peaceful Uses...", "Centre for Military ...").
        if let Some(k) = (a..b).find(|&k| {
            matches!(self.t(k), "for" | "on")
                && self.hit(k).is_none()
                && !(k > a && is(&rules::ORG_LEADS, self.t(k - 1)))
        }) {
            self.chunk(a, k);
            self.chunk(k + 1, b);
            return;
        }
        self.part(a, b);
    }

    /// A word that may be dropped from the start of a name ending at `b`.
    /// What does not hang on `b` is found once per token ([`Known`]'s top
    /// bits): a chunk, its parts and its runs ask again of the same token.
    pub(super) fn droppable(&self, i: usize, b: usize) -> bool {
        let cell = &self.known[i];
        let mut d = cell.get() >> Known::DROP_SHIFT;
        if d == 0 {
            d = self.drop_head(i);
            cell.set(cell.get() | d << Known::DROP_SHIFT);
        }
        match d {
            Known::DROP_YES => true,
            Known::DROP_UNLESS_COMPANY => !self.opens_company(i, b),
            _ => false,
        }
    }

    /// [`Ctx::droppable`] of token `i` apart from the name's end.
    fn drop_head(&self, i: usize) -> u8 {
        let t = self.t(i);
        if is(&rules::CONNECTORS, t) || t == "the" || is(&rules::DETERMINERS, t) {
            return Known::DROP_YES;
        }
        // "First Chicago Corp said": "First" before a place names a bank.
        if self.air_first_place(i) {
            return Known::DROP_NO;
        }
        let sentence_start = i == 0 || self.toks[i - 1].sentence != self.toks[i].sentence || {
            // After an opening quote or bracket, as at a sentence start.
            let p = self.t(i - 1);
            matches!(p, "\"" | "“" | "‘" | "'" | "(" | "—" | "–" | ":")
        };
        if sentence_start
            && self.is_common(i)
            && !is(&rules::ORG_LEADS, t)
            && !(i + 1 < self.toks.len() && self.t(i + 1) == "of")
        {
            Known::DROP_UNLESS_COMPANY
        } else {
            Known::DROP_NO
        }
    }

    /// "National Intergroup Inc said", "First Union Corp", "River Oaks
    /// Industries Inc": a common word at a sentence start (token `a`) that
    /// is no opener of a sentence ([`rules::OPENERS`]: "But", "After",
    /// "Rival"; a participle: "Joining") opens the company's name when the
    /// name (to `b`) goes on in capitalised words (and "and", "of"; no
    /// given name or title but a rank: "Data General Corp") to a legal suffix or a company head. Not in a
    /// title-case heading: most words of the sentence after the name
    /// capitalised.
    fn opens_company(&self, a: usize, b: usize) -> bool {
        let w = self.t(a);
        // "Joining Acme Associates are ...": a participle opens a clause.
        let opener = rules::OPENERS.contains_ascii_lowercase(w)
            || is(&rules::DETERMINERS, w)
            || (w.len() > 5 && w.ends_with("ing"));
        // "Home Federal Savings and Loan Association": a thrift's name
        // ends in "Association".
        let thrift = self.t(b - 1) == "Association"
            && (a + 1..b).any(|k| matches!(self.t(k), "Savings" | "Loan"));
        let company = b - a >= 2
            && (is(&rules::LEGAL_SUFFIXES, self.t(b - 1))
                || is(&rules::COMPANY_HEADS, self.t(b - 1))
                || thrift)
            && (a + 1..b).all(|k| {
                self.cap_word(k) || matches!(self.t(k), "&" | "-" | "and" | "of" | "(" | ")")
            })
            // "Analyst James Voytko of PaineWebber Inc": no person inside.
            && (a + 1..b).all(|k| {
                !(self.given(k) && self.toks[k].space_before)
                    && matches!(self.title_at(k), None | Some(TitleKind::Rank))
            });
        if opener || !company || self.toks[a].kind != TokenKind::Word || self.toks[a].upper {
            return false;
        }
        let s = self.toks[a].sentence;
        let (mut words, mut caps) = (0, 0);
        for tk in self.toks[b..].iter().take_while(|t| t.sentence == s) {
            if tk.kind == TokenKind::Word {
                words += 1;
                caps += usize::from(tk.cap);
            }
        }
        !(words >= 2 && caps * 10 >= words * 6)
    }

    /// A stretch without "and", "for" or "on" splits.
    fn part(&mut self, a: usize, b: usize) {
        // "Banque Nationale de Paris", "Credit Suisse": a company lead of
        // another language and capitalised words after it.
        // So does "Bank" opening a name before words that are no head
        // ("Bank Negara", "Bank Leumi"; not "Central Bank President").
        let bank_lead = self.t(a) == "Bank"
            && b - a >= 2
            && !(a > 0
                && self.toks[a - 1].sentence == self.toks[a].sentence
                && (self.toks[a - 1].cap || self.hit(a - 1).is_some()))
            && !is(&rules::ORG_HEADS, self.t(a + 1))
            && !is(&rules::LEGAL_SUFFIXES, self.t(a + 1));
        let end = self.name_end(a + 1, b);
        if b - a >= 2
            && (is(&rules::FOREIGN_ORG_LEADS, self.t(a))
                || (bank_lead && end > a + 1 && !is(&rules::AWARD_HEADS, self.t(end - 1))))
            && self.hit(a).is_none()
            && self.cap_word(a + 1)
        {
            self.push_labelled(a, end, EntityType::Organisation);
            self.segments(end, b);
            return;
        }
        // Organisation by lead: "Ministry of Commerce of India", "UK Ministry of
        // Defence", "Russian University of Transport".
        let lead = (a..b.saturating_sub(2)).find(|&p| {
            is(&rules::ORG_LEADS, self.t(p))
                && self.hit(p).is_none()
                && matches!(self.t(p + 1), "of" | "for" | "on")
        });
        if let Some(p) = lead {
            let prefix_ok = (a..p).all(|j| match self.hit(j) {
                Some(h) => !matches!(h.target, Target::Title(_)),
                None => self.cap_word(j),
            });
            // The name ends where a person starts ("... of Ukraine Oleg Hladkovskiy").
            let end = self.name_end(p + 2, b);
            if prefix_ok {
                self.push_labelled(a, end, EntityType::Organisation);
                self.segments(end, b);
                return;
            }
            // "Officials of the Ministry of ...": the lead starts the name.
            let q = if self.t(p - 1) == "the" { p - 1 } else { p };
            if q > a + 1 && self.t(q - 1) == "of" {
                self.part(a, q - 1);
                self.push_labelled(p, end, EntityType::Organisation);
                self.segments(end, b);
                return;
            }
        }
        // "Nuclear Power Corporation of India Limited": a suffix after the place.
        let of = (a + 1..b).find(|&k| self.t(k) == "of" && self.hit(k).is_none());
        // "Richardson Greenshields of Canada Ltd": unknown names before
        // "of" and a place and a suffix after it are one company too.
        let suffixed = of.is_some_and(|of| {
            let unknown_before =
                (a..of).all(|k| self.hit(k).is_none() && self.cap_word(k)) && !self.given(a);
            self.title_at(a).is_none()
                && is(&rules::LEGAL_SUFFIXES, self.t(b - 1))
                && self.org_head(b - 1)
                && (self.org_head(of - 1) || unknown_before)
                && !is(&rules::LEGAL_SUFFIXES, self.t(of - 1))
        });
        // "Aluminum Co of Canada Ltd", "General Motors of Canada Ltd": a
        // company's words, "of", one place and only legal suffixes after it.
        let place_suffixed = of.is_some_and(|of| {
            self.hit(of + 1).is_some_and(|h| {
                h.lo == of + 1
                    && h.hi < b
                    && matches!(h.target, Target::Name(n) if matches!(
                        self.lex.names[n as usize].kind,
                        EntityType::Location | EntityType::Country
                    ))
                    && (h.hi..b).all(|j| is(&rules::LEGAL_SUFFIXES, self.t(j)))
            }) && (a..of).all(|k| match self.hit(k) {
                // "Anglo American Corp of South Africa Ltd": a demonym too.
                Some(h) => match h.target {
                    Target::Name(n) => self.lex.names[n as usize].kind == EntityType::Organisation,
                    Target::Demonym(_) => true,
                    Target::Title(_) => false,
                },
                None => self.cap_word(k),
            }) && !self.given(a)
        });
        if suffixed || place_suffixed {
            self.push_labelled(a, b, EntityType::Organisation);
            return;
        }
        // Otherwise "of" separates names ("Hanwha Techwin of South Korea",
        // "Director General of Russian Helicopters"), but an organisation by
        // its head keeps its country ("National Security and Defense Council
        // of Ukraine").
        let mut start = a;
        // After "Minister of" / "Secretary of" comes a portfolio, not an
        // organisation ("Minister of Commerce & Industry and Civil Aviation").
        let mut portfolio = false;
        for k in a..=b {
            if k == b || (self.t(k) == "of" && self.hit(k).is_none()) {
                let mut lo = start;
                while lo < k && self.hit(lo).is_none() && self.droppable(lo, k) {
                    lo += 1;
                }
                if std::mem::take(&mut portfolio) && lo < k {
                    self.segments(lo, k);
                    start = k + 1;
                    continue;
                }
                // An empty stretch (all of it dropped, up to the chunk's
                // end and perhaps the text's) holds no title.
                portfolio = lo < k
                    && self.hit(lo).is_some_and(|h| {
                        h.hi == k
                            && matches!(h.target, Target::Title(_))
                            && ["Minister", "Secretary"]
                                .iter()
                                .any(|w| self.label(h.lo, h.hi).contains(w))
                    });
                if k < b
                    && lo < k
                    && self.org_head(k - 1)
                    && !is(&rules::LEGAL_SUFFIXES, self.t(k - 1))
                    && self.title_at(lo).is_none()
                    && !self.generic(lo, k)
                {
                    let place = if self.t(k + 1) == "the" { k + 2 } else { k + 1 };
                    // "Republic National Bank of New York": a place ending
                    // the name too.
                    let country = self.hit(place).filter(|h| {
                        h.lo == place
                            && self.name_end(h.hi, b) == h.hi
                            && matches!(h.target, Target::Name(n) if match self.lex.names[n as usize].kind {
                                EntityType::Country => true,
                                EntityType::Location => h.hi == b,
                                _ => false,
                            })
                    });
                    if let Some(h) = country {
                        let end = h.hi;
                        self.push_labelled(lo, end, EntityType::Organisation);
                        self.segments(end, b);
                        return;
                    }
                }
                if lo < k {
                    self.piece(lo, k);
                }
                start = k + 1;
            }
        }
    }

    /// Where a name running from before `from` ends: at `b`, or earlier where
    /// a title or a given name followed by another word starts a person.
    fn name_end(&self, from: usize, b: usize) -> usize {
        (from..b)
            .find(|&j| {
                self.title_at(j).is_some()
                    || (self.hit(j).is_none() && j + 1 < b && self.given(j) && self.cap_word(j + 1))
            })
            .unwrap_or(b)
    }

    /// True when every word of `a..b` is a common word: a generic phrase
    /// ("Joint Stock Company", "Final Operational Clearance"), not a name.
    /// A longer name joined by "and" or "of" is a name all the same
    /// ("National Security and Defense Council").
    pub(super) fn generic(&self, a: usize, b: usize) -> bool {
        if b - a > 2 || (a..b).any(|k| matches!(self.t(k), "and" | "of" | "&")) {
            return false;
        }
        (a..b).all(|k| {
            self.hit(k).is_none() && (self.is_common(k) || is(&rules::ORG_HEADS, self.t(k)))
        })
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    /// [`Ctx::droppable`] as it was before its per-token memo: all
    /// of it asked each time.
    fn droppable_anew(cx: &Ctx, i: usize, b: usize) -> bool {
        let t = cx.t(i);
        if is(&rules::CONNECTORS, t) || t == "the" || is(&rules::DETERMINERS, t) {
            return true;
        }
        if cx.air_first_place(i) {
            return false;
        }
        let sentence_start = i == 0 || cx.toks[i - 1].sentence != cx.toks[i].sentence || {
            let p = cx.t(i - 1);
            matches!(p, "\"" | "“" | "‘" | "'" | "(" | "—" | "–" | ":")
        };
        sentence_start
            && cx.is_common(i)
            && !is(&rules::ORG_LEADS, t)
            && !(i + 1 < cx.toks.len() && cx.t(i + 1) == "of")
            && !cx.opens_company(i, b)
    }

    /// Texts whose words the droppable test is asked about.
    const DROPPABLE_TEXTS: &[&str] = &[
        "First Chicago Corp said. The Rival Acme Associates Inc said on Monday. \"National Intergroup Inc said",
        "Air India flew. But Data General Corp and the Home Federal Savings and Loan Association (Ohio) rose.",
        "New River Oaks Industries Inc, Analyst James Voytko of PaineWebber Inc: Joining Acme Associates are.",
    ];

    proptest! {
        /// The droppable test with its per-token memo answers as asking
        /// all of it each time does, whatever the order of the questions.
        #[test]
        fn droppable_as_anew(asks in proptest::collection::vec((0usize..64, 0usize..64), 1..60)) {
            let ex = crate::extract::Extractor::builtin();
            for text in DROPPABLE_TEXTS {
                let sentences = crate::text::sentences(text);
                let toks = crate::text::tokenize(text, &sentences);
                let mut hits = ex.inner.gazetteer.find(text, &toks);
                crate::extract::gazetteer::find_upper(&ex.inner.lex, text, &toks, &mut hits);
                let cx = Ctx::new(&ex.inner.lex, text, &toks, &hits, Default::default());
                let n = toks.len();
                for &(i, b) in &asks {
                    let i = i % n;
                    let b = i + 1 + b % (n - i);
                    prop_assert_eq!(cx.droppable(i, b), droppable_anew(&cx, i, b), "{} {} {}", text, i, b);
                }
            }
        }
    }
}
