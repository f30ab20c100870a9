//! Word tokens with their shape, for the pattern rules.

use super::bounds::ascii_segment_end_seeing;
use super::{word_bounds, Sentence};

/// What a token looks like.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters only (may hold internal `.`, `'`, `&`): "Singh", "U.S.", "L&T".
    Word,
    /// Digits only (may hold `,` and `.`): "1,500", "2020".
    Number,
    /// Letters and digits together: "M777A2", "155mm", "K9".
    Alnum,
    /// Anything else: punctuation, symbols, the possessive "’s".
    Punct,
}

/// One token: `text[start..end]`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    /// Byte offset of the first character.
    pub start: u32,
    /// Byte offset just past the last character.
    pub end: u32,
    /// Index of the sentence it belongs to.
    pub sentence: u32,
    /// Shape.
    pub kind: TokenKind,
    /// First character is upper case.
    pub cap: bool,
    /// At least two letters and no lower-case letter ("IAF", "U.S.", "S-400" is not a word).
    pub upper: bool,
    /// White space separates it from the previous token.
    pub space_before: bool,
}

impl Token {
    /// The token's text.
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start as usize..self.end as usize]
    }
}

/// Words whose following period belongs to them.
const ABBREVIATIONS: &[&str] = &[
    "Adm", "Brig", "Capt", "Cdr", "Cmdr", "Co", "Col", "Corp", "Cpl", "Dr", "Ft", "Gen", "Gov",
    "Hon", "Inc", "Jr", "Lt", "Ltd", "Maj", "Mr", "Mrs", "Ms", "Mt", "No", "Pvt", "Prof", "Rep",
    "Rev", "Rs", "Sen", "Sgt", "Sr", "St", "Vs", "vs",
];

/// Tokenizes every sentence of `text`.
pub fn tokenize(text: &str, sentences: &[Sentence]) -> Vec<Token> {
    tokenize_with(text, sentences, true)
}

/// [`tokenize`]; with `ascii_path` off, every sentence goes through
/// [`word_bounds`] (the tests compare the two).
fn tokenize_with(text: &str, sentences: &[Sentence], ascii_path: bool) -> Vec<Token> {
    let mut out: Vec<Token> = Vec::with_capacity(text.len() / 5);
    let bytes = text.as_bytes();
    for (si, s) in sentences.iter().enumerate() {
        let mut prev_end = usize::MAX;
        let sentence = &bytes[s.start..s.end];
        if ascii_path && sentence.is_ascii() {
            // The segments of `word_bounds`, found in place: in ASCII every
            // white space byte is a segment of white space, or part of
            // one, and every other segment starts on a byte that is none.
            let mut i = 0;
            while i < sentence.len() {
                if sentence[i].is_ascii_whitespace() || sentence[i] == 0x0b {
                    i += 1;
                    continue;
                }
                // The segment's shape is taken as its end is found.
                let (mut letters, mut any) = (0, 0);
                let end = ascii_segment_end_seeing(sentence, i, |c, n| {
                    let f = SHAPE[c as usize];
                    letters += (f & ALPHA) as usize * n;
                    any |= f;
                });
                let (seg, span) = (&sentence[i..end], (s.start + i, s.start + end));
                // Most segments are followed by one space: skipped here.
                i = end + usize::from(sentence.get(end) == Some(&b' '));
                // Most segments are a word, number or mark that none of
                // `push_segment`'s joins and cuts can touch: pushed as they
                // are. Only one glued to the one before (a period, the word
                // after "&") or holding inner punctuation (the apostrophe of
                // a possessive) may be touched.
                let space_before = prev_end != span.0;
                let special = (!space_before || any & INNER != 0) && {
                    let n = seg.len();
                    let glued_period = seg == b"." && !space_before;
                    let possessive =
                        n > 3 && seg[n - 2] == b'\'' && matches!(seg[n - 1], b's' | b'S');
                    let after_amp = !space_before
                        && out
                            .last()
                            .is_some_and(|t| &bytes[t.start as usize..t.end as usize] == b"&");
                    glued_period || possessive || after_amp
                };
                if special {
                    let shape = ascii_shape(letters, any);
                    push_segment(text, &mut out, span, si, &mut prev_end, Some(shape));
                } else {
                    prev_end = span.1;
                    let cap = seg[0].is_ascii_uppercase();
                    out.push(shaped(
                        span.0,
                        span.1,
                        si,
                        space_before,
                        ascii_shape(letters, any),
                        cap,
                    ));
                }
            }
            continue;
        }
        for (off, w) in word_bounds(&text[s.start..s.end]) {
            if !is_space(w) {
                let start = s.start + off;
                let span = (start, start + w.len());
                push_segment(text, &mut out, span, si, &mut prev_end, None);
            }
        }
    }
    out
}

/// Turns the word-bound segment `text[start..end]` (not white space) of
/// sentence `si` into tokens: "L&T" joined, an abbreviation's period glued
/// on, a possessive "’s" cut off. `prev_end` is where the last segment
/// ended; `shape` is the segment's [`shape`] when the caller has it.
fn push_segment(
    text: &str,
    out: &mut Vec<Token>,
    (start, end): (usize, usize),
    si: usize,
    prev_end: &mut usize,
    shape: Option<Shape>,
) {
    let w = &text[start..end];
    let space_before = *prev_end != start;
    *prev_end = end;
    // "L&T", "AT&T": one word.
    if !space_before && out.len() >= 2 && w.chars().next().is_some_and(char::is_alphanumeric) {
        let n = out.len();
        let (amp, before) = (&out[n - 1], &out[n - 2]);
        if amp.text(text) == "&" && !amp.space_before && before.kind == TokenKind::Word {
            let merged = make(text, before.start as usize, end, si, before.space_before);
            out.truncate(n - 2);
            out.push(merged);
            return;
        }
    }
    // Abbreviation period: glue "." onto "U.S", "A", "Gen".
    if w == "." && !space_before {
        if let Some(last) = out.last_mut() {
            if last_takes_period(text, last) {
                last.end = end as u32;
                last.upper = last.upper || last.text(text).len() == 2;
                return;
            }
        }
    }
    // Possessive: "Russia’s" -> "Russia" + "’s".
    let poss = w
        .ends_with(['s', 'S'])
        .then(|| {
            ["’s", "'s", "’S", "'S"]
                .iter()
                .find(|p| w.len() > p.len() + 1 && w.ends_with(**p))
                .map(|p| p.len())
        })
        .flatten();
    if let Some(plen) = poss {
        out.push(make(text, start, end - plen, si, space_before));
        out.push(make(text, end - plen, end, si, false));
    } else {
        let shape = shape.or_else(|| shape_ascii(w));
        out.push(make_shaped(text, start, end, si, space_before, shape));
    }
}

/// A segment of white space only. Segments are never empty; one that
/// starts with an ASCII byte other than white space is a word or a mark
/// (the common case, answered from its first byte).
fn is_space(w: &str) -> bool {
    match w.as_bytes()[0] {
        b' ' | b'\t' | b'\n' | b'\x0b' | b'\x0c' | b'\r' => w.chars().all(char::is_whitespace),
        b if b.is_ascii() => false,
        _ => w.chars().all(char::is_whitespace),
    }
}

fn last_takes_period(text: &str, last: &Token) -> bool {
    if last.kind != TokenKind::Word {
        return false;
    }
    let t = last.text(text);
    if t.ends_with('.') {
        return false;
    }
    let mut chars = t.chars();
    let single_cap = matches!((chars.next(), chars.next()), (Some(c), None) if c.is_uppercase());
    single_cap || t.contains('.') || is_abbreviation(t)
}

/// Whether `t` is one of the [`ABBREVIATIONS`]: two to four bytes, a
/// capital first but in "vs". Most words ending a sentence fail the first
/// two tests.
fn is_abbreviation(t: &str) -> bool {
    (2..=4).contains(&t.len())
        && (t.as_bytes()[0].is_ascii_uppercase() || t == "vs")
        && ABBREVIATIONS.contains(&t)
}

const ALPHA: u8 = 1;
const LOWER: u8 = 2;
const DIGIT: u8 = 4;
/// Punctuation a word or number may hold: `.`, `,`, `'`, `&`, `_`.
const INNER: u8 = 8;
/// A byte of a non-ASCII character: the token needs [`shape`].
const WIDE: u8 = 16;
/// Any other ASCII byte: the token is punctuation.
const OTHER: u8 = 32;

/// Shape flags of bytes: ASCII classes, [`WIDE`] for bytes 128-255.
static SHAPE: [u8; 256] = {
    let mut t = [0; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = match b as u8 {
            b'a'..=b'z' => ALPHA | LOWER,
            b'A'..=b'Z' => ALPHA,
            b'0'..=b'9' => DIGIT,
            b'.' | b',' | b'\'' | b'&' | b'_' => INNER,
            128..=255 => WIDE,
            _ => OTHER,
        };
        b += 1;
    }
    t
};

/// Letters, whether any is lower case, whether any character is a digit,
/// and whether any is none of these nor inner punctuation.
type Shape = (usize, bool, bool, bool);

/// [`Shape`] of a token.
fn shape(t: &str) -> Shape {
    let (mut letters, mut lower, mut digits, mut other) = (0, false, false, false);
    for c in t.chars() {
        if c.is_alphabetic() {
            letters += 1;
            lower |= c.is_lowercase();
        } else if c.is_numeric() {
            digits = true;
        } else if !matches!(c, '.' | ',' | '\'' | '’' | '&' | '_') {
            other = true;
        }
    }
    (letters, lower, digits, other)
}

/// [`shape`] of a token from the byte table, in the same pass that finds
/// whether it is ASCII (the flags of all bytes or-ed together, the letters
/// counted); `None` when it is not.
fn shape_ascii(t: &str) -> Option<Shape> {
    let (mut letters, mut any) = (0, 0);
    for &c in t.as_bytes() {
        let f = SHAPE[c as usize];
        letters += (f & ALPHA) as usize;
        any |= f;
    }
    (any & WIDE == 0).then(|| ascii_shape(letters, any))
}

/// [`Shape`] of an ASCII token from its letter count and the [`SHAPE`]
/// flags of its bytes or-ed together.
fn ascii_shape(letters: usize, any: u8) -> Shape {
    (
        letters,
        any & LOWER != 0,
        any & DIGIT != 0,
        any & OTHER != 0,
    )
}

fn make(text: &str, start: usize, end: usize, sentence: usize, space_before: bool) -> Token {
    let ascii = shape_ascii(&text[start..end]);
    make_shaped(text, start, end, sentence, space_before, ascii)
}

/// [`make`], given the token's [`Shape`] when it is ASCII (`None` when it
/// is not).
#[inline(always)]
fn make_shaped(
    text: &str,
    start: usize,
    end: usize,
    sentence: usize,
    space_before: bool,
    ascii: Option<Shape>,
) -> Token {
    let (shape, cap) = match ascii {
        Some(shape) => {
            let first = text.as_bytes()[start..end].first();
            (shape, first.is_some_and(u8::is_ascii_uppercase))
        }
        None => {
            let t = &text[start..end];
            (shape(t), t.chars().next().is_some_and(char::is_uppercase))
        }
    };
    shaped(start, end, sentence, space_before, shape, cap)
}

/// The token `start..end` of `sentence` with its [`Shape`], and whether
/// its first character is upper case.
#[inline(always)]
fn shaped(
    start: usize,
    end: usize,
    sentence: usize,
    space_before: bool,
    (letters, lower, digits, other): Shape,
    cap: bool,
) -> Token {
    let kind = if other || (letters == 0 && !digits) {
        TokenKind::Punct
    } else if letters > 0 && digits {
        TokenKind::Alnum
    } else if letters > 0 {
        TokenKind::Word
    } else {
        TokenKind::Number
    };
    Token {
        start: start as u32,
        end: end as u32,
        sentence: sentence as u32,
        kind,
        cap,
        upper: kind == TokenKind::Word && letters >= 2 && !lower,
        space_before,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::sentences;

    fn toks(text: &str) -> Vec<&str> {
        let s = sentences(text);
        tokenize(text, &s).iter().map(|t| t.text(text)).collect()
    }

    #[test]
    fn news_tokens() {
        assert_eq!(toks("India-U.S. talks"), ["India", "-", "U.S.", "talks"]);
        assert_eq!(
            toks("Russia’s Col. Gen. A.V. Fomin met U.S. officials."),
            [
                "Russia",
                "’s",
                "Col.",
                "Gen.",
                "A.V.",
                "Fomin",
                "met",
                "U.S.",
                "officials",
                "."
            ]
        );
        assert_eq!(
            toks("IAF bought Su-30Mki jets for Rs 1,500 crore from L&T."),
            [
                "IAF", "bought", "Su", "-", "30Mki", "jets", "for", "Rs", "1,500", "crore", "from",
                "L&T", "."
            ]
        );
    }

    proptest::proptest! {
        /// The in-place ASCII path makes the tokens the word-bound one makes.
        #[test]
        fn ascii_path_as_word_bounds(t in "([A-Za-z0-9]{1,4}|[ .,'&_:;!?()\"\t\r\n\x0b\x0c-]){0,40}") {
            let s = crate::text::sentences(&t);
            proptest::prop_assert_eq!(tokenize_with(&t, &s, true), tokenize_with(&t, &s, false));
        }

        /// The ASCII table answers as the Unicode tests do.
        #[test]
        fn ascii_shapes_as_unicode(t in "[ -~]{1,12}") {
            proptest::prop_assert_eq!(shape_ascii(&t), Some(shape(&t)));
        }

        /// The quick tests of an abbreviation answer as the list does.
        #[test]
        fn abbreviation_test_as_list(t in "([A-Za-z]{1,5}|vs|Co|Corp|Ltd|Mr|Mrs|Prof|\u{e9}t\u{e9})") {
            proptest::prop_assert_eq!(is_abbreviation(&t), ABBREVIATIONS.contains(&t.as_str()));
        }

        /// The first-byte test of white space answers as the full one.
        #[test]
        fn space_test_as_unicode(t in "[ \t\r\n\u{b}\u{c}a.\u{a0}\u{3000}\u{301}]{1,6}") {
            proptest::prop_assert_eq!(is_space(&t), t.chars().all(char::is_whitespace));
        }
    }

    #[test]
    fn shapes() {
        let text = "IAF M777A2 2019 Singh U.S. ,";
        let s = sentences(text);
        let t = tokenize(text, &s);
        let kinds: Vec<_> = t.iter().map(|t| (t.kind, t.cap, t.upper)).collect();
        assert_eq!(
            kinds,
            [
                (TokenKind::Word, true, true),
                (TokenKind::Alnum, true, false),
                (TokenKind::Number, false, false),
                (TokenKind::Word, true, false),
                (TokenKind::Word, true, true),
                (TokenKind::Punct, false, false),
            ]
        );
    }
}
