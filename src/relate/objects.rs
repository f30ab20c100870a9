//! Further arguments of a predicate beyond its first object: victims of an
//! attack, a repeated head noun ("the F-16s and the F-35s"), an elliptic
//! patient, co-producers, loose targets later in the sentence, and the
//! weapons an agreement is for ("signed a deal with X for W").

use super::doc::{Group, CONJ, REL, STOP};
use super::emit::Emitter;
use super::frames::{frame, Shape, Slot};
use super::patterns::Trig;
use super::verbs::Cat;
use crate::extract::EntityType;
use crate::text::TokenKind;

impl Emitter<'_, '_> {
    /// Members of the groups after `prep` that stand for a party aimed at:
    /// a name, or a demonym or possessor on forces, positions or people
    /// ("against Armenian forces", "at Ukraine's energy grid"), not a weapon.
    pub(super) fn victims(&self, objs: &[(&'static str, Group)], prep: &str) -> Vec<usize> {
        let doc = self.doc;
        objs.iter()
            .filter(|(p, g)| {
                let head =
                    g.end + usize::from(g.end < doc.ex.tokens.len() && doc.low(g.end) == "'s");
                *p == prep
                    && !g.weapon
                    && (!doc.modifies_common_noun(g.end) || doc.target_head_at(head))
            })
            .flat_map(|(_, g)| g.members.iter().copied())
            .collect()
    }

    /// The weapon named earlier in the sentence with the plural head noun
    /// that stands right before the predicate (past coordinated verbs):
    /// "18 M777 systems ... the total of systems ordered and in service".
    pub(super) fn repeated_head(&self, t: &Trig, a: usize, trig_at: &[bool]) -> Vec<usize> {
        let doc = self.doc;
        let mut k = t.vg;
        while k > a && t.vg - k < 4 && (trig_at[k - 1 - a] || doc.is(k - 1, CONJ)) {
            k -= 1;
        }
        let Some(n) = k.checked_sub(1).filter(|&n| n > a) else {
            return Vec::new();
        };
        let toks = &doc.ex.tokens;
        let head = doc.low(n);
        if toks[n].cap || !head.ends_with('s') || !doc.is_tail_word(n) || doc.span(n).is_some() {
            return Vec::new();
        }
        (a..n.saturating_sub(1))
            .rev()
            .find_map(|i| {
                doc.head_at(i)
                    .filter(|s| s.ty == super::verbs::W && s.end < n && doc.low(s.end) == head)
            })
            .map(|s| vec![s.entity])
            .unwrap_or_default()
    }

    /// "met with Ambassador of India to Ukraine X", "talks with the Foreign
    /// Minister of France, Y": the person after a title phrase opened by
    /// "with" right after the predicate.
    pub(super) fn titled_partner(&self, t: &Trig, objs: &[(&'static str, Group)]) -> Vec<usize> {
        let doc = self.doc;
        let toks = &doc.ex.tokens;
        // After "with" ("met with", "held talks with"), else a verb's object.
        let with = (t.end - 1..(t.end + 3).min(toks.len())).find(|&k| doc.low(k) == "with");
        let from = match with {
            Some(w) => w + 1,
            None if !t.noun => t.end,
            None => return Vec::new(),
        };
        let Some((_, g)) = objs.iter().find(|(_, g)| {
            g.start >= from && doc.ex.entities[g.members[0]].kind == EntityType::Person
        }) else {
            return Vec::new();
        };
        let between = from..g.start;
        // "his U.S. counterpart Lloyd Austin": a role noun is a title too.
        let title = |k: usize| doc.is(k, super::doc::TITLE) || doc.low(k) == "counterpart";
        let titled = between.len() <= 12
            && between.clone().any(title)
            && between.clone().all(|k| {
                doc.span(k).is_some()
                    || title(k)
                    || doc.is(k, super::doc::DET)
                    || matches!(doc.low(k), "of" | "to" | "for" | "'s" | "-" | "," | "and")
                    || toks[k].cap && toks[k].kind == TokenKind::Word
            })
            // A person already named right after "with" is the partner.
            && !between
                .clone()
                .any(|k| doc.span(k).is_some_and(|s| s.ty == super::verbs::P));
        if titled {
            g.members.clone()
        } else {
            Vec::new()
        }
    }

    /// "the remaining 120 (systems)", "the other four", "the rest" right
    /// before the verb group: the weapon named last before them in the sentence.
    pub(super) fn elliptic_patient(&self, t: &Trig, a: usize) -> Vec<usize> {
        let doc = self.doc;
        let mut k = t.vg;
        // "to" of "to be assembled", a number, a head noun.
        while k > a
            && t.vg - k < 3
            && doc.span(k - 1).is_none()
            && {
                let tk = &doc.ex.tokens[k - 1];
                doc.low(k - 1) == "to" || tk.kind == TokenKind::Number || doc.is_tail_word(k - 1)
            }
            && !matches!(doc.low(k - 1), "remaining" | "rest" | "other")
        {
            k -= 1;
        }
        if !(k > a + 1
            && matches!(doc.low(k - 1), "remaining" | "rest" | "other")
            && doc.low(k - 2) == "the")
        {
            return Vec::new();
        }
        (a..k - 2)
            .rev()
            .find_map(|i| doc.head_at(i).filter(|s| s.ty == super::verbs::W))
            .map(|s| vec![s.entity])
            .unwrap_or_default()
    }

    /// Producers beside the subject or agent of a production verb: an
    /// organisation after "at" ("built at Goa Shipyard") and the partner of
    /// "in partnership / cooperation / collaboration with X".
    pub(super) fn co_producers(&self, t: &Trig, objs: &[(&'static str, Group)]) -> Vec<usize> {
        let doc = self.doc;
        let mut out = Vec::new();
        for (p, g) in objs {
            let take = match *p {
                // Not past another verb: "developed ... and displayed at X".
                "at" => {
                    g.members
                        .iter()
                        .all(|&e| doc.ex.entities[e].kind == EntityType::Organisation)
                        && !(t.end..g.start).any(|k| {
                            let w = doc.low(k);
                            !doc.ex.tokens[k].cap && (w.ends_with("ed") || w.ends_with("ing"))
                        })
                }
                "with" => {
                    let mut k = g.start;
                    while k > 0 && doc.is(k - 1, super::doc::DET) {
                        k -= 1;
                    }
                    k >= 2
                        && doc.low(k - 1) == "with"
                        && (matches!(
                            doc.low(k - 2),
                            "partnership" | "cooperation" | "co-operation" | "collaboration"
                        )
                        // "is developing the Tempest fighter with X": a
                        // party right after the weapon object.
                            || (objs.first().is_some_and(|(p, w)| {
                                p.is_empty() && w.weapon && w.end < k
                            }) && (objs[0].1.end..k - 1).all(|i| doc.is_tail_word(i))
                                && !doc.modifies_common_noun(g.end)))
                }
                _ => false,
            };
            if take && !g.weapon {
                out.extend(&g.members);
            }
        }
        out
    }

    /// The people (else the organisations) named from `from` to the end of
    /// the clause, when at least two: "signed by A from the Indian side and
    /// B, CEO of C".
    pub(super) fn loose(&self, from: usize, b: usize) -> Vec<usize> {
        let doc = self.doc;
        let (mut people, mut orgs) = (Vec::new(), Vec::new());
        let mut i = from;
        while i < b && !doc.is(i, STOP | REL) {
            if let Some(s) = doc.head_at(i) {
                let list = match doc.ex.entities[s.entity].kind {
                    EntityType::Person => &mut people,
                    EntityType::Organisation => &mut orgs,
                    _ => {
                        i = s.end;
                        continue;
                    }
                };
                if !list.contains(&s.entity) {
                    list.push(s.entity);
                }
                i = s.end;
                continue;
            }
            i += 1;
        }
        if people.len() >= 2 {
            people
        } else {
            orgs
        }
    }

    /// The parties after `prep` (a source: "from") with the weapons each
    /// one supplies. When every such party follows weapons of its own since
    /// the one before ("bought Rafale jets from France and S-400 systems
    /// from Russia", "an order for W1 from X and W2 from Y"), each takes
    /// only those; else every party takes all of `ws`, the predicate's
    /// theme ("bought W1 and W2 from X", "orders from X and Y for W").
    pub(super) fn sources(
        &self,
        objs: &[(&'static str, Group)],
        prep: &str,
        ws: &[usize],
    ) -> Vec<(Vec<usize>, Vec<usize>)> {
        let at: Vec<usize> = (0..objs.len())
            .filter(|&i| objs[i].0 == prep && !objs[i].1.weapon)
            .collect();
        let all = || {
            let parties = at
                .iter()
                .flat_map(|&i| objs[i].1.members.iter().copied())
                .collect();
            vec![(parties, ws.to_vec())]
        };
        if at.len() < 2 {
            return all();
        }
        let mut out = Vec::new();
        let mut from = 0;
        for &i in &at {
            let own: Vec<usize> = objs[from..i]
                .iter()
                .filter(|(_, g)| g.weapon)
                .flat_map(|(_, g)| g.members.iter().copied())
                .collect();
            if own.is_empty() {
                return all();
            }
            out.push((objs[i].1.members.clone(), own));
            from = i + 1;
        }
        out
    }

    /// The weapons in an agreement's purchase slot: "a deal with X for 36
    /// W", "a contract for the purchase of W"; not "for F-16 wings" or "for
    /// the maintenance of its F-15 fleet", where the weapon only modifies
    /// another noun; nor in a later phrase than the agreement's first of the
    /// slot's preposition ("a contract for work on engines and spare parts
    /// for the M-1A1 tank").
    pub(super) fn purchased(
        &self,
        t: &Trig,
        objs: &[(&'static str, Group)],
        slot: Slot,
    ) -> Vec<usize> {
        let doc = self.doc;
        objs.iter()
            .filter(|(p, g)| {
                g.weapon
                    && (*p == slot.prep || (*p == "of" && doc.purchase_noun_before(g.start)))
                    && doc.weapon_itself(g.end)
                    && (t.end..g.start)
                        .filter(|&k| doc.low(k) == slot.prep)
                        .count()
                        <= 1
            })
            .flat_map(|(_, g)| g.members.iter().copied())
            .collect()
    }

    /// Edges of a sale stated as an agreement for weapons `ws` between the
    /// doer's side and its partners: a company is the seller; between two
    /// states or services the doer buys (news writes the buyer first: "India
    /// signed a deal with Russia for S-400"); between two companies (a
    /// subcontract) nothing is said. The buyer gets the slot's category of
    /// the weapons, the seller supplies them and the buyer. With no partner
    /// named, a company doer sells and any other buys ("Poland signed a
    /// deal for 48 K9 howitzers").
    pub(super) fn sale(
        &mut self,
        t: &Trig,
        slot: Slot,
        doers: &[usize],
        partners: &[usize],
        ws: &[usize],
    ) -> usize {
        let doc = self.doc;
        if ws.is_empty() {
            return 0;
        }
        let company = |m: &[usize]| m.iter().any(|&e| doc.is_company(e));
        let (buyers, sellers) = match (company(doers), company(partners)) {
            (true, true) => return 0,
            (true, false) => (partners, doers),
            _ => (doers, partners),
        };
        let party = |m: &[usize]| -> Vec<usize> {
            m.iter()
                .copied()
                .filter(|&e| {
                    matches!(
                        doc.ex.entities[e].kind,
                        EntityType::Country | EntityType::Organisation
                    )
                })
                .collect()
        };
        let (buyers, sellers) = (party(buyers), party(sellers));
        let mut n = self.edges(t, slot.cat, &buyers, ws);
        n += self.edges(t, Cat::Supply, &sellers, ws);
        n + self.edges(t, Cat::Supply, &sellers, &buyers)
    }

    /// "Iranian drones were used by Russia against X": an arms noun (no
    /// name) in the passive's patient, up to four tokens before its verb
    /// group.
    pub(super) fn unnamed_arms_before(&self, t: &Trig, a: usize) -> bool {
        let doc = self.doc;
        (t.vg.saturating_sub(4).max(a)..t.vg)
            .any(|k| doc.is(k, super::doc::ARMS) && doc.span(k).is_none())
    }

    /// A named weapon or an arms noun ("tanks", not "military") at most
    /// four numbers, determiners, modifiers or nouns of measure after token
    /// `k` ("18 Leopard 2 tanks", "hundreds of drones"), before `hi`.
    fn arms_after(&self, k: usize, hi: usize) -> bool {
        let doc = self.doc;
        (k..(k + 5).min(hi))
            .find(|&j| doc.span(j).is_some_and(|s| s.ty == super::verbs::W) || doc.arms_noun(j))
            .is_some_and(|j| doc.only_modifiers(k, j))
    }

    /// Whether a transfer's theme is arms: a named weapon among its objects,
    /// or an arms noun opening its object, or after its recipient ("gave
    /// Israel 25 F-35 jets", "sent Ukraine tanks"; not "gave Boeing more
    /// time", "gave approval for Egypt to build the tank").
    pub(super) fn arms_theme(&self, t: &Trig, objs: &[(&'static str, Group)]) -> bool {
        objs.iter()
            .any(|(p, g)| g.weapon && matches!(*p, "" | "with"))
            || self.arms_after(t.end, t.region_end)
            || self
                .first_of_two_objects(t, objs)
                .is_some_and(|g| self.arms_after(g.end, t.region_end))
    }

    /// Whether a word for what a party holds (`TARGET_HEADS`: positions,
    /// bases, a ship) stands among the predicate's objects ("hit a Russian
    /// landing ship").
    pub(super) fn held_object(&self, t: &Trig) -> bool {
        let doc = self.doc;
        (t.end..t.region_end).any(|k| {
            doc.span(k).is_none()
                && !doc.ex.tokens[k].cap
                && super::words::TARGET_HEADS.contains(&doc.low(k))
        })
    }

    /// "sent Ukraine 18 Leopard 2 tanks", "supplied Russia with drones": a
    /// name right after a transfer verb (or after "the") is its recipient
    /// when arms follow it (`arms_after`), right after it for a state ("sold
    /// Boeing 737 jets" names their maker) or after "with" for any party.
    /// Not a demonym on the weapons ("sent Ukrainian tanks") nor a possessor
    /// ("Ukraine's").
    pub(super) fn first_of_two_objects(
        &self,
        t: &Trig,
        objs: &[(&'static str, Group)],
    ) -> Option<Group> {
        let doc = self.doc;
        let (p, g) = objs.first()?;
        let next = if doc.low(t.end) == "the" {
            t.end + 1
        } else {
            t.end
        };
        if !p.is_empty()
            || g.weapon
            || g.start != next
            || doc.span(g.start).is_some_and(|s| s.modifier)
            || doc.demonym_at(g.start, g.end)
            || g.end >= t.region_end
            || matches!(doc.low(g.end), "'s" | "'")
        {
            return None;
        }
        let with = doc.low(g.end) == "with";
        let arms = if with {
            self.arms_after(g.end + 1, t.region_end)
        } else {
            doc.states_only(g) && self.arms_after(g.end, t.region_end)
        };
        arms.then(|| g.clone())
    }

    /// Drops the predicates of flag `armed` without arms, and the weapons
    /// that a deal or order noun among a weapon verb's objects takes from
    /// it, once every predicate's objects are read.
    pub(super) fn settle_objects(&self, trigs: &mut Vec<Trig>) {
        // "gave Boeing more time", "gave approval for Egypt to build the
        // tank", "hit a record": without arms (as its theme, for a
        // transfer; in the sentence or a party's held target as its object,
        // else) a verb of flag `armed` is no predicate, nor a doer for the
        // infinitive after it.
        let unarmed: Vec<bool> = trigs
            .iter()
            .map(|t| {
                t.entry.armed
                    && if frame(t.entry.cats[0]).shape == Shape::Transfer {
                        !self.arms_theme(t, &t.objs)
                    } else {
                        !self.arms && !self.held_object(t)
                    }
            })
            .collect();
        let mut k = 0;
        trigs.retain(|_| {
            k += 1;
            !unarmed[k - 1]
        });
        // "received a contract from X for production of W", "received an
        // order for W": weapons after a deal or order noun among a weapon
        // verb's objects are that noun's, not the verb's theme.
        let deals: Vec<usize> = trigs
            .iter()
            .filter(|t| t.noun && (t.entry.cats.contains(&Cat::Agree) || t.entry.client))
            .map(|t| t.start)
            .collect();
        for t in trigs
            .iter_mut()
            .filter(|t| !t.noun && t.entry.cats.iter().any(|&c| frame(c).weapon_theme()))
        {
            if let Some(&d) = deals.iter().find(|&&d| d >= t.end && d < t.region_end) {
                t.objs.retain(|(_, g)| !g.weapon || g.start < d);
            }
        }
    }

    /// A weapon verb's theme: the weapons among its objects, else the
    /// antecedent of an object relative clause ("W, which X will build").
    pub(super) fn theme_or_antecedent(&self, t: &Trig, a: usize, ws: Vec<usize>) -> Vec<usize> {
        if ws.is_empty() {
            if let Some(g) = self.object_relative_antecedent(t, a) {
                return g.members;
            }
        }
        ws
    }

    /// "48 F-15EX jets, which Boeing will build", "the S-400 that India
    /// bought": the named weapon a relative pronoun before the subject
    /// stands for, the object of an active verb with no weapon after it.
    pub(super) fn object_relative_antecedent(&self, t: &Trig, a: usize) -> Option<Group> {
        let doc = self.doc;
        let left = t.left.as_ref().filter(|_| !t.passive && !t.control)?;
        let r = left.start.checked_sub(1).filter(|&r| r > a)?;
        if !matches!(doc.low(r), "which" | "that") {
            return None;
        }
        let mut j = r;
        if doc.low(j - 1) == "," {
            j -= 1;
        }
        // Up to two head words after the name ("F-15EX jets").
        let mut k = j;
        while k > a && j - k < 2 && doc.span(k - 1).is_none() && doc.is_tail_word(k - 1) {
            k -= 1;
        }
        let s = doc.head_at(k.checked_sub(1)?)?;
        (s.ty == super::verbs::W).then_some(())?;
        doc.group_ending(s.end, a)
    }

    /// "fired rockets at X", "launched drones against X": an arms noun
    /// (no name) as the predicate's object, right after it and before the
    /// first argument group, is a weapon aimed like a named one.
    pub(super) fn unnamed_arms(&self, t: &Trig, objs: &[(&'static str, Group)]) -> bool {
        let doc = self.doc;
        let first = objs.first().map_or(t.region_end, |(_, g)| g.start);
        (t.end..first.min(t.end + 5)).any(|k| doc.arms_noun(k))
    }
}
