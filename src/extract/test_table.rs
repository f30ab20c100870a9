//! The shared shape of the extractor's table tests (`tests_general.rs`,
//! `tests_names.rs`, `tests_precision.rs`): a rule, a sentence written for
//! the test, the (label, type) pairs that must be found and those that must
//! not.

use super::{EntityType, Extractor};

/// (label, type) of every entity found in `text`.
pub(super) fn extract(text: &str) -> Vec<(String, EntityType)> {
    Extractor::builtin()
        .extract(text)
        .entities
        .iter()
        .map(|e| (e.label.clone(), e.kind))
        .collect()
}

/// Rule, text, entities that must be found, (label, type) pairs that must not.
pub(super) type Case = (
    &'static str,
    &'static str,
    &'static [(&'static str, EntityType)],
    &'static [(&'static str, EntityType)],
);

/// Checks every case and reports all failures at once.
pub(super) fn check_cases(cases: &[Case]) {
    let mut failures = Vec::new();
    for (rule, text, want, not) in cases {
        let got = extract(text);
        for (label, kind) in *want {
            if !got.iter().any(|(l, k)| l == label && k == kind) {
                failures.push(format!(
                    "{rule}: {text:?}: missing ({label:?}, {kind:?}); got {got:?}"
                ));
            }
        }
        for (label, kind) in *not {
            if got.iter().any(|(l, k)| l == label && k == kind) {
                failures.push(format!(
                    "{rule}: {text:?}: unexpected ({label:?}, {kind:?}); got {got:?}"
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
