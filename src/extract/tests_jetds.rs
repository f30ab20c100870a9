//! Table-driven tests of the JETDS designations (`tagger/jetds.rs`): "AN/"
//! with three code letters and a number, with and without "(V)" and a
//! configuration mark, with a space for the hyphen, and without "AN/" where
//! the letters follow the system's code and the context says equipment of
//! armed forces. Positive and negative sentences, written for these tests;
//! each case also names the text of a mention that must be whole.

use super::test_table::{check_cases, Case};
use super::EntityType::*;
use super::Extractor;

const CASES: &[Case] = &[
    (
        "'AN/' and a code make a weapon in any sentence",
        "Orvane Electronics said it won a 40 mln dlr order for AN/ALQ-172 sets.",
        &[("AN/ALQ-172", Weapon), ("Orvane Electronics", Organisation)],
        &[],
    ),
    (
        "a variable configuration and its mark belong to the designation",
        "The frigates will carry the AN/SQQ-90(V)3 suite and the AN/UPX-37 (V) set.",
        &[("AN/SQQ-90(V)3", Weapon), ("AN/UPX-37(V)", Weapon)],
        &[("AN/SQQ-90", Weapon)],
    ),
    (
        "a space for the hyphen after 'AN/' gives the same designation",
        "Kestrel bought AN/AAR 57(V)2 warners. The AN/AAR-57 (V)2 units ship in May.",
        &[("AN/AAR-57(V)2", Weapon)],
        &[],
    ),
    (
        "a lexicon designation keeps its entry with its configuration",
        "The destroyer's AN/SPY-6(V)1 array was switched on.",
        &[("AN/SPY-6", Weapon)],
        &[],
    ),
    (
        "without 'AN/': '(V)' is evidence enough",
        "The order covers ALQ-250(V)4 jammers and spares.",
        &[("AN/ALQ-250(V)4", Weapon)],
        &[],
    ),
    (
        "without 'AN/': a weapon noun after it",
        "Tarvik Systems will supply the APQ-164 radar for the upgrade.",
        &[("AN/APQ-164", Weapon)],
        &[],
    ),
    (
        "without 'AN/': a military sentence",
        "The Navy fitted its patrol planes with the ALR-95 and new wings.",
        &[("AN/ALR-95", Weapon)],
        &[],
    ),
    (
        "without 'AN/' and no evidence: a product or programme",
        "Exports under the GSM-140 credit programme rose. The company's new TSR-20 tester sold well.",
        &[],
        &[("AN/GSM-140", Weapon), ("AN/TSR-20", Weapon)],
    ),
    (
        "letters off the code are no JETDS designation",
        "Prices of CEO-12 and HRM-40 contracts fell in a military town.",
        &[],
        &[("AN/CEO-12", Weapon), ("AN/HRM-40", Weapon)],
    ),
    (
        "a date or the tail of a longer code is none",
        "The Army report was dated 9-APR-88 and filed as KX/ALQ-5.",
        &[],
        &[("AN/APR-88", Weapon), ("AN/ALQ-5", Weapon)],
    ),
    (
        "an acronym in brackets after its name is none",
        "The treaty set up a Special Trade Authority (STA-3) for defense exports.",
        &[],
        &[("AN/STA-3", Weapon)],
    ),
    (
        "missile designations and hull numbers are not read as JETDS",
        "The Navy's destroyers fired AGM-158 missiles; the DDG-121 took part.",
        &[],
        &[("AN/AGM-158", Weapon), ("AN/DDG-121", Weapon)],
    ),
];

#[test]
fn jetds_designations() {
    check_cases(CASES);
}

/// The mentions cover the whole designation, "(V)" and mark included.
#[test]
fn jetds_mentions_are_whole() {
    let cases: &[(&str, &[&str])] = &[
        (
            "The Navy ordered AN/SQQ-90(V)3 suites and the AN/AAR 57(V)2 warner.",
            &["AN/SQQ-90(V)3", "AN/AAR 57(V)2"],
        ),
        ("The jets carry the AN/ALR-67 (V) set.", &["AN/ALR-67 (V)"]),
        (
            "The destroyer's AN/SPY-6(V)1 array works.",
            &["AN/SPY-6(V)1"],
        ),
        ("The order covers ALQ-250(V)4 jammers.", &["ALQ-250(V)4"]),
    ];
    for (text, want) in cases {
        let ex = Extractor::builtin().extract(text);
        let got: Vec<&str> = ex
            .entities
            .iter()
            .filter(|e| e.kind == Weapon)
            .flat_map(|e| e.mentions.iter().map(|m| &text[m.start..m.end]))
            .collect();
        assert_eq!(&got, want, "{text}");
    }
}
