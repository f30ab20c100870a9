//! The keys resolution groups names by, and what it derives from lexicon
//! names once per process: normalised text, initials, an organisation's
//! core name, the lengths a lookup table holds, and [`LexMemo`].

use std::borrow::Cow;
use std::sync::OnceLock;

use super::super::lexicon::Lexicon;

pub(super) fn norm(s: &str) -> String {
    let s = norm_trim(s);
    if s.is_ascii() {
        // The same string, with one allocation instead of two.
        return s.to_ascii_lowercase();
    }
    s.to_lowercase().replace('’', "'")
}

/// [`norm`] of `s`, written over `out`: a lookup's key without a new
/// string each time.
pub(super) fn norm_into(s: &str, out: &mut String) {
    out.clear();
    let t = norm_trim(s);
    if t.is_ascii() {
        out.push_str(t);
        out.make_ascii_lowercase();
    } else {
        out.push_str(&norm(s));
    }
}

/// What [`norm`] lower-cases: `s` without its final periods and a leading
/// "the ". (An ASCII string's [`norm`] is as long.)
pub(super) fn norm_trim(s: &str) -> &str {
    let s = s.trim_end_matches('.');
    s.strip_prefix("the ")
        .or_else(|| s.strip_prefix("The "))
        .unwrap_or(s)
}

/// The lengths of a set of strings, to turn away at once a string that
/// equals none of them.
#[derive(Default)]
pub(super) struct Lengths {
    /// Bit `n`: a string of `n` bytes, for `n` under 64.
    short: u64,
    /// Any string of 64 bytes or more.
    long: bool,
}

impl Lengths {
    pub(super) fn add(&mut self, n: usize) {
        match n {
            0..64 => self.short |= 1 << n,
            _ => self.long = true,
        }
    }

    pub(super) fn may_hold(&self, n: usize) -> bool {
        match n {
            0..64 => self.short >> n & 1 == 1,
            _ => self.long,
        }
    }
}

/// "J.C.", "W.R.", "E.F.": dotted capitals, one letter each.
pub(super) fn is_initials(w: &str) -> bool {
    let b = w.as_bytes();
    b.len() >= 2
        && b.len() % 2 == 0
        && b.chunks(2)
            .all(|c| c[0].is_ascii_uppercase() && c[1] == b'.')
}

/// True when `a` and `b` differ by at most one inserted, deleted or changed
/// character ("Boginsky" / "Boginskiy"): one person spelled two ways.
pub(super) fn within_one_edit(a: &str, b: &str) -> bool {
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
pub(super) fn org_core(lex: &Lexicon, label: &str) -> String {
    // "U.S. Airforce" is the U.S. Air Force. Found from its capital: a
    // substring search's set-up cost more, on labels this short.
    let b = label.as_bytes();
    let airforce = memchr::memchr_iter(b'A', b).any(|i| b[i..].starts_with(b"Airforce"));
    let label = if airforce {
        Cow::Owned(label.replace("Airforce", "Air Force"))
    } else {
        Cow::Borrowed(label)
    };
    let label = label.trim_end_matches('.');
    let mut words: Vec<&str> = Vec::with_capacity(8);
    let spaced = single_spaced_words(label, &mut words);
    if !spaced {
        words.clear();
        words.extend(label.split_whitespace());
    }
    // `words[a..b].join(" ")`, a slice of the label when it is single-spaced.
    let joined = |words: &[&str]| -> Cow<str> {
        match (words.first(), words.last()) {
            (Some(a), Some(b)) if spaced => {
                let start = a.as_ptr() as usize - label.as_ptr() as usize;
                let end = b.as_ptr() as usize - label.as_ptr() as usize + b.len();
                Cow::Borrowed(&label[start..end])
            }
            _ => Cow::Owned(words.join(" ")),
        }
    };
    while words.len() > 1
        && super::super::rules::is(&super::super::rules::LEGAL_SUFFIXES, words[words.len() - 1])
    {
        words.pop();
    }
    // "... of India", "... of the Republic of India": the first "of" whose
    // remainder is a country.
    if let Some(of) = (2..words.len()).find(|&i| {
        words[i] == "of" && {
            let rest = joined(&words[i + 1..]);
            lex.is_country(rest.strip_prefix("the ").unwrap_or(&rest))
        }
    }) {
        words.truncate(of);
    }
    for n in [2, 1] {
        if words.len() > n + 1 && lex.is_country(&joined(&words[..n])) {
            words.drain(..n);
            break;
        }
    }
    norm(&joined(&words))
}

/// Whether the words of `label` are apart by one space each (ASCII, no
/// other white space, no two spaces together): then they are the words
/// `split_whitespace` finds, and a run of them joined by spaces is a slice
/// of the label. The words are pushed onto `words` as the label is read,
/// in the same pass (only a prefix of them when the answer is no).
pub(super) fn single_spaced_words<'l>(label: &'l str, words: &mut Vec<&'l str>) -> bool {
    let mut after_space = false;
    let mut start = 0;
    for (i, &b) in label.as_bytes().iter().enumerate() {
        if b == b' ' {
            if after_space {
                return false;
            }
            after_space = true;
            if i > start {
                words.push(&label[start..i]);
            }
            start = i + 1;
        } else if !b.is_ascii() || b.is_ascii_whitespace() || b == 0x0b {
            return false;
        } else {
            after_space = false;
        }
    }
    if start < label.len() {
        words.push(&label[start..]);
    }
    true
}

/// Whether ASCII byte `b` is white space to [`char::is_whitespace`] (which,
/// unlike [`u8::is_ascii_whitespace`], counts the vertical tab).
fn ascii_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r')
}

/// Whether `s` has two words or more (`split_whitespace` would find a second).
pub(super) fn two_words(s: &str) -> bool {
    if s.is_ascii() {
        // The same test on bytes: white space between two other bytes.
        let b = s.as_bytes();
        let Some(first) = b.iter().position(|&c| !ascii_space(c)) else {
            return false;
        };
        let last = b.iter().rposition(|&c| !ascii_space(c)).unwrap_or(first);
        return b[first..last].iter().any(|&c| ascii_space(c));
    }
    s.trim().contains(char::is_whitespace)
}

/// Initials of the capitalised words: "Indian Air Force" → "IAF".
pub(super) fn initials(label: &str) -> String {
    let mut out = String::new();
    // Whether the character is the first of a word.
    let mut first = true;
    for c in label.chars() {
        if c.is_whitespace() || c == '-' {
            first = true;
        } else {
            if first && c.is_uppercase() {
                out.push(c);
            }
            first = false;
        }
    }
    out
}

/// What resolution derives from each lexicon name, made when a document
/// first needs it and kept for the process (the same names are resolved
/// in document after document).
#[derive(Debug)]
pub(crate) struct LexMemo(pub(super) Vec<NameMemo>);

/// [`LexMemo`] of one lexicon name, under the name's own type.
#[derive(Debug, Default)]
pub(super) struct NameMemo {
    /// The grouping key of the label (`Resolver::key_of`).
    pub(super) key: OnceLock<String>,
    /// The entity id, `type:slug`.
    pub(super) id: OnceLock<String>,
    /// [`initials`] of the label.
    pub(super) initials: OnceLock<String>,
}

impl LexMemo {
    pub(crate) fn new(lex: &Lexicon) -> LexMemo {
        LexMemo((0..lex.names.len()).map(|_| NameMemo::default()).collect())
    }
}

#[cfg(test)]
mod tests {
    use std::sync::OnceLock;

    use super::*;

    /// [`org_core`] as it was written before the single-spaced path: every
    /// join made anew.
    fn org_core_joining(lex: &Lexicon, label: &str) -> String {
        let label = label.replace("Airforce", "Air Force");
        let label = label.trim_end_matches('.');
        let mut words: Vec<&str> = label.split_whitespace().collect();
        while words.len() > 1
            && super::super::super::rules::is(
                &super::super::super::rules::LEGAL_SUFFIXES,
                words[words.len() - 1],
            )
        {
            words.pop();
        }
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

    fn lex() -> &'static Lexicon {
        static LEX: OnceLock<Lexicon> = OnceLock::new();
        LEX.get_or_init(Lexicon::builtin)
    }

    #[test]
    fn org_cores() {
        for (label, core) in [
            ("UK Ministry of Defence", "ministry of defence"),
            ("Ministry of Defence of India", "ministry of defence"),
            ("Mahindra Defence Systems Ltd.", "mahindra defence systems"),
            ("U.S. Airforce", "air force"),
            ("The Boeing  Co", "boeing"),
            ("Indian\tAir Force", "air force"),
        ] {
            assert_eq!(org_core(lex(), label), core, "{label:?}");
            assert_eq!(org_core_joining(lex(), label), core, "{label:?}");
        }
    }

    #[test]
    fn lengths_hold_what_was_added() {
        let mut l = Lengths::default();
        for n in [0, 5, 63] {
            l.add(n);
        }
        assert!([0, 5, 63].iter().all(|&n| l.may_hold(n)));
        assert!(![1, 4, 6, 62, 64, 1000].iter().any(|&n| l.may_hold(n)));
        l.add(70);
        assert!(l.may_hold(64) && l.may_hold(1000) && !l.may_hold(6));
    }

    proptest::proptest! {
        /// The labels' length filter holds: an ASCII key is as long as
        /// what `norm` lower-cases.
        #[test]
        fn ascii_key_as_long_as_trimmed(s in "(the |The )*[ -~]{0,12}\\.{0,3}") {
            proptest::prop_assert_eq!(norm(&s).len(), norm_trim(&s).len());
        }

        /// The key written over a string is the key made anew.
        #[test]
        fn norm_into_as_norm(s in "(the |The )*[ -~\u{c9}\u{2019}]{0,12}\\.{0,3}") {
            let mut out = String::from("left over");
            norm_into(&s, &mut out);
            proptest::prop_assert_eq!(out, norm(&s));
        }

        #[test]
        fn two_words_as_split(s in "[ a.\t\n\u{b}\u{c}\r\u{a0}\u{3000}\u{e9}]{0,8}") {
            proptest::prop_assert_eq!(two_words(&s), s.split_whitespace().nth(1).is_some());
        }

        /// A label is single-spaced when it has no two spaces together and
        /// no white space but spaces nor a byte beyond ASCII; its words are
        /// then those `split_whitespace` finds.
        #[test]
        fn single_spaced_words_as_split(s in "[ a.\t\n\u{b}\u{a0}\u{e9}]{0,10}") {
            let mut words = Vec::new();
            let spaced = single_spaced_words(&s, &mut words);
            let b = s.as_bytes();
            let expect = !s.contains("  ")
                && b.iter().all(|&c| c == b' ' || (c.is_ascii() && !c.is_ascii_whitespace() && c != 0x0b));
            proptest::prop_assert_eq!(spaced, expect);
            if spaced {
                proptest::prop_assert_eq!(words, s.split_whitespace().collect::<Vec<_>>());
            }
        }

        /// Slices of a single-spaced label make the core the joins make.
        #[test]
        fn org_core_as_joined(label in "((the|The|of|Indian|India|UK|United|States|Republic|South|Korea|Air|Airforce|Force|Ministry|Defence|Ltd|Inc|Co|Corp\\.|Sh\u{e9}n|[A-Z][a-z]{0,5})( |  |\t|\n| \u{a0})){1,7}[. ]{0,2}") {
            proptest::prop_assert_eq!(org_core(lex(), &label), org_core_joining(lex(), &label));
        }
    }
}
