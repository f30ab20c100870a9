//! Tables for the object side: an appositive after the object, set off by
//! commas ("sold a frigate, the FREMM, to X").

use super::{check, Case};

/// An appositive set off by commas after the object: the clause goes on
/// after it ("sold a frigate, the FREMM, to Egypt").
#[test]
fn appositive_object() {
    check(
        &[
            Case {
                text: "France sold a frigate, the FREMM, to Egypt.",
                want: &[
                    ("France", "supply", "FREMM"),
                    ("France", "supply", "Egypt"),
                    ("Egypt", "acquire", "FREMM"),
                ],
                not: &[],
            },
            Case {
                text: "Turkey bought the S-400, a Russian system, from Russia.",
                want: &[
                    ("Turkey", "acquire", "S-400"),
                    ("Russia", "supply", "S-400"),
                ],
                not: &[],
            },
            Case {
                text: "India deployed a new system, the S-400, near the border.",
                want: &[("India", "deploy", "S-400")],
                not: &[],
            },
            // A name list, not an appositive: the region ends at the comma.
            Case {
                text: "France sold the Rafale, Egypt bought it.",
                want: &[
                    ("France", "supply", "Rafale"),
                    ("Egypt", "acquire", "Rafale"),
                ],
                not: &[("France", "supply", "Egypt")],
            },
            // A clause after the second comma is no continuation.
            Case {
                text: "France sold a frigate, the FREMM, which Egypt operates.",
                want: &[("France", "supply", "FREMM")],
                not: &[("France", "supply", "Egypt")],
            },
        ],
        false,
    );
}
