//! The predicate lexicon: `verbs.tsv` (hand-written) and
//! `verbs_generated.tsv` (from WordNet 3.0, see `gen/`), compiled in, then the user's
//! `--verbs` files, turned into a table of inflected forms keyed by their
//! first lower-case token. A [`Verbs`] is built once and carried by the
//! `Relater`; the built-in one is parsed once per process and shared.
//!
//! Matching looks up the token's list of forms (longest first) in a hash
//! map and compares token by token: one lookup per token, not a scan over
//! the entries.
//!
//! A verb lemma gives its base, third-person, past, past-participle and
//! gerund forms (regular rules plus [`IRREGULAR`]); a noun gives its singular
//! and plural. Forms are matched token by token, as the tokenizer splits
//! them ("test-fired" is `test` `-` `fired`).

use std::sync::{Arc, OnceLock};

use rustc_hash::FxHashMap;

use super::table::WordTable;
use crate::extract::EntityType;
use crate::Error;

const VERBS_TSV: &str = include_str!("verbs.tsv");
/// Generated from WordNet 3.0 by `gen/verbs_wordnet.py`; read after
/// `verbs.tsv`, and holds no form `verbs.tsv` has.
const VERBS_GENERATED_TSV: &str = include_str!("verbs_generated.tsv");

/// Entity type bits for argument constraints.
pub(crate) const P: u8 = 1;
pub(crate) const O: u8 = 2;
pub(crate) const C: u8 = 4;
pub(crate) const W: u8 = 8;
pub(crate) const L: u8 = 16;

/// The bit of an entity type.
pub(crate) fn type_bit(t: EntityType) -> u8 {
    match t {
        EntityType::Person => P,
        EntityType::Organisation => O,
        EntityType::Country => C,
        EntityType::Weapon => W,
        EntityType::Location => L,
    }
}

/// A relation category.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) enum Cat {
    Meet,
    Visit,
    Agree,
    Acquire,
    Supply,
    Deploy,
    Produce,
    Test,
    Attack,
    Threaten,
    Criticize,
    Support,
    Sanction,
}

impl Cat {
    pub(crate) const ALL: [Cat; 13] = [
        Cat::Meet,
        Cat::Visit,
        Cat::Agree,
        Cat::Acquire,
        Cat::Supply,
        Cat::Deploy,
        Cat::Produce,
        Cat::Test,
        Cat::Attack,
        Cat::Threaten,
        Cat::Criticize,
        Cat::Support,
        Cat::Sanction,
    ];

    pub(crate) fn as_str(self) -> &'static str {
        match self {
            Cat::Meet => "meet",
            Cat::Visit => "visit",
            Cat::Agree => "agree",
            Cat::Acquire => "acquire",
            Cat::Supply => "supply",
            Cat::Deploy => "deploy",
            Cat::Produce => "produce",
            Cat::Test => "test",
            Cat::Attack => "attack",
            Cat::Threaten => "threaten",
            Cat::Criticize => "criticize",
            Cat::Support => "support",
            Cat::Sanction => "sanction",
        }
    }

    pub(crate) fn parse(s: &str) -> Option<Cat> {
        Cat::ALL.into_iter().find(|c| c.as_str() == s)
    }

    /// One edge per pair, whichever way it is stated (`frames.tsv`).
    pub(crate) fn symmetric(self) -> bool {
        super::frames::frame(self).symmetric
    }

    /// Types the doer may have (`frames.tsv`).
    pub(crate) fn source_mask(self) -> u8 {
        super::frames::frame(self).doer
    }

    /// Types what is done to may have (`frames.tsv`).
    pub(crate) fn target_mask(self) -> u8 {
        super::frames::frame(self).target
    }
}

/// Grammatical form bits of a matched entry.
pub(crate) const BASE: u8 = 1;
pub(crate) const THIRD: u8 = 2;
pub(crate) const PAST: u8 = 4;
pub(crate) const PART: u8 = 8;
pub(crate) const GER: u8 = 16;

/// One form of the lexicon, with every category it may stand for.
#[derive(Debug, Clone, Default)]
pub(crate) struct Entry {
    /// Lower-case tokens.
    pub words: Vec<String>,
    /// Categories, in file order.
    pub cats: Vec<Cat>,
    /// Form bits (verbs); 0 for nouns.
    pub kind: u8,
    /// A noun head.
    pub noun: bool,
    /// An agent noun ("supplier").
    pub agent: bool,
    /// Literal multi-word predicate, no voice.
    pub lit: bool,
    /// Holder after, thing before.
    pub inv: bool,
    /// Reciprocal with a coordinated subject.
    pub recip: bool,
    /// Every category that fits is stated, not only the first ("in service
    /// with" is both deploy and acquire).
    pub also: bool,
    /// As `meet`, the form takes people only: "received the minister", not
    /// "received an order from India".
    pub person: bool,
    /// A noun whose "from" phrase names the doer: "an order from X" (X buys),
    /// where "a purchase from X" names the seller.
    pub client: bool,
    /// A weapon verb that, aimed at a party after its frame's victim
    /// prepositions, states the victim category ("used W against X",
    /// "launched W at X": attack).
    pub aims: bool,
    /// A verb that takes an object and a bare infinitive ("helped X fight
    /// Y"): the word after the object is no common noun the name modifies.
    pub bare: bool,
    /// A transfer verb that states its category only with arms as its
    /// theme, a named weapon or an arms noun among its objects ("gave
    /// Israel 25 F-35 jets", not "gave Boeing more time").
    pub armed: bool,
    /// No predicate (category `none`): "trade war" is no attack, and as the
    /// longer form it keeps "war" from being read.
    pub stop: bool,
}

/// What the relation stage knows of one lower-case word, found with one
/// hash lookup per token ([`Verbs::word`]).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Word {
    /// Word-class bits (`words::CLASSES`), with `LEX` when the word starts
    /// a predicate form and `NOPRED` when it starts a form of category
    /// `none`.
    pub class: u32,
    /// Fact bits (`words::facts`).
    pub facts: u32,
    /// The forms the word starts (an index of `Verbs::lists`), `u32::MAX`
    /// when none.
    pub forms: u32,
}

/// The compiled lexicon.
#[derive(Debug, Default)]
pub(crate) struct Verbs {
    entries: Vec<Entry>,
    /// Entries by first token, longest first; indexed by [`Word::forms`].
    lists: Vec<Vec<u32>>,
    /// Every word with a class, a fact or a form of the lexicon.
    words: WordTable,
}

/// Irregular verbs: lemma, past, past participle.
const IRREGULAR: &[(&str, &str, &str)] = &[
    ("buy", "bought", "bought"),
    ("sell", "sold", "sold"),
    ("send", "sent", "sent"),
    ("build", "built", "built"),
    ("hold", "held", "held"),
    ("meet", "met", "met"),
    ("speak", "spoke", "spoken"),
    ("strike", "struck", "struck"),
    ("make", "made", "made"),
    ("seek", "sought", "sought"),
    ("fight", "fought", "fought"),
    ("shoot", "shot", "shot"),
    ("blow", "blew", "blown"),
    ("fly", "flew", "flown"),
    ("take", "took", "taken"),
    ("choose", "chose", "chosen"),
    ("transfer", "transferred", "transferred"),
    ("confer", "conferred", "conferred"),
    ("travel", "travelled", "travelled"),
    ("label", "labelled", "labelled"),
    // Verbs of the generated lexicon (verbs_generated.tsv) and of its review
    // that the regular rules get wrong (give and lend were reviewed and
    // dropped, but a user's --verbs file may add them); the generator checks
    // every kept verb against WordNet's verb.exc so none is missed.
    ("give", "gave", "given"),
    ("lend", "lent", "lent"),
    ("equip", "equipped", "equipped"),
    ("chide", "chided", "chided"),
];

fn is_vowel(c: u8) -> bool {
    matches!(c, b'a' | b'e' | b'i' | b'o' | b'u')
}

/// Short consonant-vowel-consonant words double their last letter ("ban" → "banned").
fn doubles(w: &str) -> bool {
    let b = w.as_bytes();
    let n = b.len();
    if !(3..=4).contains(&n) {
        return false;
    }
    let vowels = b.iter().filter(|c| is_vowel(**c)).count();
    vowels == 1
        && !is_vowel(b[n - 1])
        && !matches!(b[n - 1], b'w' | b'x' | b'y')
        && is_vowel(b[n - 2])
        && !is_vowel(b[n - 3])
}

/// Inflections of a one-word verb: (form, bits).
pub(super) fn inflect(w: &str) -> Vec<(String, u8)> {
    let mut out = vec![(w.to_string(), BASE)];
    let b = w.as_bytes();
    let n = b.len();
    let cons_y = n >= 2 && b[n - 1] == b'y' && !is_vowel(b[n - 2]);
    let third = if w.ends_with('s')
        || w.ends_with('x')
        || w.ends_with('z')
        || w.ends_with("ch")
        || w.ends_with("sh")
    {
        format!("{w}es")
    } else if cons_y {
        format!("{}ies", &w[..n - 1])
    } else {
        format!("{w}s")
    };
    out.push((third, THIRD));
    let stem_double = doubles(w);
    let irregular = IRREGULAR.iter().find(|(l, ..)| *l == w);
    match irregular {
        Some((_, past, part)) => {
            out.push((past.to_string(), PAST));
            out.push((part.to_string(), PART));
        }
        None => {
            let past = if w.ends_with('e') {
                format!("{w}d")
            } else if cons_y {
                format!("{}ied", &w[..n - 1])
            } else if stem_double {
                format!("{w}{}ed", &w[n - 1..])
            } else {
                format!("{w}ed")
            };
            out.push((past, PAST | PART));
        }
    }
    // A doubled past ("transferred", "equipped") doubles the gerund too.
    let doubled_irregular = irregular.is_some_and(|(_, p, _)| {
        p.len() == n + 3 && p.starts_with(w) && p.as_bytes()[n] == b[n - 1] && p.ends_with("ed")
    });
    let ger = if w.ends_with("ie") {
        format!("{}ying", &w[..n - 2])
    } else if w.ends_with('e') && !w.ends_with("ee") && !w.ends_with("ye") && !w.ends_with("oe") {
        format!("{}ing", &w[..n - 1])
    } else if stem_double || doubled_irregular {
        format!("{w}{}ing", &w[n - 1..])
    } else {
        format!("{w}ing")
    };
    out.push((ger, GER));
    // American spelling keeps one "l": "traveled", "traveling", "labeled".
    if irregular.is_some_and(|(_, p, _)| p.ends_with("lled")) && w.ends_with('l') {
        out.push((format!("{w}ed"), PAST | PART));
        out.push((format!("{w}ing"), GER));
    }
    out
}

/// Plural of a noun.
fn plural(w: &str) -> String {
    let b = w.as_bytes();
    let n = b.len();
    if w.ends_with('s') || w.ends_with('x') || w.ends_with("ch") || w.ends_with("sh") {
        format!("{w}es")
    } else if n >= 2 && b[n - 1] == b'y' && !is_vowel(b[n - 2]) {
        format!("{}ies", &w[..n - 1])
    } else {
        format!("{w}s")
    }
}

/// Splits a form into tokens the way the tokenizer does: words and `-`.
fn split_form(form: &str) -> Vec<String> {
    let mut out = Vec::new();
    for w in form.split_whitespace() {
        let mut first = true;
        for part in w.split('-') {
            if !first {
                out.push("-".to_string());
            }
            first = false;
            if !part.is_empty() {
                out.push(part.to_lowercase());
            }
        }
    }
    out
}

/// Flags a line may carry.
const FLAGS: [&str; 11] = [
    "n", "agent", "lit", "inv", "also", "recip", "person", "client", "aims", "bare", "armed",
];

impl Verbs {
    /// The built-in lexicon, parsed once per process and shared.
    pub(crate) fn builtin() -> Arc<Verbs> {
        static V: OnceLock<Arc<Verbs>> = OnceLock::new();
        V.get_or_init(|| {
            let mut b = VerbsBuilder::default();
            b.add("verbs.tsv", VERBS_TSV)
                .and_then(|()| b.add("verbs_generated.tsv", VERBS_GENERATED_TSV))
                .expect("the built-in lexicon is well-formed (checked by the tests)");
            Arc::new(b.finish())
        })
        .clone()
    }

    /// The built-in lexicon followed by user files `(name, text)`: their
    /// lines add forms and categories (a form already known keeps its own
    /// categories first). A bad line is an error naming `name:line`.
    pub(crate) fn with_user(files: &[(String, String)]) -> Result<Verbs, Error> {
        let mut b = VerbsBuilder::default();
        b.add("verbs.tsv", VERBS_TSV)?;
        b.add("verbs_generated.tsv", VERBS_GENERATED_TSV)?;
        for (name, src) in files {
            b.add(name, src)?;
        }
        Ok(b.finish())
    }
}

/// Lines parsed so far.
#[derive(Default)]
struct VerbsBuilder {
    v: Verbs,
    index: FxHashMap<(Vec<String>, bool), usize>,
}

impl VerbsBuilder {
    /// Adds the lines of lexicon text `src`, read from `name`.
    fn add(&mut self, name: &str, src: &str) -> Result<(), Error> {
        let VerbsBuilder { v, index } = self;
        for (n, line) in src.lines().enumerate() {
            let line = line.trim_end_matches(['\r', '\n']);
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let bad = |reason: String| Error::Lexicon {
                path: name.to_string(),
                line: n + 1,
                reason,
            };
            let mut cols = line.split('\t');
            let cat_s = cols.next().unwrap_or("").trim();
            // "none": a form that is no predicate ("trade war").
            let cat = Cat::parse(cat_s);
            if cat.is_none() && cat_s != "none" {
                let known: Vec<&str> = Cat::ALL.iter().map(|c| c.as_str()).collect();
                return Err(bad(format!(
                    "unknown relation category {cat_s:?} (expected category<TAB>form[<TAB>flags]; categories: {} none)",
                    known.join(" ")
                )));
            }
            let Some(form) = cols.next().map(str::trim).filter(|f| !f.is_empty()) else {
                return Err(bad(
                    "empty form (expected category<TAB>form[<TAB>flags])".into()
                ));
            };
            let flags: Vec<&str> = cols
                .next()
                .map(|f| {
                    f.split(',')
                        .map(str::trim)
                        .filter(|f| !f.is_empty())
                        .collect()
                })
                .unwrap_or_default();
            if let Some(f) = flags.iter().find(|f| !FLAGS.contains(f)) {
                return Err(bad(format!(
                    "unknown flag {f:?} (flags: {})",
                    FLAGS.join(" ")
                )));
            }
            if let Some(extra) = cols.next() {
                return Err(bad(format!("unexpected fourth column {extra:?}")));
            }
            let has = |f: &str| flags.contains(&f);
            let noun = has("n");
            let words: Vec<&str> = form.split_whitespace().collect();
            let mut variants: Vec<(String, u8)> = Vec::new();
            if has("lit") {
                variants.push((form.to_string(), BASE));
            } else if noun {
                let last = words.len() - 1;
                let pl = plural(words[last]);
                variants.push((form.to_string(), 0));
                variants.push(([&words[..last], &[pl.as_str()]].concat().join(" "), 0));
            } else {
                // Inflect the first word; a hyphenated one on its last part.
                let head = words[0];
                let (pre, verb) = match head.rfind('-') {
                    Some(i) => (&head[..=i], &head[i + 1..]),
                    None => ("", head),
                };
                if verb.is_empty() {
                    return Err(bad(format!("form {form:?} has no verb to inflect")));
                }
                for (f, bits) in inflect(verb) {
                    let mut ws = vec![format!("{pre}{f}")];
                    ws.extend(words[1..].iter().map(|s| s.to_string()));
                    variants.push((ws.join(" "), bits));
                }
            }
            for (text, bits) in variants {
                let toks = split_form(&text);
                if toks.is_empty() {
                    return Err(bad(format!("form {form:?} has no word")));
                }
                let key = (toks.clone(), noun);
                let i = *index.entry(key).or_insert_with(|| {
                    v.entries.push(Entry {
                        words: toks,
                        noun,
                        ..Entry::default()
                    });
                    v.entries.len() - 1
                });
                let e = &mut v.entries[i];
                match cat {
                    Some(cat) if !e.cats.contains(&cat) => e.cats.push(cat),
                    Some(_) => {}
                    None => e.stop = true,
                }
                e.kind |= bits;
                e.agent |= has("agent");
                e.lit |= has("lit");
                e.inv |= has("inv");
                e.recip |= has("recip");
                e.also |= has("also");
                e.person |= has("person");
                e.client |= has("client");
                e.aims |= has("aims");
                e.bare |= has("bare");
                e.armed |= has("armed");
            }
        }
        Ok(())
    }

    /// Indexes the entries by first token, and makes the word table: each
    /// word's classes, facts and forms in one entry.
    fn finish(self) -> Verbs {
        let mut v = self.v;
        let mut by_first: FxHashMap<&str, Vec<u32>> = FxHashMap::default();
        for (i, e) in v.entries.iter().enumerate() {
            by_first.entry(&e.words[0]).or_default().push(i as u32);
        }
        let mut words = WordTable::default();
        let blank = Word {
            class: 0,
            facts: 0,
            forms: u32::MAX,
        };
        for (bit, list) in super::words::CLASSES {
            for w in list.split_whitespace() {
                words.entry(w, blank).class |= bit;
            }
        }
        for (bit, w) in super::words::facts() {
            words.entry(&w, blank).facts |= bit;
        }
        let mut firsts: Vec<(&str, Vec<u32>)> = by_first.into_iter().collect();
        firsts.sort_unstable_by(|a, b| a.0.cmp(b.0));
        for (first, mut list) in firsts {
            let entries = &v.entries;
            list.sort_by_key(|&i| std::cmp::Reverse(entries[i as usize].words.len()));
            let stop = |i: &u32| entries[*i as usize].stop;
            let w = words.entry(first, blank);
            if list.iter().any(|i| !stop(i)) {
                w.class |= super::words::LEX;
            }
            if list.iter().any(stop) {
                w.class |= super::words::NOPRED;
            }
            w.forms = v.lists.len() as u32;
            v.lists.push(list);
        }
        v.words = words;
        v
    }
}

impl Verbs {
    /// The longest verb entry and the longest noun entry that match the
    /// lower-case tokens `low` at `at`.
    pub(crate) fn at<'s>(
        &'s self,
        low: &[&str],
        at: usize,
    ) -> (Option<&'s Entry>, Option<&'s Entry>) {
        let forms = self.word(low[at]).map_or(u32::MAX, |w| w.forms);
        self.forms_at(forms, |e| {
            Self::form_len(e, low.len() - at, |k| low[at + k], |_| false, |_| 0)
        })
    }

    /// As [`Verbs::at`], for a token whose [`Word::forms`] is known;
    /// `len(e)` says how many tokens entry `e` covers there, if it matches
    /// ([`Verbs::form_len`] over the caller's tokens).
    pub(crate) fn forms_at(
        &self,
        forms: u32,
        len: impl Fn(&Entry) -> Option<usize>,
    ) -> (Option<&Entry>, Option<&Entry>) {
        let (mut verb, mut noun) = (None, None);
        let Some(list) = self.lists.get(forms as usize) else {
            return (None, None);
        };
        for &i in list {
            let e = &self.entries[i as usize];
            if len(e).is_none() {
                continue;
            }
            if e.noun {
                noun = noun.or(Some(e));
            } else {
                verb = verb.or(Some(e));
            }
        }
        (verb, noun)
    }

    /// How many tokens entry `e` covers when it matches the tokens given by
    /// `low` (`avail` of them), or `None`. Modifiers may stand between an
    /// article of a multi-word form and the word after it, as English puts
    /// adjectives, sums and compounds there: "lodged a strong protest
    /// with", "struck a new $2 billion deal with" match "lodge a protest
    /// with", "strike a deal with". At most four such tokens. A word "_"
    /// of the form is a slot for a name group, `name_len(k)` tokens long
    /// at the `k`-th token ("award _ a contract": "awarded Lockheed Martin
    /// a contract").
    pub(crate) fn form_len<'t>(
        e: &Entry,
        avail: usize,
        low: impl Fn(usize) -> &'t str,
        modifier: impl Fn(usize) -> bool,
        name_len: impl Fn(usize) -> usize,
    ) -> Option<usize> {
        let mut k = 1;
        for (n, w) in e.words.iter().enumerate().skip(1) {
            if w == "_" {
                let len = if k < avail { name_len(k) } else { 0 };
                if len == 0 || k + len > avail {
                    return None;
                }
                k += len;
                continue;
            }
            if k < avail && *w == low(k) {
                k += 1;
                continue;
            }
            if !matches!(e.words[n - 1].as_str(), "a" | "an" | "the") {
                return None;
            }
            let mut j = k;
            while j < avail && j - k < 4 && modifier(j) && *w != low(j) {
                j += 1;
            }
            if j == k || j >= avail || *w != low(j) {
                return None;
            }
            k = j + 1;
        }
        Some(k)
    }

    /// What the lexicon knows of a lower-case word: its classes, facts and
    /// the forms it starts, in one lookup.
    pub(crate) fn word(&self, w: &str) -> Option<&Word> {
        self.words.get(w)
    }

    /// As [`Verbs::word`], for the word whose key is `key`
    /// ([`super::table::pack`]).
    #[inline]
    pub(crate) fn word_key(&self, key: u128) -> Option<&Word> {
        self.words.get_key(key)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn find<'a>(v: &'a Verbs, s: &str) -> (Option<&'a Entry>, Option<&'a Entry>) {
        let toks = split_form(s);
        let low: Vec<&str> = toks.iter().map(String::as_str).collect();
        v.at(&low, 0)
    }

    #[test]
    fn lexicon_loads_with_inflections() {
        let v = Verbs::builtin();
        let cases: &[(&str, Cat, u8)] = &[
            ("signed", Cat::Agree, PAST | PART),
            ("inks", Cat::Agree, THIRD),
            ("bought", Cat::Acquire, PAST | PART),
            ("buying", Cat::Acquire, GER),
            ("test-fired", Cat::Test, PAST | PART),
            ("held talks with", Cat::Meet, PAST | PART),
            ("plans to buy", Cat::Acquire, THIRD),
            ("supplied", Cat::Supply, PAST | PART),
            ("banned", Cat::Sanction, PAST | PART),
            ("imposed sanctions on", Cat::Sanction, PAST | PART),
            ("co-developed", Cat::Produce, PAST | PART),
            ("sold", Cat::Supply, PAST | PART),
            ("struck", Cat::Attack, PAST | PART),
            ("criticised", Cat::Criticize, PAST | PART),
        ];
        for (form, cat, bits) in cases {
            let (verb, _) = find(&v, form);
            let e = verb.unwrap_or_else(|| panic!("{form} not found"));
            assert!(e.cats.contains(cat), "{form}: {:?}", e.cats);
            assert_eq!(e.kind & bits, *bits, "{form}");
            assert_eq!(
                e.words.len(),
                split_form(form).len(),
                "{form} matched a shorter form"
            );
        }
    }

    #[test]
    fn nouns_and_shared_forms() {
        let v = Verbs::builtin();
        let (verb, noun) = find(&v, "attack");
        assert!(verb.is_some() && noun.is_some());
        let (_, noun) = find(&v, "meetings");
        assert_eq!(noun.map(|e| e.cats[0]), Some(Cat::Meet));
        let (verb, _) = find(&v, "received");
        assert_eq!(
            verb.map(|e| e.cats.clone()),
            Some(vec![Cat::Meet, Cat::Acquire])
        );
        let (verb, _) = find(&v, "fitted on");
        assert!(verb.is_some_and(|e| e.inv && e.lit));
        let (_, noun) = find(&v, "supplier");
        assert!(noun.is_some_and(|e| e.agent));
        // "helped X fight Y": the flag reaches every inflection, and no other verb.
        let (verb, _) = find(&v, "helped");
        assert!(verb.is_some_and(|e| e.bare));
        let (verb, _) = find(&v, "backed");
        assert!(verb.is_some_and(|e| !e.bare));
    }

    #[test]
    fn user_lines_add_and_bad_lines_are_named() {
        let user = |src: &str| Verbs::with_user(&[("u.tsv".to_string(), src.to_string())]);
        let v = user("criticize\tlambaste\nmeet\treceive\tperson\n").unwrap();
        let (verb, _) = find(&v, "lambasted");
        assert_eq!(verb.map(|e| e.cats.clone()), Some(vec![Cat::Criticize]));
        // A known form keeps its own categories first.
        let (verb, _) = find(&v, "received");
        assert_eq!(
            verb.map(|e| e.cats.clone()),
            Some(vec![Cat::Meet, Cat::Acquire])
        );
        for (src, want) in [
            (
                "meet\tdine with\nmeets\tx\n",
                "u.tsv:2: unknown relation category \"meets\"",
            ),
            (
                "meet\tdine with\tn,bogus\n",
                "u.tsv:1: unknown flag \"bogus\"",
            ),
            ("# x\nmeet\t\n", "u.tsv:2: empty form"),
            ("meet\n", "u.tsv:1: empty form"),
            (
                "meet\tdine\tn\textra\n",
                "u.tsv:1: unexpected fourth column",
            ),
        ] {
            let err = user(src).unwrap_err().to_string();
            assert!(err.starts_with(want), "{src:?}: {err}");
        }
    }

    /// Every form of every irregular verb, spelled out.
    #[test]
    fn irregular_table_inflects_right() {
        let want: &[(&str, [&str; 5])] = &[
            ("buy", ["buy", "buys", "bought", "bought", "buying"]),
            ("sell", ["sell", "sells", "sold", "sold", "selling"]),
            ("send", ["send", "sends", "sent", "sent", "sending"]),
            ("build", ["build", "builds", "built", "built", "building"]),
            ("hold", ["hold", "holds", "held", "held", "holding"]),
            ("meet", ["meet", "meets", "met", "met", "meeting"]),
            (
                "strike",
                ["strike", "strikes", "struck", "struck", "striking"],
            ),
            ("make", ["make", "makes", "made", "made", "making"]),
            ("seek", ["seek", "seeks", "sought", "sought", "seeking"]),
            ("fight", ["fight", "fights", "fought", "fought", "fighting"]),
            ("shoot", ["shoot", "shoots", "shot", "shot", "shooting"]),
            ("blow", ["blow", "blows", "blew", "blown", "blowing"]),
            ("take", ["take", "takes", "took", "taken", "taking"]),
            (
                "choose",
                ["choose", "chooses", "chose", "chosen", "choosing"],
            ),
            (
                "transfer",
                [
                    "transfer",
                    "transfers",
                    "transferred",
                    "transferred",
                    "transferring",
                ],
            ),
            (
                "confer",
                ["confer", "confers", "conferred", "conferred", "conferring"],
            ),
            (
                "travel",
                ["travel", "travels", "travelled", "travelled", "travelling"],
            ),
            (
                "label",
                ["label", "labels", "labelled", "labelled", "labelling"],
            ),
            ("give", ["give", "gives", "gave", "given", "giving"]),
            ("lend", ["lend", "lends", "lent", "lent", "lending"]),
            (
                "equip",
                ["equip", "equips", "equipped", "equipped", "equipping"],
            ),
            ("chide", ["chide", "chides", "chided", "chided", "chiding"]),
            ("speak", ["speak", "speaks", "spoke", "spoken", "speaking"]),
            ("fly", ["fly", "flies", "flew", "flown", "flying"]),
        ];
        assert_eq!(
            want.len(),
            IRREGULAR.len(),
            "a verb of IRREGULAR is not checked here"
        );
        for (lemma, forms) in want {
            let got = inflect(lemma);
            let by = |bit: u8| -> Vec<&str> {
                got.iter()
                    .filter(|(_, b)| b & bit != 0)
                    .map(|(f, _)| f.as_str())
                    .collect()
            };
            // The British form first; "l" verbs add the American one.
            let us = |f: &str| f.replacen("ll", "l", 1);
            let with_us = |f: &str| {
                if lemma.ends_with('l') && forms[2].ends_with("lled") && f.contains("ll") {
                    vec![f.to_string(), us(f)]
                } else {
                    vec![f.to_string()]
                }
            };
            assert_eq!(by(BASE), [forms[0]], "{lemma}");
            assert_eq!(by(THIRD), [forms[1]], "{lemma}");
            assert_eq!(by(PAST), with_us(forms[2]), "{lemma}");
            assert_eq!(by(PART), with_us(forms[3]), "{lemma}");
            assert_eq!(by(GER), with_us(forms[4]), "{lemma}");
        }
        assert!(inflect("travel").iter().any(|(f, _)| f == "traveled"));
    }

    /// The generated file parses, adds what it should, and never repeats a
    /// hand-written form (hand-written lines win).
    #[test]
    fn generated_lexicon_adds_new_forms_only() {
        let forms = |src: &str| -> Vec<(String, bool)> {
            let mut b = VerbsBuilder::default();
            b.add("x", src).unwrap();
            b.v.entries
                .iter()
                .map(|e| (e.words.join(" "), e.noun))
                .collect()
        };
        let hand: std::collections::HashSet<(String, bool)> =
            forms(VERBS_TSV).into_iter().collect();
        let generated = forms(VERBS_GENERATED_TSV);
        assert!(generated.len() > 100, "{}", generated.len());
        for f in &generated {
            assert!(!hand.contains(f), "{f:?} is in both files");
        }
        let v = Verbs::builtin();
        for (form, cat, bits) in [
            ("gifted", Cat::Supply, PAST | PART),
            ("donated", Cat::Supply, PAST | PART),
            ("donates", Cat::Supply, THIRD),
            ("equipped", Cat::Supply, PAST | PART),
            ("equipping", Cat::Supply, GER),
            ("subsidizes", Cat::Support, THIRD),
            ("proscribed", Cat::Sanction, PAST | PART),
            ("lashed out at", Cat::Criticize, PAST | PART),
            ("counterattacked", Cat::Attack, PAST | PART),
            ("mass-produced", Cat::Produce, PAST | PART),
        ] {
            let (verb, _) = find(&v, form);
            let e = verb.unwrap_or_else(|| panic!("{form} not found"));
            assert_eq!(e.cats, [cat], "{form}");
            assert_eq!(e.kind & bits, bits, "{form}");
            assert_eq!(e.words.len(), split_form(form).len(), "{form}");
        }
        for (form, cat) in [
            ("assistance", Cat::Support),
            ("incursions", Cat::Attack),
            ("donation", Cat::Supply),
            ("embargo", Cat::Sanction),
        ] {
            let (_, noun) = find(&v, form);
            assert_eq!(noun.map(|e| e.cats.clone()), Some(vec![cat]), "{form}");
        }
        // "equipped with" stays the hand-written deploy form.
        let (verb, _) = find(&v, "equipped with");
        assert!(verb.is_some_and(|e| e.lit && e.cats == [Cat::Deploy]));
    }
}
