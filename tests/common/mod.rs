//! What the extraction tables of every language share: a case is a real sentence and the
//! expected `(target, start, end)` of each citation in document order (`"null"` for a
//! reference kept without a target).

use uncite::{extract, Language, Options};

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
