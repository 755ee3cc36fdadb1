//! The document the project was founded on: the Chinese text of General Assembly resolution
//! 59/153 (United Nations; tests/fixtures/A_RES_59_153.zh.txt), as a whole.

mod common;

use std::collections::BTreeSet;

use common::SEED_CITES;

use uncite::{extract, Options, Via};

const SEED: &str = include_str!("fixtures/A_RES_59_153.zh.txt");

#[test]
fn seed_cites_exactly_its_instruments() {
    let found = extract(SEED, &Options::default());
    let targets: BTreeSet<String> = found
        .citations
        .iter()
        .filter_map(|c| c.target.as_ref().map(|t| t.to_string()))
        .collect();
    // The list of the seed's instruments (tests/common/mod.rs; the queries share it).
    let mut want: BTreeSet<String> = SEED_CITES.into_iter().map(String::from).collect();
    // The adopting meeting may also be cited; nothing else may.
    if targets.contains("A/59/PV.74") {
        want.insert("A/59/PV.74".into());
    }
    assert_eq!(targets, want);
    assert!(
        found.citations.iter().all(|c| c.target.is_some()),
        "every reference of the seed resolves"
    );
}

#[test]
fn seed_identity_from_its_cover() {
    let d = extract(SEED, &Options::default()).document;
    assert_eq!(d.symbol.unwrap().to_string(), "A/RES/59/153");
    assert_eq!(d.body.as_deref(), Some("General Assembly"));
    assert_eq!(d.session.as_deref(), Some("59"));
    assert_eq!(d.date.as_deref(), Some("2004-12-20"));
    assert_eq!(d.meeting.unwrap().to_string(), "A/59/PV.74");
    assert_eq!(d.agenda_item.as_deref(), Some("96"));
}

#[test]
fn seed_footnotes_ibid_and_named_instruments() {
    let found = extract(SEED, &Options::default());
    let find = |target: &str, via: Via| {
        found
            .citations
            .iter()
            .find(|c| c.target.as_ref().is_some_and(|t| t.to_string() == target) && c.via == via)
            .unwrap_or_else(|| panic!("{target} via {via:?}"))
    };
    // Footnote 3: `E/CN.15/2004/8，附件一。`
    let c = find("E/CN.15/2004/8", Via::Explicit);
    assert_eq!(
        (c.footnote.as_deref(), c.pinpoint.as_deref()),
        (Some("3"), Some("annex I"))
    );
    // Footnote 4: `同上，附件二；又见 S/2004/276，附件。`
    let c = find("E/CN.15/2004/8", Via::Ibid);
    assert_eq!(
        (
            c.text.as_str(),
            c.footnote.as_deref(),
            c.pinpoint.as_deref()
        ),
        ("同上", Some("4"), Some("annex II"))
    );
    let c = find("S/2004/276", Via::Explicit);
    assert_eq!(
        (c.footnote.as_deref(), c.pinpoint.as_deref()),
        (Some("4"), Some("annex"))
    );
    // A known instrument keeps its own ID: the Vienna Declaration on Crime and Justice is the
    // resolution that adopted it, found by its name in the gazetteer.
    let c = find("A/RES/55/59", Via::Name);
    assert_eq!(
        c.text,
        "《关于犯罪与司法、迎接二十一世纪的挑战的维也纳宣言》"
    );
    assert_eq!(c.relation, uncite::Relation::Recalls);
    let c = find("Charter of the United Nations", Via::Name);
    assert_eq!(c.text, "《联合国宪章》");
    // Names unknown to the gazetteer take their identity from the footnote.
    let c = find("Sales No. 04.V.7", Via::Footnote);
    assert_eq!(c.text, "《世界反恐怖主义国际公约和议定书立法指南》");
    let c = find("E/CN.15/2004/8", Via::Footnote);
    assert_eq!(
        (c.text.as_str(), c.pinpoint.as_deref()),
        ("《维也纳宣言》", Some("annex II"))
    );
    // A citation in a footnote takes the relation of the paragraph of the note's first marker.
    let c = find("A/RES/55/59", Via::Default);
    assert_eq!(
        (c.footnote.as_deref(), c.relation),
        (Some("1"), uncite::Relation::Recalls)
    );
    // The cover's originating report.
    assert_eq!(
        find("A/59/494", Via::Explicit).relation,
        uncite::Relation::AdoptedOnReportOf
    );
}

#[test]
fn seed_spans_and_dates() {
    let found = extract(SEED, &Options::default());
    for c in &found.citations {
        assert_eq!(&SEED[c.start..c.end], c.text);
    }
    let c = found
        .citations
        .iter()
        .find(|c| c.text == "第 1373 (2001) 号决议")
        .unwrap();
    assert_eq!(c.date.as_deref(), Some("2001-09-28"));
    assert_eq!(c.relation, uncite::Relation::Recalls);
    let list: Vec<&str> = found
        .citations
        .iter()
        .filter(|c| c.via == Via::Its && c.text.starts_with("58/1"))
        .map(|c| c.text.as_str())
        .collect();
    assert_eq!(list, ["58/136", "58/140"]);
}
