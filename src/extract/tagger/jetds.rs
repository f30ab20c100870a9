//! Designations of the Joint Electronics Type Designation System (JETDS,
//! US standard MIL-STD-196), by which US and allied forces name radars,
//! countermeasure sets, sonars, radios and sensors: "AN/" (Army-Navy), three
//! letters (where it is installed, what kind of equipment, what it is for),
//! a hyphen and a number, and for equipment built in variable
//! configurations "(V)" with an optional configuration mark: "AN/ALQ-99",
//! "AN/APG-81", "AN/SPY-6(V)1". News also writes the number after a space
//! ("AN/AAQ 24(V)N", "AN/ALR-67 (V)") or leaves out "AN/" ("ALQ-211(V)8",
//! "APG-79").
//!
//! With "AN/" the shape is the system's own and makes a weapon (equipment of
//! armed forces) wherever it stands. Without it three capitals, a hyphen and
//! a number are as often a programme, a product or a date ("GSM-102 credit
//! guarantees", "the ATG-32 tester", "7-APR-87"): the letters must follow
//! the system's letter code, and the designation needs "(V)", a military
//! sentence or a weapon noun after it, and no word of money or civil trade
//! near it unless a weapon noun follows.

use super::{Ctx, Key, Raw};
use crate::extract::lexicon::{designator_key, Target};
use crate::extract::EntityType;
use crate::text::TokenKind;

/// First letters of MIL-STD-196: where the equipment is installed
/// (A piloted aircraft, B underwater, D pilotless carrier, F fixed ground,
/// G general ground, K amphibious, M ground mobile, P portable, S surface
/// ship, T transportable, U general utility, V ground vehicle, W surface
/// and underwater, Z piloted and pilotless airborne).
const INSTALLATION: &[u8] = b"ABDFGKMPSTUVWZ";

/// Second letters: the kind of equipment (A infrared, C carrier, D radiac,
/// E laser, F fibre optics, G telegraph, I interphone, J electromechanical,
/// K telemetering, L countermeasures, M meteorological, N sound in air,
/// P radar, Q sonar, R radio, S special or combined, T telephone, V visual,
/// W armament, X television, Y data processing, Z communications).
const EQUIPMENT: &[u8] = b"ACDEFGIJKLMNPQRSTVWXYZ";

/// Third letters: what it is for (A auxiliary, B bombing, C communications,
/// D direction finding and reconnaissance, E ejection or release, G fire
/// control, H recording, K computing, L searchlight control, M maintenance
/// and test, N navigation, Q special or combined, R receiving, S detecting
/// and ranging, T transmitting, W remote control, X identification,
/// Y surveillance and control, Z secure).
const PURPOSE: &[u8] = b"ABCDEGHKLMNQRSTWXYZ";

/// Whether `w` is three capitals that follow the system's letter code
/// ("ALQ", "APG", "SPY"; not "USD" nor "CEO").
pub(super) fn jetds_letters(w: &str) -> bool {
    let b = w.as_bytes();
    b.len() == 3
        && INSTALLATION.contains(&b[0])
        && EQUIPMENT.contains(&b[1])
        && PURPOSE.contains(&b[2])
}

/// A designation found at a token: its end and canonical form.
struct Found {
    end: usize,
    /// The end of the designation without its "(V)" part.
    core_end: usize,
    /// "AN/" + letters + "-" + number + variant, spaces dropped:
    /// "AN/AAQ-24(V)N" for "AN/AAQ 24 (V)N".
    label: String,
    /// The key of the form without "(V)", as the lexicon keys designators.
    core_key: String,
    prefixed: bool,
    variant: bool,
}

impl Ctx<'_> {
    /// A JETDS designation at token `i` of the sentence `lo..hi` that its
    /// context accepts: pushed as a weapon, with the lexicon's entry when
    /// the lexicon knows its form without "(V)". Returns the token after
    /// it. A lexicon name that goes on past the designation ("AN/MPQ-64
    /// Sentinel") is left to the lexicon.
    pub(super) fn jetds_at(&mut self, i: usize, lo: usize, hi: usize) -> Option<usize> {
        let f = self.jetds(i, lo, hi)?;
        let hit = self.hit(i);
        if hit.is_some_and(|h| h.lo != i || h.hi > f.core_end) {
            return None;
        }
        let known = self
            .lex
            .designators
            .get(&f.core_key)
            .or_else(|| self.lex.designators.get(&f.core_key[2..]))
            .copied()
            .filter(|&n| self.lex.names[n as usize].kind == EntityType::Weapon);
        if !f.prefixed {
            let letters = self.t(i).as_bytes();
            // "AGM-114", "AIM-9", "MIM-104": the last letter M of the
            // missile designation system (guided missile); "SSN-21",
            // "DDG-51", "FFG-7": a hull number, whose type letter is
            // doubled. Both are left to the designator rules.
            let other_system = letters[2] == b'M' || letters[0] == letters[1];
            // "USA-193": a name the lexicon holds as something else.
            let other_name = hit.is_some_and(|h| match h.target {
                Target::Name(n) => self.lex.names[n as usize].kind != EntityType::Weapon,
                _ => true,
            });
            // "Strategic Trade Authorization (STA-1)": an acronym in
            // brackets after the name it shortens.
            let bracketed = i >= lo + 2
                && self.t(i - 1) == "("
                && f.end < hi
                && self.t(f.end) == ")"
                && self.cap_word(i - 2);
            let evidence = f.variant
                || self.weapon_noun_at(f.end)
                || (self.military_context(i) && !self.non_military(i, f.end));
            if other_system || other_name || bracketed || !evidence {
                return None;
            }
        }
        let key = match (known, hit.map(|h| h.target)) {
            (Some(n), _) => Key::Lex(n),
            (None, Some(Target::Name(n)))
                if self.lex.names[n as usize].kind == EntityType::Weapon =>
            {
                Key::Lex(n)
            }
            _ => Key::Label(f.label),
        };
        self.out.push(Raw {
            lo: i,
            hi: f.end,
            kind: EntityType::Weapon,
            key,
            acronym: None,
        });
        Some(f.end)
    }

    /// The shape of a JETDS designation at token `i`, whatever its context.
    fn jetds(&self, i: usize, lo: usize, hi: usize) -> Option<Found> {
        // Asked at every token: only "AN", "An" or three code letters open one.
        if !matches!(self.t(i).len(), 2 | 3) {
            return None;
        }
        let word = |k: usize| k < hi && self.toks[k].kind == TokenKind::Word;
        let prefixed = i + 2 < hi
            && matches!(self.t(i), "AN" | "An")
            && self.t(i + 1) == "/"
            && self.glued(i + 1)
            && self.glued(i + 2);
        let c = if prefixed { i + 2 } else { i };
        if !word(c) || !jetds_letters(self.t(c)) {
            return None;
        }
        // "7-APR-87", "MK/ALQ-9": the tail of a longer code or a date.
        if !prefixed && i > lo && self.glued(i) && matches!(self.t(i - 1), "-" | "/" | "." | "–")
        {
            return None;
        }
        // The number: after a glued hyphen, or after a space when "AN/"
        // stands before ("AN/AAQ 24(V)N").
        let n = if c + 2 < hi && self.t(c + 1) == "-" && self.glued(c + 1) && self.glued(c + 2) {
            c + 2
        } else if prefixed && c + 1 < hi && !self.glued(c + 1) {
            c + 1
        } else {
            return None;
        };
        let num = self.t(n);
        let num_ok = match self.toks[n].kind {
            TokenKind::Number => num.bytes().all(|b| b.is_ascii_digit()),
            // "AN/AAS-44C", "AN/ALR-45F"; with "AN/" also "AN/MST-T1A".
            TokenKind::Alnum => {
                num.starts_with(|c: char| c.is_ascii_digit())
                    || (prefixed && num.starts_with(|c: char| c.is_ascii_uppercase()))
            }
            _ => false,
        };
        if !num_ok {
            return None;
        }
        // "APG-79s": a plural, not a configuration letter.
        let num = match num.strip_suffix('s') {
            Some(s) if s.ends_with(|c: char| c.is_ascii_digit()) => s,
            _ => num,
        };
        let core_end = n + 1;
        let mut end = core_end;
        let mut variant = String::new();
        // "(V)", "(V)1", "(V)N", " (V)2": a variable configuration.
        if end + 2 < hi
            && self.t(end) == "("
            && self.t(end + 1) == "V"
            && self.t(end + 2) == ")"
            && self.glued(end + 1)
            && self.glued(end + 2)
        {
            end += 3;
            variant.push_str("(V)");
            if end < hi
                && self.glued(end)
                && self.toks[end].kind != TokenKind::Punct
                && self.t(end).len() <= 3
            {
                variant.push_str(self.t(end));
                end += 1;
            }
        }
        // Must not run on into more letters or digits.
        if self.runs_on(end, hi) {
            return None;
        }
        let letters = self.t(c);
        let core_key = designator_key(&format!("AN/{letters}-{num}"));
        Some(Found {
            end,
            core_end,
            label: format!("AN/{letters}-{num}{variant}"),
            core_key,
            prefixed,
            variant: !variant.is_empty(),
        })
    }
}
