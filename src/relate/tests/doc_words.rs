//! The words of a [`Doc`]: each token read has the lower-case text, classes,
//! facts and forms that the lexicon gives its lower-cased string, whichever
//! path read it ([`super::super::table::ascii_key`] for short ASCII tokens,
//! [`super::super::table::lower_case`] for the rest), and its sentence's
//! bits hold its own; [`Doc::next_of_class`] finds what a scan of the
//! classes finds.

use proptest::prelude::*;

use super::*;
use crate::extract::Extractor;

/// The lower-case text of a token as the relation stage has always made it
/// (one char at a time; a curly apostrophe made straight).
fn lowered(s: &str) -> String {
    if s.len() > 3 && (s.starts_with('’') || s.starts_with('‘')) {
        return std::iter::once('\'')
            .chain(s[3..].chars().flat_map(char::to_lowercase))
            .collect();
    }
    s.chars()
        .map(|c| if c == '’' { '\'' } else { c })
        .flat_map(char::to_lowercase)
        .collect()
}

/// Asserts every token of every sentence read against [`lowered`] and a
/// string lookup of the lexicon.
fn check_words(text: &str) -> Result<(), TestCaseError> {
    static EX: std::sync::OnceLock<Extractor> = std::sync::OnceLock::new();
    let ex = EX.get_or_init(Extractor::builtin).extract(text);
    let verbs = Verbs::builtin();
    let doc = Doc::new(text, &ex, &verbs);
    for (si, &(a, b)) in doc.sent.iter().enumerate() {
        if !doc.read[si] {
            continue;
        }
        for i in a..b {
            let t = &ex.tokens[i];
            let low = lowered(t.text(text));
            prop_assert_eq!(doc.low(i), low.as_str());
            let word = verbs.word(&low);
            let mut class = word.map_or(0, |w| w.class);
            if class == 0 && low.len() > 4 && low.ends_with("ly") && !t.cap {
                class = ADV;
            }
            if low.ends_with("n't") {
                class |= NEG | AUX;
            }
            if doc.span(i).is_some() {
                class = 0;
            }
            prop_assert_eq!(doc.class[i], class, "class of {:?}", low);
            prop_assert_eq!(doc.facts[i], word.map_or(0, |w| w.facts));
            prop_assert_eq!(doc.forms[i], word.map_or(u32::MAX, |w| w.forms));
            // A sentence's bits hold those of each of its tokens.
            prop_assert!(doc.class[i] == 0 || doc.sentence_may_be(si, doc.class[i]));
            prop_assert!(doc.facts[i] == 0 || doc.sentence_may_have(si, doc.facts[i]));
        }
        let armed = (a..b).any(|i| doc.span(i).is_some_and(|s| s.ty == super::super::verbs::W))
            || doc.military(a, b);
        prop_assert_eq!(doc.armed_sentence(si, a, b), armed);
        for bits in [REPORT, LEX | NOPRED, DET] {
            for from in a..=b {
                let next = (from..b).find(|&i| doc.is(i, bits));
                prop_assert_eq!(doc.next_of_class(from, b, bits), next);
            }
        }
    }
    Ok(())
}

/// Words of the lexicon and others, in several cases and scripts, long and
/// short, with apostrophes straight and curly.
const WORDS: &[&str] = &[
    "India",
    "Russia",
    "BOUGHT",
    "Bought",
    "bought",
    "signed",
    "SIGNED",
    "the",
    "The",
    "THE",
    "deal",
    "with",
    "From",
    "said",
    "Said",
    "weapons",
    "didn't",
    "DIDN'T",
    "didn’t",
    "’s",
    "'s",
    "‘We",
    "reportedly",
    "Reportedly",
    "quickly",
    "counterterrorism",
    "Counter-Terrorism",
    "internationally",
    "café",
    "CAFÉ",
    "Zürich",
    "İstanbul",
    "two",
    "Both",
    "1,200",
    "$5",
    "-",
    "(",
    ")",
    ",",
    ".",
    "missiles",
    "Missiles",
    "a",
    "A",
    "I",
    "Xi",
    "agreement",
    "AGREEMENT",
    "supply",
    "Supplies",
    "of",
    "to",
    "minister",
    "Minister",
    "sanctions",
    "on",
    "n't",
];

#[test]
fn tokens_near_the_end_and_in_every_case() {
    for text in [
        "India BOUGHT missiles from Russia",
        "India and Russia signed a deal. The TWO sides didn’t",
        "‘We will supply weapons,’ said Minister Xi of India to Russia's café",
        "Reportedly, India's counterterrorism AGREEMENT with Russia",
        // Found by the proptest below in CI: every word after "of" is
        // dropped up to the text's end.
        "‘We of Both",
    ] {
        check_words(text).unwrap();
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Any sentence of these words is read as a string lookup reads it.
    #[test]
    fn words_are_read_as_by_string(idx in proptest::collection::vec(0..WORDS.len(), 1..40)) {
        let text: String = idx.iter().map(|&i| WORDS[i]).collect::<Vec<_>>().join(" ");
        check_words(&text)?;
    }
}
