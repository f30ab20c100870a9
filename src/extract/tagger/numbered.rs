//! Weapons named by a class word and a number: "Type 45 destroyer", "Type
//! 052D destroyers", "Type 99A2 battle tanks" (the type numbers of Chinese,
//! British and German navies and armies), "Mk 54 torpedoes", "MK 41
//! launchers", "Mark 48 torpedo" (the mark numbers of US and British
//! ordnance). The word and number alone are as often a grade, a currency
//! or a class of anything ("Brazil Type 5 coffee", "D MARK 23820"): a
//! weapon noun within three words after ("Type 99A2 Chinese battle tanks")
//! or a military sentence makes the weapon, and a mark right after a
//! weapon's name is that weapon's variant ("Hawk Mk 66"), no weapon of
//! its own.

use super::{Ctx, Key, Raw};
use crate::extract::lexicon::Target;
use crate::extract::rules::{self, is_lower};
use crate::extract::EntityType;
use crate::text::TokenKind;

impl Ctx<'_> {
    /// A type or mark designation at token `i` of the sentence `lo..hi`
    /// that its context accepts: pushed as a weapon labelled "Type 45" or
    /// "Mk 54". Returns the token after it.
    pub(super) fn numbered_at(&mut self, i: usize, lo: usize, hi: usize) -> Option<usize> {
        let word = match self.t(i) {
            "Type" | "TYPE" => "Type",
            "Mk" | "MK" | "Mark" | "MARK" => "Mk",
            _ => return None,
        };
        let mut n = i + 1;
        if n < hi && self.t(n) == "." && self.glued(n) {
            n += 1;
        }
        if n >= hi || self.glued(n) || self.hit(i).is_some() {
            return None;
        }
        let num = self.t(n);
        let shaped = match self.toks[n].kind {
            TokenKind::Number => num.len() <= 4 && num.bytes().all(|b| b.is_ascii_digit()),
            TokenKind::Alnum => {
                num.len() <= 6
                    && num.starts_with(|c: char| c.is_ascii_digit())
                    && num
                        .chars()
                        .all(|c| c.is_ascii_digit() || c.is_ascii_uppercase())
            }
            _ => false,
        };
        // Must not run on into more letters or digits ("Type 5-6").
        let end = n + 1;
        if !shaped
            || (end < hi
                && self.glued(end)
                && matches!(
                    self.toks[end].kind,
                    TokenKind::Word | TokenKind::Alnum | TokenKind::Number
                ))
            || (end + 1 < hi && self.t(end) == "-" && self.glued(end))
        {
            return None;
        }
        // "Hawk Mk 66", "Sea King Mk 43": the variant of the weapon or
        // name before (a lexicon weapon, or a capitalised word no list
        // holds; a demonym or a country may stand before: "Chinese Type
        // 99A2").
        let weapon_before = i > lo
            && match self.hit(i - 1) {
                Some(h) => matches!(h.target, Target::Name(x)
                    if self.lex.names[x as usize].kind == EntityType::Weapon),
                None => {
                    self.cap_word(i - 1)
                        && !self.is_common(i - 1)
                        && self.toks[i - 1].sentence == self.toks[i].sentence
                }
            };
        if weapon_before {
            return None;
        }
        let noun_after = (end..hi.min(end + 3))
            .take_while(|&k| self.toks[k].kind == TokenKind::Word)
            .any(|k| is_lower(&rules::WEAPON_NOUNS, self.t(k)));
        if !(noun_after || self.military_context(i)) || self.non_military(i, end) {
            return None;
        }
        self.out.push(Raw {
            lo: i,
            hi: end,
            kind: EntityType::Weapon,
            key: Key::Label(format!("{word} {num}")),
            acronym: None,
        });
        Some(end)
    }
}
