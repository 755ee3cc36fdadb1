//! Precision, which recall cannot show: a hand-judged random sample of found targets that the
//! UN did not hyperlink (`tests/fixtures/precision.jsonl`, drawn by
//! `examples/precision_sample.rs`). Every target judged real must still be found in its
//! context; the targets judged false that are still found may only shrink
//! (`tests/fixtures/precision_false_still_found.txt`); precision per language stays >= 95 %.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::Value;
use uncite::{Language, Options};

/// The judged samples, each with its round. Every round stays a regression fixture; the
/// precision bar applies to each language's latest round, drawn after the fixes that the
/// earlier rounds prompted (French round 1 was judged at 91 %, round 2 at 93 %).
const SAMPLES: &[(&str, u32)] = &[
    (include_str!("fixtures/precision.jsonl"), 1),
    (include_str!("fixtures/precision_fr.jsonl"), 1),
    (include_str!("fixtures/precision_fr2.jsonl"), 2),
    (include_str!("fixtures/precision_fr3.jsonl"), 3),
    (include_str!("fixtures/precision_fr4.jsonl"), 4),
    (include_str!("fixtures/precision_fr5.jsonl"), 5),
    (include_str!("fixtures/precision_fr6.jsonl"), 6),
    (include_str!("fixtures/precision_es.jsonl"), 1),
    (include_str!("fixtures/precision_ru.jsonl"), 1),
    (include_str!("fixtures/precision_ar.jsonl"), 1),
];
const FALSE_STILL_FOUND: &str = include_str!("fixtures/precision_false_still_found.txt");

/// The bar each language's latest round must meet. French needed six rounds: 91, 93, 93, 94
/// and 93 % real before the fixes those rounds prompted (footnote markers glued to numbers,
/// resolutions of bodies outside the table, "sa" naming another organ), then 98 %.
fn floor(_lang: &str) -> f64 {
    0.95
}

#[test]
fn precision_sample_holds() {
    let allowed: BTreeSet<&str> = FALSE_STILL_FOUND
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect();
    let mut real_lost = Vec::new();
    let mut false_found = Vec::new();
    // per language and round: (real, false)
    let mut tally: BTreeMap<(String, u32), (usize, usize)> = BTreeMap::new();
    for (line, round) in SAMPLES
        .iter()
        .flat_map(|(s, round)| s.lines().map(move |l| (l, *round)))
        .filter(|(l, _)| !l.trim().is_empty())
    {
        let v: Value = serde_json::from_str(line).expect("fixture line is JSON");
        let Some(target) = v["target"].as_str() else {
            continue; // the header line
        };
        let lang_code = v["lang"].as_str().unwrap();
        let lang: Language = lang_code.parse().expect("language code");
        let file = v["file"].as_str().unwrap();
        let context = v["context"].as_str().unwrap();
        let verdict = v["verdict"].as_str().unwrap();
        let ex = uncite::extract(
            context,
            &Options {
                language: Some(lang),
                ..Default::default()
            },
        );
        let found = ex
            .citations
            .iter()
            .any(|c| c.target.as_ref().map(|t| t.to_string()).as_deref() == Some(target));
        let id = format!("{lang_code} {file} {target}");
        let t = tally.entry((lang_code.to_string(), round)).or_default();
        match verdict {
            "real" => {
                t.0 += 1;
                if !found {
                    real_lost.push(id);
                }
            }
            "false" => {
                t.1 += 1;
                if found {
                    false_found.push(id);
                }
            }
            other => panic!("{id}: unknown verdict {other:?}"),
        }
    }
    for ((lang, round), (real, wrong)) in &tally {
        eprintln!(
            "precision {lang} (round {round}): {real}/{} = {:.1} %",
            real + wrong,
            100.0 * *real as f64 / (real + wrong) as f64
        );
    }
    assert!(
        real_lost.is_empty(),
        "targets judged real are no longer found:\n{}",
        real_lost.join("\n")
    );
    let new_false: Vec<&String> = false_found
        .iter()
        .filter(|id| !allowed.contains(id.as_str()))
        .collect();
    assert!(
        new_false.is_empty(),
        "targets judged false are found but not listed in precision_false_still_found.txt:\n{}",
        new_false
            .iter()
            .map(|s| s.as_str())
            .collect::<Vec<_>>()
            .join("\n")
    );
    let fixed: Vec<&&str> = allowed
        .iter()
        .filter(|a| !false_found.iter().any(|f| f == *a))
        .collect();
    if !fixed.is_empty() {
        eprintln!(
            "no longer found, remove from precision_false_still_found.txt: {:?}",
            fixed
        );
    }
    let mut latest: BTreeMap<&str, (u32, usize, usize)> = BTreeMap::new();
    // A round with no judged draw yet (a placeholder) does not count.
    for ((lang, round), (real, wrong)) in tally.iter().filter(|(_, (r, w))| r + w > 0) {
        let e = latest
            .entry(lang.as_str())
            .or_insert((*round, *real, *wrong));
        if *round > e.0 {
            *e = (*round, *real, *wrong);
        }
    }
    for lang in ["ar", "zh", "en", "fr", "ru", "es"] {
        assert!(latest.contains_key(lang), "the samples cover {lang}");
    }
    for (lang, (round, real, wrong)) in &latest {
        let p = *real as f64 / (real + wrong) as f64;
        assert!(
            p >= floor(lang),
            "{lang} (round {round}): precision {p:.3} is below {}",
            floor(lang)
        );
    }
}
