//! The argument frame of each relation category, from `frames.tsv`
//! (compiled in): the shape in which the predicate's objects are read, the
//! entity types of doer and target, the prepositions that introduce the
//! target after a verb and after a noun, further argument slots that give
//! derived edges ("supplied W to R" also gives R acquire W), and flags.
//! `emit.rs` and `nominal.rs` read a category's frame instead of branching
//! on the category, so a category's arguments are changed in the data.

use std::sync::OnceLock;

use super::verbs::{Cat, C, L, O, P, W};

const FRAMES_TSV: &str = include_str!("frames.tsv");

/// How a predicate's objects are read (see `frames.tsv`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Shape {
    /// A counterpart after a partner preposition.
    Partner,
    /// The first group after a place preposition.
    Place,
    /// Every weapon after a theme preposition.
    Theme,
    /// A theme and a recipient.
    Transfer,
    /// The direct object.
    Direct,
}

/// A further argument slot: a group after `prep` gets an edge of `cat`
/// to the theme.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Slot {
    pub prep: &'static str,
    pub cat: Cat,
}

/// One category's frame.
#[derive(Debug, Clone)]
pub(crate) struct Frame {
    pub shape: Shape,
    /// Type bits of the doer.
    pub doer: u8,
    /// Type bits of the target.
    pub target: u8,
    /// Target prepositions after a verb, first choice ("" is the direct object).
    pub verb: Vec<&'static str>,
    /// Target prepositions tried when the first choice finds nothing.
    pub verb_else: Vec<&'static str>,
    /// Target prepositions after a noun predicate.
    pub noun: Vec<&'static str>,
    /// "supplied W to R": R is a target and gets `cat` of W.
    pub recipient: Option<Slot>,
    /// "bought W from X": X gets `cat` of W.
    pub source: Option<Slot>,
    /// "W was inducted into X" (passive, no agent): X gets `cat` of W.
    pub holder: Option<Slot>,
    /// "used W against X": the doer gets `cat` towards X.
    pub victims: Vec<Slot>,
    /// "signed a deal with X for W": an agreement for weapons is a sale;
    /// the buyer gets `cat` of W, the seller supplies W and the buyer.
    pub purchase: Option<Slot>,
    pub symmetric: bool,
    pub near: bool,
    pub parts: bool,
    pub makers: bool,
    pub acts: bool,
    pub that: bool,
    pub held: bool,
    pub assets: bool,
    pub addressee: bool,
    pub arms: bool,
    pub aimed: bool,
    pub speech: bool,
    pub wielded: bool,
}

impl Frame {
    /// Whether the target is the weapon itself (theme and transfer).
    pub(crate) fn weapon_theme(&self) -> bool {
        matches!(self.shape, Shape::Theme | Shape::Transfer)
    }
}

/// The frame of `cat`.
pub(crate) fn frame(cat: Cat) -> &'static Frame {
    static FRAMES: OnceLock<Vec<Frame>> = OnceLock::new();
    let frames = FRAMES.get_or_init(|| parse(FRAMES_TSV).unwrap_or_else(|e| panic!("{e}")));
    &frames[cat as usize]
}

fn types(s: &str) -> Result<u8, String> {
    s.chars().try_fold(0, |m, c| {
        Ok(m | match c {
            'P' => P,
            'O' => O,
            'C' => C,
            'W' => W,
            'L' => L,
            _ => return Err(format!("unknown entity type letter {c:?}")),
        })
    })
}

fn preps(s: &'static str) -> Vec<&'static str> {
    s.split(',')
        .filter(|p| !p.is_empty())
        .map(|p| if p == "_" { "" } else { p })
        .collect()
}

/// Parses the table; every category must have exactly one line.
fn parse(tsv: &'static str) -> Result<Vec<Frame>, String> {
    let mut frames: Vec<Option<Frame>> = vec![None; Cat::ALL.len()];
    for (n, line) in tsv.lines().enumerate() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let err = |m: String| format!("frames.tsv:{}: {m}", n + 1);
        let f: Vec<&'static str> = line.split('\t').collect();
        let [cat, shape, doer, target, verb, noun, roles, flags] = f[..] else {
            return Err(err(format!("{} columns, want 8", f.len())));
        };
        let cat = Cat::parse(cat).ok_or_else(|| err(format!("unknown category {cat:?}")))?;
        let shape = match shape {
            "partner" => Shape::Partner,
            "place" => Shape::Place,
            "theme" => Shape::Theme,
            "transfer" => Shape::Transfer,
            "direct" => Shape::Direct,
            _ => return Err(err(format!("unknown shape {shape:?}"))),
        };
        let (verb, verb_else) = verb.split_once('|').unwrap_or((verb, ""));
        let mut frame = Frame {
            shape,
            doer: types(doer).map_err(err)?,
            target: types(target).map_err(err)?,
            verb: preps(verb),
            verb_else: preps(verb_else),
            noun: preps(noun),
            recipient: None,
            source: None,
            holder: None,
            victims: Vec::new(),
            purchase: None,
            symmetric: false,
            near: false,
            parts: false,
            makers: false,
            acts: false,
            that: false,
            held: false,
            assets: false,
            addressee: false,
            arms: false,
            aimed: false,
            speech: false,
            wielded: false,
        };
        for role in roles.split(',').filter(|r| *r != "-") {
            let [prep, name, of] = role.split(':').collect::<Vec<_>>()[..] else {
                return Err(err(format!("role {role:?} is not prep:role:category")));
            };
            let cat = Cat::parse(of).ok_or_else(|| err(format!("unknown category {of:?}")))?;
            let slot = Some(Slot { prep, cat });
            match name {
                "recipient" => frame.recipient = slot,
                "source" => frame.source = slot,
                "holder" => frame.holder = slot,
                "victim" => frame.victims.push(Slot { prep, cat }),
                "purchase" => frame.purchase = slot,
                _ => return Err(err(format!("unknown role {name:?}"))),
            }
        }
        for flag in flags.split(',').filter(|f| *f != "-") {
            *match flag {
                "symmetric" => &mut frame.symmetric,
                "near" => &mut frame.near,
                "parts" => &mut frame.parts,
                "makers" => &mut frame.makers,
                "acts" => &mut frame.acts,
                "that" => &mut frame.that,
                "held" => &mut frame.held,
                "assets" => &mut frame.assets,
                "addressee" => &mut frame.addressee,
                "arms" => &mut frame.arms,
                "aimed" => &mut frame.aimed,
                "speech" => &mut frame.speech,
                "wielded" => &mut frame.wielded,
                _ => return Err(err(format!("unknown flag {flag:?}"))),
            } = true;
        }
        if frames[cat as usize].replace(frame).is_some() {
            return Err(err(format!("second line for {}", cat.as_str())));
        }
    }
    frames
        .into_iter()
        .zip(Cat::ALL)
        .map(|(f, c)| f.ok_or_else(|| format!("frames.tsv: no line for {}", c.as_str())))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_category_has_a_frame() {
        for cat in Cat::ALL {
            let f = frame(cat);
            assert!(f.doer != 0 && f.target != 0, "{}", cat.as_str());
        }
        assert_eq!(
            frame(Cat::Supply).recipient.map(|s| s.cat),
            Some(Cat::Acquire)
        );
        assert_eq!(frame(Cat::Acquire).source.map(|s| s.prep), Some("from"));
        assert!(frame(Cat::Meet).symmetric && frame(Cat::Agree).symmetric);
        assert_eq!(frame(Cat::Visit).verb, ["", "to", "in", "at"]);
        assert_eq!(frame(Cat::Agree).verb_else, ["from"]);
        let victims: Vec<&str> = frame(Cat::Test).victims.iter().map(|s| s.prep).collect();
        assert_eq!(victims, ["at", "against", "into"]);
        assert!(frame(Cat::Test).aimed && !frame(Cat::Deploy).aimed);
    }

    #[test]
    fn bad_tables_name_the_line() {
        for (tsv, want) in [
            ("meet\tpartner\tPOC\n", "frames.tsv:1: 3 columns"),
            ("meat\tpartner\tPOC\tPOC\t_\t_\t-\t-\n", "unknown category"),
            ("meet\tcircle\tPOC\tPOC\t_\t_\t-\t-\n", "unknown shape"),
            (
                "meet\tpartner\tPOX\tPOC\t_\t_\t-\t-\n",
                "unknown entity type",
            ),
            (
                "meet\tpartner\tPOC\tPOC\t_\t_\tto:giver:acquire\t-\n",
                "unknown role",
            ),
            ("meet\tpartner\tPOC\tPOC\t_\t_\t-\tloud\n", "unknown flag"),
            ("meet\tpartner\tPOC\tPOC\t_\t_\t-\t-\n", "no line for visit"),
        ] {
            let e = parse(tsv).unwrap_err();
            assert!(e.contains(want), "{e}");
        }
    }
}
