//! What the extraction tables of every language share: a case is a real sentence and the
//! expected `(target, start, end)` of each citation in document order (`"null"` for a
//! reference kept without a target).

// Each test crate uses some of these.
#![allow(dead_code)]

use uncite::{extract, Language, Options};

/// What A/RES/59/153 cites, sorted as the queries sort IDs.
pub const SEED_CITES: [&str; 25] = [
    "A/59/494",
    "A/RES/55/59",
    "A/RES/56/1",
    "A/RES/57/27",
    "A/RES/58/136",
    "A/RES/58/140",
    "A/RES/58/81",
    "Charter of the United Nations",
    "E/CN.15/2004/8",
    "S/2004/276",
    "S/RES/1267(1999)",
    "S/RES/1269(1999)",
    "S/RES/1333(2000)",
    "S/RES/1373(2001)",
    "S/RES/1377(2001)",
    "S/RES/1390(2002)",
    "S/RES/1450(2002)",
    "S/RES/1455(2003)",
    "S/RES/1456(2003)",
    "S/RES/1465(2003)",
    "S/RES/1516(2003)",
    "S/RES/1526(2004)",
    "S/RES/1530(2004)",
    "S/RES/1535(2004)",
    "Sales No. 04.V.7",
];

/// A named sentence and its expected citations.
pub type Case = (
    &'static str,
    &'static str,
    &'static [(&'static str, usize, usize)],
);

/// The `(target, start, end)` triples extraction gives for `text` read in `lang`.
pub fn triples(lang: Language, text: &str) -> Vec<(String, usize, usize)> {
    extract(
        text,
        &Options {
            language: Some(lang),
            ..Default::default()
        },
    )
    .citations
    .iter()
    .map(|c| {
        (
            c.target
                .as_ref()
                .map_or("null".to_string(), |t| t.to_string()),
            c.start,
            c.end,
        )
    })
    .collect()
}

/// Assert every case of a table.
pub fn run(lang: Language, cases: &[Case]) {
    for (name, text, want) in cases {
        let want: Vec<(String, usize, usize)> = want
            .iter()
            .map(|(t, s, e)| (t.to_string(), *s, *e))
            .collect();
        assert_eq!(triples(lang, text), want, "case {name}: {text}");
    }
}
