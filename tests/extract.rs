//! Extraction tests on real UN sentences (United Nations texts; see tests/fixtures/README.md),
//! grouped by language: each case is the sentence and the expected `(target, start, end)` of
//! every citation, in document order. Spans are byte offsets into the sentence as printed,
//! NBSP and all.

use uncite::{extract, Language, Options};

mod common;

use common::{run, Case};

/// English sentences from the corpus (S/RES/1373 (2001), S/RES/2508 (2020), A/RES/74/10,
/// E/RES/2021/19, A/RES/74/175, A/RES/75/254) and the forms the references doc lists.
const EN: &[Case] = &[
    (
        "its_list_with_roman_sessions_and_dates",
        "Recalling its resolutions 181 (II) of 29 November 1947, 194 (III) of 11 December 1948, 3236 (XXIX) of 22 November 1974, 3375 (XXX) and 3376 (XXX) of 10 November 1975, 31/20 of 24 November 1976 and all its subsequent relevant resolutions,",
        &[("A/RES/181(II)", 26, 34), ("A/RES/194(III)", 56, 65), ("A/RES/3236(XXIX)", 87, 98), ("A/RES/3375(XXX)", 120, 130), ("A/RES/3376(XXX)", 135, 145), ("A/RES/31/20", 167, 172)],
    ),
    (
        "security_council_numbers_listed_after_in_particular",
        "\tRecalling its previous resolutions concerning Sudan, in particular 1591 (2005), 1651 (2005), 1665 (2006) and 2455 (2019) and its Presidential Statement of 11 December 2018 (S/PRST/2018/19),",
        &[("S/RES/1591(2005)", 68, 79), ("S/RES/1651(2005)", 81, 92), ("S/RES/1665(2006)", 94, 105), ("S/RES/2455(2019)", 110, 121), ("S/PRST/2018/19", 174, 188)],
    ),
    (
        "list_items_described_by_their_titles",
        "\tRecalling also General Assembly resolutions 74/270 of 2\u{a0}April 2020 on global solidarity to fight the coronavirus disease 2019 (COVID-19) and 74/274 of 20\u{a0}April 2020 on international cooperation to ensure global access to medicines,",
        &[("A/RES/74/270", 45, 51), ("A/RES/74/274", 143, 149)],
    ),
    (
        "emergency_special_session",
        "Recalling also the advisory opinion rendered on 9 July 2004 by the International Court of Justice, and recalling further its resolutions ES-10/15 of 20 July 2004 and ES-10/17 of 15 December 2006,",
        &[("A/RES/ES-10/15", 137, 145), ("A/RES/ES-10/17", 166, 174)],
    ),
    (
        "charter_and_a_single_resolution",
        "\tReaffirming the inherent right of individual or collective self-defence as recognized by the Charter of the United Nations as reiterated in resolution 1368 (2001),",
        &[("Charter of the United Nations", 94, 123), ("S/RES/1368(2001)", 141, 163)],
    ),
    (
        "parts_are_not_part_of_the_id",
        "Recalling its resolutions 53/243 A and B of 13 September 1999 and 54/237 A to C,",
        &[("A/RES/53/243", 26, 40), ("A/RES/54/237", 66, 79)],
    ),
    (
        "condensed_symbol_lists",
        "Taking note of the report of the Secretary-General (A/56/160 and Corr.1 and Add.1) and the summary records (A/C.6/56/SR.27 and 28),",
        &[("A/56/160", 52, 60), ("A/56/160/Corr.1", 65, 71), ("A/56/160/Add.1", 76, 81), ("A/C.6/56/SR.27", 108, 122), ("A/C.6/56/SR.28", 127, 129)],
    ),
    (
        "originating_report_with_pinpoint",
        "[on the report of the Third Committee (A/79/459, para. 37)]",
        &[("A/79/459", 39, 47)],
    ),
    (
        "bodies_outside_the_table",
        "\tRecalling Economic and Social Council resolution 2004/19 of 21 July 2004 and Commission on Narcotic Drugs resolution 62/4,",
        &[("E/RES/2004/19", 39, 57), ("CND resolution 62/4", 107, 122)],
    ),
    (
        "joint_symbol_and_resolution_pinpoint_in_footnote",
        "Text.1\n__________________\n\t1\tA/56/1026-S/2002/932, annex II, resolution 14/221.\n",
        &[("A/56/1026-S/2002/932", 29, 49)],
    ),
];

/// Chinese sentences from the seed (A/RES/59/153) and the corpus (S/RES/2508 (2020),
/// A/RES/74/10, S/RES/2558 (2020), A/RES/76/83).
const ZH: &[Case] = &[
    (
        "seed_frame_around_a_list",
        "回顾其 2003 年 12 月 22 日第 58/136 和 58/140 号决议, 大会在决议中除其他事项外",
        &[("A/RES/58/136", 36, 42), ("A/RES/58/140", 47, 53)],
    ),
    (
        "seed_body_and_dates_before_frames",
        "回顾其关于预防和打击恐怖主义的相关决议以及安全理事会 1999 年 10 月 19 日第 1269 (1999) 号决议、2001 年 9 月 28 日第 1373 (2001) 号决议,",
        &[("S/RES/1269(1999)", 101, 126), ("S/RES/1373(2001)", 150, 175)],
    ),
    (
        "frame_without_spaces",
        "\t回顾其以往关于苏丹的决议，尤其是第1591(2005)、1651(2005)、2400(2018)和2455(2019)号决议，以及安理会2018年12月11日主席声明(S/PRST/2018/19)，",
        &[("S/RES/1591(2005)", 52, 62), ("S/RES/1651(2005)", 65, 75), ("S/RES/2400(2018)", 78, 88), ("S/RES/2455(2019)", 91, 101), ("S/PRST/2018/19", 158, 172)],
    ),
    (
        "each_item_with_its_own_hao",
        "\t回顾其1947年11月29日第181(II)号、1948年12月11日第194(III)号、1975年11月10日第3375(XXX)和3376(XXX)号、1976年11月24日第31/20号决议和其后的所有相关决议，",
        &[("A/RES/181(II)", 30, 37), ("A/RES/194(III)", 63, 71), ("A/RES/3375(XXX)", 97, 106), ("A/RES/3376(XXX)", 109, 118), ("A/RES/31/20", 144, 149)],
    ),
    (
        "bodies_named_inside_a_frame",
        "\t重申大会和安全理事会2016年4月27日第70/262号决议和第2282(2016)号决议以及2005年12月20日大会第60/180号和安理会第1645(2005)号决议，",
        &[("A/RES/70/262", 47, 65), ("S/RES/2282(2016)", 68, 90), ("A/RES/60/180", 122, 128), ("S/RES/1645(2005)", 146, 156)],
    ),
    (
        "part_letter_before_hao",
        "\t注意到根据大会2018年7月5日第72/262 C号决议，秘书处政治和建设和平事务部",
        &[("A/RES/72/262", 37, 57)],
    ),
    (
        "sales_number_with_full_width_colon",
        "² 联合国出版物，出售品编号：C.04.V.7。",
        &[("Sales No. 04.V.7", 24, 50)],
    ),
];

#[test]
fn english_sentences() {
    run(Language::En, EN);
}

#[test]
fn chinese_sentences() {
    run(Language::Zh, ZH);
}

#[test]
fn nbsp_and_non_breaking_hyphen_inside_references() {
    let text = "in resolution 2334\u{a0}(2016) and A/ES\u{2011}10/273,";
    let found = extract(text, &Options::default());
    let got: Vec<(String, &str)> = found
        .citations
        .iter()
        .map(|c| {
            (
                c.target.as_ref().unwrap().to_string(),
                &text[c.start..c.end],
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            (
                "S/RES/2334(2016)".to_string(),
                "resolution 2334\u{a0}(2016)"
            ),
            ("A/ES-10/273".to_string(), "A/ES\u{2011}10/273")
        ]
    );
}

#[test]
fn security_council_year_from_an_earlier_mention_or_the_numbering() {
    let text = "United Nations\nS/RES/1822 (2008)\nSecurity Council\nThe Security Council,\n\tRecalling its resolution 1754 (2007) and resolution 1754, and resolution 1373,\n";
    let found = extract(text, &Options::default());
    let got: Vec<(String, uncite::Via)> = found
        .citations
        .iter()
        .map(|c| (c.target.as_ref().unwrap().to_string(), c.via))
        .collect();
    assert_eq!(
        got,
        [
            ("S/RES/1754(2007)".to_string(), uncite::Via::Its),
            ("S/RES/1754(2007)".to_string(), uncite::Via::Numbering),
            ("S/RES/1373(2001)".to_string(), uncite::Via::Numbering),
        ]
    );
}

#[test]
fn unresolvable_references_are_kept_with_a_null_target() {
    // A bare number after "resolution" in a General Assembly text decides nothing.
    let text = "United Nations\nA/RES/74/10\nGeneral Assembly\n\tRecalling resolution 1754,\n";
    let found = extract(text, &Options::default());
    assert_eq!(found.citations.len(), 1);
    assert!(found.citations[0].target.is_none());
    assert_eq!(
        &text[found.citations[0].start..found.citations[0].end],
        "resolution 1754"
    );
}

#[test]
fn its_means_the_citing_body() {
    let text = "United Nations\nA/HRC/RES/54/10\nGeneral Assembly\nHuman Rights Council\n54/10.Mandate\nThe Human Rights Council,\n\tRecalling its resolution 5/1 and General Assembly resolution 60/251,\n";
    let found = extract(text, &Options::default());
    let got: Vec<String> = found
        .citations
        .iter()
        .map(|c| c.target.as_ref().unwrap().to_string())
        .collect();
    assert_eq!(got, ["A/HRC/RES/5/1", "A/RES/60/251"]);
    assert_eq!(
        found.document.symbol.unwrap().to_string(),
        "A/HRC/RES/54/10"
    );
}
