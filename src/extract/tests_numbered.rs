//! Table-driven tests of weapons named by a type or mark number
//! (`tagger/numbered.rs`): "Type 45 destroyers", "Type 99A2 Chinese battle
//! tanks", "MK 54 torpedoes", "Mark 48 torpedoes"; and what is none: a
//! grade, a currency, a disease type, a variant mark after a weapon's name.
//! Sentences written for these tests.

use super::test_table::{check_cases, Case};
use super::EntityType::*;

const CASES: &[Case] = &[
    (
        "a type number before a weapon noun",
        "The navy commissioned two Type 052D destroyers and a Type 26 frigate.",
        &[("Type 052D", Weapon), ("Type 26", Weapon)],
        &[],
    ),
    (
        "a demonym may stand between the number and the noun",
        "Rows of Type 88C Chinese battle tanks rolled past.",
        &[("Type 88C", Weapon), ("China", Country)],
        &[],
    ),
    (
        "a mark number, written 'MK', 'Mk' or 'Mark'",
        "The order covers forty MK 50 torpedoes, Mk 41 launchers and Mark 46 torpedoes.",
        &[("Mk 50", Weapon), ("Mk 41", Weapon), ("Mk 46", Weapon)],
        &[],
    ),
    (
        "in a military sentence without a noun",
        "The frigate fired a Mk 48 during the naval exercise.",
        &[("Mk 48", Weapon)],
        &[],
    ),
    (
        "grades, currencies and diseases are none",
        "BRAZ TYPE 4 coffee rose. D MARK 2380 was quoted. Type 2 diabetes spread.",
        &[],
        &[("Type 4", Weapon), ("Mk 2380", Weapon), ("Type 2", Weapon)],
    ),
    (
        "a mark after a weapon's name is its variant, no weapon of its own",
        "The air force ordered 20 Hawk Mk 132 jet trainers and Sea Kestrel Mk 3 helicopters.",
        &[],
        &[("Mk 132", Weapon), ("Mk 3", Weapon)],
    ),
];

#[test]
fn type_and_mark_numbers() {
    check_cases(CASES);
}
