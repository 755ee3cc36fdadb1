//! Property: whatever the input, extraction never panics, and every citation's `start..end`
//! are char boundaries of the input whose bytes are exactly its `text`.

use proptest::prelude::*;

/// Pieces of real UN text and the characters that make offsets hard.
const PIECES: &[&str] = &[
    "resolution ",
    "resolutions ",
    "1373",
    " (2001)",
    "\u{a0}(2016)",
    "56/1",
    " and ",
    ", ",
    "A/59/494",
    "E/CN.15/2004/8",
    "A/ES\u{2011}10/273",
    "S/RES/2508 (2020)",
    "第",
    " 号决议",
    "号决议",
    "、",
    "和",
    "安全理事会",
    "其",
    "2001 年 9 月 28 日",
    "１３７３（２００１）",
    "\u{200e}",
    "\u{200f}",
    "¹",
    "²",
    "\n__________________\n\t1\t",
    "Ibid.",
    "同上，附件二",
    "Sales No. E.04.V.7",
    "《联合国宪章》",
    "the Charter",
    " of 28 September 2001",
    "Nations1",
    "\n",
    "\t",
    "**",
    "Corr.1",
    "é",
    "😀",
    "-",
    "(",
];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]
    #[test]
    fn spans_are_exact(picks in proptest::collection::vec(0..PIECES.len(), 0..40), noise in "\\PC{0,20}") {
        let mut text: String = picks.iter().map(|&k| PIECES[k]).collect();
        text.push_str(&noise);
        for lang in [uncite::Language::En, uncite::Language::Zh] {
            let found = uncite::extract(&text, &uncite::Options { language: Some(lang), ..Default::default() });
            for c in &found.citations {
                prop_assert!(c.start < c.end && c.end <= text.len());
                prop_assert!(text.is_char_boundary(c.start) && text.is_char_boundary(c.end));
                prop_assert_eq!(&text[c.start..c.end], c.text.as_str());
            }
        }
    }
}
