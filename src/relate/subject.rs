//! The doer of a verb predicate: the group on its left, across
//! auxiliaries, adverbs, appositions, relative clauses, coordinated verb
//! phrases ("bought drones and deployed them") and fronted phrases.

use super::doc::{Group, CONJ, PREP, SUB};
use super::emit::Emitter;
use super::frames::frame;
use super::groups::ForObject;
use super::patterns::Trig;
use super::verbs::Cat;
use super::Relation;
use crate::extract::EntityType;
use crate::text::TokenKind;

impl Emitter<'_, '_> {
    /// The left argument of a verb predicate.
    pub(super) fn left(
        &self,
        t: &Trig,
        done: &[Trig],
        a: usize,
        trig_at: &[bool],
    ) -> Option<Group> {
        let doc = self.doc;
        if t.vg == t.start && doc.participle_of_common_noun(t.start, a) {
            return None;
        }
        let prev = done.iter().rev().find(|p| !p.noun);
        // "is building and delivering": shared subject.
        if let Some(p) = prev {
            if doc.only_conj(p.end, t.vg) {
                return p.left.clone();
            }
        }
        if t.control {
            // "condemned the US decision to sell", "Japan's plan to buy":
            // the infinitive of an intention noun is its owner's act.
            if let Some(g) = doc.intention_owner(t.vg, a) {
                return Some(g);
            }
            // "X was awarded a contract to build W", "X was asked to supply
            // W", "Turkey was sanctioned by the US for buying W": a passive's
            // subject (no weapon) does the infinitive it governs, or a
            // gerund after "for".
            let for_gerund = t.vg > a && doc.low(t.vg - 1) == "for";
            if t.entry.kind & super::verbs::GER == 0 || for_gerund {
                if let Some(g) = done
                    .iter()
                    .rev()
                    .find(|p| !p.noun && p.region_end + 1 >= t.vg)
                    .filter(|p| p.passive)
                    .and_then(|p| p.left.clone())
                    .filter(|g| !g.weapon)
                {
                    return Some(g);
                }
            }
            // The governing predicate's doer when its region runs up to here.
            if let Some(p) = done
                .iter()
                .rev()
                .find(|p| p.doer.is_some() && p.region_end + 1 >= t.vg)
            {
                // "accused Turkey of sending", "urged India to buy",
                // "criticised Japan for sending": the object.
                let object = p.objs.iter().find(|(pr, g)| {
                    pr.is_empty()
                        && !g.weapon
                        && g.end < t.vg
                        && (g.end..t.vg).all(|i| matches!(doc.low(i), "of" | "to" | "for"))
                });
                if let Some((_, g)) = object.filter(|_| !p.noun) {
                    return Some(g.clone());
                }
                // "criticised Washington for sending", "thanked the
                // government for supplying": an object that is no party
                // (a place, a noun for people or a body) does the gerund
                // too, so it has no named doer. A weapon or other thing
                // there leaves it to the subject ("bought W for defending").
                if !p.noun && !p.passive && t.vg > p.end && for_gerund {
                    match doc.object_before_for(t.vg - 1, p.end) {
                        ForObject::Party(g) => return Some(g),
                        ForObject::Unnamed => return None,
                        ForObject::Thing => {}
                    }
                }
                // "awarded X a contract to build W": the slot's party.
                if p.entry.words.iter().any(|w| w == "_") {
                    if let Some((_, g)) = p.objs.iter().find(|(pr, g)| pr.is_empty() && !g.weapon) {
                        return Some(g.clone());
                    }
                }
                return p.doer.clone();
            }
            // "X won a contract to build W": the party of an agreement or
            // order governing a weapon act (not "won a contract to support
            // NASA", a service; nor "to provide technical assistance to X"
            // in a sentence without arms).
            if self.arms && super::frames::frame(t.entry.cats[0]).weapon_theme() {
                if let Some(p) = done
                    .iter()
                    .rev()
                    .find(|p| p.governs.is_some() && p.region_end + 1 >= t.vg)
                {
                    return p.governs.clone();
                }
            }
            // "thanked Germany for supplying", "praised them for": the
            // object of a verb outside the lexicon, right after it, does a
            // gerund after "for" as a lexicon verb's object does.
            if t.entry.kind & super::verbs::GER != 0 && for_gerund && t.vg > a + 1 {
                let f = t.vg - 1;
                let after_verb = |k: usize| {
                    doc.before_group(k, a).is_some_and(|v| {
                        let tk = &doc.ex.tokens[v];
                        tk.kind == TokenKind::Word
                            && !tk.cap
                            && doc.class[v] & super::doc::FUNCTION == 0
                            && doc.span(v).is_none()
                    })
                };
                match doc.object_before_for(f, a) {
                    ForObject::Party(g) if after_verb(g.start) => return Some(g),
                    ForObject::Unnamed
                        if matches!(doc.low(f - 1), "him" | "her" | "them" | "us")
                            && after_verb(f - 1) =>
                    {
                        return None
                    }
                    _ => {}
                }
            }
            // "before travelling to X": a gerund's subject is the clause's.
            if t.entry.kind & super::verbs::GER != 0 {
                if let Some(mut g) = doc
                    .clause_subject(t.vg, a, trig_at)
                    .or_else(|| doc.fronted_subject(t.vg, a))
                    .or_else(|| doc.parenthetical_subject(t.vg, a))
                {
                    // "X joined Y in condemning Z": Y condemns Z too.
                    if let Some(y) = doc.joined_partner(t.vg, a) {
                        for e in y.members {
                            if !g.members.contains(&e) {
                                g.members.push(e);
                            }
                        }
                    }
                    return Some(g);
                }
            }
            // "X met A and was due to dine with B", "X bought W and is
            // expected to deploy": a coordinated verb phrase of raising or
            // control words shares the clause's subject.
            if let Some(and) = doc.coordinated_raising(t.vg, a) {
                if let Some(g) = doc.clause_subject(and, a, trig_at) {
                    return Some(g);
                }
            }
            // The nearest name that is not a weapon ("accused Turkey of
            // sending F-16 jets to support X": Turkey).
            let mut from = t.vg;
            while let Some(g) = doc.scan_left(from, a, 8, trig_at) {
                // "won a contract from the U.S. Navy to produce W": a name
                // after these prepositions does not control the infinitive.
                let in_pp = doc
                    .before_group(g.start, a)
                    .is_some_and(|k| matches!(doc.low(k), "from" | "at" | "in" | "by"));
                if !g.weapon && !in_pp {
                    return Some(g);
                }
                from = g.start;
            }
            return None;
        }
        let want = t.entry.cats[0].target_mask();
        if t.passive && (a..t.vg).all(|i| doc.is(i, super::doc::ADV)) {
            // "Designed and built by X, the W is ...": the patient follows.
            let comma = (t.end..t.region_end.max(t.end))
                .chain(t.region_end..doc.sent_end(a))
                .find(|&i| doc.low(i) == ",")?;
            return doc
                .group_starting(comma + 1, doc.sent_end(a))
                .filter(|g| g.start <= comma + 4);
        }
        let mut from = t.vg;
        for _ in 0..3 {
            let g = doc.scan_left_np(from, a, 6, trig_at, !t.passive)?;
            // "Iran-backed militias attacked": a name inside a hyphen
            // compound modifies the noun after it and is no argument; but
            // "the Saudi-led coalition" is its leader's.
            let toks = &doc.ex.tokens;
            let compound = g.end + 1 < t.vg
                && doc.low(g.end) == "-"
                && !toks[g.end].space_before
                && !toks[g.end + 1].space_before
                && toks[g.end + 1].kind == TokenKind::Word
                && doc.low(g.end + 1) != "led";
            if compound {
                from = g.start;
                continue;
            }
            // "The Chinese embassy in Manila condemned X": a place after "in"
            // or "at" on a noun for people or bodies is no subject; the
            // name on that noun is.
            if !t.passive
                && g.start > a + 1
                && matches!(doc.low(g.start - 1), "in" | "at")
                && g.members
                    .iter()
                    .all(|&e| doc.ex.entities[e].kind == crate::extract::EntityType::Location)
                && super::words::ACTOR_HEADS.contains(&doc.low(g.start - 2))
            {
                from = g.start - 1;
                continue;
            }
            // "bought W and supplied ...": a verb after "and" shares the subject.
            if let Some(p) = prev {
                let and_before = t.vg > a && doc.is_conj(t.vg - 1);
                if and_before && g.start >= p.end && p.left.is_some() && p.passive == t.passive {
                    return p.left.clone();
                }
            }
            // "the UK's programme being delivered", "Yeltsin's children had
            // visited": the possessor of a common noun is no argument.
            let possessor = g.end < t.vg && doc.low(g.end) == "'s";
            if !t.passive {
                let of_common = possessor && doc.modifies_common_noun(g.end);
                // "a committee monitoring the agreement between X and Y will
                // meet": names inside a prepositional phrase of a common noun.
                let in_pp = g.start > a + 1
                    && doc.is(g.start - 1, PREP)
                    && doc.low(g.start - 1) != "of"
                    && doc.modifies_common_noun(g.start - 2)
                    && doc.span(g.start - 2).is_none();
                // "Australian wheat would arrive in X": a demonym on goods
                // or things is no doer (people, forces and arms are; so are
                // agent nouns: "Malaysian miners", "Japanese customers").
                let person_noun = (g.end..t.vg.min(g.end + 3)).any(|k| {
                    let w = doc.low(k);
                    doc.is(k, super::doc::TITLE)
                        || matches!(
                            w,
                            "bank"
                                | "banks"
                                | "company"
                                | "companies"
                                | "firm"
                                | "firms"
                                | "business"
                                | "businesses"
                        )
                        || ["er", "or", "ist", "ian"]
                            .iter()
                            .any(|e| w.trim_end_matches('s').ends_with(e))
                });
                let on_goods = doc.demonym_at(g.start, g.end)
                    && g.end < t.vg
                    && doc.modifies_common_noun(g.end)
                    && !person_noun
                    && !doc.is(g.end, super::doc::ARMS)
                    && !doc.target_head_at(g.end);
                return (!of_common && !in_pp && !on_goods).then_some(g);
            }
            if g.members.iter().any(|&e| doc.fits(e, want)) && !possessor {
                return Some(g);
            }
            from = g.start;
        }
        None
    }

    /// "The carrier was built by X", "after the jets were delivered to X":
    /// a weapon descriptor (`Doc::weapon_descriptor`) opening a clause
    /// right before a passive verb group is its patient, the weapon it
    /// stands for; not inside a phrase ("the declaration of the aircraft
    /// was made by X").
    pub(super) fn descriptor_patient(&self, t: &Trig, a: usize) -> Option<Group> {
        let doc = self.doc;
        if !t.passive || t.entry.cats[0].target_mask() & super::verbs::W == 0 {
            return None;
        }
        let mut end = t.vg;
        while end > a && doc.is(end - 1, super::doc::AUX | super::doc::ADV | super::doc::NEG) {
            end -= 1;
        }
        (end.saturating_sub(4).max(a)..end).find_map(|d| {
            let opens = d == a || doc.low(d - 1) == "," || doc.is(d - 1, CONJ | SUB);
            if !opens {
                return None;
            }
            let (next, e) = doc
                .weapon_descriptor(d, end)
                .filter(|&(next, _)| next == end)?;
            Some(Group {
                start: d,
                end: next,
                members: vec![e],
                weapon: true,
            })
        })
    }

    pub(super) fn edge(&mut self, t: &Trig, cat: Cat, s: usize, g: usize) -> bool {
        let doc = self.doc;
        if s == g || !doc.fits(s, cat.source_mask()) || !doc.fits(g, cat.target_mask()) {
            return false;
        }
        if cat == Cat::Meet && t.entry.person && !doc.fits(g, super::verbs::P) {
            return false;
        }
        // Supplying a country or company is arms supply only with arms in sight.
        if frame(cat).arms && !doc.fits(g, super::verbs::W) && !self.arms {
            return false;
        }
        let (x, y) = if cat.symmetric() {
            (s.min(g), s.max(g))
        } else {
            (s, g)
        };
        if !self.seen.insert((self.sentence, x, y, cat, t.neg)) {
            return true;
        }
        let toks = &doc.ex.tokens;
        let verb = &doc.text[toks[t.start].start as usize..toks[t.end - 1].end as usize];
        self.out.push(Relation {
            source: s,
            target: g,
            relation: cat.as_str().to_string(),
            verb: verb.to_string(),
            sentence: self.sentence,
            negated: t.neg,
        });
        true
    }

    pub(super) fn edges(&mut self, t: &Trig, cat: Cat, src: &[usize], tgt: &[usize]) -> usize {
        let mut n = 0;
        for &s in src {
            for &g in tgt {
                n += self.edge(t, cat, s, g) as usize;
            }
        }
        n
    }

    /// Every pair of a coordinated group: both ways when `both`.
    pub(super) fn pairs(&mut self, t: &Trig, cat: Cat, g: &[usize], both: bool) -> usize {
        let mut n = 0;
        for (i, &x) in g.iter().enumerate() {
            for &y in &g[i + 1..] {
                n += self.edge(t, cat, x, y) as usize;
                if both {
                    n += self.edge(t, cat, y, x) as usize;
                }
            }
        }
        n
    }

    /// "Russian Su-34 jets struck X", "the IAF's Su-30s hit X": the state or
    /// force named right before a weapon that does the act (a name, a
    /// demonym or a possessive) does it too, and deploys the weapon. Adds
    /// those edges for the relations of `cat` pushed since `before`.
    pub(super) fn wielders(&mut self, t: &Trig, cat: Cat, before: usize) {
        let doc = self.doc;
        // The doer: the subject, or a passive's agent ("were struck by
        // Russian Su-34 jets").
        let doer = if t.passive {
            t.objs.iter().find(|(p, _)| *p == "by").map(|(_, g)| g)
        } else {
            t.left.as_ref()
        };
        let Some(g) = doer.filter(|g| g.weapon && g.start > 0) else {
            return;
        };
        let mut k = g.start - 1;
        if matches!(doc.low(k), "'s" | "'") && k > 0 {
            k -= 1;
        }
        let Some(holder) = doc.span(k).map(|s| s.entity).filter(|&e| {
            matches!(
                doc.ex.entities[e].kind,
                EntityType::Country | EntityType::Organisation
            )
        }) else {
            return;
        };
        let done: Vec<(usize, usize)> = self.out[before..]
            .iter()
            .filter(|r| r.relation == cat.as_str() && g.members.contains(&r.source))
            .map(|r| (r.source, r.target))
            .collect();
        for (weapon, target) in done {
            self.edge(t, cat, holder, target);
            self.edge(t, Cat::Deploy, holder, weapon);
        }
    }
}
