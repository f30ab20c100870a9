//! Tables for arguments that are not names in the sentence: demonyms and
//! names on what a party holds, object pronouns and descriptors standing
//! for states and organisations (see "Arguments that are not names" in
//! `relate/mod.rs`). Sentences written for these tests.

use super::{check, Case};

/// The object of an attack or threat is a name or demonym before a noun
/// for what that party holds, guards or lives in ("Armenian positions",
/// "Hezbollah targets", "Iran's territory"): the party is the target.
#[test]
fn demonym_targets() {
    check(
        &[
            Case {
                text: "Azerbaijani forces shelled Armenian positions near the border.",
                want: &[("Azerbaijan", "attack", "Armenia")],
                not: &[("Armenia", "attack", "Azerbaijan")],
            },
            Case {
                text: "Israeli jets struck Hezbollah targets in southern Lebanon.",
                want: &[("Israel", "attack", "Hezbollah")],
                not: &[("Israel", "attack", "Lebanon")],
            },
            Case {
                text: "Russian warships attacked Ukrainian ports on Monday.",
                want: &[("Russia", "attack", "Ukraine")],
                not: &[],
            },
            Case {
                text: "North Korea fired on South Korean outposts overnight.",
                want: &[("North Korea", "attack", "South Korea")],
                not: &[],
            },
            Case {
                // A possessor before the noun.
                text: "Iraq invaded Iran's territory in 1980.",
                want: &[("Iraq", "attack", "Iran")],
                not: &[],
            },
            Case {
                text: "Pakistan attacked Indian villages along the border.",
                want: &[("Pakistan", "attack", "India")],
                not: &[],
            },
            Case {
                text: "The Chinese navy threatened Philippine boats.",
                want: &[("China", "threaten", "Philippines")],
                not: &[],
            },
            // Nouns for goods, stances and institutions: no party attacked.
            Case {
                text: "Japan attacked Chinese exports with new tariffs.",
                want: &[],
                not: &[("Japan", "attack", "China")],
            },
            Case {
                text: "India attacked the Chinese position on trade.",
                want: &[],
                not: &[("India", "attack", "China")],
            },
            Case {
                text: "Azerbaijani forces attacked the Armenian economy.",
                want: &[],
                not: &[("Azerbaijan", "attack", "Armenia")],
            },
            // Only attack and threaten take such objects.
            Case {
                text: "Russia criticized Ukrainian positions on the talks.",
                want: &[],
                not: &[("Russia", "criticize", "Ukraine")],
            },
        ],
        false,
    );
}
