//! UAX #29 word boundaries with an ASCII fast path.
//!
//! [`word_bounds`] yields exactly what unicode-segmentation's
//! `split_word_bound_indices` yields (a property test checks it against
//! that crate), but reads ASCII with a byte table instead of the crate's
//! Unicode category lookup, which was a quarter of the whole analysis.
//!
//! The text is cut into regions: a run of spaces (U+0020, the only ASCII
//! `WSegSpace`) followed by a run of anything else. A boundary always falls
//! at a region's start: it begins with a space after a non-space, and UAX #29
//! only keeps a space to what precedes it when that is a space too (WB3d). No
//! rule looks across a space either (WB6, WB7, WB11 and WB12 look one
//! character ahead or behind for a letter or digit). So each region can be
//! segmented on its own: an all-ASCII region by the table below, any other by
//! unicode-segmentation itself, which then also decides how a leading
//! combining mark attaches to the spaces before it.

use unicode_segmentation::UnicodeSegmentation;

/// Word-break classes of ASCII bytes, as UAX #29 assigns them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Wb {
    /// A-Z, a-z (ALetter).
    Letter,
    /// 0-9 (Numeric).
    Digit,
    /// `_` (ExtendNumLet).
    Connector,
    /// `:` (MidLetter): joins letters only.
    MidLetter,
    /// `.` (MidNumLet) and `'` (Single_Quote): join letters or digits.
    MidBoth,
    /// `,` and `;` (MidNum): join digits only.
    MidNum,
    /// U+0020 (WSegSpace).
    Space,
    /// Carriage return: kept with a following line feed (WB3).
    Cr,
    /// Everything else, line feeds and tabs included: a segment of its own.
    Other,
}

fn class(b: u8) -> Wb {
    CLASS[b as usize]
}

/// [`Wb`] of every byte (only ASCII is ever looked up).
static CLASS: [Wb; 256] = {
    let mut t = [Wb::Other; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = match b as u8 {
            b'A'..=b'Z' | b'a'..=b'z' => Wb::Letter,
            b'0'..=b'9' => Wb::Digit,
            b'_' => Wb::Connector,
            b':' => Wb::MidLetter,
            b'.' | b'\'' => Wb::MidBoth,
            b',' | b';' => Wb::MidNum,
            b' ' => Wb::Space,
            b'\r' => Wb::Cr,
            _ => Wb::Other,
        };
        b += 1;
    }
    t
};

/// End of the segment of all-ASCII `b` that starts at `i`.
pub(super) fn ascii_segment_end(b: &[u8], i: usize) -> usize {
    ascii_segment_end_seeing(b, i, |_, _| {})
}

/// [`ascii_segment_end`], calling `see(c, n)` on the bytes of a segment
/// that is not white space as it reads them: `n` times the byte `c` (the
/// tokenizer takes each token's shape in the same pass). A run of
/// lower-case letters, most of the bytes of a text, is seen at once, as
/// `n` times `a`.
#[inline(always)]
pub(super) fn ascii_segment_end_seeing(
    b: &[u8],
    i: usize,
    mut see: impl FnMut(u8, usize),
) -> usize {
    let n = b.len();
    let mut last = class(b[i]);
    let mut j = i + 1;
    match last {
        Wb::Space => return i + b[i..].iter().take_while(|&&c| c == b' ').count(),
        Wb::Cr => {
            return if b.get(i + 1) == Some(&b'\n') {
                i + 2
            } else {
                i + 1
            }
        }
        Wb::Letter => {
            see(b[i], 1);
            // The lower-case letters after it, as in the loop below.
            j += lower_run(&b[j..]);
            if j > i + 1 {
                see(b'a', j - i - 1);
            }
        }
        Wb::Digit | Wb::Connector => see(b[i], 1),
        _ => {
            see(b[i], 1);
            return i + 1;
        }
    }
    while j < n {
        let c = class(b[j]);
        match c {
            // WB5, WB8, WB9, WB10, WB13a, WB13b.
            Wb::Letter | Wb::Digit | Wb::Connector => {
                see(b[j], 1);
                last = c;
                j += 1;
                // The lower-case letters after a letter: each would take
                // this same arm.
                if c == Wb::Letter {
                    let from = j;
                    j += lower_run(&b[j..]);
                    if j > from {
                        see(b'a', j - from);
                    }
                }
            }
            // WB6/WB7 (letters) and WB11/WB12 (digits) around one middle character.
            Wb::MidLetter | Wb::MidBoth | Wb::MidNum if j + 1 < n => {
                let next = class(b[j + 1]);
                let letters = last == Wb::Letter
                    && next == Wb::Letter
                    && matches!(c, Wb::MidLetter | Wb::MidBoth);
                let digits =
                    last == Wb::Digit && next == Wb::Digit && matches!(c, Wb::MidNum | Wb::MidBoth);
                if !(letters || digits) {
                    break;
                }
                see(b[j], 1);
                see(b[j + 1], 1);
                j += 2;
            }
            _ => break,
        }
    }
    j
}

/// How many bytes at the start of `b` are ASCII lower-case letters, read
/// eight at a time (words of news text are mostly a capital or none, then
/// a run of them).
#[inline(always)]
fn lower_run(b: &[u8]) -> usize {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let mut k = 0;
    while let Some(chunk) = b.get(k..k + 8) {
        let x = u64::from_le_bytes(chunk.try_into().expect("eight bytes"));
        // Per byte, without carries between bytes: the low seven bits plus
        // 0x1f reach the high bit from 'a' on, plus 0x05 from '{' on; a
        // byte with its own high bit set is not ASCII.
        let low = x & !HIGH;
        let from_a = low + 0x1f1f_1f1f_1f1f_1f1f;
        let past_z = low + 0x0505_0505_0505_0505;
        let lower = from_a & !past_z & !x & HIGH;
        if lower != HIGH {
            // Little-endian: the first byte that is not one is the lowest clear high bit.
            return k + (!lower & HIGH).trailing_zeros() as usize / 8;
        }
        k += 8;
    }
    k + b[k..].iter().take_while(|c| c.is_ascii_lowercase()).count()
}

/// Word-boundary segments of `s` with their byte offsets, as
/// `s.split_word_bound_indices()` gives them.
pub fn word_bounds(s: &str) -> WordBounds<'_> {
    WordBounds {
        s,
        pos: 0,
        // All ASCII (most sentences): one region, segmented by the table,
        // without looking for spaces region by region.
        region_end: if s.is_ascii() { s.len() } else { 0 },
        ascii: true,
        slow: Vec::new(),
        slow_next: 0,
    }
}

/// Iterator of [`word_bounds`].
#[derive(Debug)]
pub struct WordBounds<'a> {
    s: &'a str,
    pos: usize,
    region_end: usize,
    ascii: bool,
    /// Segments of a non-ASCII region from unicode-segmentation, absolute.
    slow: Vec<(usize, usize)>,
    slow_next: usize,
}

impl<'a> Iterator for WordBounds<'a> {
    type Item = (usize, &'a str);

    fn next(&mut self) -> Option<(usize, &'a str)> {
        let b = self.s.as_bytes();
        if self.pos >= self.region_end {
            if self.pos >= b.len() {
                return None;
            }
            // Next region: spaces, then up to the next space.
            let start = self.pos;
            let body = start + b[start..].iter().take_while(|&&c| c == b' ').count();
            let mut end = memchr::memchr(b' ', &b[body..]).map_or(b.len(), |k| body + k);
            self.ascii = b[body..end].is_ascii();
            // U+3000 and the other non-ASCII spaces hold on to a following
            // space (WB3d): then the region goes on past it. Any non-ASCII
            // white space is taken for one, to be safe.
            while !self.ascii
                && end < b.len()
                && self.s[..end]
                    .chars()
                    .next_back()
                    .is_some_and(|c| !c.is_ascii() && c.is_whitespace())
            {
                let body = end + b[end..].iter().take_while(|&&c| c == b' ').count();
                end = memchr::memchr(b' ', &b[body..]).map_or(b.len(), |k| body + k);
            }
            self.region_end = end;
            if !self.ascii {
                self.slow.clear();
                self.slow_next = 0;
                self.slow.extend(
                    self.s[start..end]
                        .split_word_bound_indices()
                        .map(|(o, w)| (start + o, start + o + w.len())),
                );
            }
        }
        let (start, end) = if self.ascii {
            (self.pos, ascii_segment_end(b, self.pos))
        } else {
            let seg = self.slow[self.slow_next];
            self.slow_next += 1;
            seg
        };
        self.pos = end;
        Some((start, &self.s[start..end]))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn ours(s: &str) -> Vec<(usize, &str)> {
        word_bounds(s).collect()
    }

    fn theirs(s: &str) -> Vec<(usize, &str)> {
        s.split_word_bound_indices().collect()
    }

    #[test]
    fn same_as_unicode_segmentation_on_news() {
        let cases = [
            "",
            "a\u{3000} b \u{2003}  c\u{3000}",
            " ",
            "India-U.S. talks on 1,500.25 crore; M777A2 and Su-30MKI's 3:2 win.",
            "  two  spaces\tand a tab\r\nCRLF\rCR\n\nLF \u{b}VT \u{c}FF",
            "Russia’s “Col.” Gen. Fomin — café naïve Zürich",
            "a \u{301}b x\u{200d}y 🇮🇳🇫🇷 e\u{301}t\u{e9} שָׁלוֹם \"q\" ab_cd _9 9_ a_.b",
            "1.2.3 a.b.c 1,a a,1 a'b 1'2 a:b 1:2 a..b 1,,2 ...' 'a a' end.",
            "x.\u{301} x \u{301}.y 1.\u{2060}2 a\u{ad}b",
        ];
        for s in cases {
            assert_eq!(ours(s), theirs(s), "{s:?}");
        }
    }

    fn news_char() -> impl Strategy<Value = char> {
        prop_oneof![
            6 => prop::sample::select(
                "aZq09 .,;:'\"_-\t\r\n\u{b}()$%&/".chars().collect::<Vec<_>>()
            ),
            1 => prop::sample::select(
                "’“”é\u{301}\u{200d}\u{2060}\u{ad}\u{a0}\u{3000}🇮🇳שא日カ"
                    .chars()
                    .collect::<Vec<_>>()
            ),
            1 => any::<char>(),
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]

        /// Eight bytes at a time as one at a time, all bytes.
        #[test]
        fn lower_run_as_bytewise(b in prop::collection::vec(prop_oneof![
            4 => b'a'..=b'z',
            1 => any::<u8>(),
            1 => prop::sample::select(vec![b'`', b'{', b'A', b'Z', 0xe1, 0xfa, 0x7f, 0x80]),
        ], 0..40)) {
            let want = b.iter().take_while(|c| c.is_ascii_lowercase()).count();
            prop_assert_eq!(lower_run(&b), want);
        }

        /// The fast path gives the UAX #29 segments, offsets included.
        #[test]
        fn same_segments_as_uax29(chars in prop::collection::vec(news_char(), 0..60)) {
            let s: String = chars.into_iter().collect();
            prop_assert_eq!(ours(&s), theirs(&s));
        }

        /// All-ASCII text, segmented as one region, too.
        #[test]
        fn same_segments_as_uax29_ascii(s in "[aZq09 .,;:'\"_\t\r\n()$%&/-]{0,60}") {
            prop_assert_eq!(ours(&s), theirs(&s));
        }

        /// Words with long lower-case runs.
        #[test]
        fn same_segments_as_uax29_words(s in "([A-Z]?[a-z{`@]{0,19}[ .,'0-9]{0,2}){0,8}") {
            prop_assert_eq!(ours(&s), theirs(&s));
        }
    }
}
