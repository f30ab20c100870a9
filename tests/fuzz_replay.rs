//! Replays every input fuzzing found (`fuzz/regressions/TARGET/*`, each a
//! crash fixed since) through the same checks the fuzz targets run, and
//! runs those checks on a short random sample: the CI-sized share of the
//! fuzzing in `fuzz/` (see its README).

mod checks;

use proptest::prelude::*;

type Check = fn(&[u8]);

const TARGETS: &[(&str, Check)] = &[
    ("corpus", checks::corpus),
    ("text", checks::text),
    ("extract", checks::extract),
    ("relate", checks::relate),
    ("export", checks::export),
];

#[test]
fn fuzz_regressions_pass_their_checks() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/regressions");
    let mut n = 0;
    for (target, check) in TARGETS {
        let Ok(dir) = std::fs::read_dir(root.join(target)) else {
            continue;
        };
        for entry in dir {
            let path = entry.unwrap().path();
            let data = std::fs::read(&path).unwrap();
            if std::panic::catch_unwind(|| check(&data)).is_err() {
                panic!("{target}: {} fails again", path.display());
            }
            n += 1;
        }
    }
    assert!(n > 0, "no regression inputs found under {}", root.display());
}

/// Text-like bytes: words, names the lexicons know, punctuation, markup
/// characters, invalid UTF-8, NUL, BOM and CRLF.
fn newsy() -> impl Strategy<Value = Vec<u8>> {
    const PIECES: &[&[u8]] = &[
        b"India",
        b"Russia",
        b"signed",
        b"a deal with",
        b"S-400",
        b"Rajnath Singh",
        b"met",
        b"the",
        b"Navy",
        b". ",
        b", ",
        b"\n",
        b"\r\n",
        b"\n\n",
        b"\"",
        b"<",
        b"&",
        b"'",
        b"\xe2\x80\x8f",
        b"\x93",
        b"\xff",
        b"\0",
        b"\xef\xbb\xbf",
        b"{\"text\": \"",
        b"\"}\n",
        b"date 2020-01-02 ",
        b"\x01",
        b"U.S.",
        b"Gen.",
    ];
    prop::collection::vec(0..PIECES.len(), 0..80)
        .prop_map(|ix| ix.iter().flat_map(|&i| PIECES[i].iter().copied()).collect())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn checks_hold_on_random_input(data in prop_oneof![newsy(), prop::collection::vec(any::<u8>(), 0..300)]) {
        for (_, check) in TARGETS {
            check(&data);
        }
    }
}
