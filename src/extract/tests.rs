//! Table-driven tests of the whole extraction stage: text in, entities out.
//! Sentences are written for these tests.

use super::{EntityType, Extractor};
use EntityType::*;

fn extract(text: &str) -> Vec<(String, EntityType, Vec<String>)> {
    let ex = Extractor::builtin().extract(text);
    ex.entities
        .iter()
        .map(|e| {
            let surfaces = e
                .mentions
                .iter()
                .map(|m| text[m.start..m.end].to_string())
                .collect();
            (e.label.clone(), e.kind, surfaces)
        })
        .collect()
}

/// Text, entities that must be found (label, type), labels that must not be.
type Case = (
    &'static str,
    &'static [(&'static str, EntityType)],
    &'static [&'static str],
);

const CASES: &[Case] = &[
    (
        "Defence Minister Rajnath Singh met Deputy Prime Minister Yury Borisov in Moscow.",
        &[("Rajnath Singh", Person), ("Yury Borisov", Person), ("Moscow", Location)],
        &["Defence Minister Rajnath Singh", "Minister"],
    ),
    (
        "Lt Gen Ravi Menon inspected the plant of Zhuhai Aerospace Ltd on Tuesday.",
        &[("Ravi Menon", Person), ("Zhuhai Aerospace Ltd", Organisation)],
        &["Tuesday", "Lt Gen Ravi Menon"],
    ),
    (
        "Indian troops faced Chinese soldiers. The Indian Air Force (IAF) flew Su-30Mki jet fighters.",
        &[("India", Country), ("China", Country), ("Indian Air Force", Organisation), ("Su-30MKI", Weapon)],
        &["Indian", "Chinese", "Su-30Mki"],
    ),
    (
        "Col General A.V. Fomin and Mr. James N. Mattis spoke. Later, Mattis left.",
        &[("A.V. Fomin", Person), ("James N. Mattis", Person)],
        &["Mattis", "Col General A.V. Fomin"],
    ),
    (
        "The army tested the J-20 fighter, the T-90S tank and AK-203 rifles near the Line of Actual Control.",
        &[("J-20", Weapon), ("T-90S", Weapon), ("AK-203", Weapon), ("Line of Actual Control", Location)],
        &[],
    ),
    (
        "The navy ordered Ka-226T helicopters from Kamov. The frigate INS Talwar escorted the Kolkata-class destroyer.",
        &[("Ka-226T", Weapon), ("INS Talwar", Weapon), ("Kolkata class", Weapon)],
        &["Kolkata"],
    ),
    (
        "Officials of the Ministry of Commerce of India met the UK Ministry of Defence in Galwan Valley.",
        &[("Ministry of Commerce of India", Organisation), ("Galwan Valley", Location)],
        &["UK Ministry"],
    ),
    (
        "The deal with Elcom, Valdel Advanced Technologies and Dynamatic Technologies was signed.",
        &[("Elcom", Organisation), ("Valdel Advanced Technologies", Organisation), ("Dynamatic Technologies", Organisation)],
        &[],
    ),
    (
        "NEW DELHI: IRAN and PAKISTAN held talks, NATO said.",
        &[("New Delhi", Location), ("Iran", Country), ("Pakistan", Country)],
        &[],
    ),
    (
        "The review was led by Tarvek Miller in Geneva.",
        &[("Tarvek Miller", Person)],
        &[],
    ),
    (
        "Excelan Inc said profits rose. Excelan said it would expand.",
        &[("Excelan Inc", Organisation)],
        &["Excelan"],
    ),
    (
        "Union Minister of Commerce & Industry and Civil Aviation Suresh Prabhu visited Moscow.",
        &[("Suresh Prabhu", Person)],
        &["Commerce & Industry and Civil Aviation"],
    ),
    (
        "Two RAF Typhoons escorted Indian Hawks. Later the Typhoon landed.",
        &[("Eurofighter Typhoon", Weapon), ("BAE Hawk", Weapon), ("Royal Air Force", Organisation)],
        &["Typhoon", "Hawks"],
    ),
    (
        "A pact with the Joint Stock Company ‘Russian Railways’ was signed.",
        &[("Russian Railways", Organisation)],
        &["Joint Stock Company"],
    ),
    (
        "Moody's rated the notes Aa-3 and M-1 money supply rose. The Group of Five (G-5) met.",
        &[],
        &["Aa-3", "M-1", "G5", "G-5"],
    ),
    (
        "The airline ordered a DC-10 airliner; the army bought AK-7 rifles and B-2 bombers.",
        &[("AK-7", Weapon), ("B-2", Weapon)],
        &["DC-10"],
    ),
    (
        "After the talks, Meanwhile Earlier The Despite",
        &[],
        &["After", "Meanwhile", "Earlier", "The", "Despite"],
    ),
    (
        "North Korean leader Kim Jong-un watched the launch, said Lee In-young.",
        &[("North Korea", Country), ("Kim Jong-un", Person), ("Lee In-young", Person)],
        &["Kim Jong", "Lee In"],
    ),
];

#[test]
fn table() {
    for (text, want, not) in CASES {
        let got = extract(text);
        for (label, kind) in *want {
            assert!(
                got.iter().any(|(l, k, _)| l == label && k == kind),
                "{text:?}: missing ({label:?}, {kind:?}); got {got:?}"
            );
        }
        for label in *not {
            assert!(
                !got.iter().any(|(l, _, _)| l == label),
                "{text:?}: unexpected {label:?}; got {got:?}"
            );
        }
    }
}

/// The tagger's buffers, kept by a thread from one document to the next,
/// carry nothing over: documents extracted one after another on one thread
/// (longest first, so later ones reuse larger buffers) give what each gives
/// on a thread of its own.
#[test]
fn documents_in_a_row_as_alone() {
    let mut texts: Vec<&str> = CASES.iter().map(|c| c.0).collect();
    texts.sort_by_key(|t| std::cmp::Reverse(t.len()));
    let in_a_row: Vec<_> = texts.iter().map(|t| extract(t)).collect();
    for (text, got) in texts.iter().zip(in_a_row) {
        let alone = std::thread::scope(|s| s.spawn(|| extract(text)).join().unwrap());
        assert_eq!(got, alone, "{text:?}");
    }
}

#[test]
fn short_forms_resolve_to_full_names() {
    let text = "Defence Minister Rajnath Singh arrived. Singh later met the Indian Air Force (IAF) chief. The IAF said the M777 and M777A2 howitzers were ready.";
    let got = extract(text);
    let find = |label: &str| {
        got.iter()
            .find(|(l, _, _)| l == label)
            .map(|(_, _, s)| s.clone())
    };
    assert_eq!(find("Rajnath Singh").unwrap(), ["Rajnath Singh", "Singh"]);
    assert_eq!(
        find("Indian Air Force").unwrap(),
        ["Indian Air Force", "IAF", "IAF"]
    );
    assert_eq!(find("M777A2").unwrap(), ["M777", "M777A2"]);
    assert!(find("Singh").is_none() && find("IAF").is_none() && find("M777").is_none());
}

#[test]
fn spans_and_ids() {
    let text = "India signed a deal with Russia for R-27 missiles.";
    let ex = Extractor::builtin().extract(text);
    let mut seen = Vec::new();
    for e in &ex.entities {
        for m in &e.mentions {
            let s = ex.sentences[m.sentence];
            assert!(s.start <= m.start && m.end <= s.end);
            seen.push((e.id.as_str(), &text[m.start..m.end]));
        }
    }
    assert_eq!(
        seen,
        [
            ("country:india", "India"),
            ("country:russia", "Russia"),
            ("weapon:r-27", "R-27")
        ]
    );
}

#[test]
fn slugs() {
    for (label, want) in [
        ("Rajnath Singh", "rajnath-singh"),
        ("Su-30MKI", "su-30mki"),
        ("U.S. Navy", "us-navy"),
        ("People's Liberation Army", "peoples-liberation-army"),
        ("  Ka-226T  ", "ka-226t"),
    ] {
        assert_eq!(super::slug(label), want);
    }
}

#[test]
fn one_entity_never_has_overlapping_mentions() {
    // Found by fuzzing: "spokesman!Orhan Yilmazer" gave both "Orhan" and
    // "Orhan Yilmazer" at the same offset.
    let text = "Turkish Foreign Ministry spokesman!Orhan Yilmazer called the sanctions \
a grave mistake. Orhan Yilmazer said Ankara would respond.";
    let ex = Extractor::builtin().extract(text);
    let person = ex
        .entities
        .iter()
        .find(|e| e.id == "person:orhan-yilmazer")
        .expect("the spokesman is found");
    let spans: Vec<&str> = person
        .mentions
        .iter()
        .map(|m| &text[m.start..m.end])
        .collect();
    assert_eq!(spans, ["Orhan Yilmazer", "Orhan Yilmazer"]);
    for e in &ex.entities {
        for w in e.mentions.windows(2) {
            assert!(w[0].end <= w[1].start, "{}: {:?}", e.id, w);
        }
    }
}
