//! Edges of noun predicates ("the attack on X by Y", "his meeting with Y",
//! "Russia's supply of W to R", "X is Taiwan's main supplier") and of
//! `other` verbs outside the lexicon.

use rustc_hash::FxHashSet;

use super::doc::{Group, ADV, AUX, DET, LIGHT, POSS, PREP, PRON, STOP};
use super::emit::Emitter;
use super::frames::{frame, Shape};
use super::patterns::Trig;
use super::verbs::Cat;
use super::Relation;
use crate::text::TokenKind;

/// Verbs of having or receiving: their subject is the target of the event
/// noun they take, whose doer follows it ("has the support of Y", "has
/// received threats from Y"). Criticism and sanction nouns are let in too,
/// but their phrases with "from" do not reach here yet ("drew criticism from
/// Y" states nothing, as before).
const RECEIVING: &[&str] = &[
    "has",
    "have",
    "had",
    "having",
    "enjoy",
    "enjoys",
    "enjoyed",
    "enjoying",
    "receive",
    "receives",
    "received",
    "receiving",
    "win",
    "wins",
    "won",
    "winning",
    "gain",
    "gains",
    "gained",
    "gaining",
    "secure",
    "secures",
    "secured",
    "securing",
    "get",
    "gets",
    "got",
    "obtain",
    "obtains",
    "obtained",
    "draw",
    "draws",
    "drew",
    "drawn",
    "drawing",
    "attract",
    "attracts",
    "attracted",
    "face",
    "faces",
    "faced",
    "facing",
    "earn",
    "earns",
    "earned",
];

impl<'d, 'a> Emitter<'d, 'a> {
    pub(super) fn noun(&mut self, t: &mut Trig, done: &[Trig], a: usize, trig_at: &[bool]) {
        let doc = self.doc;
        let objs = t.objs.clone();
        let poss = doc.possessor(t, a, trig_at);
        let by = objs
            .iter()
            .find(|(p, _)| *p == "by")
            .map(|(_, g)| g.clone());
        let premod = doc.premodifier(t, a);
        let governor = done
            .iter()
            .rev()
            .find(|v| !v.noun && v.end <= t.start && t.start < v.region_end);
        let light = governor.is_none() && doc.light_verb_before(t.vg, a);
        // "launched its invasion of X", "offered support to X": a support verb
        // of the lexicon lends its subject to the event noun it takes.
        let support = governor
            .filter(|v| doc.is(v.start, LIGHT) && !v.passive && doc.only_modifiers(v.end, t.vg))
            .and_then(|v| v.left.clone());
        // "did not carry out strikes on X", "would not be conducting
        // negotiations with X": a negated support verb negates its noun.
        if governor.is_some_and(|v| v.neg && support.is_some())
            || (light && doc.support_negated(t.vg, a))
        {
            t.neg = true;
        }
        let pronoun_poss = t.vg > a && doc.is(t.vg - 1, POSS) && doc.is(t.vg - 1, PRON);
        // "agreed to begin production of W": the support verb is an
        // infinitive whose subject is the doer of the predicate governing it.
        // (The noun phrase may have taken the verb in: "to commence production".)
        let infinitive_doer = (t.vg..t.start)
            .find(|&v| doc.is(v, LIGHT))
            .or_else(|| doc.support_verb(t.vg, a))
            .filter(|&v| v > a && doc.low(v - 1) == "to" && doc.is(v, LIGHT))
            .and_then(|v| {
                done.iter()
                    .rev()
                    .find(|p| p.end < v && v <= p.region_end + 1)
                    .and_then(|p| p.doer.clone())
            });
        let cats = t.entry.cats.clone();
        for cat in cats {
            // "the war on Kuwait's northern doorstep": for an attack or a
            // threat, a possessor after the noun is its target only on what
            // the party holds or its people ("the attack on Iran's ports").
            // "strikes on Iran-backed groups" are on the groups, not Iran.
            let held_poss = |g: &Group| {
                !frame(cat).held
                    || (!doc.sponsor_compound(g.end)
                        && (!matches!(doc.low(g.end.min(doc.ex.tokens.len() - 1)), "'s" | "'")
                            || doc.target_head_at(g.end + 1)))
            };
            let groups = |preps: &[&str], weapon: Option<bool>| -> Vec<usize> {
                objs.iter()
                    .filter(|(p, g)| {
                        preps.contains(p) && weapon.is_none_or(|w| g.weapon == w) && held_poss(g)
                    })
                    .take(1)
                    .flat_map(|(_, g)| g.members.iter().copied())
                    .collect()
            };
            if t.entry.agent {
                // "Rafale maker Dassault", "F-16 operator Poland": the name
                // after the agent noun does it to the weapon before.
                if let (Some(pm), Some(_)) = (
                    premod.as_ref().filter(|p| p.weapon),
                    (t.end < doc.sent_end(a))
                        .then(|| doc.head_at(t.end))
                        .flatten(),
                ) {
                    if let Some(g) = doc.group_starting(t.end, doc.sent_end(a)) {
                        if self.edges(t, cat, &g.members, &pm.members) > 0 {
                            t.doer = Some(g);
                            return;
                        }
                    }
                }
                // "X is Taiwan's main supplier", "the launch customer for the An-32".
                let np = poss.as_ref().map_or(t.vg, |p| p.start.min(t.vg));
                let coordinated = np > a && doc.is_conj(np - 1);
                let src = if coordinated {
                    // "main supplier and most important backer"
                    done.last()
                        .filter(|p| p.noun && p.entry.agent)
                        .and_then(|p| p.doer.clone())
                } else if doc.light_verb_before(np, a) {
                    doc.light_subject(np, a, trig_at)
                } else {
                    None
                };
                let poss = if coordinated {
                    done.last().and_then(|p| doc.possessor(p, a, trig_at))
                } else {
                    poss.clone()
                };
                let tgt = match &poss {
                    Some(p) => p.members.clone(),
                    None => groups(&["of", "for", "to"], None),
                };
                if let Some(s) = src {
                    if self.edges(t, cat, &s.members, &tgt) > 0 {
                        t.doer = Some(s);
                        return;
                    }
                    // "X became the first customer to buy W": the doer of
                    // the infinitive that follows.
                    t.doer.get_or_insert(s);
                }
                continue;
            }
            // "Kuwait has the full support of Saudi Arabia", "X has
            // received threats from Y": after a verb of having or receiving, the
            // noun's "of" or "from" phrase names its doer and the verb's
            // subject is its target. Without such a phrase the noun is read
            // as any other ("the United States has sanctions on Iran").
            let received_from = (matches!(
                cat,
                Cat::Support | Cat::Criticize | Cat::Threaten | Cat::Sanction
            ) && poss.is_none()
                && by.is_none()
                && doc
                    .support_verb(t.vg, a)
                    .is_some_and(|v| RECEIVING.contains(&doc.low(v))))
            .then(|| {
                objs.iter()
                    .find(|(p, g)| matches!(*p, "of" | "from") && !g.weapon)
                    .map(|(_, g)| g.clone())
            })
            .flatten();
            if let Some(from) = received_from {
                if let Some(to) = doc.light_subject(t.vg, a, trig_at) {
                    if self.edges(t, cat, &from.members, &to.members) > 0 {
                        t.doer = Some(from);
                        return;
                    }
                }
                continue;
            }
            // The target after the noun, by the category's frame: "talks
            // with X", "a visit to X", "the purchase of W", "the invasion of X".
            let f = frame(cat);
            let mut tgt: Vec<usize> = match f.shape {
                Shape::Partner => {
                    let titled = self.titled_partner(t, &objs);
                    if titled.is_empty() {
                        groups(&f.noun, Some(false))
                    } else {
                        titled
                    }
                }
                // "a visit to the Boeing plant", not "to the Boeing chairman".
                Shape::Place => objs
                    .iter()
                    .find(|(p, g)| f.noun.contains(p) && !g.weapon)
                    .filter(|(_, g)| !doc.orgs_only(g) || self.visited(g))
                    .map_or_else(Vec::new, |(_, g)| g.members.clone()),
                Shape::Theme | Shape::Transfer => groups(&f.noun, Some(true)),
                Shape::Direct => groups(&f.noun, None),
            };
            // "a partnership between A and B", "talks between A and B": the
            // two sides are the parties, whoever set it up.
            if f.symmetric {
                if let Some((_, g)) = objs
                    .iter()
                    .find(|(p, g)| *p == "between" && g.members.len() > 1 && !g.weapon)
                {
                    if self.pairs(t, cat, &g.members.clone(), t.entry.recip) > 0 {
                        return;
                    }
                }
            }
            let explicit = if pronoun_poss && support.is_some() {
                None
            } else {
                poss.clone()
            };
            let mut agent = explicit
                .or_else(|| by.clone())
                .or_else(|| support.clone())
                .or_else(|| {
                    // "X finalized its order for W": "its" right after the
                    // governing verb is that verb's subject.
                    let v = governor.filter(|v| !v.passive)?;
                    let p = t.vg.checked_sub(1)?;
                    (p >= v.end
                        && matches!(doc.low(p), "its" | "their")
                        && (v.end..p).all(|k| doc.is(k, ADV)))
                    .then(|| v.doer.clone())?
                });
            if let Some(pm) = &premod {
                // "Russia visit", "the IAF's An-32 fleet": a target; "Chinese attack": the doer.
                let m = pm.members[0];
                let fits_src = doc.fits(m, cat.source_mask());
                let as_target = doc.fits(m, cat.target_mask())
                    && (pm.weapon || !f.weapon_theme())
                    && (f.shape == Shape::Place || agent.is_some() || !fits_src);
                if as_target && tgt.is_empty() {
                    tgt.push(m);
                } else if agent.is_none() && fits_src && !as_target {
                    agent = Some(pm.clone());
                }
            }
            let mut n = 0;
            if agent.is_none() {
                if let Some(v) = governor {
                    // "signed a contract ... for the procurement of W": the signer buys.
                    let for_before = t.vg > a && doc.low(t.vg - 1) == "for";
                    if v.entry.cats.contains(&Cat::Agree)
                        && for_before
                        && matches!(cat, Cat::Acquire | Cat::Produce | Cat::Supply)
                    {
                        if let Some(d) = &v.doer {
                            n += self.edges(t, Cat::Acquire, &d.members.clone(), &tgt);
                        }
                        // "a contract with X for the construction / supply
                        // of W": the contractor builds or supplies.
                        if cat != Cat::Acquire {
                            let partner: Vec<usize> = v
                                .objs
                                .iter()
                                .filter(|(p, g)| *p == "with" && !g.weapon && g.end <= t.vg)
                                .take(1)
                                .flat_map(|(_, g)| g.members.iter().copied())
                                .collect();
                            n += self.edges(t, cat, &partner, &tgt);
                        }
                    }
                } else if let Some(d) = &infinitive_doer {
                    agent = Some(d.clone());
                } else if light {
                    agent = doc.light_subject(t.vg, a, trig_at);
                } else if t.vg > a && doc.low(t.vg - 1) == "as" {
                    // "flew bombers ... as a warning to X": the clause's subject.
                    agent = doc.clause_subject(t.vg - 1, a, trig_at);
                }
                if agent.is_none() && governor.is_none() {
                    // "During a visit to X, the Minister said": the main clause's subject.
                    agent = doc
                        .fronted_subject(t.vg, a)
                        // "X, speaking after talks with Y, said": the name before.
                        .or_else(|| doc.parenthetical_subject(t.vg, a));
                }
            }
            // "'our support for X,' Minister Y said": speech acts only.
            if agent.as_ref().is_some_and(|g| doc.speech_only(g)) && !super::quote::speech_act(cat)
            {
                agent = None;
            }
            if let Some(src) = f.source.filter(|_| t.entry.client) {
                // "bagged an order for 14 F-16s from Slovakia": the client buys,
                // the one who takes the order supplies.
                let client = groups(&[src.prep], Some(false));
                if !client.is_empty() {
                    let mut sold = Vec::new();
                    for (from, own) in self.sources(&objs, src.prep, &tgt) {
                        n += self.edges(t, cat, &from, &own);
                        sold.extend(own);
                    }
                    if let Some(ag) = &agent {
                        n += self.edges(t, src.cat, &ag.members, &sold);
                    }
                    if n > 0 {
                        return;
                    }
                }
            }
            if let Some(ag) = &agent {
                n += self.edges(t, cat, &ag.members, &tgt);
                // "India's deal with Russia for the S-400": a sale.
                if let Some(s) = f.purchase.filter(|_| f.shape == Shape::Partner) {
                    let ws = self.purchased(t, &objs, s);
                    n += self.sale(t, s, &ag.members, &tgt, &ws);
                }
                if let Some(r) = f.recipient {
                    let to: Vec<usize> = objs
                        .iter()
                        .filter(|(p, g)| {
                            *p == r.prep && !g.weapon && !doc.modifies_common_noun(g.end)
                        })
                        .flat_map(|(_, g)| g.members.iter().copied())
                        .collect();
                    n += self.edges(t, cat, &ag.members, &to);
                    n += self.edges(t, r.cat, &to, &tgt);
                }
            } else if let Some(r) = f.recipient {
                let to = groups(&[r.prep], Some(false));
                n += self.edges(t, r.cat, &to, &tgt);
            }
            if let Some(ag) = agent
                .as_ref()
                .filter(|g| tgt.is_empty() && g.members.len() > 1)
            {
                if t.entry.recip {
                    n += self.pairs(t, cat, &ag.members.clone(), t.entry.recip);
                }
            }
            if agent.is_none() && (f.symmetric || t.entry.recip) {
                if let Some((_, g)) = objs.iter().find(|(p, _)| *p == "between") {
                    n += self.pairs(t, cat, &g.members.clone(), t.entry.recip);
                }
            }
            if n > 0 {
                t.doer = agent;
                return;
            }
            // "X won a contract to build W", "Y's deal to buy W": the party
            // of an agreement or order that states no partner.
            if matches!(cat, Cat::Agree | Cat::Acquire) && t.governs.is_none() {
                t.governs = agent;
            }
        }
    }

    /// `other`: "X rebuffed Y", a verb outside the lexicon.
    pub(super) fn other(&mut self, trigs: &[Trig], a: usize, b: usize, trig_at: &[bool]) {
        let doc = self.doc;
        let toks = &doc.ex.tokens;
        for i in a + 1..b.saturating_sub(1) {
            let t = &toks[i];
            let w = doc.low(i);
            let verbish = t.kind == TokenKind::Word
                && !t.cap
                && doc.span(i).is_none()
                && !trig_at[i - a]
                && doc.class[i] & (DET | PREP | PRON | AUX | STOP) == 0
                && doc.is_tail_word(i)
                // A word of its own, not "guided" in "guided-missile".
                && t.space_before
                && toks.get(i + 1).is_some_and(|n| n.space_before)
                && doc.class[i] & super::doc::ARMS == 0
                && (w.ends_with("ed") || (w.ends_with('s') && !w.ends_with("ss")));
            if !verbish || trigs.iter().any(|t| t.start <= i && i < t.end) {
                continue;
            }
            let Some(src) = doc.head_at(i - 1).and_then(|s| doc.group_ending(s.end, a)) else {
                continue;
            };
            let Some(obj) = doc.group_starting(i + 1, b) else {
                continue;
            };
            let mut seen = FxHashSet::default();
            for &s in &src.members {
                for &o in &obj.members {
                    if s != o && seen.insert((s, o)) {
                        self.out.push(Relation {
                            source: s,
                            target: o,
                            relation: "other".to_string(),
                            verb: t.text(doc.text).to_string(),
                            sentence: self.sentence,
                            negated: false,
                        });
                    }
                }
            }
        }
    }
}
