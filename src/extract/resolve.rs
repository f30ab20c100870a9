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
//! - the label is the lexicon name, else the fullest form first written, and
//!   the id is `type:slug(label)`.

use rustc_hash::FxHashMap;

use super::lexicon::{designator_key, Lexicon};
use super::tagger::{Key, Raw};
use super::{slug, Entity, EntityType, Mention};
use crate::text::Token;

struct Group {
    kind: EntityType,
    lex: Option<u32>,
    members: Vec<usize>,
}

fn norm(s: &str) -> String {
    let s = s.trim_end_matches('.');
    let s = s
        .strip_prefix("the ")
        .or_else(|| s.strip_prefix("The "))
        .unwrap_or(s);
    s.to_lowercase().replace('’', "'")
}

/// True when `a` and `b` differ by at most one inserted, deleted or changed
/// character ("Boginsky" / "Boginskiy"): one person spelled two ways.
fn within_one_edit(a: &str, b: &str) -> bool {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let (short, long) = if a.len() <= b.len() {
        (&a, &b)
    } else {
        (&b, &a)
    };
    if long.len() - short.len() > 1 {
        return false;
    }
    let prefix = short
        .iter()
        .zip(long.iter())
        .take_while(|(x, y)| x == y)
        .count();
    if short.len() == long.len() {
        short[prefix + 1.min(short.len() - prefix)..] == long[prefix + 1.min(long.len() - prefix)..]
    } else {
        short[prefix..] == long[prefix + 1..]
    }
}

/// An organisation's name without what does not tell it apart: legal
/// suffixes ("Ltd"), a leading country ("UK", "Indian"), a trailing "of
/// India".
fn org_core(lex: &Lexicon, label: &str) -> String {
    let label = label.trim_end_matches('.');
    let mut words: Vec<&str> = label.split_whitespace().collect();
    while words.len() > 1 && super::rules::is(&super::rules::LEGAL_SUFFIXES, words[words.len() - 1])
    {
        words.pop();
    }
    // "... of India", "... of the Republic of India": the first "of" whose
    // remainder is a country.
    if let Some(of) = (2..words.len()).find(|&i| {
        words[i] == "of" && {
            let rest = words[i + 1..].join(" ");
            lex.is_country(rest.strip_prefix("the ").unwrap_or(&rest))
        }
    }) {
        words.truncate(of);
    }
    for n in [2, 1] {
        if words.len() > n + 1 && lex.is_country(&words[..n].join(" ")) {
            words.drain(..n);
            break;
        }
    }
    norm(&words.join(" "))
}

/// Initials of the capitalised words: "Indian Air Force" → "IAF".
fn initials(label: &str) -> String {
    label
        .split(|c: char| c.is_whitespace() || c == '-')
        .filter_map(|w| w.chars().next())
        .filter(|c| c.is_uppercase())
        .collect()
}

pub(crate) fn resolve(lex: &Lexicon, text: &str, toks: &[Token], mut raw: Vec<Raw>) -> Vec<Entity> {
    let surf = |r: &Raw| &text[toks[r.lo].start as usize..toks[r.hi - 1].end as usize];
    let mut groups: Vec<Group> = Vec::new();
    let mut by_key: FxHashMap<(EntityType, String), usize> = FxHashMap::default();
    let mut by_lex: FxHashMap<u32, usize> = FxHashMap::default();
    let mut assign: Vec<Option<usize>> = vec![None; raw.len()];

    // 1. Lexicon names, then rule-made names (people with two or more words).
    // An organisation's key is its core name, so "UK Ministry of Defence",
    // "Ministry of Defence" and "Mahindra Defence Systems Ltd." meet.
    let key_of = |kind: EntityType, label: &str| match kind {
        EntityType::Organisation => org_core(lex, label),
        EntityType::Weapon => designator_key(label),
        _ => norm(label),
    };
    // A name whose acronym the lexicon knows joins it: "INdian Small Arms System (INSAS)".
    let mut acronym_of: FxHashMap<usize, u32> = FxHashMap::default();
    for r in &raw {
        if let Key::Lex(n) = r.key {
            acronym_of.insert(r.lo, n);
        }
    }
    let lex_first = raw
        .iter()
        .enumerate()
        .filter(|(_, r)| matches!(r.key, Key::Lex(_)))
        .chain(
            raw.iter()
                .enumerate()
                .filter(|(_, r)| !matches!(r.key, Key::Lex(_))),
        );
    for (i, r) in lex_first {
        let g = match &r.key {
            Key::Lex(n) => *by_lex.entry(*n).or_insert_with(|| {
                groups.push(Group {
                    kind: r.kind,
                    lex: Some(*n),
                    members: vec![],
                });
                let k = (r.kind, key_of(r.kind, &lex.names[*n as usize].label));
                by_key.entry(k).or_insert(groups.len() - 1);
                groups.len() - 1
            }),
            Key::Label(l) => {
                if matches!(r.kind, EntityType::Person | EntityType::Weapon)
                    && r.hi - r.lo < 2
                    && !l.contains(|c: char| c.is_ascii_digit())
                {
                    continue;
                }
                let known = r
                    .acronym
                    .and_then(|a| acronym_of.get(&a))
                    .and_then(|n| by_lex.get(n));
                if let Some(&g) = known.filter(|&&g| groups[g].kind == r.kind) {
                    groups[g].members.push(i);
                    assign[i] = Some(g);
                    continue;
                }
                let k = (r.kind, key_of(r.kind, l));
                *by_key.entry(k).or_insert_with(|| {
                    groups.push(Group {
                        kind: r.kind,
                        lex: None,
                        members: vec![],
                    });
                    groups.len() - 1
                })
            }
            _ => continue,
        };
        groups[g].members.push(i);
        assign[i] = Some(g);
    }

    // People: same first and last word are one person ("James Mattis", "James N. Mattis").
    let words = |r: &Raw| -> Vec<&str> {
        surf(r)
            .split_whitespace()
            .map(|w| w.trim_end_matches('.'))
            .collect::<Vec<_>>()
    };
    let person_groups: Vec<usize> = (0..groups.len())
        .filter(|&g| groups[g].kind == EntityType::Person && groups[g].lex.is_none())
        .collect();
    for (n, &g) in person_groups.iter().enumerate() {
        for &h in &person_groups[..n] {
            if groups[g].members.is_empty() || groups[h].members.is_empty() {
                continue;
            }
            let (wg, wh) = (
                words(&raw[groups[g].members[0]]),
                words(&raw[groups[h].members[0]]),
            );
            let same_last = match (wg.last(), wh.last()) {
                (Some(x), Some(y)) => x == y || (x.len() >= 5 && within_one_edit(x, y)),
                _ => false,
            };
            if wg.first() == wh.first() && same_last {
                let moved = std::mem::take(&mut groups[g].members);
                for &m in &moved {
                    assign[m] = Some(h);
                }
                groups[h].members.extend(moved);
                break;
            }
        }
    }

    // 2. Short forms: surnames, acronyms, initials, ship names, single-word labels.
    let mut short: FxHashMap<String, Option<usize>> = FxHashMap::default();
    let mut first_names: FxHashMap<String, Option<usize>> = FxHashMap::default();
    let add_short = |k: String, g: usize, short: &mut FxHashMap<String, Option<usize>>| {
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
    };
    for (g, grp) in groups.iter().enumerate() {
        let Some(&first) = grp.members.first() else {
            continue;
        };
        let r = &raw[first];
        let w = words(r);
        match grp.kind {
            EntityType::Person => {
                if let Some(last) = w.last() {
                    add_short(last.to_string(), g, &mut short);
                }
                // "Kim" for "Kim Jong-un": family names written first.
                if w.len() >= 2 {
                    add_short(w[0].to_string(), g, &mut first_names);
                }
            }
            _ => {
                let label = match grp.lex {
                    Some(n) => lex.names[n as usize].label.clone(),
                    None => surf(r).to_string(),
                };
                if label.split_whitespace().count() >= 2 {
                    add_short(initials(&label), g, &mut short);
                }
                // A ship or a system by its last name: "Sutherland", "the Typhoon".
                if grp.kind == EntityType::Weapon {
                    let last = label
                        .split_whitespace()
                        .last()
                        .filter(|_| label.contains(' '));
                    if let Some(last) = last.filter(|l| !l.chars().any(|c| c.is_ascii_digit())) {
                        add_short(last.to_string(), g, &mut short);
                    }
                }
            }
        }
    }
    // Acronyms defined in the text beat everything.
    for (i, r) in raw.iter().enumerate() {
        if let (Some(a), Some(g)) = (r.acronym, assign[i]) {
            short.insert(toks[a].text(text).to_string(), Some(g));
        }
    }
    // Labels of groups, for unknown multi-word names that repeat them.
    let mut labels: FxHashMap<String, usize> = FxHashMap::default();
    for (g, grp) in groups.iter().enumerate() {
        for &m in &grp.members {
            labels.entry(norm(surf(&raw[m]))).or_insert(g);
        }
    }

    // Single-word people ("Singh", "Mr Wallace") join the last full name with that surname.
    for (i, r) in raw.iter().enumerate() {
        if assign[i].is_some() {
            continue;
        }
        let s = surf(r).trim_end_matches('.');
        let g = match &r.key {
            Key::Unknown => labels.get(&norm(s)).copied(),
            Key::Label(l) => {
                // A one-word person after a title, or a ship named by its name alone.
                match short
                    .get(s)
                    .or_else(|| first_names.get(s).filter(|_| r.kind == EntityType::Person))
                {
                    Some(Some(g)) if groups[*g].kind == r.kind => Some(*g),
                    _ => {
                        let k = (r.kind, key_of(r.kind, l));
                        Some(*by_key.entry(k).or_insert_with(|| {
                            groups.push(Group {
                                kind: r.kind,
                                lex: None,
                                members: vec![],
                            });
                            groups.len() - 1
                        }))
                    }
                }
            }
            Key::Pending => match short.get(s).or_else(|| first_names.get(s)) {
                Some(Some(g)) => Some(*g),
                _ => labels.get(&norm(s)).copied(),
            },
            Key::Lex(_) => None,
        };
        if let Some(g) = g {
            groups[g].members.push(i);
            assign[i] = Some(g);
        }
    }

    // A person known by one word ("Jung said") is named in full by an
    // unknown run that starts or ends with it ("Jung Changwook, head of ...").
    let mut promote = Vec::new();
    for (i, r) in raw.iter().enumerate() {
        if assign[i].is_some() || r.key != Key::Unknown || !(2..=3).contains(&(r.hi - r.lo)) {
            continue;
        }
        let w = words(r);
        let one_word = |g: &usize| {
            groups[*g].kind == EntityType::Person
                && groups[*g]
                    .members
                    .iter()
                    .all(|&m| raw[m].hi - raw[m].lo == 1)
        };
        let found = [w[0], w[w.len() - 1]].iter().find_map(|x| {
            by_key
                .get(&(EntityType::Person, norm(x)))
                .filter(|g| one_word(g))
                .copied()
        });
        if let Some(g) = found {
            groups[g].members.push(i);
            assign[i] = Some(g);
            promote.push(i);
        }
    }
    for i in promote {
        let label = surf(&raw[i]).to_string();
        raw[i].key = Key::Label(label);
    }

    // A "person" that is an organisation's name without its suffix is that
    // organisation: "Excelan said" after "Excelan Inc", "Computer Terminal"
    // after "Computer Terminal Systems Inc".
    let mut org_short: FxHashMap<String, usize> = FxHashMap::default();
    for (g, grp) in groups.iter().enumerate() {
        if grp.kind == EntityType::Organisation && !grp.members.is_empty() {
            let label = group_label(lex, text, toks, &raw, grp);
            let mut words: Vec<&str> = label.split_whitespace().collect();
            while words.len() > 1
                && super::rules::is(&super::rules::LEGAL_SUFFIXES, words[words.len() - 1])
            {
                words.pop();
            }
            org_short.entry(norm(&words.join(" "))).or_insert(g);
            if words.len() > 1 && super::rules::is(&super::rules::ORG_HEADS, words[words.len() - 1])
            {
                words.pop();
                org_short.entry(norm(&words.join(" "))).or_insert(g);
            }
        }
    }
    for g in 0..groups.len() {
        if groups[g].kind != EntityType::Person
            || groups[g].lex.is_some()
            || groups[g].members.is_empty()
        {
            continue;
        }
        let label = group_label(lex, text, toks, &raw, &groups[g]);
        if let Some(&o) = org_short.get(&norm(&label)) {
            let moved = std::mem::take(&mut groups[g].members);
            groups[o].members.extend(moved);
        }
    }

    // 3. Designators: "M777" joins "M777A2" when that is its only longer variant.
    let weapon_keys: Vec<(usize, String)> = (0..groups.len())
        .filter(|&g| groups[g].kind == EntityType::Weapon && !groups[g].members.is_empty())
        .map(|g| {
            (
                g,
                designator_key(&group_label(lex, text, toks, &raw, &groups[g])),
            )
        })
        .collect();
    for (g, k) in &weapon_keys {
        if k.len() < 2 || !k.chars().any(|c| c.is_ascii_digit()) {
            continue;
        }
        let longer: Vec<usize> = weapon_keys
            .iter()
            .filter(|(h, kh)| {
                h != g
                    && kh.len() > k.len()
                    && kh.starts_with(k.as_str())
                    && kh[k.len()..].starts_with(|c: char| c.is_alphabetic())
            })
            .map(|(h, _)| *h)
            .collect();
        if let [h] = longer[..] {
            let moved = std::mem::take(&mut groups[*g].members);
            groups[h].members.extend(moved);
        }
    }

    // 4. Entities, merged by id.
    let mut entities: Vec<Entity> = Vec::new();
    let mut by_id: FxHashMap<String, usize> = FxHashMap::default();
    for grp in &groups {
        if grp.members.is_empty() {
            continue;
        }
        let label = group_label(lex, text, toks, &raw, grp);
        let id = format!("{}:{}", grp.kind.as_str(), slug(&label));
        if slug(&label).is_empty() {
            continue;
        }
        let mentions = grp.members.iter().map(|&m| {
            let r = &raw[m];
            Mention {
                start: toks[r.lo].start as usize,
                end: toks[r.hi - 1].end as usize,
                sentence: toks[r.lo].sentence as usize,
            }
        });
        match by_id.get(&id) {
            Some(&e) => entities[e].mentions.extend(mentions),
            None => {
                by_id.insert(id.clone(), entities.len());
                entities.push(Entity {
                    id,
                    kind: grp.kind,
                    label,
                    mentions: mentions.collect(),
                });
            }
        }
    }
    for e in &mut entities {
        e.mentions.sort();
        e.mentions.dedup();
    }
    entities.sort_by_key(|e| (e.mentions[0].start, e.mentions[0].end));
    entities
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
    let s = match &r.key {
        Key::Label(l) => l.clone(),
        _ => text[toks[r.lo].start as usize..toks[r.hi - 1].end as usize].to_string(),
    };
    let s = s.strip_prefix("the ").unwrap_or(&s);
    if s.ends_with("Co.") || s.ends_with("Inc.") {
        s.to_string()
    } else {
        s.trim_end_matches('.').to_string()
    }
}
