//! Sentences and tokens, as byte offsets into the document text.
//!
//! Sentences come from `sentencex` (which knows "Col.", "U.S.", "Rs." and
//! initials), run on blocks that are first split at line breaks which end a
//! line of their own (a heading, a caption, a line of a one-sentence-a-line
//! file). Tokens come from Unicode word boundaries (UAX #29), then adjusted
//! for news: the possessive "’s" is its own token and abbreviation periods
//! stay on their word ("U.S.", "A.V.", "Gen.").

mod bounds;
mod tokens;

use sentencex::languages::{English, Language};

pub use bounds::{word_bounds, WordBounds};
pub use tokens::{tokenize, Token, TokenKind};

/// A sentence: `text[start..end]`, trimmed of surrounding white space.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sentence {
    /// Byte offset of the first character.
    pub start: usize,
    /// Byte offset just past the last character.
    pub end: usize,
}

/// Splits `text` into sentences.
pub fn sentences(text: &str) -> Vec<Sentence> {
    sentences_with(text, true)
}

/// [`sentences`]; with `skip` off, every block goes to sentencex, even one
/// that [`unbreakable`] says it would leave whole (the tests compare the two).
fn sentences_with(text: &str, skip: bool) -> Vec<Sentence> {
    let english = English {};
    // A sentence is 130 bytes on average in the Reuters bench corpus.
    let mut out: Vec<Sentence> = Vec::with_capacity(text.len() / 64 + 1);
    let mut ranges = Vec::new();
    for (block_start, block_end) in blocks(text) {
        let block = &text[block_start..block_end];
        if !pieces(&english, block, skip, &mut ranges) {
            // Not given to sentencex: it holds no period with a space after
            // it, so no company suffix to cut at either.
            push_trimmed(text, block_start, block_end, &mut out);
            continue;
        }
        let first = out.len();
        for &(start, end) in &ranges {
            let (start, end) = (block_start + start, block_start + end);
            // sentencex breaks "India-U.S. talks" after "U.": an initial never ends a sentence.
            if out.len() > first
                && ends_with_initial(&text[out[out.len() - 1].start..out[out.len() - 1].end])
            {
                let s = &text[start..end];
                if !s.trim().is_empty() {
                    // Re-cut the joined sentence: the length cap holds for it too.
                    let prev = out.pop().expect("a sentence to join");
                    push_trimmed(text, prev.start, start + s.trim_end().len(), &mut out);
                }
                continue;
            }
            push_at_suffix_breaks(text, start, end, &mut out);
        }
    }
    out
}

/// sentencex's sentences of `block`, as byte ranges in it, into `out`
/// (cleared first); whether sentencex was asked. A block it would leave
/// whole is not given to it ([`unbreakable`]) when `skip` is on; `segment`
/// is `get_sentence_boundaries` without the character offsets and end
/// symbols of each sentence, which are not used here.
fn pieces(english: &English, block: &str, skip: bool, out: &mut Vec<(usize, usize)>) -> bool {
    out.clear();
    if skip && unbreakable(block) {
        out.push((0, block.len()));
        return false;
    }
    out.extend(english.segment(block).into_iter().map(|piece| {
        // `segment` returns slices of `block`: their offsets in it.
        let start = piece.as_ptr() as usize - block.as_ptr() as usize;
        (start, start + piece.len())
    }));
    true
}

/// Whether sentencex would return `block` as one sentence without reading
/// it: not empty, ASCII, every sentence-final punctuation byte (`.`, `!`,
/// `?`) either the very last byte or glued to a lower-case letter, a digit or
/// a comma ("3.5", "e.g", "U.S.,"), no `)` that may close a list marker
/// ([`closes_marker`]) and no line opening with a bullet (`*`, `+`, `-` after
/// spaces or tabs). Headlines, datelines, table rows and most one-sentence
/// paragraphs are such blocks (two thirds of the text of the Reuters bench
/// corpus).
///
/// sentencex breaks only after a run of terminators or at a list item.
/// A terminator glued to such a byte is a run of one that sentencex reads as
/// going on (`continue_in_next_word`: the next text starts with a lower-case
/// letter or digit, or with a comma) before anything else about it but a
/// numbered reference ("[1]") after it, which cannot start there, so it
/// never breaks there. The last byte's run is the only other one: its
/// candidate break is the block's end (or none, after an abbreviation), and
/// no quote or bracket around it moves it earlier. A list marker is followed
/// by a space or tab: one closed by a period is a period with white space
/// after it, which the rule above leaves out; one closed by `)` is a
/// number, a letter or Roman numerals, bracketed or not, before that `)`.
fn unbreakable(block: &str) -> bool {
    let bytes = block.as_bytes();
    let bullet_at = |i: usize| {
        bytes[i..]
            .iter()
            .find(|&&b| b != b' ' && b != b'\t')
            .is_some_and(|&b| matches!(b, b'*' | b'+' | b'-'))
    };
    let goes_on = |i: usize| {
        bytes
            .get(i + 1)
            .is_none_or(|b| matches!(b, b'a'..=b'z' | b'0'..=b'9' | b','))
    };
    // A paragraph break (`\n`, any `\r`, `\n`) never is in a block; checked
    // all the same, as sentencex splits there.
    let paragraph_at = |i: usize| bytes[i..].iter().find(|&&b| b != b'\r') == Some(&b'\n');
    !block.is_empty()
        && memchr::memchr3_iter(b'.', b'!', b'?', bytes).all(goes_on)
        && !memchr::memchr_iter(b')', bytes).any(|i| closes_marker(bytes, i))
        && block.is_ascii()
        && !bullet_at(0)
        && !memchr::memchr_iter(b'\n', bytes).any(|nl| bullet_at(nl + 1) || paragraph_at(nl + 1))
}

/// Whether the `)` at `bytes[i]` may end one of sentencex's list markers:
/// "1)", "a)", "ii)", "(1)", "(a)", "(iv)", "2.)" as a whole word (after
/// white space or a line start) with a space or tab after it. A superset:
/// any word of digits only, Roman numeral letters only, or one letter, with
/// an optional `(` before and `.` after, is taken for one.
fn closes_marker(bytes: &[u8], i: usize) -> bool {
    if !matches!(bytes.get(i + 1), Some(b' ' | b'\t')) {
        return false;
    }
    let start = bytes[..i]
        .iter()
        .rposition(|&b| matches!(b, b' ' | b'\t' | b'\n'))
        .map_or(0, |k| k + 1);
    let word = &bytes[start..i];
    let word = word.strip_prefix(b"(").unwrap_or(word);
    let word = word.strip_suffix(b".").unwrap_or(word);
    let roman = |b: &u8| b"ivxlcdmIVXLCDM".contains(b);
    !word.is_empty()
        && (word.iter().all(u8::is_ascii_digit)
            || word.iter().all(roman)
            || (word.len() == 1 && word[0].is_ascii_alphabetic()))
}

/// Company suffixes whose period sentencex takes for an abbreviation's.
const COMPANY_SUFFIXES: &[&str] = &["Bros.", "Co.", "Corp.", "Cos.", "Inc.", "Ltd.", "Plc."];

/// Capitalised words that go on a sentence after a company's name
/// ("Acme Corp. Tuesday said ...").
const DAY_WORDS: &[&str] = &[
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// Pushes `text[start..end]`, cut after every company suffix that a new
/// sentence follows: sentencex keeps "Corp." an abbreviation before a
/// capitalised word that no list tells it starts a sentence ("... with
/// Lockheed Martin Corp. India will buy ..."). A capitalised word with a
/// lower-case word after it starts one ("India will", "Shares rose"); two
/// capitalised words may go on a name ("Corp. Chairman Ray Lee").
fn push_at_suffix_breaks(text: &str, start: usize, end: usize, out: &mut Vec<Sentence>) {
    let mut from = start;
    for dot in memchr::memchr_iter(b'.', &text.as_bytes()[start..end]) {
        let dot = start + dot;
        let before = &text[from..=dot];
        let suffix = COMPANY_SUFFIXES.iter().any(|w| {
            before.ends_with(w)
                && before[..before.len() - w.len()].ends_with(|c: char| c.is_whitespace())
        });
        if !suffix {
            continue;
        }
        let rest = &text[dot + 1..end];
        let next = rest.trim_start();
        let mut words = next.split(' ');
        let (word, after) = (words.next().unwrap_or(""), words.next().unwrap_or(""));
        let capitalised = word.len() > 1
            && word.chars().all(char::is_alphabetic)
            && word.starts_with(|c: char| c.is_uppercase())
            && !word.chars().skip(1).any(char::is_uppercase);
        if rest.starts_with(' ')
            && capitalised
            && !DAY_WORDS.contains(&word)
            && after.starts_with(|c: char| c.is_lowercase())
        {
            push_trimmed(text, from, dot + 1, out);
            from = dot + 1;
        }
    }
    push_trimmed(text, from, end, out);
}

/// "... India-U." : one capital letter and a period, not preceded by a letter.
fn ends_with_initial(s: &str) -> bool {
    let mut rev = s.chars().rev();
    matches!(
        (rev.next(), rev.next(), rev.next()),
        (Some('.'), Some(c), before) if c.is_ascii_uppercase() && !before.is_some_and(char::is_alphanumeric)
    )
}

/// Longest sentence kept whole, in bytes. Text without sentence breaks
/// (tables, lists, unpunctuated dumps) is cut at white space before this, so
/// that the cost of every per-sentence step, and the evidence kept for an
/// edge, stay bounded.
pub const MAX_SENTENCE_BYTES: usize = 2000;

fn push_trimmed(text: &str, start: usize, end: usize, out: &mut Vec<Sentence>) {
    let mut start = start;
    while end - start > MAX_SENTENCE_BYTES {
        let mut cut = start + MAX_SENTENCE_BYTES;
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        // Prefer a list separator (", " or "; ") in the second half of the
        // window, so that a long list is not cut inside a name; else white space.
        let window = &text[start..cut];
        let cut = window
            .rfind([',', ';'])
            .filter(|&i| i > MAX_SENTENCE_BYTES / 2 && window[i + 1..].starts_with(' '))
            .map(|i| i + 1)
            .or_else(|| window.rfind(char::is_whitespace).filter(|&i| i > 0))
            .map_or(cut, |i| start + i);
        push_piece(text, start, cut, out);
        start = cut;
    }
    push_piece(text, start, end, out);
}

fn push_piece(text: &str, start: usize, end: usize, out: &mut Vec<Sentence>) {
    let s = &text[start..end];
    let trimmed = s.trim_start();
    let start = start + (s.len() - trimmed.len());
    let trimmed = trimmed.trim_end();
    if trimmed.is_empty() {
        return;
    }
    out.push(Sentence {
        start,
        end: start + trimmed.len(),
    });
}

/// Splits text at blank lines, and at single line breaks that end a line of
/// its own: after terminal punctuation, or before a line that starts with a
/// capital, digit, quote or bullet. A hard-wrapped paragraph whose next line
/// starts in lower case stays one block.
fn blocks(text: &str) -> Vec<(usize, usize)> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut start = 0;
    for nl in memchr::memchr_iter(b'\n', bytes) {
        let line = text[start..nl].trim_end();
        let next = text[nl + 1..].trim_start_matches([' ', '\t', '\r']);
        let ends_line = line.is_empty()
            || line.ends_with(['.', '!', '?', ':', '"', '”', '’', '\''])
            || next.starts_with('\n')
            || next.chars().next().is_some_and(|c| {
                c.is_uppercase() || c.is_ascii_digit() || "\"“‘'•*-–—(".contains(c)
            });
        if ends_line {
            if nl > start {
                out.push((start, nl));
            }
            start = nl + 1;
        }
    }
    if start < text.len() {
        out.push((start, text.len()));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        sentences(text)
            .iter()
            .map(|s| &text[s.start..s.end])
            .collect()
    }

    #[test]
    fn abbreviations_initials_decimals_quotes() {
        let cases: &[(&str, &[&str])] = &[
            (
                "Col. Gen. A.V. Fomin met Lt. Col. Rao in the U.S. capital. He left.",
                &[
                    "Col. Gen. A.V. Fomin met Lt. Col. Rao in the U.S. capital.",
                    "He left.",
                ],
            ),
            (
                "Mr. Singh paid Rs. 1,500 crore for No. 45 Squadron. Dr. Rao agreed.",
                &[
                    "Mr. Singh paid Rs. 1,500 crore for No. 45 Squadron.",
                    "Dr. Rao agreed.",
                ],
            ),
            (
                "At the India-U.S. Ministerial Dialogue, India signed. Next.",
                &[
                    "At the India-U.S. Ministerial Dialogue, India signed.",
                    "Next.",
                ],
            ),
            (
                "The deal is worth 3.5 billion dollars. It was signed.",
                &["The deal is worth 3.5 billion dollars.", "It was signed."],
            ),
            (
                "“The partners agreed,” the mission said. Talks went on.",
                &["“The partners agreed,” the mission said.", "Talks went on."],
            ),
            (
                "It signed with Acme Corp. India will buy wings. Orbex Inc. Shares rose.",
                &[
                    "It signed with Acme Corp.",
                    "India will buy wings.",
                    "Orbex Inc.",
                    "Shares rose.",
                ],
            ),
            (
                "Acme Corp. Chairman Ray Lee met Orbex Co. officials, Tass Ltd. Tuesday said.",
                &["Acme Corp. Chairman Ray Lee met Orbex Co. officials, Tass Ltd. Tuesday said."],
            ),
        ];
        for (text, want) in cases {
            assert_eq!(split(text), *want, "{text}");
        }
    }

    #[test]
    fn line_breaks() {
        let text = "155mm M777A2 Ultra Lightweight Howitzers (ULH)\n\nThe first ten guns came.\nJapan coach Shu Kamo said :\nSyria played well";
        assert_eq!(
            split(text),
            [
                "155mm M777A2 Ultra Lightweight Howitzers (ULH)",
                "The first ten guns came.",
                "Japan coach Shu Kamo said :",
                "Syria played well"
            ]
        );
        // A hard-wrapped sentence stays whole.
        assert_eq!(
            split("India signed the deal\nwith Russia."),
            ["India signed the deal\nwith Russia."]
        );
    }

    #[test]
    fn overlong_sentences_are_cut_at_white_space() {
        let text = "word ".repeat(1000) + "end.";
        let got = sentences(&text);
        assert!(got.len() >= 3);
        for s in &got {
            assert!(s.end - s.start <= MAX_SENTENCE_BYTES);
            let piece = &text[s.start..s.end];
            assert!(
                piece.starts_with("word") && (piece.ends_with("word") || piece.ends_with("end."))
            );
        }
        // Found by fuzzing: a sentence joined after an initial ("U.") skipped the cap.
        let joined = format!("India-U.S. {}end.", "Word ".repeat(500));
        for s in sentences(&joined) {
            assert!(s.end - s.start <= MAX_SENTENCE_BYTES, "{s:?}");
        }
        // A long list is cut after a comma, not inside a two-word name.
        let list = vec!["Ada Quorvath"; 400].join(", ");
        for s in sentences(&list) {
            let piece = &list[s.start..s.end];
            assert!(
                piece.starts_with("Ada") && piece.ends_with(['h', ',']),
                "{piece}"
            );
        }
        let one = "x".repeat(5000);
        assert!(sentences(&one)
            .iter()
            .all(|s| s.end - s.start <= MAX_SENTENCE_BYTES));
    }

    fn pieces_of(block: &str) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        pieces(&English {}, block, true, &mut out);
        out
    }

    /// The sentencex calls saved change nothing: `pieces` gives the ranges
    /// `get_sentence_boundaries` gives (sentences and paragraph breaks,
    /// which a block never holds).
    fn boundaries(block: &str) -> Vec<(usize, usize)> {
        English {}
            .get_sentence_boundaries(block)
            .iter()
            .filter(|b| b.start_byte < b.end_byte)
            .map(|b| (b.start_byte, b.end_byte))
            .collect()
    }

    #[test]
    fn pieces_as_sentencex_gives_them() {
        for block in [
            "Reuters headline without a stop",
            "USX profit rises\nin second quarter",
            "- a bullet line\n- another bullet line",
            "items\n  * one item here\n  * two items here",
            "plus\n+ one\n+ two",
            "a) first b) second c) third",
            "It rose. Then it fell! Did it? Yes",
            "Acme Corp said profits rose 12 pct in 1986.",
            "He said \"profits will rise.",
            "The index (\"Dow\" below) fell 'sharply'?",
            "Shares of\n1 Acme Corp rose!",
            "It joined Acme Corp.",
            "Net loss\n  2.",
            "ii.",
            "(a) first",
            "Table  1,234  5,678\tNet",
            "caf\u{e9} sans point",
            "",
            "Shr 1.53 dlrs vs 1.21 dlrs",
            "Buyers were the U.S., Argentina and Uruguay.",
            "Revs 10.0 mln vs 7,577,207!",
            "a.b.c? e.g.x",
            "(Ivaco Inc) said it rose 3.5 pct.",
            "Less than 60 days 4.33 pct (4.32)",
            "items (a) one (b) two",
            "ii) first iii) second",
            "(1) first (2) second",
            "(1) First (2) Second",
            "It: ii) One iii) Two",
            "x 2.) y 3.) z",
            "A) first B) second",
            "1.5 pct\n2.5 pct",
            "Sales (NAR) rose (MD) 3.5 pct.",
            "U.S. data.",
            "Net 4.5.",
            "It rose 4.5!Then",
        ] {
            assert_eq!(pieces_of(block), boundaries(block), "{block:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn pieces_as_sentencex_gives_them_generated(block in "[a-zA-Z0-9 \t\n.!?()*+\\-]{0,80}") {
            proptest::prop_assert_eq!(pieces_of(&block), boundaries(&block));
        }

        /// Mostly blocks that sentencex is not given.
        #[test]
        fn unbreakable_blocks_as_sentencex_gives_them(block in "[a-zA-Z0-9 \t\n,;:*+\\-]{0,80}") {
            proptest::prop_assert_eq!(pieces_of(&block), boundaries(&block));
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(4096))]

        /// Blocks with terminators glued to what follows them ("3.5",
        /// "U.S.,", "e.g"), brackets and list-like markers closed by `)`.
        #[test]
        fn glued_terminators_and_brackets(
            block in "([a-zA-Z]{1,6}|[0-9]{1,3}|[ \t\n.,!?()\"']|\\(a\\) |ii\\) |\\(12\\) |3\\) |B\\.\\) |\\(iv\\)|\\(NAR\\) |Inc\\) |3\\.5|U\\.S\\.,? |e\\.g|\\.\\.\\.){0,24}"
        ) {
            proptest::prop_assert_eq!(pieces_of(&block), boundaries(&block));
        }

        /// Whole texts: the sentences with the blocks that sentencex is not
        /// given are the sentences with every block given to it.
        #[test]
        fn sentences_as_without_skipping(
            text in "([A-Z][a-z]{0,6}|[a-z]{1,6}|[0-9]{1,4}|[ .,;:!?()\"'\n\t*+-]|\\(b\\) |iv\\) |1\\. |A\\. |U\\.S\\.|Corp\\. |Mr\\. |3\\.5|\u{e9}|\u{201c}|\u{201d}|\u{2019}s|\u{2022} |\n\n){0,40}"
        ) {
            proptest::prop_assert_eq!(sentences_with(&text, true), sentences_with(&text, false));
        }

        /// Blocks that end with their only terminator (most not given to
        /// sentencex), with quotes, brackets, list-like lines and
        /// abbreviations before it.
        #[test]
        fn blocks_ending_with_their_terminator(
            block in "[a-zA-Z0-9 \t\n,;:'\"(\\[\\]*+\\-]{0,60}(Corp|Mr|U\\.S|e\\.g|1|a|i|ii|[a-z]{1,8}|[A-Z]|\"|')?[.!?]"
        ) {
            proptest::prop_assert_eq!(pieces_of(&block), boundaries(&block));
        }
    }

    #[test]
    fn offsets_are_exact() {
        let text = "  One here.  Two there.\n\n Three. ";
        for s in sentences(text) {
            let t = &text[s.start..s.end];
            assert_eq!(t, t.trim());
            assert!(!t.is_empty());
        }
    }
}
