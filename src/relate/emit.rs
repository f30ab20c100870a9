//! From predicates and their arguments to typed edges: which groups are the
//! doer and the target for each category, coordination, derived edges
//! ("supplied W to R" also gives R acquire W), type checks and de-duplication.

use rustc_hash::FxHashSet;

use super::doc::{Doc, Group, ADV, CONJ, DET, POSS_MARK, PREP, STOP};
use super::frames::{frame, Shape};
use super::patterns::Trig;
use super::verbs::Cat;
use super::Relation;
use crate::text::TokenKind;

/// Collects the relations of one document.
pub(super) struct Emitter<'d, 'a> {
    pub(super) doc: &'d Doc<'a>,
    pub(super) out: Vec<Relation>,
    pub(super) seen: FxHashSet<(usize, usize, usize, Cat, bool)>,
    pub(super) sentence: usize,
    /// The sentence names a weapon or mentions arms.
    pub(super) arms: bool,
    /// Buffers of [`Emitter::sentence_relations`], reused from sentence to
    /// sentence: tokens of a verb predicate, tokens of any predicate.
    trig_at: Vec<bool>,
    any_at: Vec<bool>,
}

/// Typed relations of a document.
pub(crate) fn relations(
    text: &str,
    ex: &crate::extract::Extraction,
    verbs: &super::verbs::Verbs,
    other: bool,
) -> Vec<Relation> {
    let doc = Doc::new(text, ex, verbs);
    let mut em = Emitter {
        doc: &doc,
        out: Vec::new(),
        seen: FxHashSet::default(),
        sentence: 0,
        arms: false,
        trig_at: Vec::new(),
        any_at: Vec::new(),
    };
    for (si, &(a, b)) in doc.sent.iter().enumerate() {
        if b <= a || !doc.read[si] {
            continue;
        }
        em.sentence = si;
        em.arms = doc.armed_sentence(si, a, b);
        em.sentence_relations(a, b, other);
    }
    em.out
}

/// The predicate of "Boeing's F-15": the possessive marker, as produce.
fn possessive_entry() -> &'static super::verbs::Entry {
    static E: std::sync::OnceLock<super::verbs::Entry> = std::sync::OnceLock::new();
    E.get_or_init(|| super::verbs::Entry {
        words: vec!["'s".to_string()],
        cats: vec![Cat::Produce],
        noun: true,
        lit: true,
        ..Default::default()
    })
}

impl<'d, 'a> Emitter<'d, 'a> {
    fn sentence_relations(&mut self, a: usize, b: usize, other: bool) {
        let doc = self.doc;
        let mut trigs = doc.triggers(a, b);
        // "gave Boeing more time": a transfer verb of flag `armed` only in a
        // sentence with arms.
        if !self.arms {
            trigs.retain(|t| !t.entry.armed || frame(t.entry.cats[0]).shape != Shape::Transfer);
        }
        // Per-token marks of the sentence, in buffers kept from the last one.
        let mut trig_at = std::mem::take(&mut self.trig_at);
        let mut any_at = std::mem::take(&mut self.any_at);
        trig_at.clear();
        trig_at.resize(b - a, false);
        any_at.clear();
        any_at.resize(b - a, false);
        for t in &trigs {
            for i in t.start..t.end {
                trig_at[i - a] |= !t.noun;
                any_at[i - a] = true;
            }
        }
        for t in trigs.iter_mut() {
            let limit = if t.noun { 6 } else { 12 };
            let stops = if t.noun { &any_at } else { &trig_at };
            let (mut objs, end) = doc.scan_right(t.end, b, limit, stops, a, t.noun);
            // "not allow Iran to use the missiles", "talks about producing
            // the tank": an infinitive or gerund is often unasserted, and its
            // doer is inferred; a descriptor ("the missiles") is not taken
            // as its object on top of that.
            if t.control {
                objs.retain(|(_, g)| doc.span(g.start).is_some());
            }
            // "awarded Lockheed Martin a contract": the form's name slot is
            // its direct object.
            if t.entry.words.iter().any(|w| w == "_") {
                if let Some(g) = (t.start + 1..t.end).find_map(|k| {
                    doc.group_starting(k, t.end)
                        .filter(|g| g.start == k && !g.weapon)
                }) {
                    objs.insert(0, ("", g));
                }
            }
            t.objs = objs;
            t.region_end = end;
        }
        self.settle_objects(&mut trigs);
        // "is building and delivering W": the first verb shares the objects.
        for n in (0..trigs.len().saturating_sub(1)).rev() {
            let (x, y) = (&trigs[n], &trigs[n + 1]);
            if !x.noun && !y.noun && x.objs.is_empty() && doc.only_conj(x.end, y.vg) {
                trigs[n].objs = trigs[n + 1].objs.clone();
                trigs[n].region_end = trigs[n + 1].region_end;
            }
        }
        for n in 0..trigs.len() {
            let (done, rest) = trigs.split_at_mut(n);
            let t = &mut rest[0];
            // "whether the IMF can help", "rumours that the US attacked": a
            // question, condition or rumour asserts nothing (an event noun
            // inside one, "whether he approved the Israeli shipment", may
            // still be a fact).
            if !t.noun && doc.hedged(a, t.vg) {
                continue;
            }
            // "hopes to sign", "cancelled a trip to": wished or called off.
            if doc.irrealis(a, t.vg, t.start, t.noun) {
                continue;
            }
            // "denied supplying W", "rejected claims that it sent W".
            if !t.noun && doc.denied(a, t.vg) {
                t.neg = true;
            }
            if t.noun {
                self.noun(t, done, a, &trig_at);
            } else {
                t.left = self
                    .left(t, done, a, &trig_at)
                    .or_else(|| self.descriptor_patient(t, a));
                self.verb(t, a, b, &trig_at);
            }
        }
        self.compounds(a, b);
        self.makers_possessive(a, b);
        self.evaluations(a, b, &trig_at);
        self.reported_evaluations(a, b, &trig_at);
        if other {
            self.other(&trigs, a, b, &trig_at);
        }
        self.trig_at = trig_at;
        self.any_at = any_at;
    }

    /// "Russian-made S-400", "Iran-backed Houthis", "US-supplied F-16s": a
    /// name joined by a hyphen to a participle of the lexicon is the
    /// participle's doer, and the name the compound modifies (after at most
    /// two lower-case words) is what is done to.
    fn compounds(&mut self, a: usize, b: usize) {
        let doc = self.doc;
        if !doc.sentence_may_have(self.sentence, super::words::HYPHEN) {
            return;
        }
        let toks = &doc.ex.tokens;
        for i in a + 2..b {
            if toks[i].space_before || toks[i - 1].space_before || doc.low(i - 1) != "-" {
                continue;
            }
            let Some(s) = doc.span(i - 2).copied().filter(|s| s.end == i - 1) else {
                continue;
            };
            let Some(entry) = doc.forms_at(i, b).0 else {
                continue;
            };
            if entry.kind & super::verbs::PART == 0 || entry.words.len() != 1 {
                continue;
            }
            // Up to two lower-case words of the noun phrase, not a verb
            // ("Iran-backed militias attacked X": the militias, not X).
            let mut j = i + 1;
            while j < b
                && j - i <= 2
                && doc.span(j).is_none()
                && !toks[j].cap
                && toks[j].kind == TokenKind::Word
                && doc.class[j] & (super::doc::FUNCTION | super::doc::LEX) == 0
            {
                j += 1;
            }
            let Some(g) = (j < b)
                .then(|| doc.head_at(j))
                .flatten()
                .and_then(|_| doc.group_starting(j, b))
            else {
                continue;
            };
            // Only the name the compound modifies, not a list after it.
            let t = Trig::at(i, entry);
            for &cat in &entry.cats {
                if self.edges(&t, cat, &[s.entity], &g.members[..1]) > 0 && !entry.also {
                    break;
                }
            }
        }
    }

    fn verb(&mut self, t: &mut Trig, a: usize, b: usize, trig_at: &[bool]) {
        if t.objs.is_empty() && !t.passive {
            if let Some(g) = self.object_pronoun(t, a) {
                t.objs.push(("", g));
            }
        }
        // "backing it on the issue of Kashmir": the pronoun before the
        // prepositional objects.
        if !t.objs.iter().any(|(p, _)| p.is_empty()) {
            if let Some(g) = self.state_pronoun(t, a) {
                t.objs.insert(0, ("", g));
            }
        }
        let cats = t.entry.cats.clone();
        // "'We condemn X,' Minister Y said": a person speaking for "we" does
        // speech acts only.
        let speech_only = t.left.as_ref().is_some_and(|g| self.doc.speech_only(g));
        for cat in cats {
            if speech_only && !super::quote::speech_act(cat) {
                continue;
            }
            let before = self.out.len();
            let (n, doer) = self.verb_cat(t, cat, a, b, trig_at);
            if n > 0 && frame(cat).wielded {
                self.wielders(t, cat, before);
            }
            if n > 0 || doer.is_some() {
                t.doer = doer.or_else(|| t.doer.take());
            }
            if n > 0 && !t.entry.also {
                return;
            }
        }
        if t.doer.is_none() && !t.passive {
            t.doer = t.left.clone();
        }
    }

    /// "Lockheed Martin's F-16", "HAL's Light Combat Helicopter": a weapon
    /// that a company possesses is one it makes (a nominal statement of
    /// produce); a state's or force's weapon says nothing so sure.
    fn makers_possessive(&mut self, a: usize, b: usize) {
        let doc = self.doc;
        if !doc.sentence_may_have(self.sentence, POSS_MARK) {
            return;
        }
        for i in a + 1..b.saturating_sub(1) {
            if !doc.has(i, POSS_MARK) {
                continue;
            }
            let Some(owner) = doc.span(i - 1).copied().filter(|s| s.end == i) else {
                continue;
            };
            let Some(w) = doc.span(i + 1).copied().filter(|s| s.ty == super::verbs::W) else {
                continue;
            };
            if !doc.is_company(owner.entity) {
                continue;
            }
            self.edge(
                &Trig::at(i, possessive_entry()),
                Cat::Produce,
                owner.entity,
                w.entity,
            );
        }
    }

    /// Whether the place group `g` is where one goes, not a modifier of a
    /// common noun ("visited the Russian first lady"); an organisation's
    /// premises or stand stand for it ("visited the Boeing plant").
    pub(super) fn visited(&self, g: &Group) -> bool {
        !self.doc.modifies_common_noun(g.end) || self.premises_of(g)
    }

    /// Whether the organisations of group `g` own the premises or stand
    /// named after it ("the Boeing plant", "Dassault's factory").
    pub(super) fn premises_of(&self, g: &Group) -> bool {
        self.doc.orgs_only(g) && self.doc.site_head_at(g.end)
    }

    /// Whether no object follows the verb: a preposition, adverb,
    /// conjunction or punctuation, or the end of the sentence.
    fn intransitive(&self, t: &Trig, b: usize) -> bool {
        let k = t.end;
        k >= b
            || self.doc.is(k, PREP | ADV | CONJ | STOP)
            || self.doc.ex.tokens[k].kind == TokenKind::Punct
    }

    /// "complained that China had ...": the subject of a that-clause right
    /// after a verb of criticism is what is criticised.
    fn that_clause_subject(&self, t: &Trig, b: usize) -> Option<Group> {
        let doc = self.doc;
        let mut k = t.end;
        while k < b && doc.is(k, ADV) {
            k += 1;
        }
        if k + 1 >= b || doc.low(k) != "that" {
            return None;
        }
        let mut j = k + 1;
        while j < b
            && j - k <= 3
            && doc.span(j).is_none()
            && doc.is(j, super::doc::DET | super::doc::TITLE)
        {
            j += 1;
        }
        let g = doc.head_at(j).and_then(|_| doc.group_starting(j, b))?;
        // The name must be the clause's subject, not a possessor.
        (g.end < b && !matches!(doc.low(g.end), "'s" | "'")).then_some(g)
    }

    /// "bought the S-400 and deployed it": an object pronoun right after the
    /// verb stands for the nearest weapon named before the verb in the same
    /// sentence, when the verb's first category takes weapons.
    fn object_pronoun(&self, t: &Trig, a: usize) -> Option<Group> {
        let doc = self.doc;
        let p = t.end;
        if p >= doc.sent_end(a) || !matches!(doc.low(p), "it" | "them") {
            return None;
        }
        let mask = t.entry.cats[0].target_mask();
        let subject = t.left.as_ref().map(|g| g.members.as_slice()).unwrap_or(&[]);
        let s = doc
            .spans_in(a, t.vg)
            .iter()
            .rev()
            .filter(|s| s.start >= a && s.end <= t.vg && !s.modifier)
            .find(|s| doc.fits(s.entity, mask) && !subject.contains(&s.entity))?;
        // Only weapons: "it" and "them" after other verbs stand for ideas,
        // funds and agreements too often ("EC states back it").
        if s.ty != super::verbs::W {
            return None;
        }
        Some(Group {
            start: p,
            end: p + 1,
            members: vec![s.entity],
            weapon: s.ty == super::verbs::W,
        })
    }

    /// Edges of one verb predicate in one category, read through the
    /// category's frame (`frames.tsv`); returns the count and the doer.
    fn verb_cat(
        &mut self,
        t: &Trig,
        cat: Cat,
        a: usize,
        b: usize,
        trig_at: &[bool],
    ) -> (usize, Option<Group>) {
        let f = frame(cat);
        let objs = t.objs.clone();
        let find = |preps: &[&str], weapon: Option<bool>| -> Option<Group> {
            objs.iter()
                .find(|(p, g)| preps.contains(p) && weapon.is_none_or(|w| g.weapon == w))
                .map(|(_, g)| g.clone())
        };
        let all = |preps: &[&str], weapon: bool| -> Vec<usize> {
            objs.iter()
                .filter(|(p, g)| preps.contains(p) && g.weapon == weapon)
                .flat_map(|(_, g)| g.members.iter().copied())
                .collect()
        };
        // Recipients: "to R", unless R only modifies a common noun.
        let recipients: Vec<usize> = f
            .recipient
            .map(|r| {
                objs.iter()
                    .filter(|(p, g)| {
                        *p == r.prep && !g.weapon && !self.doc.modifies_common_noun(g.end)
                    })
                    .flat_map(|(_, g)| g.members.iter().copied())
                    .collect()
            })
            .unwrap_or_default();
        let left = t.left.clone();
        let lm = left.as_ref().map(|g| g.members.clone()).unwrap_or_default();
        let mut n = 0;
        if t.entry.inv {
            // "18 M777 systems ..., the number of systems (ordered and) in
            // service with X": the weapon whose head noun is repeated.
            let lm = if lm.is_empty() {
                self.repeated_head(t, a, trig_at)
            } else {
                lm
            };
            // "R-27 fitted on the Su-30MKI": holder after.
            // "X has 76 B-52 bombers in service": the holder is the subject.
            let holder = find(&[""], None).or_else(|| {
                let g = left.as_ref()?;
                self.doc.scan_left(g.start, a, 4, trig_at)
            });
            if let Some(h) = holder {
                n += self.edges(t, cat, &h.members, &lm);
                return (n, Some(h));
            }
            return (0, None);
        }
        if t.passive {
            // "X was awarded a contract from Y": for an agreement, "from"
            // names the other party when no "by" does.
            let agent = find(&["by"], None)
                .or_else(|| (cat == Cat::Agree).then(|| find(&["from"], None)).flatten());
            if let Some(ag) = &agent {
                let agents = if f.symmetric && left.is_none() && ag.members.len() < 2 {
                    self.loose(ag.start, b)
                } else {
                    ag.members.clone()
                };
                // "missiles developed by DRDO including Astra, QRSAM".
                let mut lm = if lm.is_empty() {
                    all(&["including", "like"], true)
                } else {
                    lm.clone()
                };
                // "25 W delivered, the remaining 120 to be assembled by X".
                if lm.is_empty() && left.is_none() && f.weapon_theme() {
                    lm = self.elliptic_patient(t, a);
                }
                let mut agents = agents;
                // "Shahed drones have been used by Russia against Ukraine":
                // the agent aims the weapons at the victim.
                if t.entry.aims && (!lm.is_empty() || self.unnamed_arms_before(t, a)) {
                    for v in &f.victims {
                        let g = self.victims(&objs, v.prep);
                        n += self.edges(t, v.cat, &agents, &g);
                    }
                }
                if f.makers {
                    agents.extend(self.co_producers(t, &objs));
                }
                if !lm.is_empty() {
                    n += self.edges(t, cat, &agents, &lm);
                    if let Some(r) = f.recipient {
                        n += self.edges(t, cat, &agents, &recipients);
                        n += self.edges(t, r.cat, &recipients, &lm);
                    }
                } else if f.symmetric {
                    n += self.pairs(t, cat, &agents, false);
                } else if f.acts && left.is_none() {
                    // "The launch was condemned by X": the act's author.
                    let det = (t.vg.saturating_sub(4).max(a)..t.vg).find(|&k| self.doc.is(k, DET));
                    if let Some(det) = det {
                        let au = self.act_authors(det, t.vg);
                        n += self.edges(t, cat, &agents, &au);
                    }
                }
            } else if !lm.is_empty() {
                // "assembled in India in partnership with X", "built at X".
                if f.makers {
                    let co = self.co_producers(t, &objs);
                    n += self.edges(t, cat, &co, &lm);
                }
                // "W was bought from X": X supplies.
                if let Some(s) = f.source {
                    n += self.edges(t, s.cat, &all(&[s.prep], false), &lm);
                }
                // "was inducted into the Indian Army".
                if let Some(h) = f.holder {
                    n += self.edges(t, h.cat, &all(&[h.prep], false), &lm);
                }
                // "W was supplied to R": R acquires.
                if let Some(r) = f.recipient {
                    n += self.edges(t, r.cat, &recipients, &lm);
                }
            }
            if f.symmetric {
                if let Some(bt) = find(&["between"], None) {
                    n += self.pairs(t, cat, &bt.members, false);
                }
            }
            return (n, agent);
        }
        match f.shape {
            Shape::Partner => {
                let mut partners: Vec<usize> = self.titled_partner(t, &objs);
                for (p, g) in objs.iter().filter(|_| partners.is_empty()) {
                    // "met with reporters ... on talks with X": too far for meet.
                    let near = !f.near
                        || (self.doc.content_words(t.end, g.start) <= 2
                            && !self.doc.modifies_common_noun(g.end));
                    if f.verb.contains(p) && !g.weapon && near {
                        partners.extend(&g.members);
                        break;
                    }
                }
                if partners.is_empty() {
                    if let Some(g) = find(&f.verb_else, Some(false)) {
                        partners = g.members;
                    }
                }
                if partners.is_empty() {
                    // "India and Russia signed": the subject right before the verb.
                    let close = t.control
                        || left
                            .as_ref()
                            .is_some_and(|g| self.doc.content_words(g.end, t.vg) <= 1);
                    // "A and B met (in Paris)", not "to meet demand".
                    let intransitive = !f.near || self.intransitive(t, b);
                    if t.entry.recip && close && intransitive {
                        n += self.pairs(t, cat, &lm, false);
                    }
                    // "Poland signed a deal for 48 K9 howitzers": a sale
                    // with the seller unnamed.
                    if let Some(s) = f.purchase.filter(|_| lm.len() == 1) {
                        let ws = self.purchased(t, &objs, s);
                        n += self.sale(t, s, &lm, &[], &ws);
                    }
                } else {
                    n += self.edges(t, cat, &lm, &partners);
                    // "signed a deal with Russia for R-27 missiles": a sale.
                    if let Some(s) = f.purchase {
                        let ws = self.purchased(t, &objs, s);
                        n += self.sale(t, s, &lm, &partners, &ws);
                    }
                }
            }
            Shape::Place => {
                // "toured Dassault's new factory": a possessor of premises.
                let g = find(&f.verb, Some(false))
                    .or_else(|| find(&["'s"], Some(false)).filter(|g| self.premises_of(g)));
                // "visited the Russian first lady" is no visit to Russia;
                // "visited the Boeing plant" is one to Boeing.
                if let Some(g) = g.filter(|g| self.visited(g)) {
                    n += self.edges(t, cat, &lm, &g.members);
                }
            }
            Shape::Theme => {
                let ws = self.theme_or_antecedent(t, a, all(&f.verb, true));
                // "used W against X", "launched W at X": the doer attacks X.
                let victims: Vec<(Cat, Vec<usize>)> = f
                    .victims
                    .iter()
                    .filter(|_| t.entry.aims)
                    .map(|v| (v.cat, self.victims(&objs, v.prep)))
                    .filter(|(_, g)| {
                        !g.is_empty() && (!ws.is_empty() || self.unnamed_arms(t, &objs))
                    })
                    .collect();
                for (vcat, g) in &victims {
                    n += self.edges(t, *vcat, &lm, g);
                }
                if !f.aimed || victims.is_empty() {
                    n += self.edges(t, cat, &lm, &ws);
                }
                if f.parts {
                    // "manufacturing airframe components of the C-130J": making
                    // parts of a weapon is producing it.
                    let parts: Vec<usize> = objs
                        .iter()
                        .filter(|(p, g)| *p == "of" && g.weapon && self.doc.parts_before(g.start))
                        .flat_map(|(_, g)| g.members.iter().copied())
                        .collect();
                    n += self.edges(t, cat, &lm, &parts);
                }
                if f.makers {
                    let co = self.co_producers(t, &objs);
                    n += self.edges(t, cat, &co, &ws);
                }
                if let Some(s) = f.source {
                    for (from, own) in self.sources(&objs, s.prep, &ws) {
                        n += self.edges(t, s.cat, &from, &own);
                    }
                }
            }
            Shape::Transfer => {
                let ws = self.theme_or_antecedent(t, a, all(&f.verb, true));
                let mut to = recipients.clone();
                // "supplied India with W", "sent Ukraine 18 tanks": a direct
                // recipient only beside "with" weapons or before them.
                if objs.iter().any(|(p, g)| *p == "with" && g.weapon) {
                    if let Some(g) = find(&[""], Some(false)) {
                        to.extend(g.members);
                    }
                } else if let Some(g) = self.first_of_two_objects(t, &objs) {
                    to.extend(g.members);
                }
                n += self.edges(t, cat, &lm, &ws);
                n += self.edges(t, cat, &lm, &to);
                if let Some(r) = f.recipient {
                    n += self.edges(t, r.cat, &to, &ws);
                }
            }
            Shape::Direct => {
                // "condemned the Pentagon report", "slammed China's claims",
                // "backed Sweden's bid": criticism or support of a statement,
                // act or cause is criticism or support of its author. A name
                // on an event noun is its author only as a possessor or a
                // demonym ("condemned the Russian invasion"), or as a
                // state's name right before it ("the U.S. strikes"; in
                // "subsidized U.S. corn imports" the U.S. sells). Not after a
                // verb taking a bare infinitive ("helped block X's plans").
                let act = |(p, g): &&(&str, Group)| {
                    f.acts
                        && !t.entry.bare
                        && match *p {
                            "" => {
                                self.doc.act_noun_at(g.end, self.doc.demonym_at(g.start, g.end))
                                    // "condemned the U.S. strikes on X": a
                                    // state's name right before its act.
                                    // (or an arms word before it: "the US arms
                                    // sale", not "U.S. corn imports").
                                    || (self.doc.states_only(g)
                                        && (self.doc.event_noun_right_at(g.end)
                                            || (g.end + 1 < b
                                                && self.doc.is(g.end, super::doc::ARMS)
                                                && !self.doc.ex.tokens[g.end].cap
                                                && self.doc.event_noun_right_at(g.end + 1))))
                            }
                            "'s" => self.doc.act_noun_at(g.end + 1, true),
                            _ => false,
                        }
                };
                // "condemned the attack on our ships by X": the act's author.
                let by_author = |(p, g): &&(&str, Group)| {
                    f.acts
                        && *p == "by"
                        && (t.end..g.start).any(|k| {
                            self.doc.act_noun_at(k, true)
                                || (self.doc.is(k, super::doc::LEX) && !self.doc.ex.tokens[k].cap)
                        })
                };
                // "shelled Armenian positions", "struck Hezbollah's bases": the
                // party whose positions, people or property are attacked.
                // "sanctions on Iran's central bank": the party whose banks,
                // firms, trade or programmes are sanctioned.
                let held = |(p, g): &&(&str, Group)| {
                    let at = match *p {
                        "" => g.end,
                        "'s" => g.end + 1,
                        _ => return false,
                    };
                    !g.weapon
                        && (f.held && self.doc.target_head_at(at)
                            || f.assets && self.doc.asset_head_at(at))
                };
                // "struck targets in southern Lebanon": the state where the
                // unnamed positions, places or people attacked are.
                let held_in = |(p, g): &&(&str, Group)| {
                    f.held
                        && *p == "in"
                        && self.doc.states_only(g)
                        && self.doc.unnamed_targets_before(t.end, g.start)
                };
                // "helped the SDF defeat ISIS": a verb of flag `bare` takes an
                // object and a bare infinitive, no common noun the name modifies.
                let bare_infinitive = |g: &Group| {
                    let doc = self.doc;
                    t.entry.bare
                        && (t.end..g.start).all(|k| doc.is(k, super::doc::DET))
                        && g.end < b
                        && doc.ex.tokens[g.end].kind == TokenKind::Word
                        && !doc.ex.tokens[g.end].cap
                        && doc.class[g.end] & super::doc::FUNCTION == 0
                        // "help U.S. farmers": a plural noun, not a verb.
                        && (!doc.low(g.end).ends_with('s') || doc.low(g.end).ends_with("ss"))
                };
                // "assured the prince the United States would stay": a name
                // followed by an auxiliary is the subject of a complement
                // clause, not the object; but a warning's addressee is its
                // target ("warned Iran would face"), and so is the subject
                // of a complaint's clause ("complained Japan has no plan").
                let clause_subject = |g: &Group| {
                    !f.addressee && !f.that && g.end < b && self.doc.is(g.end, super::doc::AUX)
                };
                if let Some(g) = objs
                    .first()
                    .filter(|(p, g)| {
                        f.verb.contains(p)
                            && !clause_subject(g)
                            && (!self.doc.modifies_common_noun(g.end) || bare_infinitive(g))
                    })
                    .or_else(|| objs.first().filter(held))
                    .or_else(|| objs.first().filter(held_in))
                    .or_else(|| objs.iter().take(2).find(act))
                    .or_else(|| objs.iter().take(2).find(by_author))
                    .map(|(_, g)| g.clone())
                    // "destroyed a Ukrainian S-300 system": the party whose
                    // named weapon it is.
                    .or_else(|| {
                        objs.first()
                            .filter(|(p, g)| f.held && p.is_empty() && g.weapon)
                            .and_then(|(_, g)| self.doc.weapon_owner(g.start, a))
                    })
                {
                    n += self.edges(t, cat, &lm, &g.members);
                    // "shot down a Ukrainian Su-25 jet": the weapon and its
                    // party.
                    if let Some(o) = self
                        .doc
                        .weapon_owner(g.start, a)
                        .filter(|_| f.held && g.weapon)
                    {
                        n += self.edges(t, cat, &lm, &o.members);
                    }
                } else if let Some(g) = f.that.then(|| self.that_clause_subject(t, b)).flatten() {
                    n += self.edges(t, cat, &lm, &g.members);
                } else if let Some(au) = f
                    .acts
                    .then(|| self.act_authors(t.end, b))
                    .filter(|au| !au.is_empty())
                {
                    // "Japan condemned the launch": the author of the act.
                    n += self.edges(t, cat, &lm, &au);
                } else if t.entry.recip && self.intransitive(t, b) {
                    // "A and B fought", not "A and B fought the planned sale".
                    n += self.pairs(t, cat, &lm, true);
                }
            }
        }
        (n, left)
    }
}
