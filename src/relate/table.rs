//! The relation stage's word table: what the lexicon knows of each
//! lower-case word ([`Word`]), looked up once per token of every sentence
//! read ([`super::doc::Doc::new`]).
//!
//! A word of at most [`SHORT`] bytes is keyed by its bytes packed into an
//! integer with its length in the top byte ([`pack`]): hashing it is one
//! multiplication and comparing it one integer comparison, where a string
//! key hashed every byte and compared through `memcmp` (a fifth of the
//! document preparation's cost went to that probe). Longer words, rare in
//! text, keep string keys.
//!
//! [`ascii_key`] makes the key of an ASCII token straight from the text,
//! lower-cased on the way, so the common token needs neither a copy nor a
//! pass per byte before its lookup; [`lower_case`] reads any other token's
//! lower-case text.

use rustc_hash::FxHashMap;

use super::doc::IN_TEXT;
use super::verbs::Word;
use crate::text::Token;

/// The longest word packed into an integer key.
pub(crate) const SHORT: usize = 15;

/// Words by their lower-case text.
#[derive(Debug, Default)]
pub(crate) struct WordTable {
    /// Words of at most [`SHORT`] bytes, by [`pack`].
    short: FxHashMap<u128, Word>,
    /// Longer words.
    long: FxHashMap<Box<str>, Word>,
}

/// `w` (at most [`SHORT`] bytes) packed little-endian, its length in the
/// top byte: two words have one key only when they are equal.
pub(crate) fn pack(w: &[u8]) -> Option<u128> {
    if w.len() > SHORT {
        return None;
    }
    let mut buf = [0u8; 16];
    buf[..w.len()].copy_from_slice(w);
    buf[15] = w.len() as u8;
    Some(u128::from_le_bytes(buf))
}

/// One byte of value `b` in each byte of a `u128`.
const fn bytes(b: u8) -> u128 {
    u128::from_le_bytes([b; 16])
}

/// The key of the ASCII token `text[start..end]` lower-cased ([`pack`] of
/// its lower-case bytes), and whether it holds an upper-case letter; `None`
/// when it is empty, holds a byte outside ASCII, is longer than [`SHORT`], or ends
/// too near the end of the text for one 16-byte read.
#[inline]
pub(crate) fn ascii_key(text: &[u8], start: usize, end: usize) -> Option<(u128, bool)> {
    let len = end.checked_sub(start).filter(|n| (1..=SHORT).contains(n))?;
    let chunk: [u8; 16] = text.get(start..start + 16)?.try_into().ok()?;
    // The token's bytes; those after it made 0.
    let x = u128::from_le_bytes(chunk) & (u128::MAX >> (8 * (16 - len)));
    if x & bytes(0x80) != 0 {
        return None;
    }
    // Every byte is below 0x80, so adding to it carries into no other byte:
    // a byte's top bit is set after adding 0x80 - c when it is c or more.
    let upper = (x + bytes(0x80 - b'A')) & !(x + bytes(0x80 - b'Z' - 1)) & bytes(0x80);
    // 'A' | 0x20 is 'a': the top bit of each upper-case byte, moved to 0x20.
    let lower = x | upper >> 2;
    Some((lower | (len as u128) << 120, upper != 0))
}

/// The lower-case text of token `t`, as [`super::doc::Doc::low`] gives it: the
/// text itself when already lower case, else a copy pushed on `lower`
/// (curly apostrophes made straight); `at` is set to its range.
pub(super) fn lower_case<'l>(
    text: &'l str,
    t: &Token,
    lower: &'l mut String,
    at: &mut (u32, u32),
) -> &'l str {
    let s = t.text(text);
    let bytes = s.as_bytes();
    if bytes.is_ascii() && !bytes.iter().any(u8::is_ascii_uppercase) && t.end < IN_TEXT {
        *at = (t.start | IN_TEXT, t.end);
        return s;
    }
    let start = lower.len();
    if s.len() > 3 && (s.starts_with('’') || s.starts_with('‘')) {
        lower.push('\'');
        lower.extend(s[3..].chars().flat_map(char::to_lowercase));
    } else if s.is_ascii() {
        push_ascii_lower(lower, s);
    } else {
        lower.extend(
            s.chars()
                .map(|c| if c == '’' { '\'' } else { c })
                .flat_map(char::to_lowercase),
        );
    }
    *at = (start as u32, lower.len() as u32);
    &lower[start..]
}

/// Pushes the ASCII `s` lower-cased on `lower`; returns its range there.
pub(super) fn push_ascii_lower(lower: &mut String, s: &str) -> (u32, u32) {
    let start = lower.len();
    lower.push_str(s);
    lower[start..].make_ascii_lowercase();
    (start as u32, lower.len() as u32)
}

impl WordTable {
    /// The entry of `w`, made blank (`blank`) when new.
    pub(crate) fn entry(&mut self, w: &str, blank: Word) -> &mut Word {
        match pack(w.as_bytes()) {
            Some(k) => self.short.entry(k).or_insert(blank),
            None => self.long.entry(w.into()).or_insert(blank),
        }
    }

    /// What the table holds for the lower-case word `w`.
    #[inline]
    pub(crate) fn get(&self, w: &str) -> Option<&Word> {
        match pack(w.as_bytes()) {
            Some(k) => self.short.get(&k),
            None => self.long.get(w),
        }
    }

    /// What the table holds for the word whose key is `key` ([`pack`]).
    #[inline]
    pub(crate) fn get_key(&self, key: u128) -> Option<&Word> {
        self.short.get(&key)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn word(class: u32) -> Word {
        Word {
            class,
            facts: 0,
            forms: u32::MAX,
        }
    }

    #[test]
    fn short_and_long_words_are_found_and_distinct() {
        let mut t = WordTable::default();
        t.entry("a", word(0)).class |= 1;
        t.entry("counterterrorism", word(0)).class |= 2;
        t.entry("a", word(0)).class |= 4;
        assert_eq!(t.get("a").map(|w| w.class), Some(5));
        assert_eq!(t.get("counterterrorism").map(|w| w.class), Some(2));
        assert!(t.get("a\0").is_none());
        assert!(t.get("").is_none());
        assert!(t.get("counterterrorist").is_none());
        assert_eq!(t.get_key(pack(b"a").unwrap()).map(|w| w.class), Some(5));
    }

    #[test]
    fn ascii_keys_refuse_what_they_cannot_read() {
        let text = b"Iran's fighters bought a counterterrorism caf\xc3\xa9 here, at the end";
        let s = std::str::from_utf8(text).unwrap();
        let at = |w: &str| s.find(w).unwrap();
        // Too long, not ASCII, too near the end for a 16-byte read.
        let c = at("counterterrorism");
        assert_eq!(ascii_key(text, c, c + 16), None);
        let f = at("caf");
        assert_eq!(ascii_key(text, f, f + 5), None);
        let e = at("end");
        assert_eq!(ascii_key(text, e, e + 3), None);
        assert_eq!(ascii_key(text, 0, 4), Some((pack(b"iran").unwrap(), true)));
        let b = at("bought");
        assert_eq!(
            ascii_key(text, b, b + 6),
            Some((pack(b"bought").unwrap(), false))
        );
    }

    proptest! {
        /// The key made from the text is the key of the lower-cased token,
        /// for any bytes around it.
        #[test]
        fn ascii_key_packs_the_lower_case_token(
            before in "[ -~]{0,4}",
            token in "[ -~]{1,17}",
            after in proptest::collection::vec(any::<u8>(), 0..20),
        ) {
            let mut text = before.clone().into_bytes();
            text.extend_from_slice(token.as_bytes());
            text.extend_from_slice(&after);
            let (start, end) = (before.len(), before.len() + token.len());
            let got = ascii_key(&text, start, end);
            if token.len() <= SHORT && start + 16 <= text.len() {
                let lower = token.to_ascii_lowercase();
                prop_assert_eq!(got, Some((pack(lower.as_bytes()).unwrap(), lower != token)));
            } else {
                prop_assert_eq!(got, None);
            }
        }

        /// A token with a byte outside ASCII has no ASCII key.
        #[test]
        fn ascii_key_refuses_other_bytes(token in "[a-zA-Z]{0,6}[^\\x00-\\x7f][a-zA-Z]{0,6}") {
            let mut text = token.clone().into_bytes();
            text.extend_from_slice(&[b' '; 16]);
            prop_assert_eq!(ascii_key(&text, 0, token.len()), None);
        }
    }
}
